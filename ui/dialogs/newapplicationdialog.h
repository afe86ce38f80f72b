#pragma once

#include "formdialog.h"
#include "programmes/camprules.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace hd {

class Database;

// A code-camp application entered by hand (one that did not come as a comment on the camp issue): the
// applicant's GitHub login, their first choice, other wishes ("2、4、6") and whether they accept being
// placed on another project (unticked = 不接受调剂).
class NewApplicationDialog : public FormDialog
{
    Q_OBJECT
public:
    NewApplicationDialog(const Database &db, qint64 trackId, QWidget *parent = nullptr);

    QString login() const;       // without '@'
    CampChoices choices() const; // as typed; validate() says what is wrong

    QLineEdit *loginEdit() const { return m_login; }
    QComboBox *firstChoiceBox() const { return m_first; }
    QLineEdit *wishesEdit() const { return m_wishes; }
    QCheckBox *consentBox() const { return m_consent; }

private:
    QString validate() const;

    QStringList m_applied; // logins with an application already
    QList<int> m_projects; // the camp's project numbers
    QLineEdit *m_login;
    QComboBox *m_first;
    QLineEdit *m_wishes;
    QCheckBox *m_consent;
};

} // namespace hd
