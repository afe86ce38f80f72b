#include "campapplicationdialog.h"

#include "model/participant.h"
#include "storage/eventrepository.h"
#include "storage/taskrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

QString bareLogin(const QString &text)
{
    QString login = text.trimmed();
    while (login.startsWith(u'@'))
        login.remove(0, 1);
    return login;
}

} // namespace

CampApplicationDialog::CampApplicationDialog(const Database &db, const CampApplication &application, QWidget *parent)
    : FormDialog(tr("Application of @%1").arg(application.login), parent)
    , m_db(db)
    , m_application(application)
    , m_projects(ProgrammeRepository(db).campProjects(application.trackId))
    , m_stage(new QComboBox(this))
    , m_project(new QComboBox(this))
    , m_scheduled(new QCheckBox(this))
    , m_interviewAt(new QDateTimeEdit(this))
    , m_interviewer(new QLineEdit(application.interviewer, this))
    , m_notes(new QPlainTextEdit(application.notes, this))
{
    const auto event = EventRepository(db).event();
    m_zone = QTimeZone(event ? event->timeZone.toUtf8() : QByteArray());
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();

    QStringList wishes;
    for (const int w : application.choices.otherWishes)
        wishes << QString::number(w);
    auto *choices =
        new QLabel(tr("First choice No.%1; other wishes: %2; %3")
                       .arg(application.choices.firstChoice)
                       .arg(wishes.isEmpty() ? tr("none") : wishes.join(u", "_s),
                            application.choices.acceptsReassignment ? tr("accepts reassignment")
                                                                    : tr("does not accept reassignment (不接受调剂)")),
                   this);
    choices->setWordWrap(true);
    auto *source = new QLabel(this);
    source->setOpenExternalLinks(true);
    source->setTextFormat(Qt::RichText);
    if (!application.sourceUrl.isEmpty())
        source->setText(u"<a href=\"%1\">%2</a>"_s.arg(application.sourceUrl.toHtmlEscaped(),
                                                       tr("The comment on GitHub").toHtmlEscaped()));
    else
        source->setText(tr("Entered by hand").toHtmlEscaped());

    m_stage->addItem(tr("%1 (as now)").arg(applicationStageName(application.stage)), int(application.stage));
    for (int i = 0; i < ApplicationStageCount; ++i)
        if (canMoveApplication(application.stage, static_cast<ApplicationStage>(i)))
            m_stage->addItem(applicationStageName(static_cast<ApplicationStage>(i)), i);

    for (const CampProject &p : std::as_const(m_projects))
        m_project->addItem(tr("No.%1 %2 (%3 of %n seat(s) filled)", nullptr, p.seats)
                               .arg(QString::number(p.number), p.title, QString::number(p.campers.size())),
                           p.number);
    const int project = application.project > 0 ? application.project : application.choices.firstChoice;
    m_project->setCurrentIndex(qMax(0, m_project->findData(project)));

    m_scheduled->setText(tr("Scheduled (%1 time)").arg(QString::fromUtf8(m_zone.id())));
    m_interviewAt->setCalendarPopup(true);
    m_interviewAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    const QDateTime shown =
        application.interviewAt.isValid()
            ? application.interviewAt.toTimeZone(m_zone)
            : QDateTime(QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date().addDays(1), QTime(10, 0), m_zone);
    m_interviewAt->setDateTime(QDateTime(shown.date(), QTime(shown.time().hour(), shown.time().minute())));
    m_scheduled->setChecked(application.interviewAt.isValid());
    m_interviewer->setPlaceholderText(tr("GitHub login of the interviewer"));
    m_notes->setPlaceholderText(tr("How the interview went, what was decided"));
    m_notes->setTabChangesFocus(true);

    auto *interview = new QHBoxLayout;
    interview->addWidget(m_scheduled);
    interview->addWidget(m_interviewAt, 1);

    addTextRow(tr("Applicant:"), u"@"_s + application.login);
    form()->addRow(tr("Choices:"), choices);
    form()->addRow(tr("Source:"), source);
    form()->addRow(tr("&Stage:"), m_stage);
    form()->addRow(tr("&Project:"), m_project);
    form()->addRow(tr("&Interview:"), interview);
    form()->addRow(tr("Inter&viewer:"), m_interviewer);
    form()->addRow(tr("&Notes:"), m_notes);

    setValidator([this] { return validate(); });
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        revalidate();
    });
    connect(m_project, &QComboBox::currentIndexChanged, this, &FormDialog::revalidate);
    connect(m_scheduled, &QCheckBox::toggled, this, [this] {
        updateFields();
        revalidate();
    });
    connect(m_interviewer, &QLineEdit::textChanged, this, &FormDialog::revalidate);
    updateFields();
    revalidate();
}

ApplicationStage CampApplicationDialog::stage() const
{
    return static_cast<ApplicationStage>(m_stage->currentData().toInt());
}

bool CampApplicationDialog::chooseStage(ApplicationStage stage)
{
    const int i = m_stage->findData(int(stage));
    if (i < 0)
        return false;
    m_stage->setCurrentIndex(i);
    return true;
}

bool CampApplicationDialog::chooseProject(int number)
{
    const int i = m_project->findData(number);
    if (i < 0)
        return false;
    m_project->setCurrentIndex(i);
    return true;
}

void CampApplicationDialog::updateFields()
{
    // The project is chosen when the application moves to accepted or waitlisted (not afterwards).
    const ApplicationStage s = stage();
    m_project->setEnabled(s != m_application.stage &&
                          (s == ApplicationStage::Accepted || s == ApplicationStage::Waitlisted));
    m_interviewAt->setEnabled(m_scheduled->isChecked());
}

QString CampApplicationDialog::validate() const
{
    const ApplicationStage s = stage();
    const QString interviewer = bareLogin(m_interviewer->text());
    if (!interviewer.isEmpty() && !isValidLogin(interviewer))
        return tr("\"%1\" is not a GitHub login.").arg(m_interviewer->text().trimmed());
    if (m_scheduled->isChecked() && interviewer.isEmpty())
        return tr("Name the interviewer of the scheduled interview.");
    const bool moves = s != m_application.stage;
    if (moves && (s == ApplicationStage::InterviewScheduled || s == ApplicationStage::Interviewed) &&
        (!m_scheduled->isChecked() || interviewer.isEmpty()))
        return tr("\"%1\" needs the interview's time and interviewer.").arg(applicationStageName(s));
    if (moves && (s == ApplicationStage::Accepted || s == ApplicationStage::Waitlisted)) {
        if (m_project->currentIndex() < 0)
            return tr("The camp has no project to place the applicant on.");
        if (s == ApplicationStage::Accepted) {
            const CampProject &p = m_projects.at(m_project->currentIndex());
            const int accepted =
                ProgrammeRepository(m_db).acceptedOn(m_application.trackId, p.number, m_application.id);
            if (const QString problem = acceptanceProblem(m_application.choices, p.number, p.seats, accepted);
                !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

ProgrammeEditor::ApplicationEdit CampApplicationDialog::edit() const
{
    ProgrammeEditor::ApplicationEdit e;
    e.id = m_application.id;
    e.stage = stage();
    e.project = m_project->currentData().toInt();
    if (m_scheduled->isChecked()) {
        const QDateTime local = m_interviewAt->dateTime();
        e.interviewAt = QDateTime(local.date(), local.time(), m_zone).toUTC();
    }
    e.interviewer = bareLogin(m_interviewer->text());
    e.notes = m_notes->toPlainText().trimmed();
    return e;
}

} // namespace hd
