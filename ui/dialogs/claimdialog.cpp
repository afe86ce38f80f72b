#include "claimdialog.h"

#include "model/participant.h"
#include "storage/claimrepository.h"
#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/taskrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
QString bareLogin(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(u'@') ? t.mid(1) : t;
}
} // namespace

ClaimDialog::ClaimDialog(const Database &db, qint64 claimId, qint64 trackId, QWidget *parent)
    : FormDialog(claimId ? tr("Edit claim") : tr("New claim"), parent)
    , m_db(db)
    , m_claimId(claimId)
    , m_track(new QComboBox(this))
    , m_task(new QSpinBox(this))
    , m_title(new QLabel(this))
    , m_login(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_finisher(new QCheckBox(tr("Finished the task: the claimant is its finisher"), this))
{
    std::optional<Claim> claim = claimId ? ClaimRepository(db).get(claimId) : std::nullopt;
    std::optional<Task> task = claim ? TaskRepository(db).get(claim->taskId) : std::nullopt;
    if (task)
        trackId = task->trackId;
    for (const Track &t : EventRepository(db).tracks())
        m_track->addItem(t.name, t.id);
    m_track->setCurrentIndex(qMax(0, m_track->findData(trackId)));
    m_task->setRange(1, 99999);
    m_task->setValue(task ? task->number : 1);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QStringList logins;
    for (const Participant &p : ParticipantRepository(db).all())
        logins << p.login;
    auto *completer = new QCompleter(logins, m_login);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_login->setCompleter(completer);
    m_login->setPlaceholderText(tr("GitHub login, e.g. megemini"));
    for (int i = 0; i < ClaimStatusCount; ++i)
        m_status->addItem(claimStatusName(static_cast<ClaimStatus>(i)), i);
    if (claim) {
        if (const auto p = ParticipantRepository(db).get(claim->participantId))
            m_login->setText(p->login);
        m_status->setCurrentIndex(static_cast<int>(claim->status));
        m_finisher->setChecked(task && claim->participantId && task->finisherId == claim->participantId);
    }

    form()->addRow(tr("&Track:"), m_track);
    form()->addRow(tr("T&ask No.:"), m_task);
    form()->addRow(QString(), m_title);
    form()->addRow(tr("&Login:"), m_login);
    form()->addRow(tr("&Status:"), m_status);
    form()->addRow(QString(), m_finisher);

    setValidator([this] { return validate(); });
    connect(m_track, &QComboBox::currentIndexChanged, this, &FormDialog::revalidate);
    connect(m_task, &QSpinBox::valueChanged, this, &FormDialog::revalidate);
    connect(m_login, &QLineEdit::textChanged, this, &FormDialog::revalidate);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        // As in a sync, the first to complete a task without a finisher becomes it.
        const auto current = currentTask();
        const auto track = current ? EventRepository(m_db).track(current->trackId) : std::nullopt;
        if (m_status->currentData().toInt() == static_cast<int>(ClaimStatus::Completed) && current &&
            !current->finisherId && track && track->kind == TrackKind::Tasks)
            m_finisher->setChecked(true);
        revalidate();
    });
    connect(m_finisher, &QCheckBox::toggled, this, [this](bool on) {
        // A finisher has completed the task.
        if (on)
            m_status->setCurrentIndex(static_cast<int>(ClaimStatus::Completed));
        revalidate();
    });
    revalidate();
}

std::optional<Task> ClaimDialog::currentTask() const
{
    return TaskRepository(m_db).byNumber(m_track->currentData().toLongLong(), m_task->value());
}

QString ClaimDialog::validate() const
{
    if (m_track->currentIndex() < 0)
        return tr("The event has no track yet.");
    const std::optional<Task> task = currentTask();
    QString about = task ? task->title : QString();
    if (task && task->finisherId)
        if (const auto f = ParticipantRepository(m_db).get(task->finisherId))
            about += u"\n"_s + tr("Finisher: @%1").arg(f->login);
    m_title->setText(about);
    if (!task)
        return tr("%1 has no task No.%2.").arg(m_track->currentText()).arg(m_task->value());
    if (task->removed)
        return tr("Task No.%1 was removed from the event.").arg(task->number);
    const QString login = bareLogin(m_login->text());
    if (login.isEmpty())
        return tr("Give the claimant's GitHub login.");
    if (!isValidLogin(login))
        return tr("\"%1\" is not a GitHub login.").arg(login);
    if (const auto p = ParticipantRepository(m_db).byLogin(login)) {
        const auto other = ClaimRepository(m_db).find(task->id, p->id, 0);
        if (other && other->id != m_claimId)
            return tr("@%1 has already claimed task No.%2.").arg(p->login).arg(task->number);
    }
    if (m_finisher->isChecked() && m_status->currentData().toInt() != static_cast<int>(ClaimStatus::Completed))
        return tr("The finisher's claim is %1: set that status or clear the finisher.")
            .arg(claimStatusName(ClaimStatus::Completed));
    return {};
}

ClaimEdit ClaimDialog::edit() const
{
    ClaimEdit e;
    e.claimId = m_claimId;
    e.taskId = currentTask() ? currentTask()->id : 0;
    e.login = bareLogin(m_login->text());
    e.status = static_cast<ClaimStatus>(m_status->currentData().toInt());
    e.finisher = m_finisher->isChecked() ? FinisherChange::Set : FinisherChange::Clear;
    return e;
}

} // namespace hd
