#pragma once

#include "model/participant.h"
#include "rowsnapshot.h"

#include <QList>
#include <optional>

namespace hd {

class Database;

// Participants, unique by GitHub login whatever its case.
class ParticipantRepository
{
public:
    explicit ParticipantRepository(const Database &db)
        : m_db(db)
    {}

    QList<Participant> all() const;
    std::optional<Participant> get(qint64 id) const;
    std::optional<Participant> byLogin(QStringView login) const;

    qint64 insert(const Participant &p); // keeps p.id when set
    void update(const Participant &p);
    // The participant with that login, created (login only) when missing.
    qint64 ensure(QStringView login);

    // What a delete would take with it: claims and team memberships.
    struct Dependents
    {
        int claims = 0;
        int memberships = 0;
    };
    Dependents dependents(qint64 id) const;
    // Deletes the participant. With dependents, only when `withDependents` is set (then their claims
    // and memberships go too); never when they lead a team or finished a task.
    RowSnapshot remove(qint64 id, bool withDependents);

private:
    void validate(const Participant &p) const;
    const Database &m_db;
};

} // namespace hd
