#pragma once

#include "io/csv.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Tasks, participants and claims exchanged with spreadsheets as CSV files.
//
// Every file starts with a header naming its columns (any order, any case, surrounding spaces ignored).
// Every column of the kind must be there and no other, except the optional ones (csvOptionalColumns: a
// column added later, so that files written before it still import); values are trimmed; rows whose
// fields are all empty are skipped.
//
//   tasks:        track,number,title,url,direction,stars,cash,rfc_required,locked,removed,stars_at_most
//   participants: login,name,email,organisation
//   claims:       track,task,login,status,claimed_at
//   applications:   track,login,first_choice,other_wishes,reassignment,stage,project   (code camp)
//   weekly-reports: track,login,week,hours,link                                       (code camp)
//   sub-tasks:      track,project,number,title,assignee,prs,done,weight               (fundable)
//
// - applications: other_wishes "2,4,6" (or 2、4、6); reassignment 1 = accepts being placed on another
//   project, 0 = 不接受调剂; stage one of applied, resume, interview-scheduled, interviewed, accepted,
//   waitlisted, rejected, withdrawn (stored as given: a spreadsheet is the record, the pipeline's
//   order is enforced in the window); project = the project accepted or waitlisted on, or empty. An
//   accepted applicant gets a claim on the project. Matched by track and login.
// - weekly-reports: the login must be an accepted camper of the track; week 1-60, hours 0-168.
//   Matched by camper and week.
// - sub-tasks: project = the fundable project's number; done and weight as above (weight empty = 1).
//   Matched by project and number.
//
// - track: a track id or kind (tasks, camp, articles, fundable) as EventRepository::resolveTrack takes
//   it. Exports write the kind, or the id when several tracks share the kind.
// - number / task: the task's number in its track, a positive whole number.
// - stars: "1", "0.5", "0.025" (at most three decimals); empty = 0. cash: an amount in the event's
//   currency ("1500", "1,500", "¥1500.50" for CNY); empty = the task pays stars. Exports write "1500" or "1500.50".
// - rfc_required, locked, removed: 1/0, true/false, yes/no (any case); empty = no. Exports write 1/0.
// - stars_at_most (optional): 1 when stars is an upper bound ("最高0.2⭐️" in the issue), as a flag above.
//   Payouts pay the bound itself (0.2 stars for "最高0.2⭐️"): the cap is what staff agreed to pay, and a
//   lower figure would be a hand edit of stars. A file without the column leaves a stored task's bound as
//   it is (a new task has none).
// - direction: the direction's name, created in the track when missing; empty = none.
// - login: a GitHub login, with or without '@'.
// - status: the event's badge word (报名, 提交RFC, 完成设计文档, 提交PR, 部分完成, 完成任务) or the
//   English key (registered, rfc, design, pr, partial, completed). Exports write the badge word.
// - claimed_at: ISO 8601 ("2024-03-21T10:00:00+08:00"), also with a space for the T, without seconds,
//   or as Excel writes it ("2024/3/21 10:00"); without an offset it is in the event's time zone; empty
//   = now for a new claim, unchanged for an existing one. Exports write ISO 8601 with the offset of the
//   event's time zone.
// - Text that a spreadsheet would run as a formula (starting with = + - @) is exported behind an
//   apostrophe ('=x), and the import takes that apostrophe off again.
//
// Import rules:
// - All or nothing: every row is checked and applied in one transaction; when any row is bad, the whole
//   import is rolled back and one hd::Error lists every problem with its line number.
// - Rows are matched to what is stored: tasks by track and number, participants by login, claims by
//   task and login. A match is updated (only when something differs), anything else is added, so
//   importing the same file twice changes nothing the second time.
// - participants: a login that differs only in case from a stored one, or that appears twice in the
//   file (in any case), is a bad row. Every column is written: an empty name empties the name.
// - claims: the task must exist; an unknown login is added as a participant when the row is otherwise
//   good (a login in another case names the stored participant). A claim's status only rises: a lower
//   status in the file leaves the stored one (counted as statusesKept). Only participants' claims are
//   exchanged; team claims are left out of exports and untouched by imports. As in a sync, a claim at
//   完成任务 on a task without a finisher completes it: the first such row (in file order) names the
//   finisher and locks the task.

namespace hd {

class Database;

// Which of the exchanged tables a CSV file holds.
enum class CsvKind { Tasks, Participants, Claims, Applications, WeeklyReports, SubTasks };

// "tasks", "participants", "claims", "applications", "weekly-reports", "sub-tasks"
QString csvKindKey(CsvKind kind);
std::optional<CsvKind> csvKindFromKey(QStringView key);
// The columns of a kind, in the order exports write them.
QStringList csvColumns(CsvKind kind);
// Those of them an import does without (added later: older files lack them).
QStringList csvOptionalColumns(CsvKind kind);

// What an import did.
struct CsvImportResult
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int participantsAdded = 0; // claims: unknown logins added as participants
    int statusesKept = 0;      // claims: rows whose status was below the stored one
    int completed = 0;         // claims: tasks completed by a row at 完成任务 (its claimant became the finisher)
};

// Imports and exports one kind of CSV file against the event database (see the top of this header).
class CsvExchange
{
public:
    explicit CsvExchange(const Database &db)
        : m_db(db)
    {}

    // Imports CSV text; `source` names it in messages. All or nothing; throws hd::Error.
    CsvImportResult importCsv(CsvKind kind, const QByteArray &bytes, const QString &source = {});
    CsvImportResult importFile(CsvKind kind, const QString &path);

    // The header and one record per row. `skipped` receives the rows that cannot be exported (team claims).
    QList<QStringList> exportRecords(CsvKind kind, int *skipped = nullptr) const;
    QByteArray exportCsv(CsvKind kind, CsvBom bom = CsvBom::With, int *skipped = nullptr) const;
    // Writes a file with a byte-order mark (for Excel); returns the number of rows written.
    int exportFile(CsvKind kind, const QString &path, int *skipped = nullptr) const;

private:
    const Database &m_db;
};

} // namespace hd
