#pragma once

#include "model/claim.h"
#include "model/money.h"
#include "model/track.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Reading and writing a track's task list as it stands in the body of the track's GitHub issue.
// Pure: text in, a result out; no I/O.
//
// The tables, one per direction heading ("### 框架 API 开发"), in the event's own words:
//   tasks, articles: | 序号 | 难度 | 任务 ISSUE | **队伍名称/状态/PR** | **完成队伍** |
//   camp:            | 序号 | 项目名称 | 导师 | 名额 | **队伍名称/状态/PR** |
//   fundable:        | 序号 | 难度 | 项目名称 | 负责人 | **队伍名称/状态/PR** | **完成队伍** |
// The writer produces these headers for tasks not read from a table (in English for English events:
// | No. | Difficulty | Task | **Claimed by** | **Done by** |); tables read from the issue are written
// back in their own layout (see writeIssueBody). The reader finds columns by their names, not their
// places (bold, spaces and case do not matter; unknown columns are ignored):
//   状态, 认领, 报名, Claimed by → claimants; 完成, Done by → finisher; 序号, 编号, No, # or an empty header
//   before the title → number; 难度, 星级, 奖励, Difficulty → difficulty; 导师 → mentor; 名额 → seats;
//   负责人, 发起人, leader → leader; 任务, 项目, 题目, 赛题, 名称, 标题, 算子, issue, Task, Title → title.
//   A table is a task table when it has a number and a claimants column; one that also lacks a column
//   its track needs (difficulty except in the camp, title) is reported and skipped. Other tables are
//   listed (otherHeaders) with why they are not task tables.
// - Rows: number cells may carry a marker ("🚧1", "1✅"); a row may lack its closing pipe (missing cells
//   are empty), wrap onto following lines that are no rows, or continue the table above after a heading.
// - Claimants: also a team's entry "Team(报名&锁定)(link)" (a team claim; 锁定 locks the task) and a text
//   badge "🟢状态-已提交-". Finisher cell: several logins ("@a @b": the first is the finisher), "锁定 @x"
//   (locked for x: a claim, not a finisher) or the name of a claiming team.
//
// Decisions:
// - The preamble is everything before the heading of the first task table (the table's own line when
//   it has no heading), kept verbatim but for trailing blank space and the generated sections. Text
//   between the tables (notes, RFC lists, other tables) is kept with the table it stands under (after) or
//   above (before), headings as written; a heading without a task table under it is not kept.
// - Generated sections are skipped wherever they are: a heading naming 看板信息 or 统计信息 up to its
//   "#####" line (or the next heading), a dashboard table (first column 任务方向) and the
//   "> 排名不分先后 …" line. The writer always appends both, freshly computed, at the end.
// - Difficulty: ⭐ ⭐️ 🌟 (★) repeated, stray U+FE0F ignored; "13×⭐️", "13x⭐", "13 × 🌟", "⭐×13";
//   fractions "0.5⭐", "0.025🌟"; plain numbers "2"; a priority before the stars "p1 ⭐⭐ ⭐"; an upper
//   bound "最高0.2⭐️" (also 至多, ≤, <=, "up to": stars 0.2 with starsAtMost; HackDesk shows "≤ 0.2" and
//   writes the cell back as it was, or with its words when the value changed). Written as ⭐️ repeated for 1 to 5
//   whole stars, "13×⭐️" above five, "0.5⭐️" for fractions and "0⭐️" for none (see formatIssueStars).
// - Cash tasks: "¥1,500", "￥1500" or "1500元" in the difficulty cell (alone or after stars, brackets
//   and 奖金/现金 allowed) or as a note outside the link in the title cell. Written in the difficulty
//   cell after the stars, if any: "¥1,500" or "⭐️ ¥1,500".
// - RFC required: a marker "(需 RFC)", "（需要先提交RFC）" or "【需RFC】" in the title cell, or a line
//   anywhere outside the tables such as "需要先提交 RFC 的任务：1、3、5-7". Written only as a
//   marker after the title link: "[title](url) 【需 RFC】". A list line (in the preamble or between the
//   tables) stays there as written while every task it names still requires an RFC; a task whose flag
//   was turned off is taken out of it (see issueRfcListsWithout), so that reading the text back does not
//   turn the flag on again.
// - Claimants: one per "<br>"-separated entry, "@login <img src=".../badge/状态-提交PR-F39C12" />
//   [#123](url)"; the status comes from the badge's words (the colour is ignored), a missing badge is
//   报名, a Markdown image badge works too. Written in exactly that form, each entry ending in "<br>".
// - Titles and team names print literally: the writer puts a backslash before every character Markdown
//   or HTML would read as formatting ('\\', '`', '*', '_', '[', ']', '<', '>', '~', '|' and a '&' that
//   starts an entity); the reader undoes any backslash escape of ASCII punctuation. Text after the link
//   other than markers joins the title. Directions are headings in the event's own Markdown, kept as read.
// - The camp table has no difficulty column: stars and cash of camp projects are not written.
// - Struck rows ("~~" around the row, every cell or just the title) are read as struck and written with
//   every non-empty cell struck.
// - Finisher: the 完成队伍 cell, "@login" ("-" or empty for none). The camp has no such column:
//   a project counts as finished by every camper whose badge says 完成任务.
// - Unreadable rows are left out and reported with their 1-based line: cell count unlike the header's,
//   a number that is not 1-9999, a task number already listed, an unknown difficulty, no title, a
//   claimant without a valid login, an unknown badge, a bad finisher or seat count. They are no tasks,
//   but the writer puts them back where they stood (IssueTable::unreadableRows), so nothing is lost.
// - Dashboard (看板信息): per direction and in total, tasks, "submitted / claimed" (tasks with a PR /
//   tasks with a claimant), submit rate = submitted / claimed, finished, finish rate = finished /
//   tasks, rates as whole percents rounded half up. Struck tasks nobody finished (removed) are not
//   counted. Leaderboard (统计信息): finishers with their counts, most first, then by login.

namespace hd {

// A pull request linked from a claimant's entry.
struct IssuePr
{
    QString repo; // owner/name from the link URL; empty when the URL is not a GitHub pull URL
    int number = 0;
    QString url;

    bool operator==(const IssuePr &) const = default;
};

// One claimant of a task as listed in its status cell: a person, or (4th edition) a team by name.
struct IssueClaimant
{
    QString login; // without '@'; for a team, the team's name
    ClaimStatus status = ClaimStatus::Registered;
    QList<IssuePr> prs;
    bool team = false;    // "Team(报名&锁定)(link)": a team claim, login holds the team's name
    bool locking = false; // the entry says 锁定: the task is locked for this claimant

    bool operator==(const IssueClaimant &) const = default;
};

// A row as it stood in the issue: its text, its cells, the table it stood in (an index into
// IssueTaskList::tables) and what each cell said (issueCellDigest), so that the writer keeps every cell
// whose meaning did not change. Empty for tasks not read from text.
struct IssueRowSource
{
    QString text;              // the row's line(s) as written
    QStringList cells;         // its cells, as many as its table's columns; empty: split text when needed
    QList<quint64> digests;    // per cell, what it said when read
    QStringList claimantOrder; // the claimants' names in the order the cell listed them
    bool struck = false;
    int table = -1;
    bool isEmpty() const { return text.isEmpty(); }
};

// The cells of a row as written (text of IssueRowSource), as many as its table's columns.
QStringList issueRowCells(QStringView rowText, qsizetype columns);

// One row of a task table.
struct IssueTask
{
    int line = 0; // 1-based line in the parsed text; 0 for tasks not read from text
    QString direction;
    int number = 0;
    Stars stars;
    bool starsAtMost = false;   // "最高0.2⭐️": stars is an upper bound
    std::optional<Fen> cashFen; // paid this amount in cash
    QString title;
    QString url;
    bool rfcRequired = false;
    QList<IssueClaimant> claimants;
    QString finisher;        // login without '@'; empty when nobody finished
    QStringList coFinishers; // further logins of a finisher cell naming several ("@a @b")
    QString lockedFor;       // "锁定 @login" in the finisher cell: locked for that person (a claim, not a finisher)
    QString finisherTeam;    // 4th edition: the finisher cell names a team that claimed the task
    bool struck = false;     // removed or locked
    QString mentor;          // camp: the 导师 cell as written
    int seats = 0;           // camp: 名额, 0 when not given
    QString leader;          // fundable: the 负责人 cell as written
    // Claims by teams (fundable projects) and whether a PR is linked to the task: the tables list people,
    // so these are not written, but the 看板信息 counts them. Set from the database, never by the reader.
    bool teamClaimed = false;
    bool teamSubmitted = false; // a PR of the claiming team's members is linked to the task
    // The row as written, so that the task is written back in the same layout; see IssueRowSource.
    IssueRowSource source;
};

// What a column of a task table holds.
enum class IssueColumn { None, Number, Difficulty, Title, Claims, Finisher, Mentor, Seats, Leader };
// The column's role in a word, for people (translated): "number", "title", … ("ignored" for None).
QString issueColumnName(IssueColumn column);
// What a task says in a column of the given role, as a 64-bit hash (FNV-1a, the same in every run and on
// every machine): the writer keeps a cell as written while this is what it was when read.
quint64 issueCellDigest(const IssueTask &task, IssueColumn column);

// A table of the issue as it was written and what reading it gave.
struct IssueTable
{
    int line = 0;      // 1-based line of its header row
    QString direction; // the heading above it
    QString lead;      // headings above its own with no task table under them, and their text
    QString heading;   // that heading's line as written ("## Tasks"); empty when none
    QString before;    // text between the heading (or the table above) and the header, as written
    QString after;  // text under its rows up to the next heading, as written ("需要先提交 RFC 的任务：1、8")
    QString header; // the header row as written
    QString separator;          // the alignment row as written
    QStringList headerCells;    // the header's cells
    QList<IssueColumn> columns; // what each column holds
    int rowsRead = 0;           // rows that became tasks
    QList<int> unreadableLines; // rows that could not be read
    QStringList unreadableRows; // their text, as written (written back in their place)
    QString unusable;           // why none of its rows were read (a column is missing); empty when usable
    bool headless = false;      // rows after a heading that continue the table above without a header
    bool isTaskTable() const { return unusable.isEmpty(); }
};

// How the 看板信息 dashboard counts a task: claimed when someone (or a team) claimed it, submitted when a
// claimant (or the claiming team) has a PR for it.
bool issueTaskClaimed(const IssueTask &task);
bool issueTaskSubmitted(const IssueTask &task);
// Who finished a task: the 完成队伍 cell; in the camp (which has no such column), every camper whose
// badge says 完成任务.
QStringList finishersOf(const IssueTask &task, TrackKind kind);

// A line of the issue that could not be read.
struct IssueProblem
{
    int line = 0;   // 1-based
    QString reason; // translated
};

// A track's task list as read from or written to its issue.
struct IssueTaskList
{
    QString preamble;             // text before the first direction heading, verbatim
    QStringList directions;       // in order of first appearance
    QList<IssueTask> tasks;       // in order of appearance
    QList<IssueProblem> problems; // sorted by line
    QList<IssueTable> tables;     // every table that looked like a task table (number and claimants)
    QStringList otherHeaders;     // header rows of the other tables seen, with their lines ("12: | a | b |")
};

// The language of the event (setting event.language): the canonical table headers, the dashboard
// and the leaderboard are written in it.
enum class IssueLanguage { Chinese, English };
IssueLanguage issueLanguageFromSetting(QStringView value); // "en" (any case, "en_US") → English

IssueTaskList parseIssueBody(QStringView markdown, TrackKind kind);
// Tables read from an issue (list.tables and the tasks' sources) are written in their own layout: same
// header, columns and notation, every cell whose meaning did not change as it was. Other tasks go in
// the track's canonical table.
QString writeIssueBody(const IssueTaskList &list, TrackKind kind, IssueLanguage language = IssueLanguage::Chinese);

// A difficulty written in any of the star notations above; nullopt when it is something else. atMost (when
// given) says whether it is an upper bound ("最高0.2⭐️", "≤0.2⭐", "up to 0.2🌟").
std::optional<Stars> parseIssueStars(QStringView text, bool *atMost = nullptr);
// Text with its RFC lists ("需要先提交 RFC 的任务：1、3、5-7") naming none of the tasks notRequired: their
// numbers are taken out (a range is split), the rest stays in the list's separator; a list left empty
// says "无". Lines that name none of them, and all other text, stay as written.
QString issueRfcListsWithout(const QString &text, const QSet<int> &notRequired);
// The canonical star notation the writer uses; an upper bound gets "最高" before it ("≤" in English).
QString formatIssueStars(Stars stars);
QString formatIssueStars(Stars stars, bool atMost, IssueLanguage language);

} // namespace hd
