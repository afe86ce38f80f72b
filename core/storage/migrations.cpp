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
    };
    return all;
}

} // namespace hd
