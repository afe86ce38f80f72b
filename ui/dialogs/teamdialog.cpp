#include "teamdialog.h"

#include "storage/participantrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>

using namespace Qt::StringLiterals;

namespace hd {

TeamDialog::TeamDialog(const Database &db, const Team &team, QWidget *parent)
    : FormDialog(team.id ? tr("Edit team %1").arg(team.name) : tr("New team"), parent)
    , m_original(team)
    , m_name(new QLineEdit(team.name, this))
    , m_members(new QListWidget(this))
    , m_leader(new QComboBox(this))
{
    for (const Participant &p : ParticipantRepository(db).all()) {
        auto *item =
            new QListWidgetItem(p.name.isEmpty() ? u"@"_s + p.login : u"@%1 (%2)"_s.arg(p.login, p.name), m_members);
        item->setData(Qt::UserRole, p.id);
        item->setCheckState(team.memberIds.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Members:"), m_members);
    form()->addRow(tr("&Leader:"), m_leader);
    refreshLeaders();
    m_leader->setCurrentIndex(qMax(0, m_leader->findData(team.leaderId)));
    setValidator([this] { return validate(); });
    connect(m_name, &QLineEdit::textChanged, this, &FormDialog::revalidate);
    connect(m_members, &QListWidget::itemChanged, this, [this] {
        refreshLeaders();
        revalidate();
    });
    revalidate();
}

void TeamDialog::refreshLeaders()
{
    const qint64 current = m_leader->currentData().toLongLong();
    const QSignalBlocker block(m_leader);
    m_leader->clear();
    m_leader->addItem(tr("(none)"), qint64(0));
    for (int i = 0; i < m_members->count(); ++i)
        if (m_members->item(i)->checkState() == Qt::Checked)
            m_leader->addItem(m_members->item(i)->text(), m_members->item(i)->data(Qt::UserRole));
    m_leader->setCurrentIndex(qMax(0, m_leader->findData(current)));
}

QString TeamDialog::validate() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the team a name.");
    return {};
}

Team TeamDialog::team() const
{
    Team t = m_original;
    t.name = m_name->text().trimmed();
    t.memberIds.clear();
    for (int i = 0; i < m_members->count(); ++i)
        if (m_members->item(i)->checkState() == Qt::Checked)
            t.memberIds.append(m_members->item(i)->data(Qt::UserRole).toLongLong());
    t.leaderId = m_leader->currentData().toLongLong();
    return t;
}

} // namespace hd
