#include "overviewpage.h"

#include "charts/chartpanel.h"
#include "eventsession.h"
#include "model/currency.h"
#include "model/error.h"
#include "models/reloadgate.h"
#include "models/tablemodel.h"
#include "reports/chartdata.h"
#include "reports/summary.h"
#include "services/payoutdata.h"

#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

OverviewPage::OverviewPage(EventSession *session, TableModel *tracks, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_figures(new QGridLayout)
{
    auto *content = new QWidget;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);

    auto *charts = new QGridLayout;
    charts->setSpacing(8);
    int i = 0;
    for (const ChartKind kind : AllChartKinds) {
        auto *panel = new ChartPanel(kind, content);
        m_charts.insert(int(kind), panel);
        // Two to a row; the judges' score distributions, with a box per judge, across the whole width.
        if (kind == ChartKind::ScoreDistribution) {
            charts->addWidget(panel, (i + 1) / 2, 0, 1, 2);
            i = (i + 1) / 2 * 2 + 2;
        } else {
            charts->addWidget(panel, i / 2, i % 2);
            ++i;
        }
    }

    auto *table = new QTableView(content);
    table->setModel(tracks);
    tracks->addView(table);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->resizeColumnsToContents();
    table->setMinimumHeight(150);
    connect(tracks, &QAbstractItemModel::modelReset, table, &QTableView::resizeColumnsToContents);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(8);
    layout->addLayout(m_figures);
    layout->addSpacing(8);
    layout->addLayout(charts);
    layout->addSpacing(8);
    auto *tracksTitle = new QLabel(tr("Tracks"), content);
    tracksTitle->setStyleSheet(u"font-weight: bold;"_s);
    layout->addWidget(tracksTitle);
    layout->addWidget(table, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto *gate = new ReloadGate([this] { reload(); }, this);
    gate->watch(this);
    connect(session, &EventSession::changed, gate, &ReloadGate::request);
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
        auto *frame = new QFrame(m_title->parentWidget());
        frame->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(frame);
        valueLabel = new QLabel(frame);
        valueLabel->setTextFormat(Qt::PlainText);
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
    PayoutReport payouts;
    ChartData numbers;
    try {
        s = Summary::load(m_session->database());
        payouts = computePayouts(m_session->database());
        numbers = ChartData::load(m_session->database(), &payouts);
    } catch (const Error &e) {
        m_title->setText(tr("No event"));
        m_subtitle->setText(e.message());
        return;
    }
    const QLocale locale;
    const QTimeZone zone(s.event.timeZone.toUtf8());
    auto date = [&](const QDateTime &dt) { return locale.toString(dt.toTimeZone(zone).date(), QLocale::ShortFormat); };
    const Currency currency = Currency::of(s.event.currency);
    m_title->setText(s.event.name);
    m_subtitle->setText(tr("%1 · launch %2 · RFC deadline %3 · PR deadline %4 · results %5")
                            .arg(s.event.organiser, date(s.event.launchAt), date(s.event.rfcDeadline),
                                 date(s.event.prDeadline), date(s.event.resultsAt)));

    const EventFigures f = EventFigures::from(s, payouts, QDateTime::currentDateTimeUtc());
    const QString rate = f.completionPercent >= 0 ? locale.toString(f.completionPercent) + u'%' : u"–"_s;
    QString nextDeadline = tr("none ahead");
    if (f.nextDeadline) {
        const QString label = f.nextDeadline->kind == Milestone::RfcDeadline  ? tr("RFC")
                              : f.nextDeadline->kind == Milestone::PrDeadline ? tr("PR")
                                                                              : tr("results");
        nextDeadline = tr("%n day(s) to %1", nullptr, f.daysToNextDeadline).arg(label);
    }

    int i = 0;
    setFigure(i++, u"tasks"_s, tr("tasks"), locale.toString(f.tasks));
    setFigure(i++, u"claimed"_s, tr("claimed"), locale.toString(f.claimed));
    setFigure(i++, u"submitted"_s, tr("submitted"), locale.toString(f.submitted));
    setFigure(i++, u"completed"_s, tr("completed"), locale.toString(f.completed));
    setFigure(i++, u"rate"_s, tr("completion rate"), rate);
    setFigure(i++, u"pool"_s, tr("prize pool"), formatMoney(f.poolFen, currency));
    setFigure(i++, u"committed"_s, tr("committed"), formatMoney(f.committedFen, currency));
    setFigure(i++, u"remaining"_s, tr("remaining"), formatMoney(f.remainingFen(), currency));
    setFigure(i++, u"participants"_s, tr("participants"), locale.toString(f.participants));
    setFigure(i++, u"deadline"_s, tr("next deadline"), nextDeadline);
    // Over the pool: the remaining figure in the warning colour.
    if (QLabel *remaining = m_values.value(u"remaining"_s))
        remaining->setStyleSheet(f.remainingFen() < 0 ? u"color: #C0392B;"_s : QString());

    for (ChartPanel *panel : std::as_const(m_charts))
        panel->setData(numbers);
}

} // namespace hd
