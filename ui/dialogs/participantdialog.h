#pragma once

#include "formdialog.h"
#include "model/participant.h"

class QLineEdit;

namespace hd {

// Creates or edits a participant: GitHub login, name, e-mail, organisation.
class ParticipantDialog : public FormDialog
{
    Q_OBJECT
public:
    ParticipantDialog(const Participant &participant, QWidget *parent = nullptr);
    Participant participant() const;

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *nameEdit() const { return m_name; }

private:
    QString validate() const;

    Participant m_original;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_organisation;
};

} // namespace hd
