#pragma once

#include "model/team.h"
#include "rowsnapshot.h"

#include <QList>
#include <optional>

namespace hd {

class Database;

// Teams with their members and leader.
class TeamRepository
{
public:
    explicit TeamRepository(const Database &db)
        : m_db(db)
    {}

    QList<Team> all() const;
    std::optional<Team> get(qint64 id) const;
    std::optional<Team> byName(const QString &name) const; // whatever its case
    qint64 insert(const Team &team);                       // keeps team.id when set
    void update(const Team &team);
    int claimCount(qint64 teamId) const;
    // A member's share of the team's payout, in basis points (10,000 = all).
    void setShare(qint64 teamId, qint64 participantId, int shareBp);
    // Deletes the team, its memberships and (only with `withClaims`) its claims.
    RowSnapshot remove(qint64 teamId, bool withClaims);

private:
    void validate(const Team &team) const;
    void writeMembers(const Team &team);
    const Database &m_db;
};

} // namespace hd
