#pragma once

#include "judgingmodel.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Offline judge packets: one file per judge that a judge scores in without the event database
// (`hackdesk --judge-packet FILE`) and staff import back. See docs/judging.md for the threat model.
//
// The file is JSON exactly as HackDesk writes it (indented, keys sorted):
//   {"hackdesk-judge-packet": 1, "mac": "<hex HMAC-SHA256>", "payload": {...}}
// The MAC is HMAC-SHA256 over the payload's compact JSON with the per-export secret as key. The payload
// holds the event (uid, name), the judge (login, name), the export (id, time, secret), the revision and
// the time of the last save, the judge's tracks with their rubrics, the assigned submissions (title,
// author login or team name, task, links, figures: nothing else about people) and the judge's own
// score sheets. Other judges' scores are never in it.
//
// Reading refuses, with a message saying why: bytes that are not such JSON, any byte that differs from
// what HackDesk writes for that content (so a changed byte is always caught), a payload that does not
// match its MAC. Every save in judge mode raises the revision by one and recomputes the MAC.

namespace hd {

class Database;

inline constexpr int JudgePacketFormat = 1;

// A packet's content, as the judge mode edits it.
class JudgePacket
{
public:
    struct Track
    {
        qint64 id = 0;
        QString name;
        bool finalised = false; // scores cannot change
        Rubric rubric;
    };
    struct Entry // an assigned submission
    {
        qint64 id = 0;
        qint64 trackId = 0;
        QString title;
        QString by;   // "@login" or the team's name
        QString task; // "No.1 …" or empty
        QList<SubmissionLink> links;
        std::array<std::optional<qint64>, FigureCount> figures{};
    };

    // Parses and checks bytes: the format, that they are exactly what HackDesk writes, and the MAC with
    // the key the packet carries. Throws hd::Error naming `source`.
    static JudgePacket fromBytes(const QByteArray &bytes, const QString &source = {});
    static JudgePacket fromFile(const QString &path);
    // Parses and checks the format and the bytes, but not the MAC (staff check it with their own copy
    // of the secret). Throws hd::Error.
    static JudgePacket parse(const QByteArray &bytes, const QString &source, QByteArray *mac);

    // The file's bytes, with the MAC computed now.
    QByteArray toBytes() const;
    // Saves into the file: the revision rises by one, then the file is replaced whole. Throws hd::Error
    // (and keeps the revision) when it cannot be written.
    void save(const QString &path);

    QJsonObject payload() const;
    // The MAC of a payload under a key, as lower-case hex.
    static QByteArray mac(const QJsonObject &payload, const QByteArray &key);

    QString eventUid;
    QString eventName;
    QString judgeLogin;
    QString judgeName;
    QString exportId;
    QDateTime exportedAt;
    QByteArray key; // the per-export secret (raw bytes)
    qint64 revision = 0;
    QDateTime savedAt;
    QList<Track> tracks;
    QList<Entry> entries;
    QList<ScoreSheet> sheets; // judgeId is 0: the packet has one judge

    const Track *track(qint64 id) const;
    const Entry *entry(qint64 submissionId) const;
    std::optional<ScoreSheet> sheet(qint64 submissionId) const;
    // Sets the judge's sheet for an assigned submission after checking it against the rubric and the
    // lock; throws hd::Error with the problems. Does not save.
    void setSheet(const ScoreSheet &sheet);
    // Puts the sheet for the submission back to `state` (nullopt: no sheet), as undo in judge mode does;
    // checked like setSheet(). Does not save.
    void restoreSheet(qint64 submissionId, const std::optional<ScoreSheet> &state);
    int submittedCount() const;
};

// What the judge has to score, as a packet holds it (without an export's id, secret and revision): the
// event, the judge, their tracks with rubric and lock, the submissions assigned to them and their own
// sheets (judgeId 0). Reads only what the judge's own connection to a shared event may read, so that
// judge mode shows the same on a packet and on the shared event. Throws hd::Error for an unknown judge.
JudgePacket judgeWork(const Database &db, qint64 judgeId);

// What an export wrote.
struct PacketExport
{
    qint64 revision = 0;
    int submissions = 0;
};

// Writes the judge's packet to `path` and keeps its secret in the database (replacing any earlier
// packet of the judge). Refused when the judge has no assignments, and when their last packet was
// never imported back, unless `replace`. Throws hd::Error; the database changes only when the file
// was written.
PacketExport exportJudgePacket(const Database &db, const QString &judgeLogin, const QString &path, bool replace,
                               const QString &actor);

// When the judge's current packet was exported, if it was never imported back (a new export would
// then need `replace`).
std::optional<QDateTime> outstandingPacket(const Database &db, qint64 judgeId);

// What an import did.
struct PacketImport
{
    QString judgeLogin;
    qint64 revision = 0;
    int sheetsChanged = 0;
    bool nothingNew = false; // the packet held nothing that was not imported already
};

// Imports a judge's packet: refused, changing nothing, when it is not authentic (a changed byte, a
// wrong MAC), belongs to another event or an earlier export, is older than what was imported, or holds
// scores for submissions not assigned to the judge, outside the rubric, or in a final track. Every
// changed sheet is logged. A sheet an earlier packet import wrote that this packet no longer holds (the
// judge undid it) is deleted. Throws hd::Error.
PacketImport importJudgePacket(const Database &db, const QByteArray &bytes, const QString &source,
                               const QString &actor);

} // namespace hd
