#include "participantrepository.h"

#include "database.h"
#include "model/error.h"
#include "sqlquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantRepository)
};

const QString columns = u"id, login, name, email, organisation"_s;

Participant participantFrom(SqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString()};
}

QString cleanLogin(QStringView login)
{
    QStringView l = login.trimmed();
    return (l.startsWith(u'@') ? l.mid(1) : l).toString();
}
} // namespace

QList<Participant> ParticipantRepository::all() const
{
    SqlQuery q(m_db, u"SELECT %1 FROM participant ORDER BY login COLLATE NOCASE"_s.arg(columns));
    q.exec();
    QList<Participant> out;
    while (q.next())
        out.append(participantFrom(q));
    return out;
}

std::optional<Participant> ParticipantRepository::get(qint64 id) const
{
    SqlQuery q(m_db, u"SELECT %1 FROM participant WHERE id = ?"_s.arg(columns));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return participantFrom(q);
}

std::optional<Participant> ParticipantRepository::byLogin(QStringView login) const
{
    SqlQuery q(m_db, u"SELECT %1 FROM participant WHERE login = ? COLLATE NOCASE"_s.arg(columns));
    q.bind(cleanLogin(login)).exec();
    if (!q.next())
        return std::nullopt;
    return participantFrom(q);
}

void ParticipantRepository::validate(const Participant &p) const
{
    const QString login = cleanLogin(p.login);
    if (!isValidLogin(login))
        throw Error(
            Tr::tr("\"%1\" is not a GitHub login (letters, digits and single hyphens, at most 39).").arg(p.login));
    if (const auto other = byLogin(login); other && other->id != p.id)
        throw Error(Tr::tr("The login @%1 is already taken by @%2 (logins are the same whatever their case).")
                        .arg(login, other->login));
    if (!p.email.isEmpty() && !p.email.contains(u'@'))
        throw Error(Tr::tr("@%1: \"%2\" is not an e-mail address.").arg(login, p.email));
}

qint64 ParticipantRepository::insert(const Participant &p)
{
    validate(p);
    SqlQuery q(m_db, u"INSERT INTO participant (%1) VALUES (?, ?, ?, ?, ?)"_s.arg(columns));
    q.bindValue(nullIfZero(p.id))
        .bind(cleanLogin(p.login), p.name.trimmed(), p.email.trimmed(), p.organisation.trimmed())
        .exec();
    return q.lastInsertId();
}

void ParticipantRepository::update(const Participant &p)
{
    if (!get(p.id))
        throw Error(Tr::tr("@%1 no longer exists.").arg(p.login));
    validate(p);
    SqlQuery(m_db, u"UPDATE participant SET login = ?, name = ?, email = ?, organisation = ? WHERE id = ?"_s)
        .bind(cleanLogin(p.login), p.name.trimmed(), p.email.trimmed(), p.organisation.trimmed(), p.id)
        .exec();
}

qint64 ParticipantRepository::ensure(QStringView login)
{
    if (const auto p = byLogin(login))
        return p->id;
    Participant p;
    p.login = cleanLogin(login);
    return insert(p);
}

ParticipantRepository::Dependents ParticipantRepository::dependents(qint64 id) const
{
    return {SqlQuery::scalar(m_db, u"SELECT count(*) FROM claim WHERE participant_id = ?"_s, {id}).toInt(),
            SqlQuery::scalar(m_db, u"SELECT count(*) FROM team_member WHERE participant_id = ?"_s, {id}).toInt()};
}

RowSnapshot ParticipantRepository::remove(qint64 id, bool withDependents)
{
    const auto p = get(id);
    if (!p)
        throw Error(Tr::tr("That participant no longer exists."));
    const QVariant team = SqlQuery::scalar(m_db, u"SELECT name FROM team WHERE leader_id = ?"_s, {id});
    if (team.isValid())
        throw Error(
            Tr::tr("@%1 leads the team \"%2\": give the team another leader first.").arg(p->login, team.toString()));
    const QVariant task = SqlQuery::scalar(m_db, u"SELECT number FROM task WHERE finisher_id = ?"_s, {id});
    if (task.isValid())
        throw Error(Tr::tr("@%1 finished task No.%2 and is kept for the payouts.").arg(p->login, task.toString()));
    const Dependents d = dependents(id);
    if ((d.claims || d.memberships) && !withDependents)
        throw Error(Tr::tr("@%1 has %n claim(s) and %2 team membership(s); delete them too, or keep the participant.",
                           nullptr, d.claims)
                        .arg(p->login)
                        .arg(d.memberships));
    Transaction tx(m_db);
    RowSnapshot snapshot;
    snapshot.take(m_db, u"participant"_s, u"id = ?"_s, {id});
    snapshot.take(m_db, u"claim"_s, u"participant_id = ?"_s, {id});
    snapshot.take(m_db, u"team_member"_s, u"participant_id = ?"_s, {id});
    SqlQuery(m_db, u"DELETE FROM team_member WHERE participant_id = ?"_s).bind(id).exec();
    SqlQuery(m_db, u"DELETE FROM claim WHERE participant_id = ?"_s).bind(id).exec();
    SqlQuery(m_db, u"DELETE FROM participant WHERE id = ?"_s).bind(id).exec();
    tx.commit();
    return snapshot;
}

} // namespace hd
