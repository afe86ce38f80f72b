#include "demo/demoevent.h"
#include "judging/judgepacket.h"
#include "judging/judgingservice.h"
#include "model/error.h"
#include "storage/database.h"
#include "storage/eventcopy.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/judginglog.h"
#include "storage/judgingresultrepository.h"
#include "storage/rubricrepository.h"
#include "storage/scorerepository.h"
#include "storage/sqlquery.h"
#include "storage/submissionrepository.h"
#include "support/backend.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

QString judgingDump(const Database &db)
{
    QString out;
    for (const QString &table :
         {u"assignment"_s, u"score_sheet"_s, u"score"_s, u"judging_lock"_s, u"judging_log"_s, u"judge_packet"_s}) {
        SqlQuery q(db, u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(table));
        q.exec();
        while (q.next()) {
            out += table + u':';
            for (int i = 0; i < q.raw().record().count(); ++i)
                out += q.value(i).toString() + u'|';
            out += u'\n';
        }
    }
    return out;
}

// The demo event; packets of its judge @sun-li (fundable projects and articles).
class Packets : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = eventDb(dir, u"event.sqlite"_s);
        db = std::make_unique<Database>(path);
        addDemoData(*db);
        judge = *JudgeAssignmentRepository(*db).judgeByLogin(u"sun-li"_s);
        packetPath = dir.path(u"sun-li.hdpacket"_s);
    }

    PacketExport exportPacket(bool replace = false, const QString &file = {})
    {
        return exportJudgePacket(*db, u"sun-li"_s, file.isEmpty() ? packetPath : file, replace, u"staff"_s);
    }

    // What the judge does in judge mode: score every assigned submission (all submitted) and save.
    JudgePacket scoreEverything(const QString &file, int score)
    {
        JudgePacket p = JudgePacket::fromFile(file);
        for (const JudgePacket::Entry &e : p.entries) {
            ScoreSheet s;
            s.submissionId = e.id;
            s.status = SheetStatus::Submitted;
            for (const Criterion &c : p.track(e.trackId)->rubric.criteria)
                if (c.judged())
                    s.scores.insert(c.id, score);
            s.comment = u"Reviewed offline."_s;
            p.setSheet(s);
        }
        p.save(file);
        return p;
    }

    // Imports and expects a refusal mentioning `needle`, with the database unchanged.
    void expectRefused(const QByteArray &bytes, const QString &needle)
    {
        const QString before = judgingDump(*db);
        try {
            importJudgePacket(*db, bytes, u"packet.json"_s, u"staff"_s);
            ADD_FAILURE() << "accepted; expected: " << needle.toStdString();
        } catch (const Error &e) {
            EXPECT_TRUE(e.message().contains(needle, Qt::CaseInsensitive)) << e.message().toStdString();
        }
        EXPECT_EQ(judgingDump(*db), before);
    }

    // A payload re-signed with the packet's own key: what someone holding the file could produce.
    static QByteArray resign(const QByteArray &bytes, const std::function<void(QJsonObject &)> &edit)
    {
        QJsonObject top = QJsonDocument::fromJson(bytes).object();
        QJsonObject payload = top[u"payload"_s].toObject();
        edit(payload);
        const QByteArray key = QByteArray::fromHex(payload[u"export"_s][u"key"_s].toString().toLatin1());
        top[u"payload"_s] = payload;
        top[u"mac"_s] = QString::fromLatin1(JudgePacket::mac(payload, key));
        return QJsonDocument(top).toJson(QJsonDocument::Indented);
    }

    TempDir dir;
    QString path;
    QString packetPath;
    std::unique_ptr<Database> db;
    Judge judge;
};

} // namespace

TEST_F(Packets, ThePacketHoldsOnlyTheJudgesOwnWork)
{
    const PacketExport e = exportPacket();
    JudgeAssignmentRepository judgeRepo(*db);
    RubricRepository rubricRepo(*db);
    int assigned = 0;
    for (const Assignment &a : judgeRepo.assignments())
        assigned += a.judgeId == judge.id ? 1 : 0;
    EXPECT_EQ(e.submissions, assigned);
    EXPECT_EQ(e.revision, 1);
    const QByteArray bytes = readAll(packetPath);
    const JudgePacket p = JudgePacket::fromBytes(bytes);
    EXPECT_EQ(p.eventUid, EventRepository(*db).requireEvent().uid);
    EXPECT_EQ(p.judgeLogin, u"sun-li"_s);
    EXPECT_EQ(p.entries.size(), assigned);
    EXPECT_EQ(p.tracks.size(), 2);
    for (const JudgePacket::Track &t : p.tracks)
        EXPECT_EQ(t.rubric, *rubricRepo.rubric(t.id));
    EXPECT_FALSE(bytes.contains("@example.com")) << "no e-mail addresses";
    for (const Judge &other : judgeRepo.judges()) {
        if (other.id != judge.id) {
            EXPECT_FALSE(bytes.contains(other.login.toUtf8())) << other.login.toStdString();
        }
    }
    // Written exactly as HackDesk writes it, and it reads back the same.
    EXPECT_EQ(p.toBytes(), bytes);
}

TEST_F(Packets, OtherJudgesScoresNeverTravel)
{
    JudgeAssignmentRepository judgeRepo(*db);
    ScoreRepository scoreRepo(*db);
    // Another judge scores a submission that sun-li also judges.
    const Assignment shared = [&] {
        for (const Assignment &a : judgeRepo.assignments())
            if (a.judgeId == judge.id)
                for (const Assignment &b : judgeRepo.assignments())
                    if (b.submissionId == a.submissionId && b.judgeId != judge.id)
                        return b;
        return Assignment{};
    }();
    ASSERT_TRUE(shared.judgeId);
    ScoreSheet s;
    s.judgeId = shared.judgeId;
    s.submissionId = shared.submissionId;
    s.comment = u"SECRET-OTHER-JUDGE-COMMENT"_s;
    scoreRepo.saveSheet(s, u"staff"_s);
    exportPacket();
    const JudgePacket p = JudgePacket::fromFile(packetPath);
    EXPECT_TRUE(p.sheets.isEmpty());
    EXPECT_FALSE(readAll(packetPath).contains("SECRET-OTHER-JUDGE-COMMENT"));
}

TEST_F(Packets, AJudgesOfflineScoresComeBackLogged)
{
    exportPacket();
    const JudgePacket scored = scoreEverything(packetPath, 7);
    EXPECT_EQ(scored.revision, 2);
    EXPECT_EQ(scored.submittedCount(), int(scored.entries.size()));
    const PacketImport r = importJudgePacket(*db, readAll(packetPath), packetPath, u"staff"_s);
    EXPECT_FALSE(r.nothingNew);
    EXPECT_EQ(r.sheetsChanged, scored.entries.size());
    ScoreRepository scoreRepo(*db);
    JudgingLogRepository logRepo(*db);
    for (const JudgePacket::Entry &e : scored.entries) {
        const auto s = scoreRepo.sheet(judge.id, e.id);
        ASSERT_TRUE(s);
        EXPECT_EQ(s->status, SheetStatus::Submitted);
        EXPECT_EQ(s->comment, u"Reviewed offline."_s);
        EXPECT_EQ(s->updatedBy, u"@sun-li (judge packet)"_s);
    }
    const QList<JudgingLogEntry> log = logRepo.log();
    EXPECT_EQ(log.first().action, u"packet-import"_s);
    EXPECT_EQ(log[1].note, u"judge packet revision 2"_s);
    // Importing the same file again changes nothing.
    const QString before = judgingDump(*db);
    EXPECT_TRUE(importJudgePacket(*db, readAll(packetPath), packetPath, u"staff"_s).nothingNew);
    EXPECT_EQ(judgingDump(*db), before);
}

TEST_F(Packets, AnUnchangedPacketImportsNothing)
{
    exportPacket();
    const QString before = judgingDump(*db);
    const PacketImport r = importJudgePacket(*db, readAll(packetPath), packetPath, u"staff"_s);
    EXPECT_TRUE(r.nothingNew);
    EXPECT_EQ(r.sheetsChanged, 0);
    EXPECT_EQ(SqlQuery::scalar(*db, u"SELECT count(*) FROM score_sheet"_s).toInt(), 0);
    // ... and a new export needs no --replace then.
    EXPECT_EQ(exportPacket().revision, 2);
}

TEST_F(Packets, EveryChangedByteIsRefused)
{
    exportPacket();
    scoreEverything(packetPath, 6);
    const QByteArray good = readAll(packetPath);
    ASSERT_NO_THROW(JudgePacket::fromBytes(good));
    // Every single byte, flipped in its lowest bit: the judge mode refuses to open it.
    for (qsizetype i = 0; i < good.size(); ++i) {
        QByteArray bad = good;
        bad[i] = char(bad[i] ^ 0x01);
        EXPECT_THROW(JudgePacket::fromBytes(bad), Error) << "byte " << i;
    }
    // Spaces, line ends, an extra byte, a missing byte: refused too.
    QByteArray crlf = good;
    crlf.replace("\n", "\r\n");
    for (const QByteArray &bad : {crlf, good + "\n", good.left(good.size() - 1), QByteArray(" ") + good,
                                  QByteArray(good).replace("    ", "\t")})
        EXPECT_THROW(JudgePacket::fromBytes(bad), Error);
    // Staff import refuses a sample of them with a clear message and changes nothing.
    for (qsizetype i = 0; i < good.size(); i += good.size() / 40) {
        QByteArray bad = good;
        bad[i] = char(bad[i] ^ 0x01);
        const QString before = judgingDump(*db);
        EXPECT_THROW(importJudgePacket(*db, bad, u"p"_s, u"staff"_s), Error) << "byte " << i;
        EXPECT_EQ(judgingDump(*db), before);
    }
    expectRefused(crlf, u"changed since HackDesk wrote it"_s);
    // A changed score digit (still valid JSON, still HackDesk's layout): the MAC says no.
    QByteArray digit = good;
    const qsizetype at = digit.indexOf("\"score\": 6");
    ASSERT_GT(at, 0);
    digit[at + 9] = '9';
    expectRefused(digit, u"authentication code does not match"_s);
    EXPECT_THROW(JudgePacket::fromBytes(digit), Error);
    // The good packet still imports afterwards.
    EXPECT_NO_THROW(importJudgePacket(*db, good, u"p"_s, u"staff"_s));
}

TEST_F(Packets, APacketOfAnotherEventIsRefused)
{
    // A copy of the database that became another event (its own uid), with its own export for sun-li.
    {
        Database other(eventDb(dir, u"other.sqlite"_s));
        copyEvent(*db, other);
        SqlQuery(other, u"UPDATE event SET uid = 'another-event', name = '第七期'"_s).exec();
        exportJudgePacket(other, u"sun-li"_s, dir.path(u"other.hdpacket"_s), false, u"staff"_s);
    }
    expectRefused(readAll(dir.path(u"other.hdpacket"_s)), u"belongs to another event (\"第七期\")"_s);
    // Re-signed with another event's uid by someone holding the key: refused all the same.
    exportPacket();
    expectRefused(resign(readAll(packetPath),
                         [](QJsonObject &p) {
                             QJsonObject e = p[u"event"_s].toObject();
                             e[u"uid"_s] = u"x"_s;
                             p[u"event"_s] = e;
                         }),
                  u"another event"_s);
}

TEST_F(Packets, ScoresForSubmissionsNotAssignedAreRefused)
{
    exportPacket();
    JudgeAssignmentRepository judgeRepo(*db);
    SubmissionRepository submissionRepo(*db);
    ScoreRepository scoreRepo(*db);
    // A submission of the same track that sun-li does not judge.
    const JudgePacket p = JudgePacket::fromFile(packetPath);
    const JudgePacket::Entry first = p.entries.first();
    qint64 foreign = 0;
    for (const Submission &s : submissionRepo.submissions(first.trackId))
        if (!judgeRepo.isAssigned(judge.id, s.id) && !judgeRepo.conflict(judge, s))
            foreign = s.id;
    ASSERT_TRUE(foreign);
    // The judge mode refuses it.
    JudgePacket edited = p;
    ScoreSheet s;
    s.submissionId = foreign;
    EXPECT_THROW(edited.setSheet(s), Error);
    // A packet re-signed with an extra submission and sheet: refused at import.
    const QByteArray forged = resign(readAll(packetPath), [&](QJsonObject &payload) {
        QJsonArray entries = payload[u"submissions"_s].toArray();
        QJsonObject extra = entries.first().toObject();
        extra[u"id"_s] = foreign;
        entries.append(extra);
        payload[u"submissions"_s] = entries;
        QJsonArray scores;
        for (const Criterion &c : p.track(first.trackId)->rubric.criteria)
            if (c.judged())
                scores.append(QJsonObject{{u"criterion"_s, c.id}, {u"score"_s, 10}});
        payload[u"sheets"_s] = QJsonArray{QJsonObject{{u"submission"_s, foreign},
                                                      {u"status"_s, u"submitted"_s},
                                                      {u"comment"_s, QString()},
                                                      {u"updatedAt"_s, QString()},
                                                      {u"scores"_s, scores}}};
        payload[u"revision"_s] = 5;
    });
    expectRefused(forged, u"not assigned to @sun-li"_s);

    // Staff take sun-li off a submission after the export; scores for it come back: refused whole.
    const JudgePacket scored = scoreEverything(packetPath, 8);
    const qint64 dropped = scored.entries.last().id;
    scoreRepo.removeSheet(judge.id, dropped, u"staff"_s); // none yet; harmless
    judgeRepo.unassign(judge.id, dropped, u"staff"_s);
    expectRefused(readAll(packetPath), u"not assigned to @sun-li"_s);
}

TEST_F(Packets, AnOlderPacketIsNeverReplayedOverNewerScores)
{
    exportPacket();
    scoreEverything(packetPath, 5);
    const QByteArray revision2 = readAll(packetPath);
    scoreEverything(packetPath, 9);
    const QByteArray revision3 = readAll(packetPath);
    EXPECT_EQ(importJudgePacket(*db, revision3, u"rev3"_s, u"staff"_s).revision, 3);
    expectRefused(revision2, u"revision 2, older than revision 3 imported"_s);
    ScoreRepository repo(*db);
    for (const ScoreSheet &s : repo.sheets()) {
        if (s.judgeId == judge.id) {
            for (int v : s.scores)
                EXPECT_EQ(v, 9);
        }
    }
    // Two different revision 4s (the packet copied and edited in two places): the second is refused.
    scoreEverything(packetPath, 9);
    importJudgePacket(*db, readAll(packetPath), u"rev4"_s, u"staff"_s);
    const QString forkPath = dir.path(u"fork.hdpacket"_s);
    writeAll(forkPath, revision3);
    JudgePacket fork = JudgePacket::fromFile(forkPath);
    ScoreSheet changed = *fork.sheet(fork.entries.first().id);
    changed.comment = u"A different fourth revision."_s;
    fork.setSheet(changed);
    fork.save(forkPath);
    EXPECT_EQ(fork.revision, 4);
    expectRefused(readAll(forkPath), u"was imported"_s);
}

TEST_F(Packets, AReplacedExportIsRefusedAndReplacingNeedsConsent)
{
    exportPacket();
    const QByteArray first = readAll(packetPath);
    scoreEverything(packetPath, 4);
    const QByteArray firstScored = readAll(packetPath);
    // Never imported back: a new export needs --replace.
    try {
        exportPacket(false, dir.path(u"second.hdpacket"_s));
        FAIL() << "replaced without consent";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(u"--replace"_s)) << e.message().toStdString();
    }
    EXPECT_FALSE(QFile::exists(dir.path(u"second.hdpacket"_s)));
    const PacketExport second = exportPacket(true, dir.path(u"second.hdpacket"_s));
    EXPECT_EQ(second.revision, 2);
    expectRefused(firstScored, u"not @sun-li's current packet"_s);
    expectRefused(first, u"not @sun-li's current packet"_s);
    EXPECT_NE(readAll(dir.path(u"second.hdpacket"_s)), first);
}

TEST_F(Packets, AFinalTrackTakesNoScoresFromAPacket)
{
    exportPacket();
    const JudgePacket scored = scoreEverything(packetPath, 6);
    JudgingResultRepository repo(*db);
    repo.finalise(scored.tracks.first().id, u"staff"_s);
    expectRefused(readAll(packetPath), u"are final"_s);
    // Exported while final, the judge mode refuses edits in that track.
    repo.unlock(scored.tracks.first().id, u"re-export"_s, u"staff"_s);
    repo.finalise(scored.tracks.first().id, u"staff"_s);
    exportPacket(true);
    JudgePacket p = JudgePacket::fromFile(packetPath);
    EXPECT_TRUE(p.track(scored.tracks.first().id)->finalised);
    for (const JudgePacket::Entry &e : p.entries)
        if (e.trackId == scored.tracks.first().id) {
            ScoreSheet s;
            s.submissionId = e.id;
            EXPECT_THROW(p.setSheet(s), Error);
        }
}

TEST_F(Packets, ReadingSaysWhatIsWrong)
{
    exportPacket();
    const QByteArray good = readAll(packetPath);
    expectRefused("not json at all", u"is not a judge packet: it is not JSON"_s);
    expectRefused(QJsonDocument(QJsonObject{{u"a"_s, 1}}).toJson(), u"not one HackDesk wrote"_s);
    QByteArray newer = good;
    newer.replace("\"hackdesk-judge-packet\": 1", "\"hackdesk-judge-packet\": 2");
    expectRefused(newer, u"another version of HackDesk"_s);
    expectRefused(resign(good, [](QJsonObject &p) { p.remove(u"sheets"_s); }), u"\"sheets\" is missing"_s);
    expectRefused(resign(good, [](QJsonObject &p) { p[u"revision"_s] = u"3"_s; }), u"\"revision\" is not a whole"_s);
    expectRefused(resign(good, [](QJsonObject &p) { p[u"extra"_s] = 1; }), u"members HackDesk does not write"_s);
    expectRefused(resign(good,
                         [](QJsonObject &p) {
                             QJsonObject j = p[u"judge"_s].toObject();
                             j[u"login"_s] = u"nobody"_s;
                             p[u"judge"_s] = j;
                         }),
                  u"@nobody, who is not a judge"_s);
    // A packet for another judge of this event, re-signed with this packet's key: the MAC says no.
    expectRefused(resign(good,
                         [](QJsonObject &p) {
                             QJsonObject j = p[u"judge"_s].toObject();
                             j[u"login"_s] = u"zhang-wei"_s;
                             p[u"judge"_s] = j;
                         }),
                  u"no packet was ever exported for @zhang-wei"_s);
}
