#pragma once

#include "judging/judgingmodel.h"
#include "model/error.h"
#include "storage/judginglog.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace hd {

class Database;

// A score sheet changed by someone else since the editor read it (see setSheetIfUnchanged()).
class SheetConflict : public Error
{
public:
    SheetConflict(const QString &message, std::optional<ScoreSheet> theirs)
        : Error(message)
        , m_theirs(std::move(theirs))
    {}
    // The sheet as it is stored now (nullopt: deleted).
    const std::optional<ScoreSheet> &theirs() const { return m_theirs; }

private:
    std::optional<ScoreSheet> m_theirs;
};

// The judges' score sheets and their scores (tables score_sheet and score).
//
// Every write validates first and throws hd::Error, naming what is wrong, changing nothing; writes in a
// finalised track are refused. Every change is written to the judging log with who, when, old and new
// value.
class ScoreRepository
{
public:
    explicit ScoreRepository(const Database &db)
        : m_db(db)
        , m_log(db)
    {}

    std::optional<ScoreSheet> sheet(qint64 judgeId, qint64 submissionId) const;
    QList<ScoreSheet> sheets(qint64 trackId = 0) const; // by submission, judge
    // Creates or replaces the judge's sheet for the submission (assigned, valid under the rubric, track
    // not locked) and logs each change; a sheet with the same content changes nothing. Returns whether
    // anything changed.
    bool saveSheet(const ScoreSheet &sheet, const QString &actor = currentActor(), const QString &note = {});
    // Deletes the sheet, logging what it held. Returns whether there was one.
    bool removeSheet(qint64 judgeId, qint64 submissionId, const QString &actor = currentActor(),
                     const QString &note = {});
    // Puts the sheet back to `state` (saved, or deleted when nullopt): what undo and imports use.
    bool setSheet(qint64 judgeId, qint64 submissionId, const std::optional<ScoreSheet> &state,
                  const QString &actor = currentActor(), const QString &note = {});
    // setSheet() for an editor that read the sheet as `expected` (nullopt: there was none): saves only when
    // the stored sheet still has that content, else throws SheetConflict (holding the stored sheet) and
    // changes nothing. Saves of the same sheet by several clients at once take turns, so none is lost.
    bool setSheetIfUnchanged(qint64 judgeId, qint64 submissionId, const std::optional<ScoreSheet> &expected,
                             const std::optional<ScoreSheet> &state, const QString &actor = currentActor(),
                             const QString &note = {});

    // Logs every line of a sheet that was added (nothing → value) or removed (value → nothing): what
    // removeSheet() and JudgeAssignmentRepository::restoreRemoved() write.
    void logWholeSheet(const ScoreSheet &sheet, bool added, const QString &actor, const QString &note);

private:
    const Database &m_db;
    JudgingLogRepository m_log;
};

} // namespace hd
