#include "submissiondialog.h"

#include "dialogs/conflictdialog.h"

#include "eventsession.h"
#include "judging/judgingrules.h"
#include "judging/judgingservice.h"
#include "judgingeditor.h"
#include "messages.h"
#include "storage/eventrepository.h"
#include "storage/judgingresultrepository.h"
#include "storage/participantrepository.h"
#include "storage/rubricrepository.h"
#include "storage/taskrepository.h"
#include "storage/teamrepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

// The submission's author as the "By" field writes it.
QString authorText(const Database &db, const Submission &s)
{
    if (s.participantId) {
        const auto person = ParticipantRepository(db).get(s.participantId);
        return person ? u"@"_s + person->login : QString();
    }
    if (s.teamId) {
        const auto team = TeamRepository(db).get(s.teamId);
        return team ? team->name : QString();
    }
    return {};
}

} // namespace

SubmissionDialog::SubmissionDialog(EventSession *session, const Submission &submission, QWidget *parent)
    : FormDialog(submission.id ? tr("Edit submission #%1").arg(submission.id) : tr("New submission"), parent)
    , m_session(session)
    , m_original(submission)
    , m_track(new QComboBox(this))
    , m_title(new QLineEdit(submission.title, this))
    , m_by(new QLineEdit(authorText(session->database(), submission), this))
    , m_task(new QComboBox(this))
    , m_links(new QPlainTextEdit(this))
{
    const Database &db = session->database();
    for (const Track &t : EventRepository(db).tracks())
        m_track->addItem(t.name, t.id);
    m_track->setCurrentIndex(qMax(0, m_track->findData(submission.trackId)));

    QStringList authors;
    for (const Participant &p : ParticipantRepository(db).all())
        authors << u"@"_s + p.login;
    for (const Team &t : TeamRepository(db).all())
        authors << t.name;
    auto *completer = new QCompleter(authors, m_by);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_by->setCompleter(completer);
    m_by->setPlaceholderText(tr("@login of a participant, or a team's name"));

    QStringList links;
    for (const SubmissionLink &l : submission.links)
        links << u"%1:%2"_s.arg(l.kind, l.url);
    m_links->setPlainText(links.join(u'\n'));
    m_links->setTabChangesFocus(true);
    m_links->setPlaceholderText(tr("One per line: pr:URL, slides:URL, report:URL, article:URL or a bare address"));
    m_links->setMaximumHeight(100);

    form()->addRow(tr("T&rack:"), m_track);
    form()->addRow(tr("T&itle:"), m_title);
    form()->addRow(tr("&By:"), m_by);
    form()->addRow(tr("Tas&k:"), m_task);
    form()->addRow(tr("&Links:"), m_links);
    for (Figure f : AllFigures) {
        auto *edit = new QLineEdit(this);
        const auto value = submission.figure(f);
        edit->setText(value ? QString::number(*value) : QString());
        edit->setPlaceholderText(tr("not reported"));
        edit->setObjectName(u"figure-"_s + figureKey(f));
        m_figures[size_t(f)] = edit;
        form()->addRow(tr("%1:").arg(figureName(f)), edit);
        connect(edit, &QLineEdit::textChanged, this, &FormDialog::revalidate);
    }
    fillTasks();
    const int task = m_task->findData(submission.taskId);
    m_task->setCurrentIndex(qMax(0, task));
    showFigures();

    setValidator([this] { return validate(); });
    setSubmit([this] { return submit(); });
    connect(m_track, &QComboBox::currentIndexChanged, this, [this] {
        fillTasks();
        showFigures();
        revalidate();
    });
    connect(m_task, &QComboBox::currentIndexChanged, this, &FormDialog::revalidate);
    for (QLineEdit *e : {m_title, m_by})
        connect(e, &QLineEdit::textChanged, this, &FormDialog::revalidate);
    connect(m_links, &QPlainTextEdit::textChanged, this, &FormDialog::revalidate);
    revalidate();
}

void SubmissionDialog::fillTasks()
{
    const qint64 current = m_task->currentData().toLongLong();
    const QSignalBlocker block(m_task);
    m_task->clear();
    m_task->addItem(tr("(none)"), qint64(0));
    for (const Task &t : TaskRepository(m_session->database()).all(m_track->currentData().toLongLong()))
        m_task->addItem(u"No.%1 %2"_s.arg(t.number).arg(t.title), t.id);
    m_task->setCurrentIndex(qMax(0, m_task->findData(current)));
}

bool SubmissionDialog::figuresShown() const
{
    return m_figuresShown;
}

void SubmissionDialog::showFigures()
{
    const Database &db = m_session->database();
    const qint64 trackId = m_track->currentData().toLongLong();
    const auto track = EventRepository(db).track(trackId);
    bool shown = track && track->kind == TrackKind::Articles;
    if (const auto rubric = RubricRepository(db).rubric(trackId))
        for (const Criterion &c : rubric->criteria)
            shown = shown || c.figure.has_value();
    for (Figure f : AllFigures)
        shown = shown || m_original.figure(f).has_value();
    for (QLineEdit *e : m_figures)
        form()->setRowVisible(e, shown);
    m_figuresShown = shown;
}

Submission SubmissionDialog::submission() const
{
    Submission s = m_original;
    s.trackId = m_track->currentData().toLongLong();
    s.title = m_title->text().trimmed();
    const SubmissionAuthor author = resolveSubmissionAuthor(m_session->database(), m_by->text());
    s.participantId = author.participantId;
    s.teamId = author.teamId;
    s.taskId = m_task->currentData().toLongLong();
    s.links.clear();
    for (const QString &line : m_links->toPlainText().split(u'\n', Qt::SkipEmptyParts))
        if (const auto link = parseSubmissionLink(line))
            s.links.append(*link);
    for (Figure f : AllFigures) {
        bool ok = false;
        const qint64 v = m_figures[size_t(f)]->text().trimmed().toLongLong(&ok);
        s.figures[size_t(f)] = ok && v >= 0 ? std::optional<qint64>(v) : std::nullopt;
    }
    return s;
}

QString SubmissionDialog::validate() const
{
    if (m_track->currentIndex() < 0)
        return tr("Track: the event has no track yet.");
    if (m_title->text().trimmed().isEmpty())
        return tr("Title: give the submission a title.");
    if (m_by->text().trimmed().isEmpty())
        return tr("By: give the participant (@login) or the team who submitted it.");
    const SubmissionAuthor author = resolveSubmissionAuthor(m_session->database(), m_by->text());
    if (!author.problem.isEmpty())
        return tr("By: %1").arg(author.problem);
    const QStringList lines = m_links->toPlainText().split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        QString why;
        if (!parseSubmissionLink(lines[i], &why))
            return tr("Links, line %1: %2").arg(i + 1).arg(why);
    }
    if (figuresShown())
        for (Figure f : AllFigures) {
            const QString text = m_figures[size_t(f)]->text().trimmed();
            bool ok = false;
            if (!text.isEmpty() && (text.toLongLong(&ok) < 0 || !ok))
                return tr("%1: \"%2\" is not a whole number of 0 or more.").arg(figureName(f), text);
        }
    const qint64 trackId = m_track->currentData().toLongLong();
    const auto track = EventRepository(m_session->database()).track(trackId);
    const QString lock =
        lockProblem(JudgingResultRepository(m_session->database()).lock(trackId), track ? track->name : QString());
    if (!lock.isEmpty())
        return lock;
    return {};
}

QString SubmissionDialog::submit()
{
    JudgingEditor editor(m_session);
    const Submission s = submission();
    if (s.id) { // only what was edited, over the row as it is now
        const QString error = ConflictDialog::save(
            this, [&](OnConflict c) { return editor.updateSubmission(m_original, s, m_version, c); },
            [&] { return editor.conflict(); });
        if (error.isEmpty() && !editor.notice().isEmpty())
            messages::information(this, tr("Edit submission"), editor.notice());
        return error;
    }
    const QString error = editor.addSubmission(s);
    if (error.isEmpty())
        m_original.id = editor.lastInsertedId();
    return error;
}

} // namespace hd
