#include "detailpane.h"

#include "eventsession.h"
#include "judging/judgingrules.h"
#include "judging/judgingservice.h"
#include "model/currency.h"
#include "model/error.h"
#include "models/reloadgate.h"
#include "pages/tablepage.h"
#include "services/details.h"
#include "storage/eventrepository.h"

#include <QDesktopServices>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString link(const QString &url, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(esc(url), esc(text));
}

QString when(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : u"–"_s;
}

QString heading(const QString &text)
{
    return u"<h4 style=\"margin-top:10px; margin-bottom:3px;\">%1</h4>"_s.arg(esc(text));
}

QString muted(const QString &text)
{
    return u"<p style=\"color:#666666;\">%1</p>"_s.arg(esc(text));
}

QString badge(ClaimStatus status)
{
    return u"<span style=\"background-color:#%1; color:black;\">&nbsp;%2&nbsp;</span>"_s.arg(
        claimStatusColour(status), esc(claimStatusName(status)).replace(u' ', u"&nbsp;"_s));
}

QString profileUrl(const QString &login)
{
    return u"https://github.com/"_s + login;
}

// "@login" linked to the profile; a team's name as it is.
QString who(const QString &claimant, bool team)
{
    return team ? esc(claimant) : link(profileUrl(claimant), u"@"_s + claimant);
}

QString table(const QStringList &rows)
{
    return u"<table cellspacing=\"0\" cellpadding=\"2\">"_s + rows.join(QString()) + u"</table>"_s;
}

QString row(const QStringList &cells)
{
    QString out = u"<tr>"_s;
    for (const QString &c : cells)
        out += u"<td style=\"padding-right:8px;\">"_s + c + u"</td>"_s;
    return out + u"</tr>"_s;
}

Currency currencyOf(const Database &db)
{
    return Currency::of(EventRepository(db).event().value_or(Event()).currency);
}

} // namespace

DetailPane::DetailPane(EventSession *session, Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
    , m_browser(new QTextBrowser(this))
    , m_gate(new ReloadGate([this] { reload(); }, this))
{
    setObjectName(u"detailPane"_s);
    m_browser->setOpenLinks(false);
    m_browser->setMinimumWidth(160);
    // Links open in the browser (QDesktopServices, which tests can catch with a URL handler).
    connect(m_browser, &QTextBrowser::anchorClicked, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_gate->watch(this);
    connect(session, &EventSession::changed, m_gate, &ReloadGate::request);
    reload();
}

void DetailPane::follow(TablePage *table)
{
    connect(table->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, table] {
        if (const QList<qint64> ids = table->selectedIds(); ids.size() == 1)
            showItem(ids.first());
    });
}

QSplitter *DetailPane::besideTable(TablePage *table, const QString &name)
{
    auto *split = new QSplitter(Qt::Horizontal, table->parentWidget());
    split->setObjectName(name);
    split->addWidget(table);
    split->addWidget(this);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 400});
    split->setChildrenCollapsible(false);
    follow(table);
    return split;
}

void DetailPane::showItem(qint64 id)
{
    m_id = id;
    reload();
}

void DetailPane::reload()
{
    QString page;
    try {
        page = html();
    } catch (const Error &e) {
        emit m_session->failed(e.message());
    }
    m_browser->setHtml(page.isEmpty() ? muted(hint()) : page);
}

QString DetailPane::hint() const
{
    switch (m_kind) {
    case Kind::Task:
        return tr("Select a task to see its claims, pull requests, links and what it earns.");
    case Kind::Person:
        return tr("Select a participant to see their claims, pull requests, links and what they earn.");
    case Kind::Submission:
        return tr("Select a submission to see its authors, links, judges and score.");
    }
    return {};
}

QString DetailPane::html() const
{
    if (!m_id)
        return {};
    switch (m_kind) {
    case Kind::Task:
        return taskHtml();
    case Kind::Person:
        return personHtml();
    case Kind::Submission:
        return submissionHtml();
    }
    return {};
}

QString DetailPane::text() const
{
    return m_browser->toPlainText();
}

QList<QUrl> DetailPane::links() const
{
    QList<QUrl> out;
    for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (const QTextCharFormat f = it.fragment().charFormat(); f.isAnchor())
                if (const QUrl url(f.anchorHref()); !out.contains(url))
                    out << url;
    return out;
}

namespace {

QString prStateName(PullRequest::State state)
{
    switch (state) {
    case PullRequest::State::Open:
        return DetailPane::tr("open");
    case PullRequest::State::Merged:
        return DetailPane::tr("merged");
    case PullRequest::State::Closed:
        return DetailPane::tr("closed");
    }
    return {};
}

// The pull requests, one a paragraph: link, state and author on a line, the title under it.
QString prList(const QList<PullRequest> &prs, bool withAuthor)
{
    if (prs.isEmpty())
        return muted(DetailPane::tr("No pull requests yet."));
    QString out;
    for (const PullRequest &pr : prs) {
        const QString colour = pr.state == PullRequest::State::Merged ? u"8E44AD"_s
                               : pr.state == PullRequest::State::Open ? u"2E7D32"_s
                                                                      : u"C0392B"_s;
        QString line = link(pr.url(), u"%1#%2"_s.arg(pr.repo).arg(pr.number)) +
                       u" <span style=\"color:#%1;\"><b>%2</b></span>"_s.arg(colour, esc(prStateName(pr.state)));
        if (withAuthor && !pr.authorLogin.isEmpty())
            line += u" "_s + link(profileUrl(pr.authorLogin), u"@"_s + pr.authorLogin);
        out += u"<p style=\"margin-bottom:4px;\">%1<br><span style=\"color:#666666;\">%2</span></p>"_s.arg(
            line, esc(pr.title));
    }
    return out;
}

// The claims as a timeline, oldest first: when and what (the claimant, or the task), then the status now and
// since when.
QString claimTimeline(const QList<ClaimRow> &claims, bool showTask)
{
    if (claims.isEmpty())
        return muted(DetailPane::tr("No claims yet."));
    QString out;
    for (const ClaimRow &c : claims) {
        const QString what =
            showTask ? (c.taskUrl.isEmpty() ? esc(DetailPane::tr("No.%1").arg(c.taskNumber))
                                            : link(c.taskUrl, DetailPane::tr("No.%1").arg(c.taskNumber))) +
                           u" "_s + esc(c.taskTitle)
                     : who(c.claimant, c.claim.teamId != 0);
        QString status = badge(c.claim.status);
        if (c.claim.updatedAt.isValid() && c.claim.updatedAt != c.claim.claimedAt)
            status += u" <span style=\"color:#666666;\">%1</span>"_s.arg(
                esc(DetailPane::tr("since %1").arg(when(c.claim.updatedAt))));
        if (c.claim.manual)
            status += u" <span style=\"color:#666666;\">%1</span>"_s.arg(esc(DetailPane::tr("(by hand)")));
        out += u"<p style=\"margin-bottom:4px;\"><span style=\"color:#666666;\">%1</span> %2<br>%3</p>"_s.arg(
            esc(when(c.claim.claimedAt)), what, status);
    }
    return out;
}

} // namespace

QString DetailPane::taskHtml() const
{
    const Database &db = m_session->database();
    const auto d = taskDetail(db, m_id);
    if (!d)
        return {};
    const Currency cur = currencyOf(db);
    const Task &t = d->task;
    QString out = u"<h3>%1</h3>"_s.arg(esc(tr("No.%1 %2").arg(t.number).arg(t.title)));
    QStringList facts{esc(d->track.name)};
    facts << esc(t.cashFen ? formatMoney(*t.cashFen, cur) : tr("%1 stars").arg(t.stars.toString()));
    if (t.removed)
        facts << esc(tr("removed"));
    else if (t.locked)
        facts << esc(tr("locked"));
    if (!d->finisher.isEmpty())
        facts << tr("finished by %1").arg(link(profileUrl(d->finisher), u"@"_s + d->finisher));
    out += u"<p>"_s + facts.join(u" · "_s) + u"</p>"_s;
    if (!t.url.isEmpty())
        out += u"<p>"_s + link(t.url, tr("Task issue on GitHub")) + u"</p>"_s;

    out += heading(tr("Claims")) + claimTimeline(d->claims, false);
    out += heading(tr("Pull requests")) + prList(d->prs, true);
    out += heading(tr("Earns"));
    if (d->earnings.isEmpty()) {
        out += muted(tr("Nothing is paid for this task yet."));
    } else {
        QStringList rows;
        for (const auto &[login, line] : d->earnings)
            rows << row({link(profileUrl(login), u"@"_s + login), esc(tr("%1 stars").arg(line.stars.toString())),
                         esc(formatMoney(line.paidFen, cur))});
        out += table(rows);
        if (d->earnings.size() > 1)
            out += u"<p><b>%1</b></p>"_s.arg(esc(tr("Together: %1 stars, %2 paid")
                                                      .arg(d->stars().toString(), formatMoney(d->paidFen(), cur))));
    }
    return out;
}

QString DetailPane::personHtml() const
{
    const Database &db = m_session->database();
    const auto d = personDetail(db, m_id);
    if (!d)
        return {};
    const Currency cur = currencyOf(db);
    const Participant &p = d->person;
    QString out = u"<h3>@%1</h3>"_s.arg(esc(p.login));
    QStringList facts;
    for (const QString &f : {p.name, p.organisation})
        if (!f.isEmpty())
            facts << esc(f);
    if (!d->teams.isEmpty())
        facts << esc(tr("team: %1").arg(d->teams.join(u", "_s)));
    if (!facts.isEmpty())
        out += u"<p>"_s + facts.join(u" · "_s) + u"</p>"_s;
    out += u"<p>"_s + link(profileUrl(p.login), tr("Profile on GitHub")) + u"</p>"_s;

    out += heading(tr("Earns"));
    if (!d->payout) {
        out += muted(tr("Nothing is paid to them yet."));
    } else {
        const PersonPayout &pay = *d->payout;
        QString total = tr("%1 stars, %2 paid").arg(pay.stars.toString(), formatMoney(pay.paidFen, cur));
        if (pay.capped)
            total += u" "_s + tr("(capped; %1 before the cap)").arg(formatMoney(pay.grossFen, cur));
        out += u"<p><b>%1</b></p>"_s.arg(esc(total));
        for (const PayoutLine &l : pay.lines)
            out += u"<p style=\"margin-bottom:4px;\">%1 <b>%2</b><br><span style=\"color:#666666;\">%3</span></p>"_s.arg(
                esc(l.item), esc(formatMoney(l.paidFen, cur)), esc(d->trackNames.value(l.trackId)));
    }
    out += heading(tr("Claims")) + claimTimeline(d->claims, true);
    out += heading(tr("Pull requests")) + prList(d->prs, false);
    return out;
}

QString DetailPane::submissionHtml() const
{
    const auto d = submissionDetail(m_session->database(), m_id);
    if (!d)
        return {};
    const Submission &s = d->submission;
    QString out = u"<h3>%1</h3>"_s.arg(esc(u"#%1 %2"_s.arg(s.id).arg(s.title)));
    out += u"<p>%1</p>"_s.arg(esc(d->trackName));
    out += heading(tr("Authors"));
    QStringList authors;
    for (const QString &login : d->authors)
        authors << link(profileUrl(login), u"@"_s + login);
    out += u"<p>"_s;
    if (s.teamId)
        out += esc(d->by) + (authors.isEmpty() ? QString() : u": "_s);
    out += authors.isEmpty() && !s.teamId ? esc(d->by) : authors.join(u", "_s);
    out += u"</p>"_s;
    if (d->task) {
        const QString name = tr("No.%1 %2").arg(d->task->number).arg(d->task->title);
        out += u"<p>%1 %2</p>"_s.arg(esc(tr("Task:")),
                                     d->task->url.isEmpty() ? esc(name) : link(d->task->url, name));
    }
    if (!s.links.isEmpty()) {
        QStringList rows;
        for (const SubmissionLink &l : s.links)
            rows << row({esc(l.kind), link(l.url, l.url)});
        out += heading(tr("Links")) + table(rows);
    }
    out += heading(tr("Scores"));
    QStringList lines{tr("Judges: %1").arg(progressText(d->submittedSheets, d->judges))};
    if (d->result && d->result->rank > 0) {
        lines << tr("Rank %1 of %2").arg(d->result->rank).arg(d->ranked);
        lines << tr("Raw %1 · normalised %2").arg(formatResult(d->result->raw), formatResult(d->result->normalised));
    } else {
        lines << tr("Not ranked yet: no submitted score sheet.");
    }
    if (d->finalised)
        lines << tr("The track's results are final.");
    for (const QString &l : lines)
        out += u"<p>%1</p>"_s.arg(esc(l));
    return out;
}

} // namespace hd
