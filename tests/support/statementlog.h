#pragma once

// The SQL statements the program runs while a StatementLog lives (SqlQuery::setObserver): for tests
// that a screen reads each thing once, not once per widget.

#include "storage/sqlquery.h"

#include <QMap>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace hd::test {

class StatementLog
{
public:
    StatementLog()
    {
        SqlQuery::setObserver([this](const QString &sql) { m_sql << sql.simplified(); });
    }
    ~StatementLog() { SqlQuery::setObserver({}); }
    StatementLog(const StatementLog &) = delete;
    StatementLog &operator=(const StatementLog &) = delete;

    qsizetype count() const { return m_sql.size(); }
    // The statements matching `pattern` (a regular expression, case-insensitive).
    qsizetype count(const QString &pattern) const
    {
        const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
        return std::count_if(m_sql.cbegin(), m_sql.cend(), [&](const QString &s) { return re.match(s).hasMatch(); });
    }
    // Statements that read the rows of the submission table itself (not only join it).
    qsizetype submissionReads() const { return count(QStringLiteral("FROM submission WHERE")); }
    void clear() { m_sql.clear(); }
    // The statements, one a line, each with how often it ran: what a failing test prints.
    QString summary() const
    {
        QMap<QString, int> times;
        for (const QString &s : m_sql)
            ++times[s];
        QString out;
        for (auto it = times.cbegin(); it != times.cend(); ++it)
            out += QStringLiteral("%1x %2\n").arg(it.value()).arg(it.key().left(140));
        return out;
    }

private:
    QStringList m_sql;
};

} // namespace hd::test
