#include "judgingpage.h"

#include "detailpane.h"
#include "dialogs/formdialog.h"
#include "eventsession.h"
#include "files/savefiles.h"
#include "io/csv.h"
#include "io/filewriter.h"
#include "judgedialog.h"
#include "judging/judgepacket.h"
#include "judging/judgingservice.h"
#include "judgingeditor.h"
#include "messages.h"
#include "model/error.h"
#include "models/reloadgate.h"
#include "models/tablemodel.h"
#include "pages/tablepage.h"
#include "reports/reports.h"
#include "rubricdialog.h"
#include "scoreformdialog.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/judginglog.h"
#include "storage/judgingresultrepository.h"
#include "storage/rowversion.h"
#include "storage/rubricrepository.h"
#include "storage/scorerepository.h"
#include "storage/submissionrepository.h"
#include "submissiondialog.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
const QColor gapColour(0xF5, 0xB7, 0xB1);
const QColor draftColour(0xFC, 0xF3, 0xCF);
const QColor doneColour(0xD5, 0xF5, 0xE3);

QString actionName(const QString &action)
{
    if (action == u"score")
        return JudgingPage::tr("Score");
    if (action == u"comment")
        return JudgingPage::tr("Comment");
    if (action == u"status")
        return JudgingPage::tr("Sheet");
    if (action == u"assign")
        return JudgingPage::tr("Assigned");
    if (action == u"unassign")
        return JudgingPage::tr("Unassigned");
    if (action == u"finalise")
        return JudgingPage::tr("Finalised");
    if (action == u"unlock")
        return JudgingPage::tr("Unlocked");
    if (action == u"rubric")
        return JudgingPage::tr("Rubric");
    if (action == u"judge")
        return JudgingPage::tr("Judge");
    if (action == u"submission")
        return JudgingPage::tr("Submission");
    if (action == u"packet-export")
        return JudgingPage::tr("Packet exported");
    if (action == u"packet-import")
        return JudgingPage::tr("Packet imported");
    return action;
}

// A logged value as people read it: sheet states and the lock in words.
QString valueText(const QString &action, const QString &value)
{
    if (action == u"status") {
        if (const auto status = sheetStatusFromKey(value))
            return sheetStatusName(*status);
    } else if (action == u"finalise" || action == u"unlock") {
        if (value == u"open")
            return JudgingPage::tr("open");
        if (value == u"final")
            return JudgingPage::tr("final");
    }
    return value;
}

QString conflictText(const QList<JudgeConflict> &conflicts)
{
    QStringList parts;
    for (const JudgeConflict &c : conflicts)
        parts << (c.kind == JudgeConflict::Kind::Participant ? u"@"_s + c.value : c.value);
    return parts.join(u", "_s);
}

TableCell numberCell(double value, bool shown)
{
    return {shown ? QVariant(formatResult(value)) : QVariant(), shown ? QVariant(value) : QVariant(-1.0)};
}
} // namespace

// What the page shows of its track, read once per load: each part when a tab or the status line first needs
// it, then kept until the data changes (the session's changed(), seen before the tables see it) or another
// track is chosen. So the tabs and the status line share one read of each table.
struct JudgingPage::State
{
    qint64 trackId = 0;
    int perSubmission = 3;
    QList<std::pair<qint64, qint64>> assignments; // row id - 1 -> (judge, submission)

    struct Loaded
    {
        std::optional<QList<Submission>> submissions;
        std::optional<QHash<qint64, QString>> authors; // by submission id
        std::optional<QList<Judge>> judges;            // of every track
        std::optional<QList<Assignment>> assignments;
        std::optional<QList<AssignmentConflict>> conflicts;
        std::optional<std::optional<Rubric>> rubric;
        std::optional<QList<ScoreSheet>> sheets;
        std::optional<QList<JudgeLoad>> loads;
        std::optional<TrackLock> lock;
    } loaded;

    void forget() { loaded = {}; }

    // Reads `part` with `read` unless it is read already.
    template <typename T, typename Read> static const T &once(std::optional<T> &part, Read read)
    {
        if (!part)
            part = read();
        return *part;
    }
    const QList<Submission> &submissions(const Database &db)
    {
        return once(loaded.submissions, [&] { return SubmissionRepository(db).submissions(trackId); });
    }
    const QHash<qint64, QString> &authors(const Database &db)
    {
        return once(loaded.authors, [&] { return SubmissionRepository(db).authorLabels(submissions(db)); });
    }
    const QList<Judge> &judges(const Database &db)
    {
        return once(loaded.judges, [&] { return JudgeAssignmentRepository(db).judges(); });
    }
    const QList<Assignment> &assignmentList(const Database &db)
    {
        return once(loaded.assignments, [&] { return JudgeAssignmentRepository(db).assignments(trackId); });
    }
    const QList<AssignmentConflict> &conflicts(const Database &db)
    {
        return once(loaded.conflicts,
                    [&] { return assignmentConflicts(db, judges(db), submissions(db), assignmentList(db)); });
    }
    const std::optional<Rubric> &rubric(const Database &db)
    {
        return once(loaded.rubric, [&] { return RubricRepository(db).rubric(trackId); });
    }
    const QList<ScoreSheet> &sheets(const Database &db)
    {
        return once(loaded.sheets, [&] { return ScoreRepository(db).sheets(trackId); });
    }
    const QList<JudgeLoad> &loads(const Database &db)
    {
        return once(loaded.loads, [&] { return JudgeAssignmentRepository(db).judgeLoads(trackId, judges(db)); });
    }
    const TrackLock &lock(const Database &db)
    {
        return once(loaded.lock, [&] { return JudgingResultRepository(db).lock(trackId); });
    }
};

JudgingPage::JudgingPage(EventSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_state(std::make_shared<State>())
    , m_track(new QComboBox(this))
    , m_perSubmission(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_rubric(new QPushButton(tr("Edit R&ubric…"), this))
    , m_assign(new QPushButton(tr("Assign &Automatically"), this))
    , m_lock(new QPushButton(tr("&Finalise…"), this))
    , m_tabs(new QTabWidget(this))
{
    m_perSubmission->setRange(1, 20);
    m_perSubmission->setValue(3);
    m_perSubmission->setPrefix(tr("Judges per submission: "));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *exportPacketButton = new QPushButton(tr("Export &Packet…"), this);
    auto *importPacketButton = new QPushButton(tr("&Import Packet…"), this);
    auto *exportResultsButton = new QPushButton(tr("Export &Results…"), this);
    auto *trackLabel = new QLabel(tr("&Track:"), this);
    trackLabel->setBuddy(m_track);
    auto *bar = new QHBoxLayout;
    bar->addWidget(trackLabel);
    bar->addWidget(m_track);
    bar->addWidget(m_rubric);
    bar->addWidget(m_perSubmission);
    bar->addWidget(m_assign);
    bar->addWidget(m_lock);
    bar->addStretch(1);
    // The files on a row of their own, beside the status: the page fits a 1024-pixel window.
    auto *files = new QHBoxLayout;
    files->addWidget(m_status, 1);
    files->addWidget(exportPacketButton);
    files->addWidget(importPacketButton);
    files->addWidget(exportResultsButton);

    const std::shared_ptr<State> state = m_state;
    // Each tab's rows, from what the state has read (see State).
    auto submissions = [state](const Database &db) {
        QList<TableRow> rows;
        QHash<qint64, QString> logins;
        for (const Judge &j : state->judges(db))
            logins.insert(j.id, u"@"_s + j.login);
        QHash<qint64, QStringList> judges;
        for (const Assignment &a : state->assignmentList(db))
            judges[a.submissionId] << logins.value(a.judgeId);
        QHash<qint64, QStringList> conflicts;
        for (const AssignmentConflict &c : state->conflicts(db))
            conflicts[c.submissionId] << u"%1: %2"_s.arg(logins.value(c.judgeId), c.reason);
        const QHash<qint64, QString> &authors = state->authors(db);
        for (const Submission &s : state->submissions(db)) {
            const int n = int(judges.value(s.id).size());
            const bool gap = n < state->perSubmission;
            const QString conflict = conflicts.value(s.id).join(u"; "_s);
            rows.append({s.id,
                         {{s.id},
                          {s.title},
                          {authors.value(s.id)},
                          {judges.value(s.id).join(u", "_s)},
                          {tr("%1 of %2").arg(n).arg(state->perSubmission), n, gap ? gapColour : QColor(),
                           gap ? tr("Needs %n more judge(s).", nullptr, state->perSubmission - n) : QString()},
                          {conflict, {}, conflict.isEmpty() ? QColor() : gapColour, conflict}}});
        }
        return rows;
    };
    auto assignments = [state](const Database &db) {
        QList<TableRow> rows;
        state->assignments.clear();
        const std::optional<Rubric> &rubric = state->rubric(db);
        const QList<Submission> &subs = state->submissions(db);
        QHash<qint64, QString> titles;
        for (const Submission &s : subs)
            titles.insert(s.id, s.title);
        const auto derived = rubric ? derivedScores(*rubric, subs) : QHash<qint64, QHash<qint64, double>>();
        QHash<QPair<qint64, qint64>, ScoreSheet> sheets;
        for (const ScoreSheet &s : state->sheets(db))
            sheets.insert({s.judgeId, s.submissionId}, s);
        QHash<qint64, QString> logins;
        for (const Judge &j : state->judges(db))
            logins.insert(j.id, j.login);
        QList<Assignment> list = state->assignmentList(db);
        std::sort(list.begin(), list.end(), [&](const Assignment &a, const Assignment &b) {
            const int c = logins.value(a.judgeId).compare(logins.value(b.judgeId), Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a.submissionId < b.submissionId;
        });
        for (const Assignment &a : list) {
            state->assignments.append({a.judgeId, a.submissionId});
            const auto it = sheets.constFind({a.judgeId, a.submissionId});
            const bool hasSheet = it != sheets.cend();
            const std::optional<double> w =
                hasSheet && rubric ? weightedScore(*rubric, it->scores, derived.value(a.submissionId)) : std::nullopt;
            TableCell status{tr("Not started"), 0};
            if (hasSheet)
                status = it->status == SheetStatus::Submitted ? TableCell{sheetStatusName(it->status), 2, doneColour}
                                                              : TableCell{sheetStatusName(it->status), 1, draftColour};
            rows.append(
                {qint64(state->assignments.size()),
                 {{u"@"_s + logins.value(a.judgeId)},
                  {a.submissionId},
                  {titles.value(a.submissionId)},
                  status,
                  numberCell(w.value_or(0), w.has_value()),
                  {hasSheet
                       ? tr("%1 by %2").arg(it->updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), it->updatedBy)
                       : QString()}}});
        }
        return rows;
    };
    auto judges = [state](const Database &db) {
        QList<TableRow> rows;
        for (const JudgeLoad &l : state->loads(db)) {
            const double share = l.assigned ? double(l.submitted) / l.assigned : 1.0;
            rows.append({l.judge.id,
                         {{u"@"_s + l.judge.login},
                          {l.judge.name},
                          {l.judge.organisation},
                          {progressText(l.submitted, l.assigned), share,
                           l.assigned && l.submitted == l.assigned ? doneColour : QColor()},
                          {conflictText(l.judge.conflicts)}}});
        }
        return rows;
    };
    auto results = [state](const Database &db) {
        QList<TableRow> rows;
        const QList<Submission> &subs = state->submissions(db);
        QHash<qint64, QString> titles;
        for (const Submission &s : subs)
            titles.insert(s.id, s.title);
        for (const SubmissionResult &r : JudgingResultRepository::results(state->rubric(db), subs, state->sheets(db))) {
            const bool ranked = r.rank > 0;
            rows.append({r.submissionId,
                         {{ranked ? QVariant(r.rank) : QVariant(), ranked ? r.rank : 1'000'000},
                          {r.submissionId},
                          {titles.value(r.submissionId)},
                          {r.judges},
                          numberCell(r.raw, ranked),
                          numberCell(r.normalised, ranked)}});
        }
        return rows;
    };
    auto log = [state](const Database &db) {
        QList<TableRow> rows;
        for (const JudgingLogEntry &e : JudgingLogRepository(db).log(0, 5000)) {
            if (e.trackId && e.trackId != state->trackId)
                continue;
            rows.append({e.id,
                         {{e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), e.id},
                          {e.actor},
                          {actionName(e.action)},
                          {e.judge.isEmpty() ? QString() : u"@"_s + e.judge},
                          {e.submissionId ? QVariant(e.submissionId) : QVariant()},
                          {e.criterion},
                          {valueText(e.action, e.oldValue)},
                          {valueText(e.action, e.newValue)},
                          {e.note}}});
        }
        return rows;
    };

    const QList<std::pair<QString, std::pair<QStringList, TableModel::Loader>>> tabs = {
        {tr("Submissions"),
         {{tr("#"), tr("Title"), tr("By"), tr("Judges"), tr("Coverage"), tr("Conflicts")}, submissions}},
        {tr("Assignments"),
         {{tr("Judge"), tr("#"), tr("Title"), tr("Sheet"), tr("Weighted"), tr("Updated")}, assignments}},
        {tr("Judges"), {{tr("Judge"), tr("Name"), tr("Organisation"), tr("Progress"), tr("Conflicts")}, judges}},
        {tr("Results"), {{tr("Rank"), tr("#"), tr("Title"), tr("Judges"), tr("Raw"), tr("Normalised")}, results}},
        {tr("Log"),
         {{tr("When"), tr("Who"), tr("What"), tr("Judge"), tr("#"), tr("Criterion"), tr("Old"), tr("New"), tr("Note")},
          log}},
    };
    fillTracks();
    m_state->trackId = trackId();
    // What was read goes stale with every change, before the tables (connected below) reload.
    connect(session, &EventSession::changed, this, [state] { state->forget(); });
    for (const auto &[title, spec] : tabs) {
        auto *page = new TablePage(new TableModel(session, spec.first, spec.second, this), m_tabs);
        m_tables.append(page);
        if (m_tables.size() - 1 == SubmissionsTab) {
            m_detail = new DetailPane(session, DetailPane::Kind::Submission);
            m_tabs->addTab(m_detail->besideTable(page, u"submissionsDetail"_s), title);
        } else {
            m_tabs->addTab(page, title);
        }
    }
    m_tables[ResultsTab]->view()->sortByColumn(ResRank, Qt::AscendingOrder);
    m_tables[LogTab]->view()->sortByColumn(LogWhen, Qt::DescendingOrder);

    // Assignments: score (double-click, Enter), assign a judge, remove one.
    TablePage *as = m_tables[AssignmentsTab];
    auto *score = new QPushButton(tr("&Score…"), as);
    auto *add = new QPushButton(tr("Assign &Judge…"), as);
    auto *remove = new QPushButton(tr("Re&move Judge"), as);
    auto *exportScoresButton = new QPushButton(tr("E&xport Scores…"), as);
    exportScoresButton->setToolTip(tr("The track's scores as CSV, in the columns of the paper template"));
    as->addToBar(score);
    as->addToBar(add);
    as->addToBar(remove);
    as->addToBar(exportScoresButton);
    connect(exportScoresButton, &QPushButton::clicked, this, &JudgingPage::exportScores);
    connect(score, &QPushButton::clicked, this, &JudgingPage::scoreSelected);
    connect(add, &QPushButton::clicked, this, &JudgingPage::assignJudge);
    connect(remove, &QPushButton::clicked, this, &JudgingPage::removeSelectedAssignment);
    connect(as->view(), &QTableView::doubleClicked, this, &JudgingPage::scoreSelected);
    auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), as->view(), nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &JudgingPage::scoreSelected);
    auto *addToSubmission = new QPushButton(tr("Assign &Judge…"), m_tables[SubmissionsTab]);
    m_tables[SubmissionsTab]->addToBar(addToSubmission);
    connect(addToSubmission, &QPushButton::clicked, this, &JudgingPage::assignJudge);

    // Judges and submissions: add, edit (double-click), delete (asking first when scores would go).
    m_tables[SubmissionsTab]->setActions([this] { addSubmission(); }, [this](qint64 id) { editSubmission(id); },
                                         [this](qint64 id) { deleteSubmission(id); });
    m_tables[JudgesTab]->setActions([this] { addJudge(); }, [this](qint64 id) { editJudge(id); },
                                    [this](qint64 id) { deleteJudge(id); });
    auto *sheets = new QPushButton(tr("Score S&heets PDF…"), m_tables[JudgesTab]);
    sheets->setToolTip(tr("Blank score sheets of the selected judge's submissions, for judging on paper"));
    m_tables[JudgesTab]->addToBar(sheets);
    connect(sheets, &QPushButton::clicked, this, &JudgingPage::exportScoreSheets);
    connect(m_rubric, &QPushButton::clicked, this, &JudgingPage::editRubric);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(files);
    layout->addWidget(m_tabs, 1);

    connect(m_track, &QComboBox::currentIndexChanged, this, &JudgingPage::reload);
    connect(m_track, &QComboBox::currentIndexChanged, m_detail, [this] { m_detail->showItem(0); });
    // Only the coverage changes: the submissions and the status line, from what was read.
    connect(m_perSubmission, &QSpinBox::valueChanged, this, [this](int perSubmission) {
        m_state->perSubmission = perSubmission;
        m_tables[SubmissionsTab]->model()->reload();
        showStatus();
    });
    // Models reload themselves; the bar follows, when the page is in view (its status lists conflicts).
    auto *gate = new ReloadGate([this] { showStatus(); }, this);
    gate->watch(this);
    connect(session, &EventSession::changed, gate, &ReloadGate::request);
    connect(m_assign, &QPushButton::clicked, this, [this] {
        const QString summary = autoAssign();
        if (!summary.isEmpty())
            messages::information(this, tr("Assign judges"), summary);
    });
    connect(m_lock, &QPushButton::clicked, this, &JudgingPage::finaliseOrUnlock);
    connect(exportPacketButton, &QPushButton::clicked, this, &JudgingPage::exportPacket);
    connect(importPacketButton, &QPushButton::clicked, this, &JudgingPage::importPacket);
    connect(exportResultsButton, &QPushButton::clicked, this, &JudgingPage::exportResults);
    showStatus(); // the tables loaded as they were made
}

JudgingPage::~JudgingPage() = default;

void JudgingPage::fillTracks()
{
    const Database &db = m_session->database();
    const QList<Track> tracks = EventRepository(db).tracks();
    const QSet<qint64> judged = SubmissionRepository(db).judgedTrackIds();
    const QSignalBlocker block(m_track);
    m_track->clear();
    // Judged tracks first (the first one is shown), then the others, so that any can get a rubric.
    for (const Track &t : tracks)
        if (judged.contains(t.id))
            m_track->addItem(t.name, t.id);
    for (const Track &t : tracks)
        if (m_track->findData(t.id) < 0)
            m_track->addItem(t.name, t.id);
}

qint64 JudgingPage::trackId() const
{
    return m_track->currentData().toLongLong();
}

void JudgingPage::setTrack(qint64 trackId)
{
    const int index = m_track->findData(trackId);
    if (index < 0) {
        m_track->addItem(EventRepository(m_session->database()).track(trackId)->name, trackId);
        m_track->setCurrentIndex(m_track->count() - 1);
    } else {
        m_track->setCurrentIndex(index);
    }
}

TablePage *JudgingPage::table(Tab tab) const
{
    return m_tables.value(tab);
}

void JudgingPage::reload()
{
    m_state->trackId = trackId();
    m_state->perSubmission = m_perSubmission->value();
    m_state->forget();
    for (TablePage *t : std::as_const(m_tables))
        t->model()->reload();
    showStatus();
}

void JudgingPage::showStatus()
{
    try {
        m_lock->setText(m_state->lock(m_session->database()).finalised ? tr("&Unlock…") : tr("&Finalise…"));
    } catch (const Error &e) {
        emit m_session->failed(e.message());
    }
    m_status->setText(statusText());
}

QString JudgingPage::statusText() const
{
    try {
        const Database &db = m_session->database();
        State &state = *m_state;
        const TrackLock &lock = state.lock(db);
        int submitted = 0, assigned = 0;
        for (const JudgeLoad &l : state.loads(db)) {
            submitted += l.submitted;
            assigned += l.assigned;
        }
        QHash<qint64, int> judges;
        for (const Assignment &a : state.assignmentList(db))
            ++judges[a.submissionId];
        int gaps = 0;
        for (const Submission &s : state.submissions(db))
            gaps += judges.value(s.id) < state.perSubmission ? 1 : 0;
        const int conflicts = int(state.conflicts(db).size());
        QStringList parts;
        parts << (lock.finalised
                      ? tr("Final since %1 (by %2)").arg(lock.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), lock.by)
                      : tr("Open"));
        parts << tr("%1 of %2 sheets submitted").arg(submitted).arg(assigned);
        if (!state.rubric(db))
            parts << tr("no rubric yet");
        parts << tr("%n coverage gap(s)", nullptr, gaps);
        parts << tr("%n conflict(s)", nullptr, conflicts);
        return parts.join(u" · "_s);
    } catch (const Error &e) {
        return e.message();
    }
}

std::pair<qint64, qint64> JudgingPage::assignmentAt(qint64 rowId) const
{
    return m_state->assignments.value(rowId - 1, {0, 0});
}

void JudgingPage::openSheet(qint64 judgeId, qint64 submissionId)
{
    ScoreFormDialog dialog(m_session, judgeId, submissionId, this);
    dialog.exec();
}

void JudgingPage::scoreSelected()
{
    const auto [judge, submission] = assignmentAt(m_tables[AssignmentsTab]->selectedId());
    if (judge)
        openSheet(judge, submission);
}

void JudgingPage::assignJudge()
{
    const Database &db = m_session->database();
    const JudgeAssignmentRepository judgeRepo(db);
    const SubmissionRepository submissionRepo(db);
    const qint64 track = trackId();
    qint64 preselect = m_tables[SubmissionsTab]->selectedId();
    if (m_tabs->currentIndex() == AssignmentsTab)
        preselect = assignmentAt(m_tables[AssignmentsTab]->selectedId()).second;

    FormDialog dialog(tr("Assign a judge"), this);
    auto *submission = new QComboBox(&dialog);
    auto *judge = new QComboBox(&dialog);
    for (const Submission &s : submissionRepo.submissions(track))
        submission->addItem(u"#%1 %2"_s.arg(s.id).arg(s.title), s.id);
    submission->setCurrentIndex(qMax(0, submission->findData(preselect)));
    for (const Judge &j : judgeRepo.judges(track))
        judge->addItem(u"@%1 %2"_s.arg(j.login, j.name), j.id);
    dialog.form()->addRow(tr("&Submission:"), submission);
    dialog.form()->addRow(tr("&Judge:"), judge);
    dialog.setValidator([&]() -> QString {
        if (submission->currentIndex() < 0 || judge->currentIndex() < 0)
            return tr("The track needs submissions and judges first.");
        const auto s = submissionRepo.submission(submission->currentData().toLongLong());
        const auto j = judgeRepo.judge(judge->currentData().toLongLong());
        if (!s || !j)
            return tr("Choose a submission and a judge.");
        if (judgeRepo.isAssigned(j->id, s->id))
            return tr("@%1 already judges this submission.").arg(j->login);
        if (const auto reason = judgeRepo.conflict(*j, *s))
            return tr("@%1 may not judge it: %2.").arg(j->login, *reason);
        return {};
    });
    dialog.setSubmit([&] {
        return JudgingEditor(m_session).assign(judge->currentData().toLongLong(),
                                               submission->currentData().toLongLong());
    });
    connect(submission, &QComboBox::currentIndexChanged, &dialog, &FormDialog::revalidate);
    connect(judge, &QComboBox::currentIndexChanged, &dialog, &FormDialog::revalidate);
    dialog.revalidate();
    dialog.exec();
}

void JudgingPage::removeSelectedAssignment()
{
    const auto [judge, submission] = assignmentAt(m_tables[AssignmentsTab]->selectedId());
    if (!judge)
        return;
    JudgingEditor editor(m_session);
    QUndoStack *undo = m_session->undoStack();
    if (ScoreRepository(m_session->database()).sheet(judge, submission)) {
        const auto answer = messages::question(
            this, tr("Remove judge"),
            tr("This judge has a score sheet for #%1. Delete the sheet and remove the judge?").arg(submission));
        if (answer != QMessageBox::Yes)
            return;
        undo->beginMacro(tr("Remove a judge from #%1").arg(submission));
        QString error = editor.removeSheet(judge, submission);
        if (error.isEmpty())
            error = editor.unassign(judge, submission);
        undo->endMacro();
        if (!error.isEmpty())
            showError(error);
        return;
    }
    if (const QString error = editor.unassign(judge, submission); !error.isEmpty())
        showError(error);
}

QString JudgingPage::autoAssign()
{
    AssignmentResult r;
    const QString error = JudgingEditor(m_session).autoAssign(trackId(), m_perSubmission->value(), &r);
    if (!error.isEmpty()) {
        showError(error);
        return {};
    }
    QString summary = tr("Assigned %n judge(s); loads %1-%2 per judge.", nullptr, int(r.added.size()))
                          .arg(r.minLoad())
                          .arg(r.maxLoad());
    for (const AssignmentGap &g : r.gaps)
        summary += u"\n"_s + g.reason;
    return summary;
}

void JudgingPage::finaliseOrUnlock()
{
    const qint64 track = trackId();
    JudgingEditor editor(m_session);
    QString error;
    if (JudgingResultRepository(m_session->database()).lock(track).finalised) {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(
            this, tr("Unlock the results"), tr("Why are the final results opened again? This goes into the log."), {},
            &ok);
        if (!ok)
            return;
        error = editor.unlock(track, reason);
    } else {
        if (messages::question(this, tr("Finalise the results"),
                               tr("Finalise \"%1\"? Its scores, assignments and rubric are then locked; unlocking "
                                  "needs a reason.")
                                   .arg(m_track->currentText())) != QMessageBox::Yes)
            return;
        error = editor.finalise(track);
    }
    if (!error.isEmpty())
        showError(error);
}

QString JudgingPage::exportPacketTo(const QString &judgeLogin, const QString &path, bool replace)
{
    try {
        exportJudgePacket(m_session->database(), judgeLogin, path, replace, currentActor());
    } catch (const Error &e) {
        return e.message();
    }
    emit m_session->changed();
    return {};
}

QString JudgingPage::importPacketFrom(const QString &path, QString *summary)
{
    try {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(tr("Cannot read %1: %2").arg(path, f.errorString()));
        const PacketImport r = importJudgePacket(m_session->database(), f.readAll(), path, currentActor());
        if (summary)
            *summary = r.nothingNew
                           ? tr("Nothing new from @%1.").arg(r.judgeLogin)
                           : tr("Imported revision %1 of @%2's packet; %n sheet(s) changed.", nullptr, r.sheetsChanged)
                                 .arg(r.revision)
                                 .arg(r.judgeLogin);
        if (!r.nothingNew)
            m_session->undoStack()->clear(); // many sheets at once: earlier edits cannot be undone one by one
    } catch (const Error &e) {
        return e.message();
    }
    emit m_session->changed();
    return {};
}

QString JudgingPage::exportResultsTo(const QString &path)
{
    try {
        const bool json = QFileInfo(path).suffix().compare(u"json"_s, Qt::CaseInsensitive) == 0;
        if (json) {
            const QByteArray bytes = resultsJson(m_session->database(), trackId());
            writeFileAtomically(path, bytes);
        } else {
            writeCsvFile(path, resultRecords(m_session->database(), trackId()));
        }
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

void JudgingPage::exportPacket()
{
    const JudgeAssignmentRepository repo(m_session->database());
    QStringList logins;
    for (const Judge &j : repo.judges(trackId()))
        logins << j.login;
    if (logins.isEmpty()) {
        showError(tr("This track has no judges yet."));
        return;
    }
    bool ok = false;
    const QString login = QInputDialog::getItem(this, tr("Export judge packet"), tr("Judge:"), logins, 0, false, &ok);
    if (!ok)
        return;
    bool replace = false;
    if (const auto since = outstandingPacket(m_session->database(), repo.judgeByLogin(login)->id)) {
        if (messages::question(this, tr("Export judge packet"),
                               tr("@%1's packet of %2 was never imported back. Replace it? The earlier packet "
                                  "will then be refused.")
                                   .arg(login, since->toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))) !=
            QMessageBox::Yes)
            return;
        replace = true;
    }
    const QString path = files::askSavePath(this, tr("Export judge packet"), login + u".hdpacket"_s,
                                            {{tr("Judge packets"), u"hdpacket"_s}});
    if (path.isEmpty())
        return;
    if (const QString error = exportPacketTo(login, path, replace); !error.isEmpty())
        showError(error);
    else
        messages::information(this, tr("Export judge packet"),
                              tr("Wrote %1. Send it to @%2 privately: it carries the key that authenticates it. "
                                 "The judge opens it with \"hackdesk --judge-packet FILE\".")
                                  .arg(path, login));
}

void JudgingPage::importPacket()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import judge packet"), {},
                                                      tr("Judge packets (*.hdpacket);;All files (*)"));
    if (path.isEmpty())
        return;
    QString summary;
    if (const QString error = importPacketFrom(path, &summary); !error.isEmpty())
        showError(error);
    else
        messages::information(this, tr("Import judge packet"), summary);
}

void JudgingPage::exportResults()
{
    const QString path = files::askSavePath(this, tr("Export results"), u"results.csv"_s,
                                            {{tr("CSV"), u"csv"_s}, {tr("JSON"), u"json"_s}});
    if (path.isEmpty())
        return;
    if (const QString error = exportResultsTo(path); !error.isEmpty())
        showError(error);
}

QString JudgingPage::exportScoresTo(const QString &path)
{
    try {
        writeCsvFile(path, scoreRecords(m_session->database(), trackId()));
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

void JudgingPage::exportScores()
{
    const QString path = files::askSavePath(this, tr("Export scores"), u"scores.csv"_s, {{tr("CSV"), u"csv"_s}});
    if (path.isEmpty())
        return;
    if (const QString error = exportScoresTo(path); !error.isEmpty())
        showError(error);
}

QString JudgingPage::exportScoreSheetsTo(qint64 judgeId, const QString &path)
{
    const auto judge = JudgeAssignmentRepository(m_session->database()).judge(judgeId);
    if (!judge)
        return tr("That judge no longer exists.");
    ReportOptions options;
    options.trackId = trackId();
    options.judgeLogin = judge->login;
    try {
        writeReportPdf(m_session->database(), ReportKind::ScoreSheets, path, options);
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

void JudgingPage::exportScoreSheets()
{
    const qint64 judgeId = m_tables[JudgesTab]->selectedId();
    const auto judge = JudgeAssignmentRepository(m_session->database()).judge(judgeId);
    if (!judge) {
        showError(tr("Choose a judge in the list first."));
        return;
    }
    const QString path = files::askSavePath(this, tr("Export score sheets"), u"score-sheets-%1.pdf"_s.arg(judge->login),
                                            {{tr("PDF"), u"pdf"_s}});
    if (path.isEmpty())
        return;
    if (const QString error = exportScoreSheetsTo(judgeId, path); !error.isEmpty())
        showError(error);
}

void JudgingPage::addJudge()
{
    Judge judge;
    judge.trackIds = {trackId()};
    JudgeDialog dialog(m_session, judge, this);
    if (dialog.exec() == QDialog::Accepted)
        m_tables[JudgesTab]->selectId(dialog.judge().id);
}

void JudgingPage::editJudge(qint64 judgeId)
{
    const qint64 version = RowVersion::of(m_session->database(), u"judge"_s, judgeId); // before the row
    const auto judge = JudgeAssignmentRepository(m_session->database()).judge(judgeId);
    if (!judge)
        return;
    JudgeDialog dialog(m_session, *judge, this);
    dialog.setLoadedVersion(version);
    dialog.exec();
}

void JudgingPage::deleteJudge(qint64 judgeId)
{
    JudgingEditor editor(m_session);
    const QString question = editor.judgeRemovalQuestion(judgeId);
    if (question.isEmpty() || messages::question(this, tr("Delete judge"), question) != QMessageBox::Yes)
        return;
    if (const QString error = editor.removeJudge(judgeId); !error.isEmpty())
        showError(error);
}

void JudgingPage::editRubric()
{
    if (!trackId())
        return;
    RubricDialog dialog(m_session, trackId(), this);
    dialog.exec();
}

void JudgingPage::addSubmission()
{
    Submission submission;
    submission.trackId = trackId();
    SubmissionDialog dialog(m_session, submission, this);
    if (dialog.exec() == QDialog::Accepted && dialog.submission().trackId == trackId())
        m_tables[SubmissionsTab]->selectId(dialog.submission().id);
}

void JudgingPage::editSubmission(qint64 submissionId)
{
    const qint64 version = RowVersion::of(m_session->database(), u"submission"_s, submissionId); // before the row
    const auto submission = SubmissionRepository(m_session->database()).submission(submissionId);
    if (!submission)
        return;
    SubmissionDialog dialog(m_session, *submission, this);
    dialog.setLoadedVersion(version);
    dialog.exec();
}

void JudgingPage::deleteSubmission(qint64 submissionId)
{
    JudgingEditor editor(m_session);
    const QString question = editor.submissionRemovalQuestion(submissionId);
    if (question.isEmpty() || messages::question(this, tr("Delete submission"), question) != QMessageBox::Yes)
        return;
    if (const QString error = editor.removeSubmission(submissionId); !error.isEmpty())
        showError(error);
}

void JudgingPage::showError(const QString &message)
{
    messages::warning(this, tr("Judging"), message);
}

} // namespace hd
