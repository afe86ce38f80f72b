#include "weeklyreportdialog.h"

#include "model/participant.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace hd {

WeeklyReportDialog::WeeklyReportDialog(const Database &db, const CampApplication &camper, QWidget *parent)
    : FormDialog(tr("Weekly report of @%1").arg(camper.login), parent)
    , m_db(db)
    , m_camper(camper)
    , m_minimum(ProgrammeRepository(db).campMinHours())
    , m_week(new QSpinBox(this))
    , m_hours(new QSpinBox(this))
    , m_link(new QLineEdit(this))
{
    const ProgrammeRepository programmes(db);
    const int weeks = programmes.campWeeks();
    m_week->setRange(1, weeks);
    // The first week not reported yet.
    const QList<std::pair<int, int>> reported = programmes.weeklyHours(camper.id);
    int next = 1;
    for (const auto &[week, hours] : reported)
        if (week == next)
            ++next;
    m_week->setValue(std::min(next, weeks));
    m_hours->setRange(0, 168);
    m_hours->setSuffix(tr(" h"));
    m_hours->setToolTip(tr("Hours worked that week; under %1 is flagged").arg(m_minimum));
    m_link->setPlaceholderText(u"https://…"_s);

    addTextRow(tr("Camper:"), u"@"_s + camper.login);
    form()->addRow(tr("&Week:"), m_week);
    form()->addRow(tr("&Hours:"), m_hours);
    form()->addRow(tr("&Link:"), m_link);

    setValidator([this] { return validate(); });
    connect(m_week, &QSpinBox::valueChanged, this, [this] {
        showStored();
        revalidate();
    });
    connect(m_link, &QLineEdit::textChanged, this, &FormDialog::revalidate);
    showStored();
    revalidate();
}

void WeeklyReportDialog::showStored()
{
    const auto stored = ProgrammeRepository(m_db).weeklyReport(m_camper.id, m_week->value());
    m_hours->setValue(stored ? stored->first : m_minimum);
    m_link->setText(stored ? stored->second : QString());
}

int WeeklyReportDialog::week() const
{
    return m_week->value();
}

int WeeklyReportDialog::hours() const
{
    return m_hours->value();
}

QString WeeklyReportDialog::link() const
{
    return m_link->text().trimmed();
}

QString WeeklyReportDialog::validate() const
{
    if (m_camper.stage != ApplicationStage::Accepted)
        return tr("@%1 is not an accepted camper: weekly reports are for campers.").arg(m_camper.login);
    const QString text = link();
    if (!text.isEmpty() && !isWebAddress(text))
        return tr("Link: \"%1\" is not a web address (https://…).").arg(text);
    return {};
}

} // namespace hd
