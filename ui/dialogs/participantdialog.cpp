#include "participantdialog.h"

#include <QFormLayout>
#include <QLineEdit>

namespace hd {

ParticipantDialog::ParticipantDialog(const Participant &participant, QWidget *parent)
    : FormDialog(participant.id ? tr("Edit @%1").arg(participant.login) : tr("New participant"), parent)
    , m_original(participant)
    , m_login(new QLineEdit(participant.login, this))
    , m_name(new QLineEdit(participant.name, this))
    , m_email(new QLineEdit(participant.email, this))
    , m_organisation(new QLineEdit(participant.organisation, this))
{
    m_login->setPlaceholderText(tr("GitHub login, without @"));
    form()->addRow(tr("&Login:"), m_login);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&E-mail:"), m_email);
    form()->addRow(tr("&Organisation:"), m_organisation);
    setValidator([this] { return validate(); });
    for (QLineEdit *e : {m_login, m_name, m_email, m_organisation})
        connect(e, &QLineEdit::textChanged, this, &FormDialog::revalidate);
    revalidate();
}

QString ParticipantDialog::validate() const
{
    QString login = m_login->text().trimmed();
    if (login.startsWith(u'@'))
        login.remove(0, 1);
    if (login.isEmpty())
        return tr("Give the participant's GitHub login.");
    if (!isValidLogin(login))
        return tr("\"%1\" is not a GitHub login: letters, digits and single hyphens, at most 39.").arg(login);
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && !email.contains(u'@'))
        return tr("\"%1\" is not an e-mail address.").arg(email);
    return {};
}

Participant ParticipantDialog::participant() const
{
    Participant p = m_original;
    p.login = m_login->text().trimmed();
    if (p.login.startsWith(u'@'))
        p.login.remove(0, 1);
    p.name = m_name->text().trimmed();
    p.email = m_email->text().trimmed();
    p.organisation = m_organisation->text().trimmed();
    return p;
}

} // namespace hd
