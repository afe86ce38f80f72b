#pragma once

#include "parsing/issuemarkdown.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace hd {

class Database;

// The layout a track's issue was imported in: its task tables as written and each task's row in them
// (see IssueRowSource), so that export-issue writes the issue back in the same layout. Kept as one JSON
// document in the event setting track.<id>.issue-layout (written by every import; no schema change).
class IssueLayoutRepository
{
public:
    explicit IssueLayoutRepository(const Database &db)
        : m_db(db)
    {}

    // What a row's source holds beyond the row: the facts of the finisher cell the database has no place
    // for (a second finisher, the person a task is locked for).
    struct Row
    {
        IssueRowSource source;
        QStringList coFinishers;
        QString lockedFor;
        int line = 0; // where the row stood in the issue, to keep the rows' order
    };

    // Replaces the track's layout: the tables, and the rows of the tasks (task id, row) read from them.
    void replace(qint64 trackId, const QList<IssueTable> &tables, const QList<std::pair<qint64, Row>> &rows);
    QList<IssueTable> tables(qint64 trackId) const;
    QHash<qint64, Row> rows(qint64 trackId) const; // by task id

    static QString settingKey(qint64 trackId);

private:
    QJsonObject read(qint64 trackId) const;
    const Database &m_db;
};

} // namespace hd
