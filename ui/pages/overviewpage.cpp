#include "overviewpage.h"

#include "eventsession.h"
#include "model/error.h"
#include "models/tablemodel.h"
#include "reports/summary.h"
#include "services/payoutdata.h"

#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

OverviewPage::OverviewPage(EventSession *session, TableModel *tracks, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_figures(new QGridLayout)
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);

    auto *table = new QTableView(this);
    table->setModel(tracks);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->resizeColumnsToContents();
    connect(tracks, &QAbstractItemModel::modelReset, table, &QTableView::resizeColumnsToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(8);
    layout->addLayout(m_figures);
    layout->addSpacing(8);
    auto *tracksTitle = new QLabel(tr("Tracks"), this);
    tracksTitle->setStyleSheet(u"font-weight: bold;"_s);
    layout->addWidget(tracksTitle);
    layout->addWidget(table, 1);

    connect(session, &EventSession::changed, this, &OverviewPage::reload);
    reload();
}

QString OverviewPage::figure(const QString &key) const
{
    const QLabel *l = m_values.value(key);
    return l ? l->text() : QString();
}

void OverviewPage::setFigure(int index, const QString &key, const QString &caption, const QString &value)
{
    QLabel *valueLabel = m_values.value(key);
    if (!valueLabel) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(frame);
        valueLabel = new QLabel(frame);
        QFont f = valueLabel->font();
        f.setPointSizeF(f.pointSizeF() * 1.5);
        f.setBold(true);
        valueLabel->setFont(f);
        auto *captionLabel = new QLabel(caption, frame);
        captionLabel->setForegroundRole(QPalette::PlaceholderText);
        box->addWidget(valueLabel);
        box->addWidget(captionLabel);
        m_figures->addWidget(frame, index / 5, index % 5);
        m_values.insert(key, valueLabel);
    }
    valueLabel->setText(value);
}

void OverviewPage::reload()
{
    Summary s;
    try {
        s = Summary::load(m_session->database());
    } catch (const Error &e) {
        m_title->setText(tr("No event"));
        m_subtitle->setText(e.message());
        return;
    }
    const QLocale locale;
    const QTimeZone zone(s.event.timeZone.toUtf8());
    auto date = [&](const QDateTime &dt) { return locale.toString(dt.toTimeZone(zone).date(), QLocale::ShortFormat); };
    m_title->setText(s.event.name);
    m_subtitle->setText(tr("%1 · launch %2 · RFC deadline %3 · PR deadline %4 · results %5")
                            .arg(s.event.organiser, date(s.event.launchAt), date(s.event.rfcDeadline),
                                 date(s.event.prDeadline), date(s.event.resultsAt)));

    int tasks = 0, claimed = 0, submitted = 0, completed = 0;
    for (const auto &t : s.tracks) {
        tasks += t.tasks;
        claimed += t.claimed;
        submitted += t.submitted;
        completed += t.completed;
    }
    const QString rate = tasks ? locale.toString(completed * 100 / tasks) + u'%' : u"–"_s;

    QString nextDeadline = tr("none ahead");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[when, label] :
         {std::pair{s.event.rfcDeadline, tr("RFC")}, std::pair{s.event.prDeadline, tr("PR")},
          std::pair{s.event.resultsAt, tr("results")}}) {
        if (when.isValid() && when > now) {
            nextDeadline = tr("%n day(s) to %1", nullptr, int(now.daysTo(when))).arg(label);
            break;
        }
    }
    const Fen committed = computePayouts(m_session->database()).totalFen;

    int i = 0;
    setFigure(i++, u"tasks"_s, tr("tasks"), locale.toString(tasks));
    setFigure(i++, u"claimed"_s, tr("claimed"), locale.toString(claimed));
    setFigure(i++, u"submitted"_s, tr("submitted"), locale.toString(submitted));
    setFigure(i++, u"completed"_s, tr("completed"), locale.toString(completed));
    setFigure(i++, u"rate"_s, tr("completion rate"), rate);
    setFigure(i++, u"pool"_s, tr("prize pool"), formatYuan(s.event.poolFen));
    setFigure(i++, u"committed"_s, tr("committed"), formatYuan(committed));
    setFigure(i++, u"remaining"_s, tr("remaining"), formatYuan(s.event.poolFen - committed));
    setFigure(i++, u"participants"_s, tr("participants"), locale.toString(s.participants));
    setFigure(i++, u"deadline"_s, tr("next deadline"), nextDeadline);
}

} // namespace hd
