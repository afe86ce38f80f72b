#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hd {

class Database;

// What a sync or an import could not read, with the reply the event's bot would post (the problem table).
// A problem is known by its source, kind, URL, author and text.
struct ProblemRow
{
    qint64 id = 0;
    QString source; // "sync" or "import"
    QString kind;   // "comment", "pr" or "row"
    QString url;
    QString author;
    QString text;
    QString reason;
    QString reply;
    QDateTime createdAt;
};

// The problems list of the window and the sync report.
class ProblemRepository
{
public:
    explicit ProblemRepository(const Database &db)
        : m_db(db)
    {}

    QList<ProblemRow> all() const; // by id
    QList<ProblemRow> all(const QString &source, const QString &kind) const;
    int count(const QString &source) const;
    // The reply to post for that problem; empty when there is none (or no such problem).
    QString reply(qint64 id) const;

    // Adds the problem unless the same one (source, kind, URL, author, text) is there already.
    void add(const ProblemRow &problem);
    // Adds the problem, or gives the same one its new reason, reply and time. Returns false, changing
    // nothing, when it was there with that reason and reply.
    bool put(const ProblemRow &problem);
    void remove(qint64 id);
    // Removes the problems of `source` about `url` (of `kind` only, when given).
    void removeAt(const QString &source, const QString &url, const QString &kind = {});
    // Removes the problems of that source, kind and URL but another author or text.
    void removeOthersAt(const ProblemRow &kept);

private:
    const Database &m_db;
};

} // namespace hd
