#include "demo/demoevent.h"
#include "model/error.h"
#include "services/csvexchange.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"
#include "support/dbdump.h"
#include "support/backend.h"
#include "testutil.h"

#include <QSqlRecord>
#include <QTimeZone>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

QString dump(const Database &db)
{
    return dumpDatabase(db);
}

QByteArray csv(const QString &text)
{
    return text.toUtf8();
}

class CsvExchangeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(eventDb(dir, u"x.sqlite"_s));
        addDemoData(*db);
        tasksTrack = EventRepository(*db).resolveTrack(u"tasks"_s).id;
    }

    CsvImportResult import(CsvKind kind, const QString &text) { return CsvExchange(*db).importCsv(kind, csv(text)); }

    // Expects the import refused with every needle in the message, and the database unchanged.
    void expectRefused(CsvKind kind, const QByteArray &bytes, const QStringList &needles)
    {
        const QString before = dump(*db);
        try {
            CsvExchange(*db).importCsv(kind, bytes, u"in.csv"_s);
            ADD_FAILURE() << "accepted a bad file";
        } catch (const Error &e) {
            EXPECT_TRUE(e.message().startsWith(u"Nothing was imported from in.csv"_s) ||
                        e.message().startsWith(u"in.csv, line "_s))
                << e.message().toStdString();
            for (const QString &needle : needles)
                EXPECT_TRUE(e.message().contains(needle, Qt::CaseInsensitive))
                    << e.message().toStdString() << "\n  lacks: " << needle.toStdString();
        }
        EXPECT_EQ(dump(*db), before);
    }
    void expectRefused(CsvKind kind, const QString &text, const QStringList &needles)
    {
        expectRefused(kind, csv(text), needles);
    }

    Participant person(const QString &login) const { return *ParticipantRepository(*db).byLogin(login); }
    Task task(int number) const { return *TaskRepository(*db).byNumber(tasksTrack, number); }

    TempDir dir;
    std::unique_ptr<Database> db;
    qint64 tasksTrack = 0;
};

const QString peopleHeader = u"login,name,email,organisation\n"_s;
const QString tasksHeader = u"track,number,title,url,direction,stars,cash,rfc_required,locked,removed\n"_s;
const QString claimsHeader = u"track,task,login,status,claimed_at\n"_s;

} // namespace

TEST(CsvKinds, KeysAndColumns)
{
    for (CsvKind k : {CsvKind::Tasks, CsvKind::Participants, CsvKind::Claims})
        EXPECT_EQ(csvKindFromKey(csvKindKey(k)), k);
    EXPECT_FALSE(csvKindFromKey(u"teams"));
    EXPECT_EQ(csvColumns(CsvKind::Participants).join(u','), u"login,name,email,organisation"_s);
    EXPECT_EQ(csvColumns(CsvKind::Tasks).join(u','),
              u"track,number,title,url,direction,stars,cash,rfc_required,locked,removed,stars_at_most"_s);
    EXPECT_EQ(csvOptionalColumns(CsvKind::Tasks), QStringList{u"stars_at_most"_s});
    EXPECT_EQ(csvColumns(CsvKind::Claims).join(u','), u"track,task,login,status,claimed_at"_s);
}

TEST_F(CsvExchangeTest, ExportStartsWithABomAndTheHeader)
{
    const QByteArray bytes = CsvExchange(*db).exportCsv(CsvKind::Participants);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBFlogin,name,email,organisation\r\n"));
    EXPECT_TRUE(bytes.contains("\r\nmegemini,Megemini,"));
    const QByteArray tasks = CsvExchange(*db).exportCsv(CsvKind::Tasks, CsvBom::Without);
    EXPECT_TRUE(
        tasks.startsWith("track,number,title,url,direction,stars,cash,rfc_required,locked,removed,stars_at_most\r\n"));
    EXPECT_TRUE(tasks.contains("\r\ntasks,8,"));
}

TEST_F(CsvExchangeTest, ExportThenImportChangesNothing)
{
    for (CsvKind kind : {CsvKind::Tasks, CsvKind::Participants, CsvKind::Claims}) {
        const QString before = dump(*db);
        const QList<QStringList> records = CsvExchange(*db).exportRecords(kind);
        ASSERT_GT(records.size(), 1);
        const CsvImportResult r = CsvExchange(*db).importCsv(kind, CsvExchange(*db).exportCsv(kind));
        EXPECT_EQ(r.added, 0) << csvKindKey(kind).toStdString();
        EXPECT_EQ(r.updated, 0) << csvKindKey(kind).toStdString();
        EXPECT_EQ(r.unchanged, records.size() - 1) << csvKindKey(kind).toStdString();
        EXPECT_EQ(dump(*db), before) << csvKindKey(kind).toStdString();
    }
}

TEST_F(CsvExchangeTest, RoundTripsIntoAFreshEvent)
{
    const CsvExchange demo(*db);
    int teamClaims = 0;
    const QByteArray tasks = demo.exportCsv(CsvKind::Tasks);
    const QByteArray people = demo.exportCsv(CsvKind::Participants);
    const QByteArray claims = demo.exportCsv(CsvKind::Claims, CsvBom::With, &teamClaims);
    EXPECT_GT(teamClaims, 0); // the demo's fundable projects are claimed by teams

    Database fresh(eventDb(dir, u"fresh.sqlite"_s));
    initEvent(fresh);
    CsvExchange other(fresh);
    EXPECT_GT(other.importCsv(CsvKind::Tasks, tasks).added, 50);
    EXPECT_GT(other.importCsv(CsvKind::Participants, people).added, 10);
    const CsvImportResult c = other.importCsv(CsvKind::Claims, claims);
    EXPECT_GT(c.added, 50);
    EXPECT_EQ(c.participantsAdded, 0);
    EXPECT_EQ(other.exportCsv(CsvKind::Tasks), tasks);
    EXPECT_EQ(other.exportCsv(CsvKind::Participants), people);
    EXPECT_EQ(other.exportCsv(CsvKind::Claims), claims);
}

TEST_F(CsvExchangeTest, ImportingTheSameFileTwiceChangesNothingTheSecondTime)
{
    const QString people = peopleHeader + u"new-one,新人,new@example.com,清华大学\n"
                                          u"@new-two,,,\n"
                                          u"megemini,Megemini M.,m@example.com,\n"_s;
    const CsvImportResult first = import(CsvKind::Participants, people);
    EXPECT_EQ(first.added, 2);
    EXPECT_EQ(first.updated, 1);
    const QString after = dump(*db);
    const CsvImportResult second = import(CsvKind::Participants, people);
    EXPECT_EQ(second.added, 0);
    EXPECT_EQ(second.updated, 0);
    EXPECT_EQ(second.unchanged, 3);
    EXPECT_EQ(dump(*db), after);
    EXPECT_EQ(person(u"new-two"_s).login, u"new-two"_s);
    EXPECT_EQ(person(u"new-one"_s).organisation, u"清华大学"_s);

    const QString tasks = tasksHeader + u"tasks,500,新任务,https://x/1,新方向,0.5,,yes,no,\n"
                                        u"tasks,8,Renamed,,,1,,0,0,0\n"_s;
    EXPECT_EQ(import(CsvKind::Tasks, tasks).added, 1);
    const QString afterTasks = dump(*db);
    const CsvImportResult again = import(CsvKind::Tasks, tasks);
    EXPECT_EQ(again.added + again.updated, 0);
    EXPECT_EQ(dump(*db), afterTasks);

    const QString claims = claimsHeader + u"tasks,500,megemini,报名,2024-03-21T10:00:00+08:00\n"
                                          u"tasks,500,brand-new,pr,2024/3/22 9:30\n"_s;
    const CsvImportResult c1 = import(CsvKind::Claims, claims);
    EXPECT_EQ(c1.added, 2);
    EXPECT_EQ(c1.participantsAdded, 1);
    const QString afterClaims = dump(*db);
    const CsvImportResult c2 = import(CsvKind::Claims, claims);
    EXPECT_EQ(c2.added + c2.updated + c2.participantsAdded, 0);
    EXPECT_EQ(c2.unchanged, 2);
    EXPECT_EQ(dump(*db), afterClaims);
}

TEST_F(CsvExchangeTest, ColumnsComeInAnyOrderAndCase)
{
    const CsvImportResult r =
        import(CsvKind::Participants, u" Organisation ,EMAIL,Login,name\r\n浙江大学,a@b.c,someone,某人\r\n,,,\r\n"_s);
    EXPECT_EQ(r.added, 1);
    const Participant p = person(u"someone"_s);
    EXPECT_EQ(p.name, u"某人"_s);
    EXPECT_EQ(p.email, u"a@b.c"_s);
    EXPECT_EQ(p.organisation, u"浙江大学"_s);
}

TEST_F(CsvExchangeTest, TasksAreAddedAndUpdatedKeepingWhatTheFileDoesNotHold)
{
    Task eight = task(8);
    eight.finisherId = person(u"megemini"_s).id;
    eight.lead = u"@mentor"_s;
    TaskRepository(*db).update(eight);

    const CsvImportResult r =
        import(CsvKind::Tasks, tasksHeader + u"%1,8,新标题,https://x/8,框架 API 开发,2,\"1,500\",1,1,0\n"
                                             u"camp,77,营地项目,,,3,¥1500.50,false,TRUE,yes\n"_s.arg(tasksTrack));
    EXPECT_EQ(r.added, 1);
    EXPECT_EQ(r.updated, 1);
    const Task t = task(8);
    EXPECT_EQ(t.title, u"新标题"_s);
    EXPECT_EQ(t.stars, Stars::whole(2));
    EXPECT_EQ(t.cashFen, 150'000);
    EXPECT_TRUE(t.rfcRequired);
    EXPECT_TRUE(t.locked);
    EXPECT_EQ(t.finisherId, eight.finisherId);
    EXPECT_EQ(t.lead, u"@mentor"_s);
    EXPECT_NE(t.directionId, 0);
    const Task camp = *TaskRepository(*db).byNumber(EventRepository(*db).resolveTrack(u"camp"_s).id, 77);
    EXPECT_EQ(camp.cashFen, 150'050);
    EXPECT_FALSE(camp.rfcRequired);
    EXPECT_TRUE(camp.locked);
    EXPECT_TRUE(camp.removed);
    EXPECT_EQ(camp.directionId, 0);
    EXPECT_TRUE(CsvExchange(*db).exportCsv(CsvKind::Tasks).contains(",3,1500.50,0,1,1,0\r\n"));
}

// "最高0.2⭐️" in the issue: stars 0.2 as an upper bound, exchanged in the optional stars_at_most column.
TEST_F(CsvExchangeTest, TheStarsUpperBoundIsAnOptionalColumn)
{
    const QString header = tasksHeader.trimmed() + u",stars_at_most\n"_s;
    CsvImportResult r = import(CsvKind::Tasks, header + u"%1,901,算子 A,,,0.2,,0,0,0,1\n"
                                                        u"%1,902,算子 B,,,0.2,,0,0,0,\n"_s.arg(tasksTrack));
    EXPECT_EQ(r.added, 2);
    EXPECT_TRUE(task(901).starsAtMost);
    EXPECT_EQ(task(901).stars, *Stars::parse(u"0.2"_s));
    EXPECT_FALSE(task(902).starsAtMost); // empty = no
    EXPECT_TRUE(CsvExchange(*db).exportCsv(CsvKind::Tasks).contains(",901,算子 A,,,0.2,,0,0,0,1\r\n"));

    // A file written before the column: its tasks keep their bound, new ones have none.
    r = import(CsvKind::Tasks,
               tasksHeader + u"%1,901,算子 A2,,,0.2,,0,0,0\n%1,903,算子 C,,,1,,0,0,0\n"_s.arg(tasksTrack));
    EXPECT_EQ(r.updated, 1);
    EXPECT_EQ(r.added, 1);
    EXPECT_TRUE(task(901).starsAtMost);
    EXPECT_EQ(task(901).title, u"算子 A2"_s);
    EXPECT_FALSE(task(903).starsAtMost);

    // The column says no: the bound goes; a bad flag is refused, naming the column and the line.
    r = import(CsvKind::Tasks, header + u"%1,901,算子 A2,,,0.2,,0,0,0,0\n"_s.arg(tasksTrack));
    EXPECT_EQ(r.updated, 1);
    EXPECT_FALSE(task(901).starsAtMost);
    expectRefused(CsvKind::Tasks, header + u"%1,901,算子 A2,,,0.2,,0,0,0,maybe\n"_s.arg(tasksTrack),
                  {u"line 2"_s, u"stars_at_most \"maybe\""_s});
    EXPECT_FALSE(task(901).starsAtMost);
}

TEST_F(CsvExchangeTest, ClaimStatusesOnlyRise)
{
    import(CsvKind::Tasks, tasksHeader + u"tasks,700,Unclaimed so far,,,1,,,,\n"_s);
    EXPECT_EQ(import(CsvKind::Claims, claimsHeader + u"tasks,700,lin-yichen,提交PR,2024-03-25 08:00\n"_s).added, 1);
    const qint64 who = person(u"lin-yichen"_s).id;
    const qint64 taskId = task(700).id;
    EXPECT_EQ(ClaimRepository(*db).find(taskId, who, 0)->status, ClaimStatus::PrSubmitted);

    const CsvImportResult lower = import(CsvKind::Claims, claimsHeader + u"tasks,700,LIN-YICHEN,registered,\n"_s);
    EXPECT_EQ(lower.statusesKept, 1);
    EXPECT_EQ(lower.unchanged, 1);
    EXPECT_EQ(ClaimRepository(*db).find(taskId, who, 0)->status, ClaimStatus::PrSubmitted);

    const CsvImportResult higher = import(CsvKind::Claims, claimsHeader + u"tasks,700,lin-yichen,Completed,\n"_s);
    EXPECT_EQ(higher.updated, 1);
    const Claim c = *ClaimRepository(*db).find(taskId, who, 0);
    EXPECT_EQ(c.status, ClaimStatus::Completed);
    EXPECT_EQ(c.claimedAt, QDateTime(QDate(2024, 3, 25), QTime(8, 0), QTimeZone(8 * 3600))); // kept
}

TEST_F(CsvExchangeTest, ClaimTimesAreReadInTheEventsZone)
{
    const QDateTime expected(QDate(2024, 3, 21), QTime(10, 0), QTimeZone(8 * 3600));
    const std::pair<QString, QDateTime> cases[] = {
        {u"2024-03-21T10:00:00+08:00"_s, expected},
        {u"2024-03-21T02:00:00Z"_s, expected},
        {u"2024-03-21 10:00"_s, expected},
        {u"2024/3/21 10:00"_s, expected},
        {u"2024-03-21T03:00:00+0100"_s, expected},
        {u"2024-03-21"_s, QDateTime(QDate(2024, 3, 21), QTime(0, 0), QTimeZone(8 * 3600))},
    };
    int number = 600;
    for (const auto &[text, when] : cases) {
        ++number;
        import(CsvKind::Tasks, tasksHeader + u"tasks,%1,T,,,1,,,,\n"_s.arg(number));
        import(CsvKind::Claims, claimsHeader + u"tasks,%1,megemini,报名,%2\n"_s.arg(number).arg(text));
        const auto c = ClaimRepository(*db).find(task(number).id, person(u"megemini"_s).id, 0);
        ASSERT_TRUE(c) << text.toStdString();
        EXPECT_EQ(c->claimedAt, when) << text.toStdString();
    }
    const QByteArray out = CsvExchange(*db).exportCsv(CsvKind::Claims);
    EXPECT_TRUE(out.contains("tasks,601,megemini,\xE6\x8A\xA5\xE5\x90\x8D,2024-03-21T10:00:00+08:00\r\n"));
}

TEST_F(CsvExchangeTest, FormulasAreExportedAsTextAndReadBackExactly)
{
    const QString nasty = u"=HYPERLINK(\"http://evil\",\"x\")"_s;
    Participant p{0, u"formula-fan"_s, nasty, {}, u"'=already escaped"_s};
    ParticipantRepository(*db).insert(p);
    const QByteArray bytes = CsvExchange(*db).exportCsv(CsvKind::Participants);
    EXPECT_TRUE(bytes.contains("formula-fan,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",,''=already escaped\r\n"));
    const QString before = dump(*db);
    EXPECT_EQ(CsvExchange(*db).importCsv(CsvKind::Participants, bytes).updated, 0);
    EXPECT_EQ(dump(*db), before);
    EXPECT_EQ(person(u"formula-fan"_s).name, nasty);
}

// Every bad row is named with its line and reason; nothing of the file is imported.

TEST_F(CsvExchangeTest, RefusesABadHeader)
{
    expectRefused(CsvKind::Participants, u""_s, {u"line 1"_s, u"empty"_s, u"login,name,email,organisation"_s});
    expectRefused(CsvKind::Participants, u"login,name,email,organisation,phone,wechat\nx,,,,,\n"_s,
                  {u"line 1"_s, u"unknown column(s) phone, wechat"_s});
    expectRefused(CsvKind::Participants, u"login,name\nx,y\n"_s,
                  {u"line 1"_s, u"missing column(s) email, organisation"_s});
    expectRefused(CsvKind::Participants, u"login,name,email,organisation,Login\n"_s,
                  {u"line 1"_s, u"\"login\" appears twice"_s});
    expectRefused(CsvKind::Participants, u"megemini,Gemini,,\n"_s,
                  {u"line 1"_s, u"unknown column(s) megemini, Gemini"_s,
                   u"missing column(s) login, name, email, organisation"_s});
    expectRefused(CsvKind::Claims, tasksHeader, {u"unknown column(s)"_s, u"track,task,login,status,claimed_at"_s});
}

TEST_F(CsvExchangeTest, RefusesFieldsOutsideTheHeader)
{
    expectRefused(CsvKind::Participants, peopleHeader + u"someone,,,,extra\n"_s,
                  {u"line 2: field 5 is beyond the header's 4 column(s)"_s});
    expectRefused(CsvKind::Participants, u"login,,name,email,organisation\nsomeone,oops,,,\n"_s,
                  {u"line 2: field 2 has a value but its column has no name"_s});
}

TEST_F(CsvExchangeTest, RefusesAFileThatIsNotCsvText)
{
    expectRefused(CsvKind::Participants, QByteArray("login,name,email,organisation\nzhang,\xD5\xC5\xC8\xFD,,\n"),
                  {u"in.csv, line 2"_s, u"not UTF-8"_s});
    expectRefused(CsvKind::Participants, csv(peopleHeader + u"\"zhang,,,\n"_s),
                  {u"in.csv, line 2"_s, u"never closed"_s});
}

TEST_F(CsvExchangeTest, RefusesALoginInAnotherCaseThanTheStoredOne)
{
    expectRefused(CsvKind::Participants, peopleHeader + u"ok-person,,,\nMEGEMINI,,,\nmagnetowang,,,\n"_s,
                  {u"line 3: @MEGEMINI is already in the event as @megemini"_s,
                   u"line 4: @magnetowang is already in the event as @MagnetoWang"_s});
    EXPECT_FALSE(ParticipantRepository(*db).byLogin(u"ok-person"_s));
}

TEST_F(CsvExchangeTest, RefusesALoginTwiceInTheFile)
{
    expectRefused(CsvKind::Participants, peopleHeader + u"new-person,,,\nsomeone,,,\nNew-Person,,,\n@someone,,,\n"_s,
                  {u"line 4: @New-Person is already on line 2 as @new-person"_s,
                   u"line 5: @someone is already on line 3"_s, u"2 problem(s)"_s});
}

TEST_F(CsvExchangeTest, RefusesBadParticipantRows)
{
    expectRefused(CsvKind::Participants, peopleHeader + u",Nobody,,\nhas space,,,\ngood,,not-an-email,\n"_s,
                  {u"line 2: login is empty"_s, u"line 3: \"has space\" is not a GitHub login"_s,
                   u"line 4: \"not-an-email\" is not an e-mail address"_s, u"3 problem(s)"_s});
}

TEST_F(CsvExchangeTest, RefusesBadTaskRows)
{
    expectRefused(CsvKind::Tasks,
                  tasksHeader + u"tasks,901,Good row,,,1,,0,0,0\n"        // line 2: fine, but not imported
                                u"hardware,902,X,,,1,,,,\n"               // 3
                                u"tasks,abc,X,,,1,,,,\n"                  // 4
                                u"tasks,0,X,,,1,,,,\n"                    // 5
                                u"tasks,903,,,,1,,,,\n"                   // 6
                                u"tasks,904,X,,,-1,,,,\n"                 // 7
                                u"tasks,905,X,,,0.0001,,,,\n"             // 8
                                u"tasks,906,X,,,1,-5,,,\n"                // 9
                                u"tasks,907,X,,,1,lots,,,\n"              // 10
                                u"tasks,908,X,,,1,,maybe,,\n"             // 11
                                u"tasks,901,Again,,,1,,,,\n"              // 12
                                u"%1,8,Same as demo No.8 twice,,,1,,,,\n" // 13: updates the demo task
                                u"tasks,8,Twice by kind,,,1,,,,\n"_s      // 14
                                    .arg(tasksTrack),
                  {u"line 3: There is no track \"hardware\""_s, u"line 4: number \"abc\" is not a positive whole"_s,
                   u"line 5: number \"0\""_s, u"line 6: title is empty"_s, u"line 7: stars cannot be negative (-1)"_s,
                   u"line 8: stars \"0.0001\""_s, u"line 9: cash cannot be negative"_s,
                   u"line 10: cash \"lots\" is not an amount"_s, u"line 11: rfc_required \"maybe\""_s,
                   u"line 12: task No.901 of track \"tasks\" is already on line 2"_s,
                   u"line 14: task No.8 of track \"tasks\" is already on line 13"_s, u"11 problem(s)"_s});
    EXPECT_FALSE(TaskRepository(*db).byNumber(tasksTrack, 901));
}

TEST_F(CsvExchangeTest, RefusesBadClaimRows)
{
    expectRefused(CsvKind::Claims,
                  claimsHeader + u"tasks,8,brand-new-person,报名,\n" // line 2: fine, but not imported
                                 u"tasks,999,megemini,报名,\n"       // 3
                                 u"nowhere,8,megemini,报名,\n"       // 4
                                 u"tasks,8,megemini,done-ish,\n"     // 5
                                 u"tasks,8,GreatV,报名,yesterday\n"  // 6
                                 u"tasks,8,,报名,\n"                 // 7
                                 u"tasks,8,,,\n"                     // 8
                                 u"tasks,9,lin-yichen,报名,\n"       // 9
                                 u"tasks,9,Lin-Yichen,提交PR,\n"_s,  // 10
                  {u"line 3: track \"开源贡献个人挑战赛\" has no task No.999"_s,
                   u"line 4: There is no track \"nowhere\""_s,
                   u"line 5: status \"done-ish\" is not one of 报名, 提交RFC"_s, u"line 6: claimed_at \"yesterday\""_s,
                   u"line 7: login is empty"_s, u"line 8: login is empty"_s, u"line 8: status is empty"_s,
                   u"line 10: the claim of @Lin-Yichen on task No.9 is already on line 9"_s, u"8 problem(s)"_s});
    EXPECT_FALSE(ParticipantRepository(*db).byLogin(u"brand-new-person"_s));
}

TEST_F(CsvExchangeTest, AnUnknownLoginIsAddedOnlyWithAGoodRow)
{
    expectRefused(CsvKind::Claims, claimsHeader + u"tasks,999,stranger,报名,\n"_s, {u"line 2"_s, u"No.999"_s});
    EXPECT_FALSE(ParticipantRepository(*db).byLogin(u"stranger"_s));
    const CsvImportResult r =
        import(CsvKind::Claims, claimsHeader + u"tasks,8,stranger,报名,\ntasks,9,STRANGER,rfc,\n"_s);
    EXPECT_EQ(r.added, 2);
    EXPECT_EQ(r.participantsAdded, 1);
    EXPECT_EQ(person(u"stranger"_s).login, u"stranger"_s);
}

TEST_F(CsvExchangeTest, LongProblemListsAreCut)
{
    QString text = peopleHeader;
    for (int i = 0; i < 80; ++i)
        text += u"bad login %1,,,\n"_s.arg(i);
    expectRefused(CsvKind::Participants, text, {u"80 problem(s)"_s, u"line 51:"_s, u"and 30 more"_s});
}

TEST_F(CsvExchangeTest, TenThousandParticipantsImport)
{
    QString text = peopleHeader;
    for (int i = 0; i < 10'000; ++i)
        text += u"person-%1,名字 %1,p%1@example.com,大学 %2\n"_s.arg(i).arg(i % 50);
    EXPECT_EQ(import(CsvKind::Participants, text).added, 10'000);
    EXPECT_EQ(import(CsvKind::Participants, text).unchanged, 10'000);
}

// A row cut short used to read its missing cells as empty (a task's stars 1 → 0, locked 1 → 0) and import.
TEST_F(CsvExchangeTest, RowsCutShortAreRefusedWithTheirLineForEveryKind)
{
    expectRefused(CsvKind::Tasks, tasksHeader + u"tasks,1,Title,,,1\n"_s,
                  {u"line 2: the row has 6 field(s) but the header has 10"_s});
    for (const CsvKind kind : {CsvKind::Tasks, CsvKind::Participants, CsvKind::Claims, CsvKind::Applications,
                               CsvKind::WeeklyReports, CsvKind::SubTasks}) {
        SCOPED_TRACE(csvKindKey(kind).toStdString());
        const QStringList columns = csvColumns(kind);
        QStringList full = CsvExchange(*db).exportRecords(kind).value(1);
        ASSERT_EQ(full.size(), columns.size());
        const QByteArray good = writeCsv({columns, full}, CsvBom::Without);
        full.removeLast();
        expectRefused(kind, good + writeCsv({full}, CsvBom::Without),
                      {u"line 3: the row has %1 field(s) but the header has %2"_s.arg(full.size()).arg(columns.size())});
    }
    // A header with an unnamed last column (a trailing comma) needs no cell for it.
    EXPECT_EQ(import(CsvKind::Participants, u"login,name,email,organisation,\nnew-person,N,,\n"_s).added, 1);
}
