#include "migrations.h"

using namespace Qt::StringLiterals;

namespace hd {

namespace {

// A write to a row of `table` raises its version, unless the write sets the version itself (a copy).
QString rowVersionTrigger(const QString &table)
{
    return u"CREATE TRIGGER %1_version AFTER UPDATE ON %1 FOR EACH ROW WHEN NEW.version = OLD.version "
           u"BEGIN UPDATE %1 SET version = OLD.version + 1 WHERE id = NEW.id; END"_s.arg(table);
}

// The tally triggers' statement for a task row ("NEW" or "OLD"): what the row adds to (sign "+") or takes
// from ("-") its track's figures while it is not removed.
QString taskTally(const QString &row, const QString &sign)
{
    return uR"(UPDATE track_tally SET
                   tasks = tasks %2 1,
                   claimed = claimed %2 (SELECT count(*) FROM task_tally WHERE task_id = %1.id AND claims > 0),
                   submitted = submitted %2 (SELECT count(*) FROM task_tally WHERE task_id = %1.id AND prs > 0),
                   completed = completed %2 CASE WHEN %1.finisher_id IS NULL THEN 0 ELSE 1 END
               WHERE track_id = %1.track_id AND %1.removed = 0)"_s.arg(row, sign);
}

// The tally triggers' statements for a new (NEW) or a gone (OLD) row of a table that links tasks (claim,
// pr_task): the task's count of such rows (`count`, in task_tally) moves by one; its track counts it under
// `figure` when that count leaves or reaches zero. The transition is read from the count, not from the
// linking table: on PostgreSQL a statement's AFTER triggers run when all of its rows are written.
QStringList linkAdded(const QString &count, const QString &figure)
{
    return {u"UPDATE task_tally SET %1 = %1 + 1 WHERE task_id = NEW.task_id"_s.arg(count),
            uR"(UPDATE track_tally SET %2 = %2 + 1
                WHERE track_id = (SELECT track_id FROM task WHERE id = NEW.task_id AND removed = 0)
                  AND (SELECT %1 FROM task_tally WHERE task_id = NEW.task_id) = 1)"_s.arg(count, figure)};
}
QStringList linkRemoved(const QString &count, const QString &figure)
{
    return {u"UPDATE task_tally SET %1 = %1 - 1 WHERE task_id = OLD.task_id"_s.arg(count),
            uR"(UPDATE track_tally SET %2 = %2 - 1
                WHERE track_id = (SELECT track_id FROM task WHERE id = OLD.task_id AND removed = 0)
                  AND (SELECT %1 FROM task_tally WHERE task_id = OLD.task_id) = 0)"_s.arg(count, figure)};
}

// A row trigger that keeps the tallies: `event` is e.g. "AFTER INSERT ON claim"; `when`, if given, a condition.
QString tallyTrigger(const QString &name, const QString &event, const QStringList &statements, const QString &when = {})
{
    return u"CREATE TRIGGER %1 %2 FOR EACH ROW%3 BEGIN %4; END"_s.arg(
        name, event, when.isEmpty() ? QString() : u" WHEN (%1)"_s.arg(when), statements.join(u"; "_s));
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1,
         {
             uR"(CREATE TABLE event (
                 id INTEGER PRIMARY KEY CHECK (id = 1),
                 uid TEXT NOT NULL,
                 name TEXT NOT NULL CHECK (name <> ''),
                 organiser TEXT NOT NULL DEFAULT '',
                 sponsor TEXT NOT NULL DEFAULT '',
                 time_zone TEXT NOT NULL,
                 launch_at TEXT, rfc_deadline TEXT, pr_deadline TEXT, results_at TEXT,
                 currency TEXT NOT NULL DEFAULT 'CNY',
                 star_fen INTEGER NOT NULL CHECK (star_fen >= 0),
                 cap_fen INTEGER NOT NULL CHECK (cap_fen >= 0),
                 pool_fen INTEGER NOT NULL CHECK (pool_fen >= 0)))"_s,
             uR"(CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL))"_s,
             uR"(CREATE TABLE track (
                 id INTEGER PRIMARY KEY,
                 position INTEGER NOT NULL,
                 name TEXT NOT NULL CHECK (name <> ''),
                 kind TEXT NOT NULL CHECK (kind IN ('tasks', 'camp', 'articles', 'fundable')),
                 budget_fen INTEGER NOT NULL DEFAULT 0 CHECK (budget_fen >= 0),
                 quota INTEGER NOT NULL DEFAULT 0 CHECK (quota >= 0),
                 quota_stars_milli INTEGER NOT NULL DEFAULT 0 CHECK (quota_stars_milli >= 0),
                 threshold_percent INTEGER NOT NULL DEFAULT 0 CHECK (threshold_percent BETWEEN 0 AND 100),
                 months_rule INTEGER NOT NULL DEFAULT 0))"_s,
             uR"(CREATE TABLE direction (
                 id INTEGER PRIMARY KEY,
                 track_id INTEGER NOT NULL REFERENCES track(id) ON DELETE CASCADE,
                 position INTEGER NOT NULL,
                 name TEXT NOT NULL CHECK (name <> ''),
                 UNIQUE (track_id, name)))"_s,
             uR"(CREATE TABLE reward_tier (
                 id INTEGER PRIMARY KEY,
                 track_id INTEGER NOT NULL REFERENCES track(id) ON DELETE CASCADE,
                 position INTEGER NOT NULL,
                 name TEXT NOT NULL CHECK (name <> ''),
                 stars_milli INTEGER NOT NULL DEFAULT 0 CHECK (stars_milli >= 0),
                 cash_fen INTEGER CHECK (cash_fen >= 0),
                 UNIQUE (track_id, name)))"_s,
             uR"(CREATE TABLE participant (
                 id INTEGER PRIMARY KEY,
                 login TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (login <> ''),
                 name TEXT NOT NULL DEFAULT '',
                 email TEXT NOT NULL DEFAULT '',
                 organisation TEXT NOT NULL DEFAULT ''))"_s,
             uR"(CREATE TABLE task (
                 id INTEGER PRIMARY KEY,
                 track_id INTEGER NOT NULL REFERENCES track(id) ON DELETE RESTRICT,
                 number INTEGER NOT NULL CHECK (number > 0),
                 title TEXT NOT NULL CHECK (title <> ''),
                 url TEXT NOT NULL DEFAULT '',
                 direction_id INTEGER REFERENCES direction(id) ON DELETE SET NULL,
                 stars_milli INTEGER NOT NULL DEFAULT 0 CHECK (stars_milli >= 0),
                 rfc_required INTEGER NOT NULL DEFAULT 0,
                 cash_fen INTEGER CHECK (cash_fen >= 0),
                 finisher_id INTEGER REFERENCES participant(id) ON DELETE RESTRICT,
                 locked INTEGER NOT NULL DEFAULT 0,
                 removed INTEGER NOT NULL DEFAULT 0,
                 UNIQUE (track_id, number)))"_s,
             uR"(CREATE TABLE team (
                 id INTEGER PRIMARY KEY,
                 name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
                 leader_id INTEGER REFERENCES participant(id) ON DELETE RESTRICT))"_s,
             uR"(CREATE TABLE team_member (
                 team_id INTEGER NOT NULL REFERENCES team(id) ON DELETE CASCADE,
                 participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE RESTRICT,
                 PRIMARY KEY (team_id, participant_id)))"_s,
             uR"(CREATE TABLE claim (
                 id INTEGER PRIMARY KEY,
                 task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE RESTRICT,
                 participant_id INTEGER REFERENCES participant(id) ON DELETE RESTRICT,
                 team_id INTEGER REFERENCES team(id) ON DELETE RESTRICT,
                 status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 5),
                 flags INTEGER NOT NULL DEFAULT 0,
                 claimed_at TEXT NOT NULL,
                 updated_at TEXT NOT NULL,
                 CHECK ((participant_id IS NULL) <> (team_id IS NULL)),
                 UNIQUE (task_id, participant_id),
                 UNIQUE (task_id, team_id)))"_s,
             uR"(CREATE TABLE pull_request (
                 id INTEGER PRIMARY KEY,
                 repo TEXT NOT NULL,
                 number INTEGER NOT NULL CHECK (number > 0),
                 title TEXT NOT NULL DEFAULT '',
                 author_login TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
                 state TEXT NOT NULL CHECK (state IN ('open', 'closed', 'merged')),
                 created_at TEXT,
                 merged_at TEXT,
                 UNIQUE (repo, number)))"_s,
             uR"(CREATE TABLE pr_task (
                 pr_id INTEGER NOT NULL REFERENCES pull_request(id) ON DELETE CASCADE,
                 task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                 PRIMARY KEY (pr_id, task_id)))"_s,
             u"CREATE INDEX claim_participant ON claim(participant_id)"_s,
             u"CREATE INDEX claim_team ON claim(team_id)"_s,
             u"CREATE INDEX task_finisher ON task(finisher_id)"_s,
             u"CREATE INDEX pr_task_task ON pr_task(task_id)"_s,
             u"CREATE INDEX team_member_participant ON team_member(participant_id)"_s,
         }},
        {2,
         {
             // The text above the tables of a track's GitHub issue, kept for export.
             u"ALTER TABLE track ADD COLUMN issue_preamble TEXT NOT NULL DEFAULT ''"_s,
             // Camp mentor or fundable leader as the event writes it, camp seats, fundable completion and defence.
             u"ALTER TABLE task ADD COLUMN lead TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE task ADD COLUMN seats INTEGER NOT NULL DEFAULT 0 CHECK (seats >= 0)"_s,
             u"ALTER TABLE task ADD COLUMN completion_bp INTEGER NOT NULL DEFAULT 0 "
             u"CHECK (completion_bp BETWEEN 0 AND 10000)"_s,
             u"ALTER TABLE task ADD COLUMN defence TEXT NOT NULL DEFAULT 'pending' "
             u"CHECK (defence IN ('pending', 'passed', 'partly', 'failed'))"_s,
             // A fundable team's split in basis points; all 0 = equal shares.
             u"ALTER TABLE team_member ADD COLUMN share_bp INTEGER NOT NULL DEFAULT 0 CHECK (share_bp BETWEEN 0 AND 10000)"_s,
             // An article's stage-2 rank (1, 2, 3 …).
             u"ALTER TABLE pull_request ADD COLUMN prize_rank INTEGER CHECK (prize_rank > 0)"_s,
             uR"(CREATE TABLE camp_result (
                 task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                 participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE RESTRICT,
                 grade TEXT NOT NULL DEFAULT '',
                 passed INTEGER NOT NULL DEFAULT 0,
                 months INTEGER NOT NULL DEFAULT 3 CHECK (months BETWEEN 1 AND 24),
                 defended_at TEXT,
                 PRIMARY KEY (task_id, participant_id)))"_s,
             // What a sync or import could not read, with the reply the event's bot would post.
             uR"(CREATE TABLE problem (
                 id INTEGER PRIMARY KEY,
                 source TEXT NOT NULL,
                 kind TEXT NOT NULL,
                 url TEXT NOT NULL DEFAULT '',
                 author TEXT NOT NULL DEFAULT '',
                 text TEXT NOT NULL DEFAULT '',
                 reason TEXT NOT NULL,
                 reply TEXT NOT NULL DEFAULT '',
                 created_at TEXT NOT NULL,
                 UNIQUE (source, kind, url, author, text)))"_s,
         }},
        {3,
         {
             // Code camp: projects' details, applications through the pipeline, weekly reports.
             uR"(CREATE TABLE camp_project (
                 task_id INTEGER PRIMARY KEY REFERENCES task(id) ON DELETE CASCADE,
                 repo TEXT NOT NULL DEFAULT '',
                 description TEXT NOT NULL DEFAULT '',
                 skills TEXT NOT NULL DEFAULT '',
                 mentors TEXT NOT NULL DEFAULT ''))"_s,
             uR"(CREATE TABLE camp_application (
                 id INTEGER PRIMARY KEY,
                 track_id INTEGER NOT NULL REFERENCES track(id) ON DELETE CASCADE,
                 participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE RESTRICT,
                 first_choice INTEGER NOT NULL CHECK (first_choice > 0),
                 other_wishes TEXT NOT NULL DEFAULT '',
                 accepts_reassignment INTEGER NOT NULL DEFAULT 1,
                 stage TEXT NOT NULL DEFAULT 'applied' CHECK (stage IN ('applied', 'resume', 'interview-scheduled',
                     'interviewed', 'accepted', 'waitlisted', 'rejected', 'withdrawn')),
                 project INTEGER CHECK (project > 0),
                 interview_at TEXT,
                 interviewer TEXT NOT NULL DEFAULT '',
                 notes TEXT NOT NULL DEFAULT '',
                 source_url TEXT NOT NULL DEFAULT '',
                 applied_at TEXT NOT NULL,
                 UNIQUE (track_id, participant_id)))"_s,
             uR"(CREATE TABLE weekly_report (
                 id INTEGER PRIMARY KEY,
                 application_id INTEGER NOT NULL REFERENCES camp_application(id) ON DELETE CASCADE,
                 week INTEGER NOT NULL CHECK (week BETWEEN 1 AND 60),
                 hours INTEGER NOT NULL CHECK (hours BETWEEN 0 AND 168),
                 link TEXT NOT NULL DEFAULT '',
                 UNIQUE (application_id, week)))"_s,
             // Fundable projects: sub-tasks (completion) and deliverables.
             uR"(CREATE TABLE sub_task (
                 id INTEGER PRIMARY KEY,
                 task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                 number INTEGER NOT NULL CHECK (number > 0),
                 title TEXT NOT NULL CHECK (title <> ''),
                 assignee TEXT NOT NULL DEFAULT '',
                 prs TEXT NOT NULL DEFAULT '',
                 done INTEGER NOT NULL DEFAULT 0,
                 weight INTEGER NOT NULL DEFAULT 0 CHECK (weight >= 0),
                 UNIQUE (task_id, number)))"_s,
             uR"(CREATE TABLE deliverable (
                 task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                 kind TEXT NOT NULL CHECK (kind IN ('rfc', 'tracking-issue', 'slides', 'report', 'code')),
                 url TEXT NOT NULL,
                 PRIMARY KEY (task_id, kind)))"_s,
         }},
        {4,
         {
             // Judging: judges, rubrics, submissions, assignments, score sheets, the lock and the log.
             // A submission's participant, team and task are plain ids (no foreign key), so that deleting and
             // undeleting people and tasks elsewhere never touches judging.
             uR"(CREATE TABLE judge (
                 id INTEGER PRIMARY KEY,
                 login TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (login <> ''),
                 name TEXT NOT NULL DEFAULT '',
                 organisation TEXT NOT NULL DEFAULT ''))"_s,
             uR"(CREATE TABLE judge_track (
                 judge_id INTEGER NOT NULL REFERENCES judge(id) ON DELETE CASCADE,
                 track_id INTEGER NOT NULL REFERENCES track(id) ON DELETE CASCADE,
                 PRIMARY KEY (judge_id, track_id)))"_s,
             uR"(CREATE TABLE judge_conflict (
                 judge_id INTEGER NOT NULL REFERENCES judge(id) ON DELETE CASCADE,
                 kind TEXT NOT NULL CHECK (kind IN ('participant', 'team', 'organisation')),
                 value TEXT NOT NULL COLLATE NOCASE CHECK (value <> ''),
                 PRIMARY KEY (judge_id, kind, value)))"_s,
             uR"(CREATE TABLE rubric (
                 track_id INTEGER PRIMARY KEY REFERENCES track(id) ON DELETE CASCADE,
                 scale_min INTEGER NOT NULL,
                 scale_max INTEGER NOT NULL,
                 CHECK (scale_min >= 0 AND scale_min < scale_max AND scale_max <= 100)))"_s,
             uR"(CREATE TABLE criterion (
                 id INTEGER PRIMARY KEY,
                 track_id INTEGER NOT NULL REFERENCES rubric(track_id) ON DELETE CASCADE,
                 position INTEGER NOT NULL,
                 name TEXT NOT NULL COLLATE NOCASE CHECK (name <> ''),
                 description TEXT NOT NULL DEFAULT '',
                 weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 1000),
                 figure TEXT CHECK (figure IN ('views', 'likes', 'favourites', 'comments', 'followers')),
                 UNIQUE (track_id, name)))"_s,
             uR"(CREATE TABLE criterion_anchor (
                 criterion_id INTEGER NOT NULL REFERENCES criterion(id) ON DELETE CASCADE,
                 score INTEGER NOT NULL,
                 text TEXT NOT NULL CHECK (text <> ''),
                 PRIMARY KEY (criterion_id, score)))"_s,
             uR"(CREATE TABLE submission (
                 id INTEGER PRIMARY KEY,
                 track_id INTEGER NOT NULL REFERENCES track(id) ON DELETE RESTRICT,
                 title TEXT NOT NULL CHECK (title <> ''),
                 participant_id INTEGER,
                 team_id INTEGER,
                 task_id INTEGER,
                 views INTEGER CHECK (views >= 0),
                 likes INTEGER CHECK (likes >= 0),
                 favourites INTEGER CHECK (favourites >= 0),
                 comments INTEGER CHECK (comments >= 0),
                 followers INTEGER CHECK (followers >= 0),
                 CHECK ((participant_id IS NULL) <> (team_id IS NULL))))"_s,
             uR"(CREATE TABLE submission_link (
                 submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
                 position INTEGER NOT NULL,
                 kind TEXT NOT NULL CHECK (kind IN ('pr', 'slides', 'report', 'article', 'other')),
                 url TEXT NOT NULL CHECK (url <> ''),
                 PRIMARY KEY (submission_id, position)))"_s,
             uR"(CREATE TABLE assignment (
                 judge_id INTEGER NOT NULL REFERENCES judge(id) ON DELETE RESTRICT,
                 submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE RESTRICT,
                 manual INTEGER NOT NULL DEFAULT 0,
                 PRIMARY KEY (judge_id, submission_id)))"_s,
             uR"(CREATE TABLE score_sheet (
                 judge_id INTEGER NOT NULL,
                 submission_id INTEGER NOT NULL,
                 status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
                 comment TEXT NOT NULL DEFAULT '',
                 updated_at TEXT NOT NULL,
                 updated_by TEXT NOT NULL DEFAULT '',
                 PRIMARY KEY (judge_id, submission_id),
                 FOREIGN KEY (judge_id, submission_id) REFERENCES assignment(judge_id, submission_id)
                     ON DELETE RESTRICT))"_s,
             // Scores are whole numbers on the rubric's scale.
             uR"(CREATE TABLE score (
                 judge_id INTEGER NOT NULL,
                 submission_id INTEGER NOT NULL,
                 criterion_id INTEGER NOT NULL REFERENCES criterion(id) ON DELETE RESTRICT,
                 value INTEGER NOT NULL,
                 PRIMARY KEY (judge_id, submission_id, criterion_id),
                 FOREIGN KEY (judge_id, submission_id) REFERENCES score_sheet(judge_id, submission_id)
                     ON DELETE CASCADE))"_s,
             uR"(CREATE TABLE judging_lock (
                 track_id INTEGER PRIMARY KEY REFERENCES track(id) ON DELETE CASCADE,
                 finalised_at TEXT NOT NULL,
                 finalised_by TEXT NOT NULL))"_s,
             // Append-only; names are copied so that the history survives renames and deletes.
             uR"(CREATE TABLE judging_log (
                 id INTEGER PRIMARY KEY,
                 at TEXT NOT NULL,
                 actor TEXT NOT NULL,
                 action TEXT NOT NULL,
                 track_id INTEGER,
                 judge TEXT NOT NULL DEFAULT '',
                 submission_id INTEGER,
                 criterion TEXT NOT NULL DEFAULT '',
                 old_value TEXT NOT NULL DEFAULT '',
                 new_value TEXT NOT NULL DEFAULT '',
                 note TEXT NOT NULL DEFAULT ''))"_s,
             // The judge's current offline packet: its secret stays here and in the packet only.
             uR"(CREATE TABLE judge_packet (
                 judge_id INTEGER PRIMARY KEY REFERENCES judge(id) ON DELETE CASCADE,
                 export_id TEXT NOT NULL,
                 secret TEXT NOT NULL,
                 base_revision INTEGER NOT NULL CHECK (base_revision > 0),
                 exported_at TEXT NOT NULL,
                 imported_revision INTEGER NOT NULL DEFAULT 0,
                 imported_digest TEXT NOT NULL DEFAULT '',
                 imported_at TEXT))"_s,
             u"CREATE INDEX judge_track_track ON judge_track(track_id)"_s,
             u"CREATE INDEX submission_track ON submission(track_id)"_s,
             u"CREATE INDEX assignment_submission ON assignment(submission_id)"_s,
             u"CREATE INDEX score_criterion ON score(criterion_id)"_s,
             u"CREATE INDEX judging_log_track ON judging_log(track_id, id)"_s,
         }},
        {5,
         {
             // Who judged a camper's defence: GitHub logins, comma-separated (judges of the judging tables
             // where the event has them).
             u"ALTER TABLE camp_result ADD COLUMN judges TEXT NOT NULL DEFAULT ''"_s,
         }},
        {6,
         {
             // A claim staff added or corrected by hand: a sync only raises it, never lowers or removes it.
             u"ALTER TABLE claim ADD COLUMN manual INTEGER NOT NULL DEFAULT 0"_s,
         }},
        {7,
         {
             // The task's stars are an upper bound ("最高0.2⭐️"): it pays at most that many.
             u"ALTER TABLE task ADD COLUMN stars_at_most INTEGER NOT NULL DEFAULT 0 CHECK (stars_at_most IN (0, 1))"_s,
         }},
        {8,
         {
             // Each row the forms edit carries a version, raised by the database on every write to the row
             // (saving a team, a judge or a submission writes its row with its lists), so that a form can
             // tell that someone else saved the row since it read it.
             u"ALTER TABLE task ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE participant ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE team ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE judge ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE submission ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
             rowVersionTrigger(u"task"_s),
             rowVersionTrigger(u"participant"_s),
             rowVersionTrigger(u"team"_s),
             rowVersionTrigger(u"judge"_s),
             rowVersionTrigger(u"submission"_s),
         }},
        {9,
         {
             // The summary's counts, kept as rows change, so that the summary reads a handful of rows instead
             // of counting every task, claim and person on each load (a server counts them several times
             // slower than SQLite does). The triggers below keep them, on both back ends, in the statement
             // that changes the rows; HackDesk never writes them itself, and copy-to does not copy them (the
             // destination's triggers rebuild them as the rows arrive). Tables named *_tally are such tables.
             uR"(CREATE TABLE event_tally (
                 participants INTEGER NOT NULL,
                 teams INTEGER NOT NULL,
                 claims INTEGER NOT NULL))"_s,
             // Per track, its tasks not removed: all of them, those with a claim, with a linked PR, finished.
             uR"(CREATE TABLE track_tally (
                 track_id INTEGER PRIMARY KEY REFERENCES track(id) ON DELETE CASCADE,
                 tasks INTEGER NOT NULL DEFAULT 0,
                 claimed INTEGER NOT NULL DEFAULT 0,
                 submitted INTEGER NOT NULL DEFAULT 0,
                 completed INTEGER NOT NULL DEFAULT 0))"_s,
             // Per task, its claims and linked PRs: what tells the triggers that a task became claimed.
             uR"(CREATE TABLE task_tally (
                 task_id INTEGER PRIMARY KEY REFERENCES task(id) ON DELETE CASCADE,
                 claims INTEGER NOT NULL DEFAULT 0,
                 prs INTEGER NOT NULL DEFAULT 0))"_s,
             // The triggers come before the first figures: on a server, creating them locks the tables
             // against other clients' writes until the upgrade commits, so no write falls between the two.
             tallyTrigger(u"tally_on_track_insert"_s, u"AFTER INSERT ON track"_s,
                          {u"INSERT INTO track_tally (track_id) VALUES (NEW.id)"_s}),
             tallyTrigger(u"tally_on_participant_insert"_s, u"AFTER INSERT ON participant"_s,
                          {u"UPDATE event_tally SET participants = participants + 1"_s}),
             tallyTrigger(u"tally_on_participant_delete"_s, u"AFTER DELETE ON participant"_s,
                          {u"UPDATE event_tally SET participants = participants - 1"_s}),
             tallyTrigger(u"tally_on_team_insert"_s, u"AFTER INSERT ON team"_s,
                          {u"UPDATE event_tally SET teams = teams + 1"_s}),
             tallyTrigger(u"tally_on_team_delete"_s, u"AFTER DELETE ON team"_s,
                          {u"UPDATE event_tally SET teams = teams - 1"_s}),
             tallyTrigger(u"tally_on_task_insert"_s, u"AFTER INSERT ON task"_s,
                          {u"INSERT INTO task_tally (task_id) VALUES (NEW.id)"_s, taskTally(u"NEW"_s, u"+"_s)}),
             // Before the row goes: its task_tally row goes with it (ON DELETE CASCADE), and so do its PR
             // links, whose own triggers then find no task to count.
             tallyTrigger(u"tally_on_task_delete"_s, u"BEFORE DELETE ON task"_s, {taskTally(u"OLD"_s, u"-"_s)}),
             tallyTrigger(u"tally_on_task_update"_s, u"AFTER UPDATE OF track_id, removed, finisher_id ON task"_s,
                          {taskTally(u"OLD"_s, u"-"_s), taskTally(u"NEW"_s, u"+"_s)}),
             tallyTrigger(u"tally_on_claim_insert"_s, u"AFTER INSERT ON claim"_s,
                          QStringList{u"UPDATE event_tally SET claims = claims + 1"_s} +
                              linkAdded(u"claims"_s, u"claimed"_s)),
             tallyTrigger(u"tally_on_claim_delete"_s, u"AFTER DELETE ON claim"_s,
                          QStringList{u"UPDATE event_tally SET claims = claims - 1"_s} +
                              linkRemoved(u"claims"_s, u"claimed"_s)),
             tallyTrigger(u"tally_on_claim_update"_s, u"AFTER UPDATE OF task_id ON claim"_s,
                          linkRemoved(u"claims"_s, u"claimed"_s) + linkAdded(u"claims"_s, u"claimed"_s),
                          u"OLD.task_id <> NEW.task_id"_s),
             tallyTrigger(u"tally_on_pr_task_insert"_s, u"AFTER INSERT ON pr_task"_s,
                          linkAdded(u"prs"_s, u"submitted"_s)),
             tallyTrigger(u"tally_on_pr_task_delete"_s, u"AFTER DELETE ON pr_task"_s,
                          linkRemoved(u"prs"_s, u"submitted"_s)),
             tallyTrigger(u"tally_on_pr_task_update"_s, u"AFTER UPDATE OF task_id ON pr_task"_s,
                          linkRemoved(u"prs"_s, u"submitted"_s) + linkAdded(u"prs"_s, u"submitted"_s),
                          u"OLD.task_id <> NEW.task_id"_s),
             uR"(INSERT INTO event_tally (participants, teams, claims)
                 SELECT (SELECT count(*) FROM participant), (SELECT count(*) FROM team), (SELECT count(*) FROM claim))"_s,
             uR"(INSERT INTO task_tally (task_id, claims, prs)
                 SELECT t.id, (SELECT count(*) FROM claim c WHERE c.task_id = t.id),
                        (SELECT count(*) FROM pr_task p WHERE p.task_id = t.id)
                 FROM task t)"_s,
             uR"(INSERT INTO track_tally (track_id, tasks, claimed, submitted, completed)
                 SELECT k.id, count(t.id), count(t.id) FILTER (WHERE n.claims > 0),
                        count(t.id) FILTER (WHERE n.prs > 0), count(t.finisher_id)
                 FROM track k LEFT JOIN task t ON t.track_id = k.id AND t.removed = 0
                 LEFT JOIN task_tally n ON n.task_id = t.id
                 GROUP BY k.id)"_s,
         }},
    };
    return all;
}

} // namespace hd
