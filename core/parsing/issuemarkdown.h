#pragma once

#include "model/claim.h"
#include "model/money.h"
#include "model/track.h"

#include <QList>
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
// The writer produces exactly these headers. The reader finds columns by their names, not their
// places (bold, spaces and case do not matter; unknown columns are ignored):
//   状态 or 认领 → claimants; 完成 → finisher; 序号, 编号, No, # → number; 难度, 星级, 奖励 → difficulty;
//   导师 → mentor; 名额 → seats; 负责人, 发起人, leader → leader; 任务, 项目, 题目, 赛题, 名称, 标题,
//   issue → title. A table is a task table when it has a number and a claimants column; one that also
//   lacks a column its track needs (difficulty except in the camp, title) is reported and skipped.
//
// Decisions:
// - The preamble is everything before the heading of the first task table (the table's own line when
//   it has no heading), kept verbatim but for trailing blank space and the generated sections.
//   Headings without a task table after that, and text between the tables, are not kept.
// - Generated sections are skipped wherever they are: a heading naming 看板信息 or 统计信息 up to its
//   "#####" line (or the next heading), a dashboard table (first column 任务方向) and the
//   "> 排名不分先后 …" line. The writer always appends both, freshly computed, at the end.
// - Difficulty: ⭐ ⭐️ 🌟 (★) repeated, stray U+FE0F ignored; "13×⭐️", "13x⭐", "13 × 🌟", "⭐×13";
//   fractions "0.5⭐", "0.025🌟". Written as ⭐️ repeated for 1 to 5 whole stars, "13×⭐️" above five,
//   "0.5⭐️" for fractions and "0⭐️" for none (see formatIssueStars).
// - Cash tasks: "¥1,500", "￥1500" or "1500元" in the difficulty cell (alone or after stars, brackets
//   and 奖金/现金 allowed) or as a note outside the link in the title cell. Written in the difficulty
//   cell after the stars, if any: "¥1,500" or "⭐️ ¥1,500".
// - RFC required: a marker "(需 RFC)", "（需要先提交RFC）" or "【需RFC】" in the title cell, or a line
//   anywhere outside the tables such as "需要先提交 RFC 的任务：1、3、5-7". Written only as a
//   marker after the title link: "[title](url) 【需 RFC】". A list line in the preamble stays there verbatim.
// - Claimants: one per "<br>"-separated entry, "@login <img src=".../badge/状态-提交PR-F39C12" />
//   [#123](url)"; the status comes from the badge's words (the colour is ignored), a missing badge is
//   报名, a Markdown image badge works too. Written in exactly that form, each entry ending in "<br>".
// - Titles: the writer escapes '\\', '[' and ']' with a backslash (GitHub shows them plainly) and, like
//   every cell, '|' as "\\|"; the reader undoes both. Text after the link other than markers joins the title.
// - The camp table has no difficulty column: stars and cash of camp projects are not written.
// - Struck rows ("~~" around the row, every cell or just the title) are read as struck and written with
//   every non-empty cell struck.
// - Finisher: the 完成队伍 cell, "@login" ("-" or empty for none). The camp has no such column:
//   a project counts as finished by every camper whose badge says 完成任务.
// - Unreadable rows are left out and reported with their 1-based line: cell count unlike the header's,
//   a number that is not 1-9999, a task number already listed, an unknown difficulty, no title, a
//   claimant without a valid login, an unknown badge, a bad finisher or seat count.
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
};

// One claimant of a task as listed in its status cell.
struct IssueClaimant
{
    QString login; // without '@'
    ClaimStatus status = ClaimStatus::Registered;
    QList<IssuePr> prs;
};

// One row of a task table.
struct IssueTask
{
    int line = 0; // 1-based line in the parsed text; 0 for tasks not read from text
    QString direction;
    int number = 0;
    Stars stars;
    std::optional<Fen> cashFen; // paid this amount in cash
    QString title;
    QString url;
    bool rfcRequired = false;
    QList<IssueClaimant> claimants;
    QString finisher;    // login without '@'; empty when nobody finished
    bool struck = false; // removed or locked
    QString mentor;      // camp: the 导师 cell as written
    int seats = 0;       // camp: 名额, 0 when not given
    QString leader;      // fundable: the 负责人 cell as written
    // Claims by teams (fundable projects) and whether a PR is linked to the task: the tables list people,
    // so these are not written, but the 看板信息 counts them. Set from the database, never by the reader.
    bool teamClaimed = false;
    bool teamSubmitted = false; // a PR of the claiming team's members is linked to the task
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
};

IssueTaskList parseIssueBody(QStringView markdown, TrackKind kind);
QString writeIssueBody(const IssueTaskList &list, TrackKind kind);

// A difficulty written in any of the star notations above; nullopt when it is something else.
std::optional<Stars> parseIssueStars(QStringView text);
// The canonical star notation the writer uses.
QString formatIssueStars(Stars stars);

} // namespace hd
