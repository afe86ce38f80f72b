#include "migrations.h"

using namespace Qt::StringLiterals;

namespace hd {

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
    };
    return all;
}

} // namespace hd
