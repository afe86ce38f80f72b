#pragma once

#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/rubricrepository.h"
#include "storage/scorerepository.h"

// Submitted score sheets for every assignment of a demo track, so that reports and charts have results:
// judge j is stricter the higher their id, and submissions differ, so raw and normalised results differ.

namespace hd::test {

// Scores every assignment of the track (given by kind key or id); returns the sheets saved.
inline int scoreTrack(const Database &db, const QString &track)
{
    JudgeAssignmentRepository judgeRepo(db);
    RubricRepository rubricRepo(db);
    ScoreRepository scoreRepo(db);
    const qint64 trackId = EventRepository(db).resolveTrack(track).id;
    const Rubric rubric = rubricRepo.requireRubric(trackId);
    int saved = 0;
    for (const Assignment &a : judgeRepo.assignments(trackId)) {
        ScoreSheet sheet;
        sheet.judgeId = a.judgeId;
        sheet.submissionId = a.submissionId;
        sheet.status = SheetStatus::Submitted;
        int i = 0;
        for (const Criterion &c : rubric.judgedCriteria()) {
            const int span = rubric.scaleMax - rubric.scaleMin + 1;
            const qint64 raw = a.submissionId * 7 + qint64(i++) * 3 - a.judgeId * 2 + 100 * span;
            sheet.scores.insert(c.id, rubric.scaleMin + int(raw % span));
        }
        sheet.comment = QStringLiteral("Comment of judge %1 on #%2").arg(a.judgeId).arg(a.submissionId);
        saved += scoreRepo.saveSheet(sheet, QStringLiteral("test"));
    }
    return saved;
}

} // namespace hd::test
