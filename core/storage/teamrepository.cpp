#include "teamrepository.h"

#include "database.h"
#include "model/error.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TeamRepository)
};
} // namespace

QList<Team> TeamRepository::all() const
{
    QHash<qint64, QList<qint64>> members;
    SqlQuery m(m_db, u"SELECT team_id, participant_id FROM team_member ORDER BY team_id, participant_id"_s);
    m.exec();
    while (m.next())
        members[m.value(0).toLongLong()].append(m.value(1).toLongLong());
    SqlQuery q(m_db, u"SELECT id, name, leader_id FROM team ORDER BY name COLLATE NOCASE"_s);
    q.exec();
    QList<Team> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        out.append({id, q.value(1).toString(), q.value(2).toLongLong(), members.value(id)});
    }
    return out;
}

std::optional<Team> TeamRepository::get(qint64 id) const
{
    SqlQuery q(m_db, u"SELECT id, name, leader_id FROM team WHERE id = ?"_s);
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    Team t{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), {}};
    SqlQuery m(m_db, u"SELECT participant_id FROM team_member WHERE team_id = ? ORDER BY participant_id"_s);
    m.bind(id).exec();
    while (m.next())
        t.memberIds.append(m.value(0).toLongLong());
    return t;
}

std::optional<Team> TeamRepository::byName(const QString &name) const
{
    const QVariant id = SqlQuery::scalar(m_db, u"SELECT id FROM team WHERE name = ? COLLATE NOCASE"_s, {name});
    return id.isValid() ? get(id.toLongLong()) : std::nullopt;
}

void TeamRepository::setShare(qint64 teamId, qint64 participantId, int shareBp)
{
    SqlQuery(m_db, u"UPDATE team_member SET share_bp = ? WHERE team_id = ? AND participant_id = ?"_s)
        .bind(shareBp, teamId, participantId)
        .exec();
}

void TeamRepository::validate(const Team &t) const
{
    if (t.name.trimmed().isEmpty())
        throw Error(Tr::tr("A team needs a name."));
    const QVariant other = SqlQuery::scalar(m_db, u"SELECT name FROM team WHERE name = ? COLLATE NOCASE AND id <> ?"_s,
                                            {t.name.trimmed(), t.id});
    if (other.isValid())
        throw Error(Tr::tr("There is already a team called \"%1\".").arg(other.toString()));
    for (qint64 member : t.memberIds)
        if (!SqlQuery::scalar(m_db, u"SELECT 1 FROM participant WHERE id = ?"_s, {member}).isValid())
            throw Error(Tr::tr("Team \"%1\": member %2 is not a participant.").arg(t.name).arg(member));
    if (t.leaderId && !t.memberIds.contains(t.leaderId))
        throw Error(Tr::tr("Team \"%1\": the leader must be one of its members.").arg(t.name));
}

void TeamRepository::writeMembers(const Team &t)
{
    SqlQuery(m_db, u"DELETE FROM team_member WHERE team_id = ?"_s).bind(t.id).exec();
    for (qint64 member : t.memberIds)
        SqlQuery(m_db, u"INSERT OR IGNORE INTO team_member (team_id, participant_id) VALUES (?, ?)"_s)
            .bind(t.id, member)
            .exec();
}

qint64 TeamRepository::insert(const Team &team)
{
    validate(team);
    Transaction tx(m_db);
    SqlQuery q(m_db, u"INSERT INTO team (id, name, leader_id) VALUES (?, ?, ?)"_s);
    q.bindValue(nullIfZero(team.id)).bind(team.name.trimmed()).bindValue(nullIfZero(team.leaderId)).exec();
    Team t = team;
    t.id = q.lastInsertId();
    writeMembers(t);
    tx.commit();
    return t.id;
}

void TeamRepository::update(const Team &team)
{
    if (!get(team.id))
        throw Error(Tr::tr("The team \"%1\" no longer exists.").arg(team.name));
    validate(team);
    Transaction tx(m_db);
    SqlQuery(m_db, u"UPDATE team SET name = ?, leader_id = ? WHERE id = ?"_s)
        .bind(team.name.trimmed())
        .bindValue(nullIfZero(team.leaderId))
        .bind(team.id)
        .exec();
    writeMembers(team);
    tx.commit();
}

int TeamRepository::claimCount(qint64 teamId) const
{
    return SqlQuery::scalar(m_db, u"SELECT count(*) FROM claim WHERE team_id = ?"_s, {teamId}).toInt();
}

RowSnapshot TeamRepository::remove(qint64 teamId, bool withClaims)
{
    const auto team = get(teamId);
    if (!team)
        throw Error(Tr::tr("That team no longer exists."));
    const int claims = claimCount(teamId);
    if (claims && !withClaims)
        throw Error(Tr::tr("The team \"%1\" has %n claim(s); delete them too, or keep the team.", nullptr, claims)
                        .arg(team->name));
    Transaction tx(m_db);
    RowSnapshot snapshot;
    snapshot.take(m_db, u"team"_s, u"id = ?"_s, {teamId});
    snapshot.take(m_db, u"team_member"_s, u"team_id = ?"_s, {teamId});
    snapshot.take(m_db, u"claim"_s, u"team_id = ?"_s, {teamId});
    SqlQuery(m_db, u"DELETE FROM claim WHERE team_id = ?"_s).bind(teamId).exec();
    SqlQuery(m_db, u"DELETE FROM team_member WHERE team_id = ?"_s).bind(teamId).exec();
    SqlQuery(m_db, u"DELETE FROM team WHERE id = ?"_s).bind(teamId).exec();
    tx.commit();
    return snapshot;
}

} // namespace hd
