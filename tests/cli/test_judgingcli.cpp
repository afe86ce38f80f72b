#include "io/csv.h"
#include "judging/judgepacket.h"
#include "support/backend.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

// The real hackdesk binary, as a script runs it.
CliResult hackdesk(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"USER"_s, u"staff-cli"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HACKDESK_BINARY), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(120'000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

class JudgingCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = eventDb(dir, u"event.sqlite"_s);
        ASSERT_EQ(hackdesk({u"--db"_s, db, u"init"_s, u"--demo"_s}).code, 0);
    }
    CliResult run(QStringList args)
    {
        args.prepend(db);
        args.prepend(u"--db"_s);
        return hackdesk(args);
    }
    QJsonArray results(const QString &track)
    {
        const CliResult r = run({u"results"_s, u"--track"_s, track, u"--format"_s, u"json"_s});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    TempDir dir;
    QString db;
};

} // namespace

TEST_F(JudgingCli, HelpListsTheJudgingCommands)
{
    const CliResult r = hackdesk({u"--help"_s});
    for (const QString &command :
         {u"judges"_s, u"scores"_s, u"judge-packet"_s, u"results"_s, u"rubric"_s, u"submissions"_s})
        EXPECT_TRUE(r.out.contains(u"  "_s + command + u' ')) << command.toStdString();
    EXPECT_EQ(run({u"results"_s, u"--track"_s, u"fundable"_s, u"--format"_s, u"xml"_s}).code, 2);
    EXPECT_EQ(run({u"scores"_s, u"template"_s}).code, 2) << "no --track";
    EXPECT_EQ(run({u"judges"_s, u"fire"_s}).code, 2);
    const CliResult unknown = run({u"results"_s, u"--track"_s, u"nowhere"_s});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(unknown.err.contains(u"no track \"nowhere\""_s)) << unknown.err.toStdString();
}

TEST_F(JudgingCli, PaperSheetsGoInThroughTheTemplateAndComeOutRanked)
{
    const QString templ = dir.path(u"sheets.csv"_s);
    const CliResult t = run({u"scores"_s, u"template"_s, u"--track"_s, u"fundable"_s, u"--out"_s, templ});
    ASSERT_EQ(t.code, 0) << t.err.toStdString();
    const QByteArray bytes = readAll(templ);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "with a BOM for Excel";
    QList<CsvRecord> records = parseCsv(bytes);
    ASSERT_GT(records.size(), 1);
    EXPECT_EQ(records[0].fields.join(u','), u"judge,submission,criterion,weight,min,max,score,comment"_s);
    // 3 submissions × 3 judges × 4 criteria.
    EXPECT_EQ(records.size(), 1 + 3 * 3 * 4);
    for (qsizetype i = 1; i < records.size(); ++i) {
        EXPECT_EQ(records[i].fields.value(6), QString()) << "score empty";
        EXPECT_EQ(records[i].fields.value(7), QString()) << "comment empty";
    }

    // Staff type in the paper sheets: each judge gives submission 1 an 8, 2 a 6, 3 a 7, with the first
    // judge one point harder on everything.
    QList<QStringList> filled;
    const QString firstJudge = records[1].fields[0];
    for (const CsvRecord &r : records) {
        QStringList f = r.fields;
        if (&r != &records.first()) {
            const int base = f[1] == u"1"_s ? 8 : f[1] == u"2"_s ? 6 : 7;
            f[6] = QString::number(base - (f[0] == firstJudge ? 1 : 0));
        }
        filled << f;
    }
    const QString sheets = dir.path(u"filled.csv"_s);
    writeCsvFile(sheets, filled);
    const CliResult imported = run({u"scores"_s, u"import"_s, sheets});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(u"9 sheet(s) added"_s) || imported.out.contains(u"9 sheets added"_s))
        << imported.out.toStdString();

    const QJsonArray json = results(u"fundable"_s);
    ASSERT_EQ(json.size(), 3);
    EXPECT_EQ(json[0][u"submission"_s].toInt(), 1);
    EXPECT_EQ(json[0][u"rank"_s].toInt(), 1);
    EXPECT_EQ(json[0][u"judges"_s].toInt(), 3);
    EXPECT_EQ(json[1][u"submission"_s].toInt(), 3);
    EXPECT_EQ(json[2][u"submission"_s].toInt(), 2);
    for (const QJsonValue &v : json)
        for (const char *key : {"submission", "title", "rank", "judges", "raw", "normalised"})
            EXPECT_TRUE(v.toObject().contains(QLatin1StringView(key))) << key;
    // The stored scores come out in the template's form, one judge's alone; an unknown judge is refused.
    const CliResult exported =
        run({u"scores"_s, u"export"_s, u"--track"_s, u"fundable"_s, u"--judge"_s, u"@"_s + firstJudge});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    const QList<CsvRecord> mine = parseCsv(exported.out.toUtf8());
    qsizetype rowsOfFirst = 0;
    for (const CsvRecord &r : records)
        rowsOfFirst += r.fields.value(0) == firstJudge;
    ASSERT_EQ(mine.size(), 1 + rowsOfFirst); // the template's rows of that judge
    for (qsizetype i = 1; i < mine.size(); ++i) {
        EXPECT_EQ(mine[i].fields.value(0), firstJudge);
        EXPECT_FALSE(mine[i].fields.value(6).isEmpty()) << "scored";
    }
    const CliResult nobody = run({u"scores"_s, u"export"_s, u"--track"_s, u"fundable"_s, u"--judge"_s, u"nobody"_s});
    EXPECT_EQ(nobody.code, 1);
    EXPECT_TRUE(nobody.err.contains(u"nobody"_s)) << nobody.err.toStdString();

    const CliResult csv = run({u"results"_s, u"--track"_s, u"fundable"_s, u"--format"_s, u"csv"_s});
    ASSERT_EQ(csv.code, 0);
    const QStringList lines = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    EXPECT_EQ(lines[0], u"rank,submission,title,judges,raw,normalised"_s);
    EXPECT_TRUE(lines[1].startsWith(u"1,1,"_s)) << lines[1].toStdString();
    EXPECT_TRUE(QRegularExpression(u",3,\\d+\\.\\d{3},\\d+\\.\\d{3}$"_s).match(lines[1]).hasMatch())
        << lines[1].toStdString();

    // A bad file changes nothing and names its lines.
    filled[3][6] = u"12"_s;
    writeCsvFile(sheets, filled);
    const CliResult bad = run({u"scores"_s, u"import"_s, sheets});
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(u"line 4"_s)) << bad.err.toStdString();
    EXPECT_EQ(bad.err.count(u'\n'), 1) << "one line";
    EXPECT_EQ(results(u"fundable"_s), json);
}

TEST_F(JudgingCli, AssignReportsWhatCannotBeDone)
{
    const CliResult again = run({u"judges"_s, u"assign"_s, u"--track"_s, u"fundable"_s});
    EXPECT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(u"Assigned 0 judge"_s)) << again.out.toStdString();
    // Five judges each is impossible for the team's project: two of the six judges conflict.
    const CliResult five =
        run({u"judges"_s, u"assign"_s, u"--track"_s, u"fundable"_s, u"--per-submission"_s, u"5"_s, u"--dry-run"_s});
    EXPECT_EQ(five.code, 1);
    EXPECT_TRUE(five.out.contains(u"impossible: "_s)) << five.out.toStdString();
    EXPECT_TRUE(five.out.contains(u"@chen-jie (declared a conflict with the team 飞桨小分队)"_s))
        << five.out.toStdString();
    EXPECT_TRUE(five.out.contains(u"@liu-yang (same organisation as @lin-yichen (浙江大学))"_s))
        << five.out.toStdString();
    EXPECT_EQ(five.err.count(u'\n'), 1);
    // A new judge, added from the command line, with a conflict.
    const CliResult add = run({u"judges"_s, u"add"_s, u"@qian-li"_s, u"--name"_s, u"钱立"_s, u"--track"_s,
                               u"fundable"_s, u"--conflict"_s, u"participant:megemini"_s});
    EXPECT_EQ(add.code, 0) << add.err.toStdString();
    const CliResult list = run({u"judges"_s, u"list"_s, u"--track"_s, u"fundable"_s});
    EXPECT_TRUE(list.out.contains(u"@qian-li\t钱立"_s)) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(u"conflicts: participant:megemini"_s));
    EXPECT_EQ(run({u"judges"_s, u"add"_s, u"x"_s, u"--conflict"_s, u"friend:y"_s}).code, 2);
}

TEST_F(JudgingCli, LockingFinalisesAndUnlockingNeedsAReason)
{
    EXPECT_EQ(run({u"scores"_s, u"lock"_s, u"--track"_s, u"fundable"_s}).code, 0);
    const CliResult assign = run({u"judges"_s, u"assign"_s, u"--track"_s, u"fundable"_s});
    EXPECT_EQ(assign.code, 1);
    EXPECT_TRUE(assign.err.contains(u"are final"_s)) << assign.err.toStdString();
    EXPECT_TRUE(assign.err.contains(u"staff-cli"_s)) << "who locked it";
    const CliResult noReason = run({u"scores"_s, u"unlock"_s, u"--track"_s, u"fundable"_s});
    EXPECT_EQ(noReason.code, 1);
    EXPECT_TRUE(noReason.err.contains(u"Give a reason"_s));
    EXPECT_EQ(run({u"scores"_s, u"unlock"_s, u"--track"_s, u"fundable"_s, u"--reason"_s, u"wrong sheet"_s}).code, 0);
    EXPECT_EQ(run({u"judges"_s, u"assign"_s, u"--track"_s, u"fundable"_s}).code, 0);
}

TEST_F(JudgingCli, APacketGoesOutAndComesBackAuthenticated)
{
    const QString packet = dir.path(u"zhang-wei.hdpacket"_s);
    const CliResult out = run({u"judge-packet"_s, u"export"_s, u"--judge"_s, u"zhang-wei"_s, u"--out"_s, packet});
    ASSERT_EQ(out.code, 0) << out.err.toStdString();
    EXPECT_TRUE(out.out.contains(u"revision 1"_s)) << out.out.toStdString();
    // The judge scores offline (what `hackdesk --judge-packet FILE` saves).
    JudgePacket p = JudgePacket::fromFile(packet);
    for (const JudgePacket::Entry &e : p.entries) {
        ScoreSheet s;
        s.submissionId = e.id;
        s.status = SheetStatus::Submitted;
        for (const Criterion &c : p.track(e.trackId)->rubric.criteria)
            if (c.judged())
                s.scores.insert(c.id, 7);
        p.setSheet(s);
    }
    p.save(packet);
    const QByteArray good = readAll(packet);

    // A changed byte: refused, one line, nothing imported.
    QByteArray bad = good;
    bad[bad.indexOf("\"score\": 7") + 9] = '8';
    writeAll(dir.path(u"bad.hdpacket"_s), bad);
    const CliResult refused = run({u"judge-packet"_s, u"import"_s, dir.path(u"bad.hdpacket"_s)});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(u"authentication code does not match"_s)) << refused.err.toStdString();
    EXPECT_EQ(refused.err.count(u'\n'), 1);
    for (const QJsonValue &v : results(u"fundable"_s))
        EXPECT_EQ(v[u"judges"_s].toInt(), 0);

    const CliResult in = run({u"judge-packet"_s, u"import"_s, packet});
    ASSERT_EQ(in.code, 0) << in.err.toStdString();
    EXPECT_TRUE(in.out.contains(u"revision 2"_s)) << in.out.toStdString();
    int judged = 0;
    for (const QJsonValue &v : results(u"fundable"_s))
        judged += v[u"judges"_s].toInt();
    EXPECT_GT(judged, 0);
    // Again: nothing new. And a new export no longer needs --replace.
    EXPECT_TRUE(run({u"judge-packet"_s, u"import"_s, packet}).out.contains(u"nothing new"_s));
    EXPECT_EQ(run({u"judge-packet"_s, u"export"_s, u"--judge"_s, u"zhang-wei"_s, u"--out"_s, packet}).code, 0);
    const CliResult unknown = run({u"judge-packet"_s, u"export"_s, u"--judge"_s, u"nobody"_s, u"--out"_s, packet});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(unknown.err.contains(u"no judge @nobody"_s));
}

TEST_F(JudgingCli, RubricsAndSubmissionsRoundTrip)
{
    const QString rubric = dir.path(u"rubric.json"_s);
    ASSERT_EQ(run({u"rubric"_s, u"show"_s, u"--track"_s, u"articles"_s, u"--out"_s, rubric}).code, 0);
    QJsonObject o = QJsonDocument::fromJson(readAll(rubric)).object();
    EXPECT_EQ(o[u"criteria"_s].toArray().size(), 8);
    // Weights of derived criteria are editable.
    QJsonArray criteria = o[u"criteria"_s].toArray();
    QJsonObject views = criteria[3].toObject();
    EXPECT_EQ(views[u"figure"_s].toString(), u"views"_s);
    views[u"weight"_s] = 20;
    criteria[3] = views;
    o[u"criteria"_s] = criteria;
    writeAll(rubric, QJsonDocument(o).toJson());
    const CliResult set = run({u"rubric"_s, u"set"_s, u"--track"_s, u"articles"_s, rubric});
    EXPECT_EQ(set.code, 0) << set.err.toStdString();
    EXPECT_TRUE(run({u"rubric"_s, u"show"_s, u"--track"_s, u"articles"_s}).out.contains(u"\"weight\": 20"_s));
    writeAll(rubric, R"({"criteria": [{"name": "only one", "weight": 1, "anchors": [{"score": 1, "text": "x"}]}]})");
    const CliResult bad = run({u"rubric"_s, u"set"_s, u"--track"_s, u"articles"_s, rubric});
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(u"3 to 6"_s)) << bad.err.toStdString();

    const QString subs = dir.path(u"subs.csv"_s);
    ASSERT_EQ(run({u"submissions"_s, u"export"_s, u"--track"_s, u"articles"_s, u"--out"_s, subs}).code, 0);
    const CliResult again = run({u"submissions"_s, u"import"_s, u"--track"_s, u"articles"_s, subs});
    EXPECT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(u"0 submission(s) added, 0 updated"_s)) << again.out.toStdString();
}
