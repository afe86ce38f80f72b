#pragma once

// A judging event built the same way on any back end (same ids on both): the 6th edition's set-up, some
// participants, a rubric of three criteria (1-10) on the fundable track, submissions and judges, each
// judge assigned to `perJudge` submissions in turn. What the PostgreSQL judging tests share.

#include "demo/demoevent.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/participantrepository.h"
#include "storage/rubricrepository.h"
#include "storage/submissionrepository.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hd::test {

struct JudgingEvent
{
    qint64 trackId = 0;
    QList<qint64> judges;      // ids, in the order added
    QList<qint64> submissions; // ids
    Rubric rubric;
    // The submissions assigned to each judge (by judge id).
    QHash<qint64, QList<qint64>> assigned;

    // The judges other than `judge` the submission is assigned to.
    QList<qint64> othersOf(qint64 judge, qint64 submission) const
    {
        QList<qint64> out;
        for (const qint64 j : judges)
            if (j != judge && assigned[j].contains(submission))
                out << j;
        return out;
    }
};

inline JudgingEvent buildJudgingEvent(const Database &db, int judges, int submissions, int perJudge,
                                      const QString &loginPrefix = QStringLiteral("judge"))
{
    using namespace Qt::StringLiterals;
    initEvent(db);
    JudgingEvent e;
    e.trackId = EventRepository(db).resolveTrack(u"fundable"_s).id;
    ParticipantRepository people(db);
    QList<qint64> authors;
    for (int i = 1; i <= 10; ++i)
        authors << people.insert({0, u"author-%1"_s.arg(i), u"Author %1"_s.arg(i), {}, {}});
    JudgeAssignmentRepository judgeRepo(db);
    SubmissionRepository submissionRepo(db);
    RubricRepository rubricRepo(db);
    Rubric r;
    r.trackId = e.trackId;
    r.scaleMin = 1;
    r.scaleMax = 10;
    for (const QString &name : {u"Completion"_s, u"Quality"_s, u"Impact"_s}) {
        Criterion c;
        c.name = name;
        c.weight = name == u"Quality" ? 2 : 1;
        c.anchors = {{1, u"weak"_s}, {6, u"good"_s}};
        r.criteria << c;
    }
    e.rubric = rubricRepo.saveRubric(r, u"setup"_s);
    for (int i = 1; i <= submissions; ++i) {
        Submission s;
        s.trackId = e.trackId;
        s.title = u"Project %1"_s.arg(i);
        s.participantId = authors[(i - 1) % authors.size()];
        e.submissions << submissionRepo.insertSubmission(s, u"setup"_s);
    }
    QList<std::pair<qint64, qint64>> pairs;
    for (int j = 0; j < judges; ++j) {
        Judge judge;
        judge.login = u"%1-%2"_s.arg(loginPrefix).arg(j + 1, 2, 10, QChar(u'0'));
        judge.trackIds = {e.trackId};
        const qint64 id = judgeRepo.insertJudge(judge, u"setup"_s);
        e.judges << id;
        for (int k = 0; k < perJudge; ++k) {
            const qint64 s = e.submissions[(j * perJudge / 2 + k) % e.submissions.size()];
            if (!e.assigned[id].contains(s)) {
                e.assigned[id] << s;
                pairs.append({id, s});
            }
        }
    }
    judgeRepo.assign(pairs, true, u"setup"_s);
    return e;
}

// A sheet of the judge for the submission whose scores follow from `round`.
inline ScoreSheet roundSheet(const JudgingEvent &e, qint64 judge, qint64 submission, int round, bool submitted)
{
    ScoreSheet s;
    s.judgeId = judge;
    s.submissionId = submission;
    s.status = submitted ? SheetStatus::Submitted : SheetStatus::Draft;
    int i = 0;
    for (const Criterion &c : e.rubric.criteria)
        s.scores.insert(c.id, 1 + int((judge * 7 + submission * 3 + round + i++ * 5) % 10));
    s.comment = QStringLiteral("round %1").arg(round);
    return s;
}

// The URL of a PostgreSQL database for another role (the tests' server trusts its socket).
inline QString urlAs(const QString &url, const QString &role)
{
    return QString(url).replace(QStringLiteral("//hackdesk@"), QStringLiteral("//%1@").arg(role));
}

// A role name unique to the database of `url` (roles are the whole server's; the tests share one).
inline QString roleFor(const QString &url, const QString &login)
{
    return url.section(u'/', -1) + u'_' + login;
}

} // namespace hd::test
