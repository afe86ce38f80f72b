#include "campdefencedialog.h"

#include "storage/taskrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
// The result box's data: "not defended yet" is not a grade, "not passed" is the empty grade.
const QString NotDefended = u"\x01"_s;
} // namespace

CampDefenceDialog::CampDefenceDialog(const Database &db, const CampApplication &camper, qint64 taskId, QWidget *parent)
    : FormDialog(tr("Defence of @%1").arg(camper.login), parent)
    , m_camper(camper)
    , m_taskId(taskId)
    , m_result(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_months(new QSpinBox(this))
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
    if (!stored)
        m_result->setCurrentIndex(0);
    else
        m_result->setCurrentIndex(qMax(1, m_result->findData(stored->grade)));

    form()->addRow(tr("Camper:"), new QLabel(u"@"_s + camper.login, this));
    form()->addRow(tr("Project:"),
                   new QLabel(task ? tr("No.%1 %2").arg(QString::number(task->number), task->title) : QString(), this));
    form()->addRow(tr("&Result:"), m_result);
    form()->addRow(tr("&Date:"), m_date);
    form()->addRow(tr("&Months:"), m_months);

    setValidator([this] { return validate(); });
    connect(m_result, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        revalidate();
    });
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
}

QString CampDefenceDialog::validate() const
{
    if (m_camper.stage != ApplicationStage::Accepted)
        return tr("@%1 is not an accepted camper: only campers defend.").arg(m_camper.login);
    if (m_grades.isEmpty())
        return tr("The camp track has no grades yet: add its reward tiers (及格, 良好, 优秀, 特别优秀) first.");
    return {};
}

std::optional<CampDefence> CampDefenceDialog::defence() const
{
    const QString grade = m_result->currentData().toString();
    if (grade == NotDefended)
        return std::nullopt;
    return CampDefence{m_taskId, m_camper.participantId, grade, m_months->value(), m_date->date()};
}

} // namespace hd
