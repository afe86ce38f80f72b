#include "programmespage.h"

#include "eventsession.h"
#include "models/chipdelegate.h"
#include "models/eventtables.h"
#include "models/progressdelegate.h"
#include "programmes/programmerepository.h"
#include "storage/sqlquery.h"
#include "tablepage.h"

#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

CampPage::CampPage(EventSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_board(new TablePage(EventTables::campBoard(session, this), this))
    , m_applications(new TablePage(EventTables::applications(session, this), this))
{
    QStringList stages;
    for (auto s : {CampProjectStage::OpenSeat, CampProjectStage::Interviewing, CampProjectStage::Filled,
                   CampProjectStage::InProgress, CampProjectStage::Defended})
        stages << campProjectStageName(s);
    m_board->addColumnFilter(EventTables::CampStage, tr("Every stage"), stages);
    QStringList pipeline;
    for (int i = 0; i < ApplicationStageCount; ++i)
        pipeline << applicationStageName(static_cast<ApplicationStage>(i));
    m_applications->addColumnFilter(EventTables::AppStage, tr("Every stage"), pipeline);
    m_applications->view()->setItemDelegateForColumn(EventTables::AppWeeks, new ChipDelegate(m_applications));
    m_applications->view()->resizeColumnsToContents();
    auto *advance = new QPushButton(tr("&Advance…"), this);
    advance->setToolTip(tr("Move the selected application to its next stage"));
    m_applications->addToBar(advance);
    connect(advance, &QPushButton::clicked, this, &CampPage::advanceSelected);
    auto *legend = new QLabel(tr("Weeks: <span style=\"background:#2ECC71\">&nbsp;reported&nbsp;</span> "
                                 "<span style=\"background:#F39C12\">&nbsp;under the minimum&nbsp;</span> "
                                 "<span style=\"background:#E74C3C\">&nbsp;missing&nbsp;</span> "
                                 "<span style=\"background:#D5D8DC\">&nbsp;to come&nbsp;</span>"),
                              this);
    m_applications->addFooter(legend);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_board);
    splitter->addWidget(m_applications);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

QString CampPage::advance(qint64 applicationId, int stage, int project)
{
    const Database &db = m_session->database();
    const auto before = ProgrammeRepository(db).application(applicationId);
    if (!before)
        return tr("That application no longer exists.");
    // Claims the move may add, so that undo can take them away again.
    auto claimsBefore = std::make_shared<QList<qint64>>();
    SqlQuery q(db, u"SELECT id FROM claim WHERE participant_id = ?"_s);
    q.bind(before->participantId).exec();
    while (q.next())
        claimsBefore->append(q.value(0).toLongLong());
    const auto to = static_cast<ApplicationStage>(stage);
    EventSession *s = m_session;
    const qint64 participant = before->participantId;
    return s->run(new EditCommand(
        s, tr("Move @%1 to %2").arg(before->login, applicationStageName(to)),
        [s, applicationId, to, project] {
            ProgrammeRepository(s->database()).moveApplication(applicationId, to, project);
        },
        [s, applicationId, old = *before, claimsBefore, participant] {
            SqlQuery(s->database(), u"UPDATE camp_application SET stage = ?, project = ? WHERE id = ?"_s)
                .bind(applicationStageKey(old.stage))
                .bindValue(old.project > 0 ? QVariant(old.project) : QVariant(QMetaType::fromType<int>()))
                .bind(applicationId)
                .exec();
            SqlQuery added(s->database(), u"SELECT id FROM claim WHERE participant_id = ?"_s);
            added.bind(participant).exec();
            QList<qint64> remove;
            while (added.next())
                if (!claimsBefore->contains(added.value(0).toLongLong()))
                    remove.append(added.value(0).toLongLong());
            for (qint64 id : remove)
                SqlQuery(s->database(), u"DELETE FROM claim WHERE id = ?"_s).bind(id).exec();
        }));
}

void CampPage::advanceSelected()
{
    const qint64 id = m_applications->selectedId();
    const auto a = id ? ProgrammeRepository(m_session->database()).application(id) : std::nullopt;
    if (!a)
        return;
    QStringList names;
    QList<ApplicationStage> next;
    for (int i = 0; i < ApplicationStageCount; ++i)
        if (canMoveApplication(a->stage, static_cast<ApplicationStage>(i))) {
            next << static_cast<ApplicationStage>(i);
            names << applicationStageName(next.last());
        }
    if (next.isEmpty()) {
        QMessageBox::information(this, tr("Advance"), tr("@%1's application is final.").arg(a->login));
        return;
    }
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(this, tr("Advance @%1").arg(a->login), tr("Next stage:"), names, 0, false, &ok);
    if (!ok)
        return;
    const ApplicationStage to = next.value(int(names.indexOf(choice)));
    int project = a->choices.firstChoice;
    if (to == ApplicationStage::Accepted || to == ApplicationStage::Waitlisted) {
        project = QInputDialog::getInt(this, tr("Advance @%1").arg(a->login), tr("Project number:"),
                                       a->project > 0 ? a->project : a->choices.firstChoice, 1, 9999, 1, &ok);
        if (!ok)
            return;
    }
    if (const QString error = advance(id, static_cast<int>(to), project); !error.isEmpty())
        QMessageBox::warning(this, tr("Advance"), error);
}

FundablePage::FundablePage(EventSession *session, QWidget *parent)
    : QWidget(parent)
    , m_projects(new TablePage(EventTables::fundable(session, this), this))
{
    m_projects->view()->setItemDelegateForColumn(EventTables::FundCompletion, new ProgressDelegate(m_projects));
    m_projects->view()->setColumnWidth(EventTables::FundCompletion, 160);
    m_projects->addFooter(new QLabel(tr("Completion is the done share of the sub-tasks; a project is paid from the "
                                        "track's threshold on, in proportion, after a passed defence."),
                                     this));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_projects);
}

} // namespace hd
