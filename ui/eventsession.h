#pragma once

#include "storage/changefeed.h"
#include "storage/database.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace hd {

// The open event database with its undo history. Every edit of the window goes through run(), as a
// QUndoCommand; views reload when changed() fires.
class EditCommand;

class EventSession : public QObject
{
    Q_OBJECT
public:
    explicit EventSession(std::unique_ptr<Database> db, QObject *parent = nullptr);
    ~EventSession() override;

    const Database &database() const { return *m_db; }
    QUndoStack *undoStack() { return &m_undo; }

    // Makes the edit; on hd::Error returns the message and changes nothing, else pushes the command
    // onto the undo stack and returns an empty string. Takes ownership.
    QString run(EditCommand *command);

    // Looks whether another program changed the database (on SQLite done every second); emits changed()
    // and changedOutside() when it did. A shared event (PostgreSQL) is not polled: its server announces
    // each change another client commits (ChangeFeed), and they reach the same path within moments.
    void checkOutsideChanges();
    // A shared event: the connection is being made again after it was lost.
    bool isReconnecting() const { return m_reconnect.isActive(); }

signals:
    void changed();
    // An undo or redo could not be applied: the database and the undo stack were left as they were.
    void failed(const QString &message);
    // Another program changed the database; the views have been told through changed().
    void changedOutside();
    // A shared event: the connection to the server was lost (HackDesk tries again every few seconds)…
    void connectionLost(const QString &reason);
    // …and is back; what is in view has been reloaded.
    void reconnected();

private:
    void outsideChange();
    void listen();
    void tryReconnect();

    std::unique_ptr<Database> m_db;
    QUndoStack m_undo;
    QTimer m_poll;
    qint64 m_dataVersion = 0;
    ChangeFeed *m_feed = nullptr;
    QTimer m_gather;    // a burst of announced changes: one reload
    QTimer m_reconnect; // after the connection was lost
};

// An undoable edit made of two functions; the first redo has already happened when it is pushed.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(EventSession *session, const QString &text, std::function<void()> redo, std::function<void()> undo);
    void redo() override;
    void undo() override;

private:
    friend class EventSession;
    void apply(const std::function<void()> &step);

    EventSession *m_session;
    std::function<void()> m_redo;
    std::function<void()> m_undo;
    bool m_done = false;
    bool m_skipNext = false; // the stack is being put back after a failed step: change nothing
};

} // namespace hd
