#pragma once

#include "judging/judgepacket.h"

#include <QObject>

#include <memory>
#include <optional>

namespace hd {

class Database;
class EventSession;

// Where judge mode keeps a judge's work: their offline packet, or the shared event on the server under
// the judge's own login. JudgeWindow shows work() and changes it only through write(), so the window is
// the same over both.
class JudgeWorkspace : public QObject
{
    Q_OBJECT
public:
    // What the judge scores, as last read: the tracks, the assigned submissions and the judge's sheets.
    const JudgePacket &work() const { return m_work; }

    // For the status bar: the packet's file and revision, or the shared event's address.
    virtual QString location() const = 0;
    // Puts the judge's sheet for the submission to `state` (nullopt: no sheet) where it is kept, when it
    // is still `expected` there (what the window showed); then work() is read again. Throws SheetConflict
    // (holding what is kept now) when it is not, hd::Error when the save is refused; work() is then read
    // again too, so that it shows what is kept.
    virtual void write(qint64 submissionId, const std::optional<ScoreSheet> &expected,
                       const std::optional<ScoreSheet> &state) = 0;
    // The submission to score next, 0 when nothing is left: the judge's own draft first (finish what was
    // started), else the one with the fewest reviews.
    virtual qint64 next() const = 0;
    // What a save reached, for the status bar: "revision 3 of the packet", "on the server".
    virtual QString savedWhere() const = 0;

signals:
    // Someone else changed what the judge sees (a shared event: an assignment, the lock, a sheet); work()
    // has been read again.
    void changedOutside();
    // The connection to the server was lost, or is back: a sentence for the status bar.
    void connection(const QString &message);

protected:
    JudgePacket m_work;
};

// The judge's offline packet (`hackdesk --judge-packet FILE`): every write saves the file (its revision
// rises by one). No one else writes it, so there is no conflict; next() knows only the judge's own sheets.
class PacketWorkspace : public JudgeWorkspace
{
    Q_OBJECT
public:
    // Reads and checks the packet; throws hd::Error saying why it cannot be opened.
    explicit PacketWorkspace(const QString &path);

    // The packet's file, as given.
    QString path() const { return m_path; }
    QString location() const override;
    void write(qint64 submissionId, const std::optional<ScoreSheet> &expected,
               const std::optional<ScoreSheet> &state) override;
    qint64 next() const override;
    QString savedWhere() const override;

private:
    QString m_path;
};

// The shared event (PostgreSQL) on the judge's own connection: the server shows only the judge's
// submissions and lets them write only their own sheets (JudgeAccess). Writes are the conflict-checked
// sheet save; next() is the server's fewest-reviews order (nextSubmission()); changes other clients
// commit come through the event's change feed (EventSession) and are read again.
class SharedWorkspace : public JudgeWorkspace
{
    Q_OBJECT
public:
    // Takes the judge's connection; throws hd::Error when it is not a judge's or cannot be read.
    explicit SharedWorkspace(std::unique_ptr<Database> db);
    ~SharedWorkspace() override;

    const Database &database() const;
    qint64 judgeId() const { return m_judgeId; }
    // Reads the judge's work again from the server.
    void reload();

    QString location() const override;
    void write(qint64 submissionId, const std::optional<ScoreSheet> &expected,
               const std::optional<ScoreSheet> &state) override;
    qint64 next() const override;
    QString savedWhere() const override;

private:
    std::unique_ptr<EventSession> m_session;
    qint64 m_judgeId = 0;
};

} // namespace hd
