#include "eventsession.h"

#include "model/error.h"

#include <QMetaObject>

namespace hd {

EventSession::EventSession(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{}

EventSession::~EventSession()
{
    m_undo.clear(); // commands hold references into the database
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
    try {
        Transaction tx(m_session->database());
        step();
        tx.commit();
    } catch (const Error &e) {
        emit m_session->failed(e.message());
        return;
    }
    emit m_session->changed();
}

} // namespace hd
