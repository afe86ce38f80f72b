#pragma once

#include "tablepage.h"

class QPushButton;

namespace hd {

class EventSession;
class EventSetupEditor;

// The Tracks page: the tracks table with Add, Edit, Delete, Move Up and Move Down, every change undoable.
// Removing a track that holds tasks, claims or submissions is refused with the reason.
class TracksPage : public TablePage
{
    Q_OBJECT
public:
    TracksPage(EventSession *session, EventSetupEditor *editor, TableModel *model, QWidget *parent = nullptr);

    void addTrack();
    void editTrack(qint64 id);
    void removeTrack(qint64 id);
    void moveTrack(qint64 id, int by); // -1 up, +1 down

    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }

private:
    void showError(const QString &message);

    EventSession *m_session;
    EventSetupEditor *m_editor;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace hd
