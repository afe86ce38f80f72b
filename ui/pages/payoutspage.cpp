#include "payoutspage.h"

#include "eventsession.h"
#include "files/savefiles.h"
#include "io/filewriter.h"
#include "messages.h"
#include "model/currency.h"
#include "model/error.h"
#include "models/eventtables.h"
#include "models/reloadgate.h"
#include "services/payoutdata.h"
#include "tablepage.h"

#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

PayoutsPage::PayoutsPage(EventSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_people(new TablePage(EventTables::payoutPeople(session, this), this))
    , m_tracks(new TablePage(EventTables::payoutTracks(session, this), this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setStyleSheet(u"color: #C0392B; font-weight: bold;"_s);
    m_people->addColumnFilter(EventTables::PayCapped, tr("Capped or not"));
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    auto *json = new QPushButton(tr("Export JSON…"), this);
    m_people->addToBar(csv);
    m_people->addToBar(json);
    connect(csv, &QPushButton::clicked, this, [this] { exportReport(false); });
    connect(json, &QPushButton::clicked, this, [this] { exportReport(true); });
    m_people->addLoginActions(EventTables::PayLogin);
    m_tracks->searchBox()->hide();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"payouts"_s); // its sizes are kept (MainWindow)
    splitter->addWidget(m_people);
    splitter->addWidget(m_tracks);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_warnings);
    layout->addWidget(splitter, 1);
    auto *gate = new ReloadGate([this] { reload(); }, this);
    gate->watch(this);
    connect(session, &EventSession::changed, gate, &ReloadGate::request);
    reload();
}

QString PayoutsPage::summaryText() const
{
    return m_summary->text();
}

void PayoutsPage::reload()
{
    try {
        const PayoutReport r = computePayouts(m_session->database());
        const Currency currency = Currency::of(r.currency);
        m_summary->setText(
            tr("%n people paid %1 of the %2 pool (%3 before the cap). Stars of the event: %4.", nullptr,
               int(r.people.size()))
                .arg(formatMoney(r.totalFen, currency), formatMoney(r.poolFen, currency),
                     formatMoney(r.grossFen, currency),
                     r.starsOfTheEvent.isEmpty() ? tr("none yet") : u"@"_s + r.starsOfTheEvent.join(u", @"_s)));
        QStringList warnings = r.warnings;
        for (const OverQuotaArticle &a : r.overQuota)
            warnings << tr("Article No.%1 by @%2 is number %3 to merge: over the quota, not paid in stage 1.")
                            .arg(a.number)
                            .arg(a.login)
                            .arg(a.position);
        m_warnings->setText(warnings.join(u'\n'));
        m_warnings->setVisible(!warnings.isEmpty());
    } catch (const Error &e) {
        m_summary->setText(e.message());
    }
}

void PayoutsPage::exportReport(bool json)
{
    const QString path =
        files::askSavePath(this, tr("Export payouts"), json ? u"payouts.json"_s : u"payouts.csv"_s,
                           {json ? files::SaveFormat{tr("JSON"), u"json"_s} : files::SaveFormat{tr("CSV"), u"csv"_s}});
    if (path.isEmpty())
        return;
    try {
        const PayoutReport r = computePayouts(m_session->database());
        const QByteArray bytes = json ? payoutReportToJson(r) : payoutReportToCsv(r);
        writeFileAtomically(path, bytes);
    } catch (const Error &e) {
        messages::warning(this, tr("Export payouts"), e.message());
    }
}

} // namespace hd
