#include "campdefencedialog.h"

#include "storage/judgeassignmentrepository.h"
#include "model/participant.h"
#include "storage/taskrepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
// The result box's data: "not defended yet" is not a grade, "not passed" is the empty grade.
const QString NotDefended = u"\x01"_s;

// "@a, @b、c": the logins in a judges field, '@' dropped.
QStringList judgeLogins(const QString &text)
{
    static const QRegularExpression separators(u"[,，、;\\s]+"_s);
    QStringList logins;
    for (QString login : text.split(separators, Qt::SkipEmptyParts)) {
        if (login.startsWith(u'@'))
            login.remove(0, 1);
        if (!login.isEmpty())
            logins << login;
    }
    return logins;
}
} // namespace

CampDefenceDialog::CampDefenceDialog(const Database &db, const CampApplication &camper, qint64 taskId, QWidget *parent)
    : FormDialog(tr("Defence of @%1").arg(camper.login), parent)
    , m_camper(camper)
    , m_taskId(taskId)
    , m_result(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_months(new QSpinBox(this))
    , m_judges(new QLineEdit(this))
{
    ProgrammeRepository programmes(db);
    const auto task = TaskRepository(db).get(taskId);
    m_grades = programmes.campGrades(camper.trackId);
    const auto stored = programmes.campDefence(taskId, camper.participantId);

    m_result->addItem(tr("Not defended yet"), NotDefended);
    m_result->addItem(tr("Did not pass"), QString());
    for (const QString &g : std::as_const(m_grades))
        m_result->addItem(tr("Passed: %1").arg(g), g);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setDate(stored && stored->defendedAt.isValid() ? stored->defendedAt : QDate::currentDate());
    m_months->setRange(1, 24);
    m_months->setSuffix(tr(" months"));
    m_months->setValue(stored ? stored->months : 3);
    m_months->setToolTip(tr("Months worked; where the track's months rule is on, more than three raise the reward"));
    // The judges: the event's judges of the camp track where it has them, any login otherwise.
    QStringList known;
    for (const Judge &j : JudgeAssignmentRepository(db).judges(camper.trackId))
        known << u"@"_s + j.login;
    m_judges->setPlaceholderText(known.isEmpty() ? tr("@login, @login")
                                                 : tr("e.g. %1").arg(known.mid(0, 3).join(u", "_s)));
    m_judges->setToolTip(tr("GitHub logins of the defence's judges, separated by commas"));
    if (!known.isEmpty()) {
        auto *completer = new QCompleter(known, m_judges);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_judges->setCompleter(completer);
    }
    if (stored && !stored->judges.isEmpty())
        m_judges->setText(u"@"_s + stored->judges.join(u", @"_s));
    if (!stored)
        m_result->setCurrentIndex(0);
    else
        m_result->setCurrentIndex(qMax(1, m_result->findData(stored->grade)));

    addTextRow(tr("Camper:"), u"@"_s + camper.login);
    addTextRow(tr("Project:"), task ? tr("No.%1 %2").arg(QString::number(task->number), task->title) : QString());
    form()->addRow(tr("&Result:"), m_result);
    form()->addRow(tr("&Date:"), m_date);
    form()->addRow(tr("&Months:"), m_months);
    form()->addRow(tr("&Judges:"), m_judges);

    setValidator([this] { return validate(); });
    connect(m_result, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        revalidate();
    });
    connect(m_judges, &QLineEdit::textChanged, this, [this] { revalidate(); });
    updateFields();
    revalidate();
}

bool CampDefenceDialog::chooseGrade(const QString &grade)
{
    const int i = m_result->findData(grade);
    if (i < 0)
        return false;
    m_result->setCurrentIndex(i);
    return true;
}

void CampDefenceDialog::chooseNotDefended()
{
    m_result->setCurrentIndex(0);
}

void CampDefenceDialog::updateFields()
{
    const bool defended = m_result->currentData().toString() != NotDefended;
    m_date->setEnabled(defended);
    m_months->setEnabled(defended);
    m_judges->setEnabled(defended);
}

QString CampDefenceDialog::validate() const
{
    if (m_camper.stage != ApplicationStage::Accepted)
        return tr("@%1 is not an accepted camper: only campers defend.").arg(m_camper.login);
    if (m_grades.isEmpty())
        return tr("The camp track has no grades yet: add its reward tiers (及格, 良好, 优秀, 特别优秀) first.");
    if (m_result->currentData().toString() != NotDefended) {
        const QStringList logins = judgeLogins(m_judges->text());
        for (qsizetype i = 0; i < logins.size(); ++i) {
            if (!isValidLogin(logins[i]))
                return tr("Judges: \"%1\" is not a GitHub login.").arg(logins[i]);
            for (qsizetype k = 0; k < i; ++k)
                if (logins[k].compare(logins[i], Qt::CaseInsensitive) == 0)
                    return tr("Judges: @%1 is named twice.").arg(logins[i]);
        }
    }
    return {};
}

std::optional<CampDefence> CampDefenceDialog::defence() const
{
    const QString grade = m_result->currentData().toString();
    if (grade == NotDefended)
        return std::nullopt;
    CampDefence d{m_taskId, m_camper.participantId, grade, m_months->value(), m_date->date(), {}};
    d.judges = judgeLogins(m_judges->text());
    return d;
}

} // namespace hd
