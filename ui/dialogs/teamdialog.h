#pragma once

#include "formdialog.h"
#include "model/team.h"

class QComboBox;
class QLineEdit;
class QListWidget;

namespace hd {

class Database;

// Creates or edits a team: its name, members (checked in a list) and leader.
class TeamDialog : public FormDialog
{
    Q_OBJECT
public:
    TeamDialog(const Database &db, const Team &team, QWidget *parent = nullptr);
    Team team() const;

    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *memberList() const { return m_members; }

private:
    QString validate() const;
    void refreshLeaders();

    Team m_original;
    QLineEdit *m_name;
    QListWidget *m_members;
    QComboBox *m_leader;
};

} // namespace hd
