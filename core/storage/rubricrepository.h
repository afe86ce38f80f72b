#pragma once

#include "judging/judgingmodel.h"
#include "storage/judginglog.h"

#include <QString>

#include <optional>

namespace hd {

class Database;

// The rubric of each track: its scale and criteria with their anchors (tables rubric, criterion and
// criterion_anchor).
//
// Every write validates first and throws hd::Error, naming what is wrong, changing nothing; writes in a
// finalised track, and changes that would strand scores already given, are refused. Every change is
// written to the judging log.
class RubricRepository
{
public:
    explicit RubricRepository(const Database &db)
        : m_db(db)
        , m_log(db)
    {}

    std::optional<Rubric> rubric(qint64 trackId) const;
    Rubric requireRubric(qint64 trackId) const; // throws when the track has none
    // Saves the track's rubric: criteria with an id are updated, without one added, missing ones deleted
    // (refused while they have scores). Returns the rubric as stored (with ids).
    Rubric saveRubric(const Rubric &rubric, const QString &actor = currentActor());
    // Puts the track's rubric back to `state` as saveRubric() does, except that criteria whose id no
    // longer exists are created again under that id; nullopt removes the rubric (refused while it has
    // scores). What undo and redo use.
    Rubric restoreRubric(qint64 trackId, const std::optional<Rubric> &state, const QString &actor = currentActor(),
                         const QString &note = {});

private:
    Rubric writeRubric(const Rubric &rubric, bool restoring, const QString &actor, const QString &note);

    const Database &m_db;
    JudgingLogRepository m_log;
};

} // namespace hd
