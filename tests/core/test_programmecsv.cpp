#include "demo/demoevent.h"
#include "model/error.h"
#include "storage/programmerepository.h"
#include "services/csvexchange.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/sqlquery.h"
#include "support/dbdump.h"
#include "support/backend.h"
#include "testutil.h"

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {
class ProgrammeCsv : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(eventDb(dir, u"a.sqlite"_s));
        addDemoData(*db);
    }
    QString refused(CsvKind kind, const QByteArray &csv)
    {
        const QString before = dumpDatabase(*db);
        try {
            CsvExchange(*db).importCsv(kind, csv, u"f.csv"_s);
        } catch (const Error &e) {
            EXPECT_EQ(dumpDatabase(*db), before);
            return e.message();
        }
        ADD_FAILURE() << "imported";
        return {};
    }
    TempDir dir;
    std::unique_ptr<Database> db;
};
} // namespace

TEST_F(ProgrammeCsv, ExportsImportIntoAFreshEventUnchanged)
{
    for (CsvKind kind : {CsvKind::Applications, CsvKind::WeeklyReports, CsvKind::SubTasks}) {
        SCOPED_TRACE(csvKindKey(kind).toStdString());
        const QByteArray csv = CsvExchange(*db).exportCsv(kind);
        EXPECT_EQ(CsvExchange(*db).importCsv(kind, csv).unchanged, csv.count('\n') - 1) << "idempotent";
        TempDir other;
        Database fresh(eventDb(other, u"b.sqlite"_s));
        addDemoData(fresh);
        SqlQuery(fresh, u"DELETE FROM weekly_report"_s).exec();
        SqlQuery(fresh, u"DELETE FROM sub_task"_s).exec();
        if (kind == CsvKind::WeeklyReports)
            CsvExchange(fresh).importCsv(CsvKind::Applications, CsvExchange(*db).exportCsv(CsvKind::Applications));
        CsvExchange(fresh).importCsv(kind, csv);
        EXPECT_EQ(CsvExchange(fresh).exportCsv(kind), csv);
    }
}

TEST_F(ProgrammeCsv, BadRowsNameTheirLineAndImportNothing)
{
    EXPECT_TRUE(refused(CsvKind::Applications, "track,login,first_choice,other_wishes,reassignment,stage,project\n"
                                               "camp,new-one,1,2,1,hired,\n")
                    .contains(u"line 2: stage \"hired\""_s));
    EXPECT_TRUE(refused(CsvKind::Applications, "track,login,first_choice,other_wishes,reassignment,stage,project\n"
                                               "tasks,new-one,1,,1,applied,\n")
                    .contains(u"is not a"_s));
    EXPECT_TRUE(
        refused(CsvKind::WeeklyReports, "track,login,week,hours,link\ncamp,tang-hao,2,20,\ncamp,tang-hao,3,169,\n")
            .contains(u"line 3: hours \"169\""_s));
    EXPECT_TRUE(refused(CsvKind::SubTasks, "track,project,number,title,assignee,prs,done,weight\n"
                                           "fundable,9,1,x,,,0,\n")
                    .contains(u"no project 9"_s));
}

TEST_F(ProgrammeCsv, SubTasksFromASpreadsheetMoveTheCompletion)
{
    const qint64 fundable = EventRepository(*db).resolveTrack(u"fundable"_s).id;
    const qint64 project3 =
        SqlQuery::scalar(*db, u"SELECT id FROM task WHERE track_id = ? AND number = 3"_s, {fundable}).toLongLong();
    CsvExchange(*db).importCsv(CsvKind::SubTasks, "track,project,number,title,assignee,prs,done,weight\n"
                                                  "fundable,3,1,Windows CI,@megemini,#1,1,3\n"
                                                  "fundable,3,2,macOS CI,,,0,1\n");
    EXPECT_EQ(ProgrammeRepository(*db).completionBp(project3), 7500);
}

// Assignees and PR lists are free text in the sheet: a would-be formula is exported behind an apostrophe
// and reads back exactly.
TEST_F(ProgrammeCsv, SubTaskAssigneeAndPrsCannotBecomeFormulas)
{
    const qint64 fundable = EventRepository(*db).resolveTrack(u"fundable"_s).id;
    const qint64 project3 =
        SqlQuery::scalar(*db, u"SELECT id FROM task WHERE track_id = ? AND number = 3"_s, {fundable}).toLongLong();
    ProgrammeRepository(*db).saveSubTask(project3, {7, u"Formulas"_s, u"=cmd|' /C calc'!A0"_s, u"+SUM(1)"_s, false, 1});
    const QByteArray csv = CsvExchange(*db).exportCsv(CsvKind::SubTasks);
    EXPECT_TRUE(csv.contains("fundable,3,7,Formulas,'=cmd|' /C calc'!A0,'+SUM(1),0,1\r\n")) << csv.toStdString();
    SqlQuery(*db, u"DELETE FROM sub_task WHERE number = 7"_s).exec();
    CsvExchange(*db).importCsv(CsvKind::SubTasks, csv);
    bool found = false;
    for (const SubTask &s : ProgrammeRepository(*db).subTasks(project3))
        if (s.number == 7) {
            found = true;
            EXPECT_EQ(s.assignee, u"=cmd|' /C calc'!A0"_s);
            EXPECT_EQ(s.prs, u"+SUM(1)"_s);
        }
    EXPECT_TRUE(found);
}

// A row with fewer cells than the header is refused with its line, for the programmes' kinds too.
TEST_F(ProgrammeCsv, RowsCutShortAreRefused)
{
    EXPECT_TRUE(refused(CsvKind::SubTasks, "track,project,number,title,assignee,prs,done,weight\n"
                                           "fundable,3,1,Windows CI,@megemini,#1,1,3\n"
                                           "fundable,3,2,macOS CI\n")
                    .contains(u"line 3: the row has 4 field(s) but the header has 8"_s));
    EXPECT_TRUE(refused(CsvKind::WeeklyReports, "track,login,week,hours,link\ncamp,tang-hao,2\n")
                    .contains(u"line 2: the row has 3 field(s)"_s));
}
