#include "newapplicationdialog.h"

#include "model/participant.h"
#include "storage/programmerepository.h"
#include "storage/participantrepository.h"
#include "storage/taskrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
// "2、4, 6": the numbers of a wishes field; nullopt when a part is not a number.
std::optional<QList<int>> wishNumbers(const QString &text)
{
    static const QRegularExpression separators(u"[,，、;\\s]+"_s);
    QList<int> numbers;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n <= 0)
            return std::nullopt;
        if (!numbers.contains(n))
            numbers << n;
    }
    return numbers;
}
} // namespace

NewApplicationDialog::NewApplicationDialog(const Database &db, qint64 trackId, QWidget *parent)
    : FormDialog(tr("New application"), parent)
    , m_login(new QLineEdit(this))
    , m_first(new QComboBox(this))
    , m_wishes(new QLineEdit(this))
    , m_consent(new QCheckBox(tr("Accepts a place on another project (unticked: 不接受调剂)"), this))
{
    for (const CampApplication &a : ProgrammeRepository(db).applications(trackId))
        m_applied << a.login;
    for (const Task &t : TaskRepository(db).all(trackId)) {
        if (t.removed)
            continue;
        m_projects << t.number;
        m_first->addItem(tr("No.%1 %2").arg(t.number).arg(t.title), t.number);
    }
    QStringList logins;
    for (const Participant &p : ParticipantRepository(db).all())
        logins << p.login;
    auto *completer = new QCompleter(logins, m_login);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_login->setCompleter(completer);
    m_login->setPlaceholderText(tr("GitHub login; a new one is added to the participants"));
    m_wishes->setPlaceholderText(tr("project numbers, e.g. 2、4、6"));
    m_consent->setChecked(true);

    form()->addRow(tr("&Applicant:"), m_login);
    form()->addRow(tr("&First choice:"), m_first);
    form()->addRow(tr("&Other wishes:"), m_wishes);
    form()->addRow(QString(), m_consent);

    setValidator([this] { return validate(); });
    connect(m_login, &QLineEdit::textChanged, this, &FormDialog::revalidate);
    connect(m_first, &QComboBox::currentIndexChanged, this, &FormDialog::revalidate);
    connect(m_wishes, &QLineEdit::textChanged, this, &FormDialog::revalidate);
    revalidate();
}

QString NewApplicationDialog::login() const
{
    QString login = m_login->text().trimmed();
    if (login.startsWith(u'@'))
        login.remove(0, 1);
    return login;
}

CampChoices NewApplicationDialog::choices() const
{
    CampChoices c;
    c.firstChoice = m_first->currentData().toInt();
    c.otherWishes = wishNumbers(m_wishes->text()).value_or(QList<int>());
    c.otherWishes.removeAll(c.firstChoice);
    c.acceptsReassignment = m_consent->isChecked();
    return c;
}

QString NewApplicationDialog::validate() const
{
    if (m_projects.isEmpty())
        return tr("The camp has no projects yet: add them first.");
    const QString who = login();
    if (who.isEmpty())
        return tr("Give the applicant's GitHub login.");
    if (!isValidLogin(who))
        return tr("Applicant: \"%1\" is not a GitHub login.").arg(who);
    for (const QString &other : m_applied)
        if (other.compare(who, Qt::CaseInsensitive) == 0)
            return tr("@%1 has applied already: open their application instead.").arg(other);
    const auto wishes = wishNumbers(m_wishes->text());
    if (!wishes)
        return tr("Other wishes: \"%1\" is not a list of project numbers.").arg(m_wishes->text().trimmed());
    for (const int n : *wishes)
        if (!m_projects.contains(n))
            return tr("Other wishes: there is no camp project No.%1.").arg(n);
    return {};
}

} // namespace hd
