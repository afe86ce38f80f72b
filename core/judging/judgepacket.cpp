#include "judgepacket.h"

#include "io/filewriter.h"
#include "judgingrules.h"
#include "model/error.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/judgepacketrepository.h"
#include "storage/judginglog.h"
#include "storage/judgingresultrepository.h"
#include "storage/rubricrepository.h"
#include "storage/scorerepository.h"
#include "storage/submissionrepository.h"
#include "storage/taskrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Judging)
};

const QString formatKey = u"hackdesk-judge-packet"_s;
constexpr qint64 MaxPacketBytes = 64 * 1024 * 1024;

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString named(const QString &source)
{
    return source.isEmpty() ? Tr::tr("The packet") : source;
}

// Reads the payload strictly: a missing or mistyped member is an hd::Error naming it.
class Reader
{
public:
    explicit Reader(QString source)
        : m_source(std::move(source))
    {}

    [[noreturn]] void bad(const QString &what) const
    {
        throw Error(Tr::tr("%1 is not a valid judge packet: %2.").arg(named(m_source), what));
    }
    QJsonValue member(const QJsonObject &o, const QString &key) const
    {
        if (!o.contains(key))
            bad(Tr::tr("\"%1\" is missing").arg(key));
        return o.value(key);
    }
    QJsonObject object(const QJsonObject &o, const QString &key) const
    {
        const QJsonValue v = member(o, key);
        if (!v.isObject())
            bad(Tr::tr("\"%1\" is not an object").arg(key));
        return v.toObject();
    }
    QJsonArray array(const QJsonObject &o, const QString &key) const
    {
        const QJsonValue v = member(o, key);
        if (!v.isArray())
            bad(Tr::tr("\"%1\" is not a list").arg(key));
        return v.toArray();
    }
    QString string(const QJsonObject &o, const QString &key) const
    {
        const QJsonValue v = member(o, key);
        if (!v.isString())
            bad(Tr::tr("\"%1\" is not text").arg(key));
        return v.toString();
    }
    qint64 integer(const QJsonObject &o, const QString &key) const
    {
        const QJsonValue v = member(o, key);
        if (!v.isDouble() || double(v.toInteger()) != v.toDouble())
            bad(Tr::tr("\"%1\" is not a whole number").arg(key));
        return v.toInteger();
    }
    bool boolean(const QJsonObject &o, const QString &key) const
    {
        const QJsonValue v = member(o, key);
        if (!v.isBool())
            bad(Tr::tr("\"%1\" is not true or false").arg(key));
        return v.toBool();
    }
    QJsonObject element(const QJsonValue &v, const QString &list) const
    {
        if (!v.isObject())
            bad(Tr::tr("an element of \"%1\" is not an object").arg(list));
        return v.toObject();
    }

private:
    QString m_source;
};

QJsonObject criterionJson(const Criterion &c)
{
    QJsonArray anchors;
    for (const Anchor &a : c.anchors)
        anchors.append(QJsonObject{{u"score"_s, a.score}, {u"text"_s, a.text}});
    QJsonObject o{{u"id"_s, c.id},
                  {u"name"_s, c.name},
                  {u"description"_s, c.description},
                  {u"weight"_s, c.weight},
                  {u"anchors"_s, anchors}};
    if (c.figure)
        o.insert(u"figure"_s, figureKey(*c.figure));
    return o;
}

QJsonObject sheetJson(const ScoreSheet &s)
{
    QJsonArray scores;
    for (auto it = s.scores.cbegin(); it != s.scores.cend(); ++it)
        scores.append(QJsonObject{{u"criterion"_s, it.key()}, {u"score"_s, it.value()}});
    return {{u"submission"_s, s.submissionId},
            {u"status"_s, sheetStatusKey(s.status)},
            {u"comment"_s, s.comment},
            {u"updatedAt"_s, iso(s.updatedAt)},
            {u"scores"_s, scores}};
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray digestOf(const QJsonObject &payload)
{
    return QCryptographicHash::hash(QJsonDocument(payload).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex();
}

} // namespace

// ---- The packet ------------------------------------------------------------------------------------------

QByteArray JudgePacket::mac(const QJsonObject &payload, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(QJsonDocument(payload).toJson(QJsonDocument::Compact), key,
                                            QCryptographicHash::Sha256)
        .toHex();
}

QJsonObject JudgePacket::payload() const
{
    QJsonArray trackList;
    for (const Track &t : tracks) {
        QJsonArray criteria;
        for (const Criterion &c : t.rubric.criteria)
            criteria.append(criterionJson(c));
        trackList.append(QJsonObject{{u"id"_s, t.id},
                                     {u"name"_s, t.name},
                                     {u"final"_s, t.finalised},
                                     {u"scaleMin"_s, t.rubric.scaleMin},
                                     {u"scaleMax"_s, t.rubric.scaleMax},
                                     {u"criteria"_s, criteria}});
    }
    QJsonArray entryList;
    for (const Entry &e : entries) {
        QJsonArray links;
        for (const SubmissionLink &l : e.links)
            links.append(QJsonObject{{u"kind"_s, l.kind}, {u"url"_s, l.url}});
        QJsonObject figures;
        for (Figure f : AllFigures)
            if (const auto v = e.figures[size_t(f)])
                figures.insert(figureKey(f), *v);
        entryList.append(QJsonObject{{u"id"_s, e.id},
                                     {u"track"_s, e.trackId},
                                     {u"title"_s, e.title},
                                     {u"by"_s, e.by},
                                     {u"task"_s, e.task},
                                     {u"links"_s, links},
                                     {u"figures"_s, figures}});
    }
    QJsonArray sheetList;
    for (const ScoreSheet &s : sheets)
        sheetList.append(sheetJson(s));
    return {
        {u"event"_s, QJsonObject{{u"uid"_s, eventUid}, {u"name"_s, eventName}}},
        {u"judge"_s, QJsonObject{{u"login"_s, judgeLogin}, {u"name"_s, judgeName}}},
        {u"export"_s,
         QJsonObject{{u"id"_s, exportId}, {u"at"_s, iso(exportedAt)}, {u"key"_s, QString::fromLatin1(key.toHex())}}},
        {u"revision"_s, revision},
        {u"savedAt"_s, iso(savedAt)},
        {u"tracks"_s, trackList},
        {u"submissions"_s, entryList},
        {u"sheets"_s, sheetList}};
}

QByteArray JudgePacket::toBytes() const
{
    const QJsonObject p = payload();
    return QJsonDocument(QJsonObject{{formatKey, JudgePacketFormat},
                                     {u"mac"_s, QString::fromLatin1(mac(p, key))},
                                     {u"payload"_s, p}})
        .toJson(QJsonDocument::Indented);
}

JudgePacket JudgePacket::parse(const QByteArray &bytes, const QString &source, QByteArray *macOut)
{
    const Reader r(source);
    if (bytes.size() > MaxPacketBytes)
        r.bad(Tr::tr("it is larger than any packet HackDesk writes"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(Tr::tr("%1 is not a judge packet: it is not JSON (%2 at byte %3).")
                        .arg(named(source), error.errorString())
                        .arg(error.offset));
    const QJsonObject top = doc.object();
    if (!top.contains(formatKey))
        throw Error(Tr::tr("%1 is not a judge packet: it is JSON, but not one HackDesk wrote.").arg(named(source)));
    if (!top.value(formatKey).isDouble() || top.value(formatKey).toInteger() != JudgePacketFormat)
        throw Error(Tr::tr("%1 was written by another version of HackDesk (packet format %2; this one reads %3).")
                        .arg(named(source), top.value(formatKey).toVariant().toString())
                        .arg(JudgePacketFormat));
    // Exactly the bytes HackDesk writes for this content: any other byte (spaces, line ends, escapes,
    // duplicate keys) means the file was changed outside HackDesk.
    if (doc.toJson(QJsonDocument::Indented) != bytes || top.size() != 3)
        throw Error(Tr::tr("%1 has been changed since HackDesk wrote it (its bytes are not the ones HackDesk wrote); "
                           "it is refused.")
                        .arg(named(source)));
    const QString macText = r.string(top, u"mac"_s);
    const QJsonObject p = r.object(top, u"payload"_s);

    JudgePacket packet;
    const QJsonObject event = r.object(p, u"event"_s);
    packet.eventUid = r.string(event, u"uid"_s);
    packet.eventName = r.string(event, u"name"_s);
    const QJsonObject judge = r.object(p, u"judge"_s);
    packet.judgeLogin = r.string(judge, u"login"_s);
    packet.judgeName = r.string(judge, u"name"_s);
    const QJsonObject exp = r.object(p, u"export"_s);
    packet.exportId = r.string(exp, u"id"_s);
    packet.exportedAt = QDateTime::fromString(r.string(exp, u"at"_s), Qt::ISODate);
    packet.key = QByteArray::fromHex(r.string(exp, u"key"_s).toLatin1());
    if (packet.key.size() < 16)
        r.bad(Tr::tr("its key is too short"));
    packet.revision = r.integer(p, u"revision"_s);
    if (packet.revision < 1)
        r.bad(Tr::tr("its revision is not positive"));
    packet.savedAt = QDateTime::fromString(r.string(p, u"savedAt"_s), Qt::ISODate);

    for (const QJsonValue &tv : r.array(p, u"tracks"_s)) {
        const QJsonObject t = r.element(tv, u"tracks"_s);
        Track track;
        track.id = r.integer(t, u"id"_s);
        track.name = r.string(t, u"name"_s);
        track.finalised = r.boolean(t, u"final"_s);
        track.rubric.trackId = track.id;
        track.rubric.scaleMin = int(r.integer(t, u"scaleMin"_s));
        track.rubric.scaleMax = int(r.integer(t, u"scaleMax"_s));
        for (const QJsonValue &cv : r.array(t, u"criteria"_s)) {
            const QJsonObject c = r.element(cv, u"criteria"_s);
            Criterion crit;
            crit.id = r.integer(c, u"id"_s);
            crit.name = r.string(c, u"name"_s);
            crit.description = r.string(c, u"description"_s);
            crit.weight = int(r.integer(c, u"weight"_s));
            if (c.contains(u"figure"_s)) {
                crit.figure = figureFromKey(r.string(c, u"figure"_s));
                if (!crit.figure)
                    r.bad(Tr::tr("criterion %1 is derived from an unknown figure").arg(crit.name));
            }
            for (const QJsonValue &av : r.array(c, u"anchors"_s)) {
                const QJsonObject a = r.element(av, u"anchors"_s);
                crit.anchors.append({int(r.integer(a, u"score"_s)), r.string(a, u"text"_s)});
            }
            track.rubric.criteria.append(crit);
        }
        packet.tracks.append(track);
    }
    for (const QJsonValue &ev : r.array(p, u"submissions"_s)) {
        const QJsonObject e = r.element(ev, u"submissions"_s);
        Entry entry;
        entry.id = r.integer(e, u"id"_s);
        entry.trackId = r.integer(e, u"track"_s);
        entry.title = r.string(e, u"title"_s);
        entry.by = r.string(e, u"by"_s);
        entry.task = r.string(e, u"task"_s);
        for (const QJsonValue &lv : r.array(e, u"links"_s)) {
            const QJsonObject l = r.element(lv, u"links"_s);
            entry.links.append({r.string(l, u"kind"_s), r.string(l, u"url"_s)});
        }
        const QJsonObject figures = r.object(e, u"figures"_s);
        for (Figure f : AllFigures)
            if (figures.contains(figureKey(f)))
                entry.figures[size_t(f)] = r.integer(figures, figureKey(f));
        if (!packet.track(entry.trackId))
            r.bad(Tr::tr("submission %1 belongs to a track the packet does not hold").arg(entry.id));
        packet.entries.append(entry);
    }
    for (const QJsonValue &sv : r.array(p, u"sheets"_s)) {
        const QJsonObject s = r.element(sv, u"sheets"_s);
        ScoreSheet sheet;
        sheet.submissionId = r.integer(s, u"submission"_s);
        const auto status = sheetStatusFromKey(r.string(s, u"status"_s));
        if (!status)
            r.bad(Tr::tr("a sheet is neither a draft nor submitted"));
        sheet.status = *status;
        sheet.comment = r.string(s, u"comment"_s);
        sheet.updatedAt = QDateTime::fromString(r.string(s, u"updatedAt"_s), Qt::ISODate);
        sheet.updatedBy = packet.judgeLogin;
        for (const QJsonValue &cv : r.array(s, u"scores"_s)) {
            const QJsonObject c = r.element(cv, u"scores"_s);
            const qint64 criterion = r.integer(c, u"criterion"_s);
            if (sheet.scores.contains(criterion))
                r.bad(Tr::tr("a sheet scores criterion %1 twice").arg(criterion));
            sheet.scores.insert(criterion, int(r.integer(c, u"score"_s)));
        }
        packet.sheets.append(sheet);
    }
    // Everything read must write back the same: no member the reader left out.
    if (packet.payload() != p)
        r.bad(Tr::tr("it holds members HackDesk does not write"));
    if (macOut)
        *macOut = macText.toLatin1();
    return packet;
}

JudgePacket JudgePacket::fromBytes(const QByteArray &bytes, const QString &source)
{
    QByteArray storedMac;
    JudgePacket packet = parse(bytes, source, &storedMac);
    if (!sameBytes(storedMac, mac(packet.payload(), packet.key)))
        throw Error(Tr::tr("%1 has been changed: its authentication code does not match its content. It was edited "
                           "outside HackDesk or damaged; it is refused.")
                        .arg(named(source)));
    return packet;
}

JudgePacket JudgePacket::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > MaxPacketBytes)
        throw Error(Tr::tr("%1 is not a valid judge packet: it is larger than any packet HackDesk writes.").arg(path));
    return fromBytes(f.readAll(), path);
}

void JudgePacket::save(const QString &path)
{
    const qint64 oldRevision = revision;
    const QDateTime oldSaved = savedAt;
    ++revision;
    savedAt = QDateTime::currentDateTimeUtc();
    const QByteArray bytes = toBytes();
    try {
        writeFileAtomically(path, bytes, FileAccess::OwnerOnly); // it carries the judge's key
    } catch (const Error &e) {
        revision = oldRevision;
        savedAt = oldSaved;
        throw Error(Tr::tr("Cannot save the packet %1: %2").arg(path, e.message()));
    }
}

const JudgePacket::Track *JudgePacket::track(qint64 id) const
{
    for (const Track &t : tracks)
        if (t.id == id)
            return &t;
    return nullptr;
}

const JudgePacket::Entry *JudgePacket::entry(qint64 submissionId) const
{
    for (const Entry &e : entries)
        if (e.id == submissionId)
            return &e;
    return nullptr;
}

std::optional<ScoreSheet> JudgePacket::sheet(qint64 submissionId) const
{
    for (const ScoreSheet &s : sheets)
        if (s.submissionId == submissionId)
            return s;
    return std::nullopt;
}

void JudgePacket::setSheet(const ScoreSheet &sheet)
{
    const Entry *e = entry(sheet.submissionId);
    if (!e)
        throw Error(Tr::tr("Submission %1 is not assigned to @%2.").arg(sheet.submissionId).arg(judgeLogin));
    const Track *t = track(e->trackId);
    if (t->finalised)
        throw Error(Tr::tr("The results of \"%1\" are final: its scores cannot change.").arg(t->name));
    const QStringList problems = sheetProblems(t->rubric, sheet.scores, sheet.status, sheet.comment);
    if (!problems.isEmpty())
        throw Error(problems.join(u' '));
    ScoreSheet s = sheet;
    s.judgeId = 0;
    s.updatedAt = QDateTime::currentDateTimeUtc();
    s.updatedBy = judgeLogin;
    for (ScoreSheet &existing : sheets)
        if (existing.submissionId == s.submissionId) {
            existing = s;
            return;
        }
    sheets.append(s);
}

void JudgePacket::restoreSheet(qint64 submissionId, const std::optional<ScoreSheet> &state)
{
    if (state) {
        ScoreSheet s = *state;
        s.submissionId = submissionId;
        setSheet(s);
        return;
    }
    const Entry *e = entry(submissionId);
    if (!e)
        throw Error(Tr::tr("Submission %1 is not assigned to @%2.").arg(submissionId).arg(judgeLogin));
    const Track *t = track(e->trackId);
    if (t->finalised)
        throw Error(Tr::tr("The results of \"%1\" are final: its scores cannot change.").arg(t->name));
    sheets.removeIf([submissionId](const ScoreSheet &s) { return s.submissionId == submissionId; });
}

int JudgePacket::submittedCount() const
{
    int n = 0;
    for (const ScoreSheet &s : sheets)
        n += s.status == SheetStatus::Submitted && entry(s.submissionId) ? 1 : 0;
    return n;
}

// ---- Staff: export and import ----------------------------------------------------------------------------

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : Tr::tr("an unknown time");
}

} // namespace

std::optional<QDateTime> outstandingPacket(const Database &db, qint64 judgeId)
{
    const auto state = JudgePacketRepository(db).state(judgeId);
    if (state && state->importedRevision < state->baseRevision)
        return state->exportedAt;
    return std::nullopt;
}

JudgePacket judgeWork(const Database &db, qint64 judgeId)
{
    const JudgeAssignmentRepository judgeRepo(db);
    const SubmissionRepository submissionRepo(db);
    const RubricRepository rubricRepo(db);
    const ScoreRepository scoreRepo(db);
    const JudgingResultRepository resultRepo(db);
    const Event event = EventRepository(db).requireEvent();
    const std::optional<Judge> judge = judgeRepo.judge(judgeId);
    if (!judge)
        throw Error(Tr::tr("There is no judge #%1 in this event.").arg(judgeId));
    JudgePacket packet;
    packet.eventUid = event.uid;
    packet.eventName = event.name;
    packet.judgeLogin = judge->login;
    packet.judgeName = judge->name;

    QHash<qint64, Submission> submissions;
    for (const Submission &s : submissionRepo.submissions())
        submissions.insert(s.id, s);
    QList<qint64> trackIds;
    for (const Assignment &a : judgeRepo.assignments()) {
        if (a.judgeId != judge->id)
            continue;
        const Submission &s = submissions[a.submissionId];
        JudgePacket::Entry e;
        e.id = s.id;
        e.trackId = s.trackId;
        e.title = s.title;
        e.by = submissionRepo.authorLabel(s);
        if (const auto task = s.taskId ? TaskRepository(db).get(s.taskId) : std::nullopt)
            e.task = u"No.%1 %2"_s.arg(task->number).arg(task->title);
        e.links = s.links;
        e.figures = s.figures;
        packet.entries.append(e);
        if (!trackIds.contains(s.trackId))
            trackIds.append(s.trackId);
        if (auto sheet = scoreRepo.sheet(judge->id, s.id)) {
            sheet->judgeId = 0;
            packet.sheets.append(*sheet);
        }
    }
    std::sort(trackIds.begin(), trackIds.end());
    for (qint64 id : trackIds) {
        JudgePacket::Track t;
        t.id = id;
        t.name = EventRepository(db).track(id)->name;
        t.finalised = resultRepo.lock(id).finalised;
        t.rubric = rubricRepo.requireRubric(id);
        packet.tracks.append(t);
    }
    return packet;
}

PacketExport exportJudgePacket(const Database &db, const QString &judgeLogin, const QString &path, bool replace,
                               const QString &actor)
{
    const std::optional<Judge> judge = JudgeAssignmentRepository(db).requireJudgeByLogin(judgeLogin);
    const std::optional<JudgePacketState> state = JudgePacketRepository(db).state(judge->id);
    if (state && state->importedRevision < state->baseRevision && !replace)
        throw Error(Tr::tr("@%1 already has a packet, exported %2, that was never imported back: import it first, or "
                           "export again with --replace (the earlier packet will then be refused).")
                        .arg(judge->login, when(state->exportedAt)));

    JudgePacket packet = judgeWork(db, judge->id);
    packet.exportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    packet.exportedAt = QDateTime::currentDateTimeUtc();
    packet.key.resize(32);
    for (auto &byte : packet.key)
        byte = char(QRandomGenerator::system()->bounded(256));
    packet.revision = state ? std::max(state->baseRevision, state->importedRevision) + 1 : 1;
    packet.savedAt = packet.exportedAt;
    if (packet.entries.isEmpty())
        throw Error(Tr::tr("@%1 has no assignments: there is nothing to put in a packet.").arg(judge->login));

    Transaction tx(db);
    JudgePacketRepository(db).recordExport(judge->id, packet.exportId, packet.key, packet.revision,
                                           packet.exportedAt);
    JudgingLogRepository(db).addLog({0,
                    {},
                    actor,
                    u"packet-export"_s,
                    0,
                    judge->login,
                    0,
                    {},
                    {},
                    Tr::tr("revision %1").arg(packet.revision),
                    Tr::tr("%n submission(s)", nullptr, int(packet.entries.size()))});
    const QByteArray bytes = packet.toBytes();
    writeFileAtomically(path, bytes, FileAccess::OwnerOnly); // it carries the judge's key
    tx.commit();
    return {packet.revision, int(packet.entries.size())};
}

PacketImport importJudgePacket(const Database &db, const QByteArray &bytes, const QString &source, const QString &actor)
{
    QByteArray givenMac;
    const JudgePacket packet = JudgePacket::parse(bytes, source, &givenMac);
    const QString name = named(source);
    const Event event = EventRepository(db).requireEvent();
    if (packet.eventUid != event.uid)
        throw Error(Tr::tr("%1 belongs to another event (\"%2\"), not to \"%3\"; it is refused.")
                        .arg(name, packet.eventName, event.name));
    JudgeAssignmentRepository judgeRepo(db);
    SubmissionRepository submissionRepo(db);
    RubricRepository rubricRepo(db);
    ScoreRepository scoreRepo(db);
    JudgingResultRepository resultRepo(db);
    JudgingLogRepository logRepo(db);
    const auto judge = judgeRepo.judgeByLogin(packet.judgeLogin);
    if (!judge)
        throw Error(
            Tr::tr("%1 is for @%2, who is not a judge of this event; it is refused.").arg(name, packet.judgeLogin));
    const std::optional<JudgePacketState> state = JudgePacketRepository(db).state(judge->id);
    if (!state)
        throw Error(Tr::tr("%1: no packet was ever exported for @%2 from this database; it is refused.")
                        .arg(name, judge->login));
    if (state->exportId != packet.exportId)
        throw Error(Tr::tr("%1 is not @%2's current packet: it was replaced by the export of %3; it is refused.")
                        .arg(name, judge->login, when(state->exportedAt)));
    if (!sameBytes(givenMac, JudgePacket::mac(packet.payload(), state->secret)))
        throw Error(Tr::tr("%1 has been changed: its authentication code does not match. It was edited outside "
                           "HackDesk, damaged or made by someone else; it is refused.")
                        .arg(name));

    const QByteArray digest = digestOf(packet.payload());
    PacketImport result;
    result.judgeLogin = judge->login;
    result.revision = packet.revision;
    const qint64 known = std::max(state->importedRevision, state->baseRevision);
    if (packet.revision == known && state->importedRevision == known && !sameBytes(digest, state->importedDigest))
        throw Error(Tr::tr("%1 is revision %2, which was imported %3 with other scores; it is refused.")
                        .arg(name)
                        .arg(packet.revision)
                        .arg(when(state->importedAt)));
    if (packet.revision < known) {
        if (state->importedRevision >= state->baseRevision)
            throw Error(Tr::tr("%1 is revision %2, older than revision %3 imported %4; it is refused so that it does "
                               "not overwrite newer scores.")
                            .arg(name)
                            .arg(packet.revision)
                            .arg(state->importedRevision)
                            .arg(when(state->importedAt)));
        throw Error(Tr::tr("%1 is revision %2, older than the export (revision %3); it is refused.")
                        .arg(name)
                        .arg(packet.revision)
                        .arg(state->baseRevision));
    }
    if (packet.revision == known) {
        // Nothing saved since the export, or this very revision was imported already.
        result.nothingNew = true;
        if (state->importedRevision < known) {
            Transaction tx(db);
            JudgePacketRepository(db).recordImport(judge->id, packet.revision, digest);
            tx.commit();
        }
        return result;
    }

    // Check every sheet against the database as it is now; refuse all when one is wrong.
    QStringList problems;
    QHash<qint64, Rubric> rubrics;
    for (const ScoreSheet &sheet : packet.sheets) {
        const auto s = submissionRepo.submission(sheet.submissionId);
        const QString label = s ? submissionRepo.submissionLabel(*s) : u"#%1"_s.arg(sheet.submissionId);
        if (!s || !judgeRepo.isAssigned(judge->id, s->id)) {
            problems << Tr::tr("it holds scores for %1, which is not assigned to @%2.").arg(label, judge->login);
            continue;
        }
        if (!rubrics.contains(s->trackId)) {
            const auto r = rubricRepo.rubric(s->trackId);
            if (!r) {
                problems << Tr::tr("the track of %1 has no rubric any more.").arg(label);
                continue;
            }
            rubrics.insert(s->trackId, *r);
        }
        const QStringList issues = sheetProblems(rubrics[s->trackId], sheet.scores, sheet.status, sheet.comment);
        if (!issues.isEmpty()) {
            problems << u"%1: %2"_s.arg(label, issues.join(u' '));
            continue;
        }
        ScoreSheet mine = sheet;
        mine.judgeId = judge->id;
        const auto stored = scoreRepo.sheet(judge->id, s->id);
        if (!(stored && stored->sameContent(mine))) {
            const QString lock = lockProblem(resultRepo.lock(s->trackId), EventRepository(db).track(s->trackId)->name);
            if (!lock.isEmpty())
                problems << u"%1: %2"_s.arg(label, lock);
        }
    }
    // Sheets an earlier import of this judge's packets wrote that this packet no longer holds: the judge
    // took them back (undo in judge mode). Every export holds all the judge's sheets, so they go too.
    const QString who = Tr::tr("@%1 (judge packet)").arg(judge->login);
    QList<qint64> dropped;
    for (const ScoreSheet &stored : scoreRepo.sheets()) {
        if (stored.judgeId != judge->id || stored.updatedBy != who || packet.sheet(stored.submissionId))
            continue;
        const auto s = submissionRepo.submission(stored.submissionId);
        const QString lock = lockProblem(resultRepo.lock(s->trackId), EventRepository(db).track(s->trackId)->name);
        if (!lock.isEmpty())
            problems << u"%1: %2"_s.arg(submissionRepo.submissionLabel(*s), lock);
        dropped << stored.submissionId;
    }
    if (!problems.isEmpty())
        throw Error(Tr::tr("%1 is refused; nothing was imported: %2").arg(name, problems.join(u' ')));

    Transaction tx(db);
    const QString note = Tr::tr("judge packet revision %1").arg(packet.revision);
    for (const ScoreSheet &sheet : packet.sheets) {
        ScoreSheet mine = sheet;
        mine.judgeId = judge->id;
        if (scoreRepo.saveSheet(mine, who, note))
            ++result.sheetsChanged;
    }
    for (qint64 submission : dropped)
        if (scoreRepo.removeSheet(judge->id, submission, who, note))
            ++result.sheetsChanged;
    JudgePacketRepository(db).recordImport(judge->id, packet.revision, digest);
    logRepo.addLog({0,
                    {},
                    actor,
                    u"packet-import"_s,
                    0,
                    judge->login,
                    0,
                    {},
                    {},
                    Tr::tr("revision %1").arg(packet.revision),
                    Tr::tr("%n sheet(s) changed", nullptr, result.sheetsChanged)});
    tx.commit();
    return result;
}

} // namespace hd
