#pragma once

#include "formdialog.h"

namespace hd {

class EventSession;
class EventSetupEditor;
class SetupEditor;

// Event > Settings…: the event's identity, money, time zone, deadlines, claim words and PR titles, the same
// fields as `hackdesk config set`, checked as they are typed. OK saves the changed ones as one undoable edit.
class SettingsDialog : public FormDialog
{
    Q_OBJECT
public:
    SettingsDialog(EventSession *session, EventSetupEditor *editor, QWidget *parent = nullptr);

    SetupEditor *setupEditor() const { return m_setup; }

private:
    SetupEditor *m_setup;
};

} // namespace hd
