// Judging at ten times the 6th edition: 2,000 submissions by 2,000 people of 50 organisations and 50 judges
// of those organisations (so that every judge has conflicts), three judges per submission. Times the
// automatic assignment (every judge against every submission under the conflict rule, then balanced
// loads), writing it, and listing the conflicts among the assignments, each against reading the track's
// submissions, judges and people in the same run. See docs/benchmarks.md.

#include "benchcommon.h"

#include "demo/demoevent.h"
#include "judging/judgingservice.h"
#include "model/error.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/participantrepository.h"
#include "storage/submissionrepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace hd::bench {

namespace {

struct Sizes
{
    int submissions = 2000;
    int judges = 50;
    int organisations = 50;
};

void exec(QSqlQuery &q)
{
    if (!q.exec())
        throw Error(u"%1: %2"_s.arg(q.lastQuery(), q.lastError().text()));
}

qint64 populate(const Database &db, const Sizes &sizes)
{
    Transaction tx(db);
    JudgeAssignmentRepository judgeRepo(db);
    SubmissionRepository submissionRepo(db);
    const qint64 track = EventRepository(db).resolveTrack(u"articles"_s).id;
    QSqlQuery person(db.connection());
    person.prepare(u"INSERT INTO participant (login, name, organisation) VALUES (?, ?, ?)"_s);
    for (int i = 0; i < sizes.submissions; ++i) {
        person.bindValue(0, u"author-%1"_s.arg(i + 1));
        person.bindValue(1, u"作者 %1"_s.arg(i + 1));
        person.bindValue(2, u"单位 %1"_s.arg(i % sizes.organisations));
        exec(person);
        Submission s;
        s.trackId = track;
        s.title = u"【Hackathon 6th Article No.%1】飞桨稿件"_s.arg(i + 1);
        s.participantId = person.lastInsertId().toLongLong();
        submissionRepo.insertSubmission(s, u"bench"_s);
    }
    for (int j = 0; j < sizes.judges; ++j) {
        Judge judge;
        judge.login = u"judge-%1"_s.arg(j + 1);
        judge.name = u"评委 %1"_s.arg(j + 1);
        judge.organisation = u"单位 %1"_s.arg(j % sizes.organisations);
        judge.trackIds = {track};
        judgeRepo.insertJudge(judge, u"bench"_s);
    }
    tx.commit();
    return track;
}

int run(const Options &options)
{
    Sizes sizes;
    if (options.quick) {
        sizes.submissions = 200;
        sizes.judges = 10;
        sizes.organisations = 10;
    }
    QTemporaryDir dir;
    Database db(dir.filePath(u"bench.sqlite"_s));
    initEvent(db);
    const qint64 track = populate(db, sizes);
    const int expected = 3 * sizes.submissions;

    Suite suite(u"Judging (%1 submissions, %2 judges)"_s.arg(sizes.submissions).arg(sizes.judges));
    qsizetype read = 0;
    AssignmentResult dry, written;
    QList<AssignmentConflict> conflicts;
    const int base = suite.baseline(u"baseline: read the track's submissions, judges and people"_s, [&] {
        JudgeAssignmentRepository judgeRepo(db);
        SubmissionRepository submissionRepo(db);
        read = submissionRepo.submissions(track).size() + judgeRepo.judges(track).size() +
               ParticipantRepository(db).all().size();
    });
    const auto unassigned = [&] { QSqlQuery(u"DELETE FROM assignment"_s, db.connection()); };
    suite.add(
        u"assignment, dry run: conflicts of every pair, then balanced loads"_s, base, u"reading"_s,
        [&] { dry = assignTrack(db, track, 3, true, u"bench"_s); }, unassigned);
    suite.add(
        u"assignment written: the same, then every assignment checked and stored"_s, base, u"reading"_s,
        [&] { written = assignTrack(db, track, 3, false, u"bench"_s); }, unassigned);
    suite.add(u"conflicts among the assignments"_s, base, u"reading"_s,
              [&] { conflicts = assignmentConflicts(db, track); });
    suite.run(options.runs);

    suite.check(read == 2 * sizes.submissions + sizes.judges, u"read %1 rows"_s.arg(read));
    suite.check(
        dry.added.size() == expected && dry.gaps.isEmpty(),
        u"the dry run assigns %1 of %2 and has %3 gaps"_s.arg(dry.added.size()).arg(expected).arg(dry.gaps.size()));
    suite.check(written.added.size() == expected,
                u"%1 assignments written, not %2"_s.arg(written.added.size()).arg(expected));
    suite.check(JudgeAssignmentRepository(db).assignments(track).size() == expected,
                u"the database holds another number of assignments"_s);
    suite.check(conflicts.isEmpty(), u"%1 conflicts among the automatic assignments"_s.arg(conflicts.size()));
    return suite.print();
}

} // namespace

} // namespace hd::bench

int main(int argc, char *argv[])
{
    return hd::bench::benchMain<QCoreApplication>(
        argc, argv,
        u"Usage: bench_judging [--quick] [--runs N]\n"
        u"Times the automatic assignment of 2,000 submissions to 50 judges under the conflict rule "
        u"(--quick: 200 and 10), against reading the track in the same run."_s,
        hd::bench::run);
}
