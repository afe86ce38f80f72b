#include "scoreformdialog.h"

#include "eventsession.h"
#include "judgingeditor.h"
#include "messages.h"
#include "model/error.h"
#include "scoreform.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/judgingresultrepository.h"
#include "storage/rubricrepository.h"
#include "storage/scorerepository.h"
#include "storage/submissionrepository.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

ScoreFormDialog::ScoreFormDialog(EventSession *session, qint64 judgeId, qint64 submissionId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_judgeId(judgeId)
    , m_submissionId(submissionId)
    , m_form(new ScoreForm(this))
    , m_draft(new QPushButton(tr("Save &Draft"), this))
    , m_submit(new QPushButton(tr("&Submit"), this))
{
    const Database &db = session->database();
    const JudgeAssignmentRepository judgeRepo(db);
    const SubmissionRepository submissionRepo(db);
    const RubricRepository rubricRepo(db);
    const ScoreRepository scoreRepo(db);
    const JudgingResultRepository resultRepo(db);
    const auto judge = judgeRepo.judge(judgeId);
    const auto submission = submissionRepo.submission(submissionId);
    setWindowTitle(tr("Score sheet of @%1 for #%2").arg(judge ? judge->login : QString()).arg(submissionId));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_draft, QDialogButtonBox::ActionRole);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    m_submit->setDefault(true);
    m_draft->setToolTip(tr("Keep it as a draft: it does not count in the results yet (Ctrl+S)."));
    m_submit->setToolTip(tr("Every criterion scored: it counts in the results (Ctrl+Enter)."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_draft, &QPushButton::clicked, this, [this] { save(SheetStatus::Draft); });
    connect(m_submit, &QPushButton::clicked, this, [this] { save(SheetStatus::Submitted); });
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, [this] { save(SheetStatus::Draft); });
    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *submitKey = new QShortcut(k, this);
        connect(submitKey, &QShortcut::activated, this, [this] { save(SheetStatus::Submitted); });
    }
    resize(720, 640);

    if (!submission) {
        m_form->showProblem(tr("That submission no longer exists."));
        m_draft->setEnabled(false);
        m_submit->setEnabled(false);
        return;
    }
    const auto rubric = rubricRepo.rubric(submission->trackId);
    if (!rubric) {
        m_form->showProblem(tr("The track has no rubric yet."));
        m_draft->setEnabled(false);
        m_submit->setEnabled(false);
        return;
    }
    m_form->setRubric(*rubric);
    m_form->setDetails(submissionDetails(db, *submission));
    m_form->setSheet(scoreRepo.sheet(judgeId, submissionId));
    const QString lock =
        lockProblem(resultRepo.lock(submission->trackId), EventRepository(db).track(submission->trackId)->name);
    if (!lock.isEmpty()) {
        m_form->setReadOnly(true);
        m_form->showProblem(lock);
        m_draft->setEnabled(false);
        m_submit->setEnabled(false);
    }
}

void ScoreFormDialog::reject()
{
    if (m_form->isModified() && m_submit->isEnabled() &&
        messages::question(this, windowTitle(), tr("Discard the changes to this score sheet?"),
                           QMessageBox::Discard | QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

bool ScoreFormDialog::save(SheetStatus target)
{
    if (!m_submit->isEnabled())
        return false;
    const SheetValidation v = m_form->validate(target);
    if (!v.problems.isEmpty())
        return false;
    ScoreSheet sheet = m_form->sheet(target);
    sheet.judgeId = m_judgeId;
    sheet.submissionId = m_submissionId;
    const QString error = JudgingEditor(m_session).saveSheet(sheet);
    if (!error.isEmpty()) {
        m_form->showProblem(error);
        return false;
    }
    accept();
    return true;
}

} // namespace hd
