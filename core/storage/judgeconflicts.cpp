// The conflict rule of JudgeAssignmentRepository: who stands behind a submission, read once and kept.

#include "judgeassignmentrepository.h"

#include "model/participant.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace hd {

// Who the profiles name: every participant's login and organisation, the teams with their members, and each
// participant's code-camp mentors (those of every camp project they are a camper of: accepted on it, its
// claimant alone or in a team, or who defended it; a project's mentors are camp_project.mentors, or the
// task's lead when none are written there, as the camp board shows them). Read in four queries and kept
// while the database is unchanged (SQLite's count of this connection's changes and its data version for
// the others'), so that conflicts over thousands of submissions cost no query per submission.
struct JudgeAssignmentRepository::ProfileIndex
{
    std::pair<qint64, qint64> version; // total_changes(), data_version when read
    QString snapshot;                  // PostgreSQL: the server's snapshot when read
    QHash<qint64, SubmissionProfile::Author> people;
    QHash<qint64, QString> teamNames;
    QHash<qint64, QList<qint64>> teamMembers; // by participant id
};

const JudgeAssignmentRepository::ProfileIndex &JudgeAssignmentRepository::profileIndex() const
{
    std::pair<qint64, qint64> now{-1, -1};
    QString snapshot;
    if (m_db.backend() == Backend::Sqlite) {
        SqlQuery version(m_db, u"SELECT total_changes(), data_version FROM pragma_data_version"_s);
        version.exec();
        version.next();
        now = {version.value(0).toLongLong(), version.value(1).toLongLong()};
        if (m_profiles && m_profiles->version == now)
            return *m_profiles;
    } else if (!m_db.inTransaction()) {
        // A shared event: the same snapshot (no transaction committed anywhere since) shows the same rows.
        // Inside a transaction its own writes would not change it: read again there.
        snapshot = SqlQuery::scalar(m_db, u"SELECT pg_current_snapshot()::text"_s).toString();
        if (m_profiles && m_profiles->snapshot == snapshot)
            return *m_profiles;
    }
    auto index = std::make_shared<ProfileIndex>();
    index->version = now;
    index->snapshot = snapshot;
    SqlQuery people(m_db, u"SELECT id, login, organisation FROM participant"_s);
    people.exec();
    while (people.next())
        index->people.insert(people.value(0).toLongLong(),
                             {people.value(1).toString(), people.value(2).toString(), {}});
    SqlQuery teams(m_db, u"SELECT id, name FROM team"_s);
    teams.exec();
    while (teams.next())
        index->teamNames.insert(teams.value(0).toLongLong(), teams.value(1).toString());
    SqlQuery members(m_db, u"SELECT team_id, participant_id FROM team_member ORDER BY team_id, participant_id"_s);
    members.exec();
    while (members.next())
        index->teamMembers[members.value(0).toLongLong()].append(members.value(1).toLongLong());
    SqlQuery mentors(m_db, uR"(SELECT x.participant_id, coalesce(nullif(d.mentors, ''), t.lead)
          FROM task t JOIN track tr ON tr.id = t.track_id AND tr.kind = 'camp'
          LEFT JOIN camp_project d ON d.task_id = t.id
          JOIN (SELECT ca.participant_id, p.id AS task_id FROM camp_application ca
                  JOIN task p ON p.track_id = ca.track_id AND p.number = ca.project WHERE ca.stage = 'accepted'
                UNION SELECT c.participant_id, c.task_id FROM claim c WHERE c.participant_id IS NOT NULL
                UNION SELECT m.participant_id, c.task_id FROM claim c JOIN team_member m ON m.team_id = c.team_id
                UNION SELECT r.participant_id, r.task_id FROM camp_result r) x ON x.task_id = t.id
          ORDER BY x.participant_id, t.number, t.id)"_s);
    mentors.exec();
    while (mentors.next()) {
        const auto person = index->people.find(mentors.value(0).toLongLong());
        if (person == index->people.end())
            continue;
        for (const QString &mentor : campMentors(mentors.value(1).toString()))
            if (!person->mentors.contains(mentor, Qt::CaseInsensitive))
                person->mentors << mentor;
    }
    m_profiles = std::move(index);
    return *m_profiles;
}

SubmissionProfile JudgeAssignmentRepository::profile(const Submission &s) const
{
    return profileIn(profileIndex(), s);
}

QHash<qint64, SubmissionProfile> JudgeAssignmentRepository::profiles(const QList<Submission> &submissions) const
{
    const ProfileIndex &index = profileIndex();
    QHash<qint64, SubmissionProfile> out;
    out.reserve(submissions.size());
    for (const Submission &s : submissions)
        out.insert(s.id, profileIn(index, s));
    return out;
}

SubmissionProfile JudgeAssignmentRepository::profileIn(const ProfileIndex &index, const Submission &s)
{
    SubmissionProfile p;
    QList<qint64> people;
    if (s.participantId) {
        people << s.participantId;
    } else {
        p.teamName = index.teamNames.value(s.teamId);
        people = index.teamMembers.value(s.teamId);
    }
    for (qint64 id : people)
        if (const auto person = index.people.constFind(id); person != index.people.cend())
            p.authors.append(*person);
    return p;
}

JudgeProfile JudgeAssignmentRepository::profile(const Judge &j) const
{
    return {j.login, j.name, j.organisation, j.conflicts};
}

std::optional<QString> JudgeAssignmentRepository::conflict(const Judge &judge, const Submission &submission) const
{
    return conflictReason(profile(judge), profile(submission));
}

} // namespace hd
