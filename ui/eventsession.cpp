#include "eventsession.h"

#include "model/error.h"

#include <QMetaObject>

#include <utility>

namespace hd {

EventSession::EventSession(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    m_dataVersion = m_db->dataVersion();
    m_gather.setSingleShot(true);
    m_gather.setInterval(100);
    connect(&m_gather, &QTimer::timeout, this, &EventSession::outsideChange);
    m_reconnect.setInterval(2000);
    connect(&m_reconnect, &QTimer::timeout, this, &EventSession::tryReconnect);
    if (m_db->isShared()) {
        listen();
        return;
    }
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &EventSession::checkOutsideChanges);
    m_poll.start();
}

void EventSession::checkOutsideChanges()
{
    if (m_db->inTransaction())
        return;
    qint64 version = 0;
    try {
        version = m_db->dataVersion();
    } catch (const Error &) {
        return; // busy or gone for a moment: the next look sees it
    }
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    outsideChange();
}

void EventSession::outsideChange()
{
    emit changed();
    emit changedOutside();
}

void EventSession::listen()
{
    try {
        m_feed = new ChangeFeed(*m_db, this);
    } catch (const Error &e) {
        emit connectionLost(e.message());
        m_reconnect.start();
        return;
    }
    connect(m_feed, &ChangeFeed::changed, this, [this](const Change &change) {
        if (!change.fromThisClient && !m_gather.isActive())
            m_gather.start();
    });
    connect(m_feed, &ChangeFeed::lost, this, [this](const QString &reason) {
        emit connectionLost(reason);
        m_reconnect.start(); // the feed goes then: it is still sending this signal
    });
}

void EventSession::tryReconnect()
{
    delete std::exchange(m_feed, nullptr);
    if (m_db->inTransaction() || !m_db->reconnect())
        return; // the next try, in a moment
    m_reconnect.stop();
    listen();
    if (!m_feed)
        return; // lost again at once: listen() tries again
    emit reconnected();
    // What changed while the connection was down was not announced to this client: reload what is in view.
    outsideChange();
}

EventSession::~EventSession()
{
    m_undo.clear(); // commands hold references into the database
    delete std::exchange(m_feed, nullptr); // so does the feed
}

QString EventSession::run(EditCommand *command)
{
    try {
        Transaction tx(*m_db);
        command->m_redo();
        tx.commit();
    } catch (const Error &e) {
        delete command;
        return e.message();
    }
    command->m_done = true;
    m_undo.push(command);
    emit changed();
    return {};
}

EditCommand::EditCommand(EventSession *session, const QString &text, std::function<void()> redo,
                         std::function<void()> undo)
    : QUndoCommand(text)
    , m_session(session)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
{}

void EditCommand::redo()
{
    if (m_done) { // QUndoStack::push calls redo() again: the edit is already made
        m_done = false;
        return;
    }
    apply(m_redo);
}

void EditCommand::undo()
{
    apply(m_undo);
}

void EditCommand::apply(const std::function<void()> &step)
{
    if (std::exchange(m_skipNext, false))
        return;
    try {
        Transaction tx(m_session->database());
        step();
        tx.commit();
    } catch (const Error &e) {
        // QUndoStack moves its index once this returns, as if the step had been made. Put it back
        // (stepping over this command without applying it again), so that Undo and Redo keep offering
        // what the database holds.
        QUndoStack *stack = m_session->undoStack();
        const int index = stack->index(); // still the index before this step
        m_skipNext = true;
        QMetaObject::invokeMethod(
            m_session, [stack, index] { stack->setIndex(index); }, // calls this command once more: skipped
            Qt::QueuedConnection);
        emit m_session->failed(e.message());
        return;
    }
    emit m_session->changed();
}

} // namespace hd
