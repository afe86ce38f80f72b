#pragma once

#include "parsing/issuemarkdown.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace hd {

class Database;

// The layout a track's issue was imported in: its task tables as written and each task's row in them
// (see IssueRowSource), so that export-issue writes the issue back in the same layout. Kept as one text
// in the event setting track.<id>.issue-layout (written by every import; no schema change): records of
// fields split by control characters, read and written in one pass (a 2,000-row layout is about 1.5 MB;
// as JSON, parsing it was half the cost of an export). Layouts stored as JSON by earlier versions are
// still read.
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

    struct Layout
    {
        QList<IssueTable> tables;
        QHash<qint64, Row> rows; // by task id
    };

    // Replaces the track's layout: the tables, and the rows of the tasks (task id, row) read from them.
    // An unchanged layout is not written again.
    void replace(qint64 trackId, const QList<IssueTable> &tables, const QList<std::pair<qint64, Row>> &rows);
    Layout layout(qint64 trackId) const;

    static QString settingKey(qint64 trackId);

private:
    const Database &m_db;
};

} // namespace hd
