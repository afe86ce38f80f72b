#include "syncengine.h"

#include "parsing/claimcomment.h"
#include "parsing/issuemarkdown.h"
#include "parsing/prtitle.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/taskrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GitHubSync)
};

constexpr int PerPage = 100;
constexpr int SearchCap = 1000;            // GitHub returns at most this many results of one search
constexpr int MaxQueryLength = 256;        // characters of a search query
constexpr int CreatedQualifierLength = 50; // "created:YYYY-MM-DDTHH:MM:SSZ..YYYY-MM-DDTHH:MM:SSZ"

QString shown(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QDateTime parseTime(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
}

// A time as settings hold it: "2024-03-21T00:00:00Z", "2024-03-21T08:00:00+08:00" or "2024-03-21" (UTC).
QDateTime parseSettingTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid()) {
        if (t.timeSpec() == Qt::LocalTime)
            t.setTimeZone(QTimeZone::utc());
        return t.toUTC();
    }
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() ? d.startOfDay(QTimeZone::utc()) : QDateTime();
}

QString shortHash(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex().left(20));
}

// Logins of apps and bots: their comments are never claims.
bool isBot(const QJsonObject &user)
{
    return user.value(u"type"_s).toString() == u"Bot" || user.value(u"login"_s).toString().endsWith(u"[bot]"_s);
}

// owner/name from ".../repos/owner/name" or "https://github.com/owner/name/pull/1".
QString repoFromUrls(const QJsonObject &item)
{
    const QStringList api = QUrl(item.value(u"repository_url"_s).toString()).path().split(u'/', Qt::SkipEmptyParts);
    if (api.size() >= 2)
        return api[api.size() - 2] + u'/' + api.last();
    const QStringList html = QUrl(item.value(u"html_url"_s).toString()).path().split(u'/', Qt::SkipEmptyParts);
    if (html.size() >= 2)
        return html[0] + u'/' + html[1];
    return {};
}

// A window of creation times for one search: [from, to), to invalid = open.
struct Range
{
    QDateTime from;
    QDateTime to;
};

class Fetcher
{
public:
    Fetcher(const SyncPlan &plan, GitHubClient &client, Clock &clock, SyncListener *listener)
        : m_plan(plan)
        , m_client(client)
        , m_clock(clock)
        , m_listener(listener)
    {}

    SyncSnapshot run()
    {
        for (const QString &w : m_plan.warnings)
            warn(w);
        for (const SyncIssueRef &ref : m_plan.issues)
            fetchIssue(ref);
        searchPrs();
        m_snap.requests = m_client.requests();
        m_snap.notModified = m_client.notModified();
        m_snap.core = m_client.rateLimit(u"core"_s);
        m_snap.search = m_client.rateLimit(u"search"_s);
        return std::move(m_snap);
    }

private:
    void step(const QString &what)
    {
        if (m_listener)
            m_listener->step(what);
    }

    void warn(const QString &what)
    {
        m_snap.warnings << what;
        if (m_listener)
            m_listener->warning(what);
    }

    // GETs a page with the validators stored for it; record says how to store it after the apply.
    GitHubPage getPage(const QUrl &url, qint64 trackId, const QString &context, const QString &resource,
                       FetchedPage *record)
    {
        const QString text = QString::fromLatin1(url.toEncoded());
        const QString key = syncCacheKey(text, context);
        const auto cached = m_plan.cache.constFind(key);
        const CachedResponse *validators = cached == m_plan.cache.constEnd() ? nullptr : &*cached;
        GitHubPage page = m_client.get(url, validators, resource);
        // A full last page may have grown a next page that a 304 without a Link header cannot show.
        if (page.notModified && !page.hadLinkHeader && page.next.isEmpty() && validators->items >= PerPage)
            page = m_client.get(url, nullptr, resource);
        *record = FetchedPage{text, key, trackId, page.notModified, page.validators};
        return page;
    }

    void keep(const FetchedPage &record)
    {
        if (record.notModified || record.validators.isValid())
            m_snap.pages.append(record);
    }

    [[noreturn]] void malformed(const QUrl &url, const QString &what)
    {
        throw Error(Tr::tr("%1 sent JSON of an unexpected shape: %2").arg(shown(url), what));
    }

    void fetchIssue(const SyncIssueRef &ref)
    {
        const QString where = u"%1#%2"_s.arg(ref.repo).arg(ref.number);
        step(Tr::tr("Reading the issue %1 (%2)").arg(where, ref.trackName));
        FetchedIssue issue;
        issue.ref = ref;
        const QString path = u"repos/%1/issues/%2"_s.arg(ref.repo).arg(ref.number);
        FetchedPage record;
        const GitHubPage page = getPage(m_client.endpoint(path), 0, {}, u"core"_s, &record);
        if (!page.notModified) {
            const QJsonObject o = page.json.object();
            if (!page.json.isObject() || !o.value(u"number"_s).isDouble())
                malformed(page.url, Tr::tr("not an issue"));
            const QJsonValue body = o.value(u"body"_s);
            if (!body.isString() && !body.isNull() && !body.isUndefined())
                malformed(page.url, Tr::tr("the body is not text"));
            issue.body = body.toString();
            issue.url = o.value(u"html_url"_s).toString();
            issue.bodyChanged = true;
        }
        keep(record);

        // The tasks the comments will meet: those of the database, with the body's rows over them (the import
        // adds and updates, never deletes). When they change, the comments are read again.
        QMap<int, bool> tasks = ref.tasks;
        if (issue.bodyChanged && (m_plan.full || m_plan.bodyHashes.value(ref.trackId) != syncBodyHash(issue.body)))
            for (const IssueTask &row : parseIssueBody(issue.body, ref.kind).tasks)
                tasks.insert(row.number, row.struck);
        const QString context = syncTrackContext(tasks);

        QList<QPair<QString, QString>> query{{u"per_page"_s, QString::number(PerPage)}};
        if (m_plan.since.isValid())
            query.append({u"since"_s, isoUtc(m_plan.since)});
        QUrl url = m_client.endpoint(path + u"/comments"_s, query);
        QSet<QString> seen;
        for (int n = 1; !url.isEmpty(); ++n) {
            if (Q_UNLIKELY(seen.contains(url.toString())))
                throw Error(Tr::tr("%1 links back to a page already read.").arg(shown(url)));
            seen.insert(url.toString());
            step(Tr::tr("Reading the comments on %1, page %2").arg(where).arg(n));
            FetchedPage rec;
            const GitHubPage p = getPage(url, ref.trackId, context, u"core"_s, &rec);
            if (!p.notModified)
                readComments(p, &issue.comments);
            keep(rec);
            url = p.next;
        }
        m_snap.issues.append(issue);
    }

    void readComments(const GitHubPage &page, QList<FetchedComment> *out)
    {
        if (!page.json.isArray())
            malformed(page.url, Tr::tr("not a list of comments"));
        const QJsonArray items = page.json.array();
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            if (!v.isObject() || !o.value(u"id"_s).isDouble())
                malformed(page.url, Tr::tr("a comment without an id"));
            const QJsonObject user = o.value(u"user"_s).toObject();
            FetchedComment c;
            c.id = o.value(u"id"_s).toInteger();
            c.login = user.value(u"login"_s).toString();
            if (c.login.isEmpty())
                continue; // a deleted account ("ghost"): nobody to give a claim to
            c.bot = isBot(user);
            c.body = o.value(u"body"_s).toString();
            c.url = o.value(u"html_url"_s).toString();
            c.createdAt = parseTime(o.value(u"created_at"_s));
            c.updatedAt = parseTime(o.value(u"updated_at"_s));
            out->append(c);
        }
    }

    // Packs the watched repos into as few queries as fit in the query length.
    QList<QStringList> repoGroups(const QString &base) const
    {
        QList<QStringList> groups;
        QStringList current;
        qsizetype length = base.size() + 1 + CreatedQualifierLength;
        for (const QString &repo : m_plan.repos) {
            const qsizetype add = 6 + repo.size(); // " repo:" + name
            if (base.size() + 1 + CreatedQualifierLength + add > MaxQueryLength)
                throw Error(Tr::tr("The search for %1 would be longer than %2 characters; shorten github.prefix.")
                                .arg(repo)
                                .arg(MaxQueryLength));
            if (length + add > MaxQueryLength && !current.isEmpty()) {
                groups.append(current);
                current.clear();
                length = base.size() + 1 + CreatedQualifierLength;
            }
            current.append(repo);
            length += add;
        }
        if (!current.isEmpty())
            groups.append(current);
        return groups;
    }

    // What the PR search looks for: the words of each PR title pattern, else the prefix.
    QStringList searchTerms() const
    {
        QStringList terms;
        for (const QString &pattern : m_plan.prTitles) {
            const QString words = prTitleSearchWords(pattern);
            if (!words.isEmpty() && !terms.contains(words, Qt::CaseInsensitive))
                terms.append(words);
        }
        if (terms.isEmpty() && !m_plan.prefix.isEmpty())
            terms.append(m_plan.prefix);
        return terms;
    }

    void searchPrs()
    {
        const QStringList terms = searchTerms();
        if (terms.isEmpty() || m_plan.repos.isEmpty())
            return;
        m_snap.searched = true;
        for (const QString &term : terms)
            searchPrs(term);
    }

    void searchPrs(QString prefix)
    {
        prefix.remove(u'"');
        const QString base = u"\"%1\" in:title is:pr"_s.arg(prefix.simplified());
        const QDateTime lower =
            m_plan.since.isValid() ? m_plan.since : QDateTime(QDate(2008, 1, 1), QTime(0, 0), QTimeZone::utc());
        for (const QStringList &group : repoGroups(base)) {
            QString q = base;
            for (const QString &repo : group)
                q += u" repo:"_s + repo;
            const QString planKey = u"github.sync.search."_s + shortHash((q + u'\n' + isoUtc(lower)).toUtf8());
            QList<Range> ranges = storedRanges(m_plan.searchPlans.value(planKey), lower);
            QList<Range> done;
            while (!ranges.isEmpty()) {
                const Range range = ranges.takeFirst();
                const bool onlyOne = done.isEmpty() && ranges.isEmpty();
                QString query = q;
                if (range.to.isValid())
                    query += u" created:%1..%2"_s.arg(isoUtc(range.from), isoUtc(range.to.addSecs(-1)));
                else if (m_plan.since.isValid() || !onlyOne)
                    query += u" created:>=%1"_s.arg(isoUtc(range.from));
                if (const auto halves = searchRange(query, range, group)) {
                    ranges.prepend(halves->second);
                    ranges.prepend(halves->first);
                    continue;
                }
                done.append(range);
            }
            QStringList starts;
            for (const Range &r : done)
                starts << isoUtc(r.from);
            m_snap.settings.insert(planKey, starts.join(u','));
        }
    }

    // The split remembered from the last sync, when it still starts where this one does.
    static QList<Range> storedRanges(const QString &stored, const QDateTime &lower)
    {
        QList<QDateTime> starts;
        for (const QString &s : stored.split(u',', Qt::SkipEmptyParts)) {
            const QDateTime t = QDateTime::fromString(s, Qt::ISODate).toUTC();
            if (!t.isValid() || (!starts.isEmpty() && t <= starts.last()))
                return {{lower, {}}};
            starts.append(t);
        }
        if (starts.isEmpty() || starts.first() != lower)
            return {{lower, {}}};
        QList<Range> ranges;
        for (qsizetype i = 0; i < starts.size(); ++i)
            ranges.append({starts[i], i + 1 < starts.size() ? starts[i + 1] : QDateTime()});
        return ranges;
    }

    // Reads every page of one query; returns the two halves to search instead when it finds too many.
    std::optional<std::pair<Range, Range>> searchRange(const QString &query, const Range &range,
                                                       const QStringList &group)
    {
        QUrl url = m_client.endpoint(u"search/issues"_s, {{u"q"_s, query},
                                                          {u"sort"_s, u"created"_s},
                                                          {u"order"_s, u"asc"_s},
                                                          {u"per_page"_s, QString::number(PerPage)}});
        QSet<QString> seen;
        for (int n = 1; !url.isEmpty(); ++n) {
            if (Q_UNLIKELY(seen.contains(url.toString())))
                throw Error(Tr::tr("%1 links back to a page already read.").arg(shown(url)));
            seen.insert(url.toString());
            step(Tr::tr("Searching PRs in %1, page %2").arg(group.join(u", "_s)).arg(n));
            FetchedPage rec;
            const GitHubPage page = getPage(url, 0, {}, u"search"_s, &rec);
            if (!page.notModified) {
                const QJsonObject o = page.json.object();
                if (!page.json.isObject() || !o.value(u"items"_s).isArray())
                    malformed(page.url, Tr::tr("not search results"));
                const int total = o.value(u"total_count"_s).toInt();
                if (n == 1 && total > SearchCap) {
                    const QDateTime upper = range.to.isValid() ? range.to : m_clock.now().addSecs(1);
                    const qint64 span = range.from.secsTo(upper);
                    if (span >= 2) {
                        const QDateTime mid = range.from.addSecs(span / 2);
                        return std::make_pair(Range{range.from, mid}, Range{mid, range.to});
                    }
                    warn(Tr::tr("More than %1 PRs were created at %2 in %3: only the first %1 are read.")
                             .arg(SearchCap)
                             .arg(isoUtc(range.from), group.join(u", "_s)));
                }
                if (o.value(u"incomplete_results"_s).toBool())
                    warn(Tr::tr("GitHub's search timed out and may have left PRs out (%1).").arg(shown(page.url)));
                else
                    keep(rec);
                readItems(page);
            } else {
                keep(rec);
            }
            url = page.next;
        }
        return std::nullopt;
    }

    void readItems(const GitHubPage &page)
    {
        const QJsonArray items = page.json.object().value(u"items"_s).toArray();
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            if (!o.contains(u"pull_request"_s))
                continue; // an issue
            FetchedPr pr;
            pr.repo = repoFromUrls(o);
            pr.number = o.value(u"number"_s).toInt();
            if (pr.repo.isEmpty() || pr.number <= 0)
                malformed(page.url, Tr::tr("a PR without repository or number"));
            pr.title = o.value(u"title"_s).toString();
            pr.author = o.value(u"user"_s).toObject().value(u"login"_s).toString();
            pr.createdAt = parseTime(o.value(u"created_at"_s));
            const QJsonObject details = o.value(u"pull_request"_s).toObject();
            const bool open = o.value(u"state"_s).toString() == u"open";
            if (open) {
                pr.state = PullRequest::State::Open;
            } else if (details.contains(u"merged_at"_s)) {
                pr.mergedAt = parseTime(details.value(u"merged_at"_s));
                pr.state = pr.mergedAt.isValid() ? PullRequest::State::Merged : PullRequest::State::Closed;
            } else {
                readPullDetails(&pr); // older GitHub Enterprise: search does not say whether it merged
            }
            m_snap.prs.append(pr);
        }
    }

    void readPullDetails(FetchedPr *pr)
    {
        step(Tr::tr("Reading %1#%2").arg(pr->repo).arg(pr->number));
        FetchedPage rec;
        const GitHubPage page =
            getPage(m_client.endpoint(u"repos/%1/pulls/%2"_s.arg(pr->repo).arg(pr->number)), 0, {}, u"core"_s, &rec);
        if (page.notModified) {
            // Unchanged since it was applied: the database knows its state. Closed until the apply says.
            pr->state = PullRequest::State::Closed;
            pr->mergedAt = {};
            pr->stateFromDatabase = true;
        } else {
            const QJsonObject o = page.json.object();
            if (!page.json.isObject())
                malformed(page.url, Tr::tr("not a pull request"));
            pr->mergedAt = parseTime(o.value(u"merged_at"_s));
            pr->state = pr->mergedAt.isValid() || o.value(u"merged"_s).toBool() ? PullRequest::State::Merged
                                                                                : PullRequest::State::Closed;
        }
        keep(rec);
    }

    const SyncPlan &m_plan;
    GitHubClient &m_client;
    Clock &m_clock;
    SyncListener *m_listener;
    SyncSnapshot m_snap;
};

} // namespace

QString syncBodyHash(const QString &body)
{
    return shortHash(body.toUtf8());
}

QString syncCacheKey(const QString &url, const QString &context)
{
    return u"github.cache."_s + shortHash((url + u'\n' + context).toUtf8());
}

QMap<int, bool> syncTrackTasks(const Database &db, qint64 trackId)
{
    QMap<int, bool> tasks;
    for (const Task &t : TaskRepository(db).all(trackId))
        tasks.insert(t.number, t.removed);
    return tasks;
}

QString syncTrackContext(const QMap<int, bool> &tasks)
{
    QByteArray data;
    for (auto it = tasks.cbegin(); it != tasks.cend(); ++it)
        data += QByteArray::number(it.key()) + (it.value() ? "r," : ",");
    return shortHash(data);
}

bool isRepoName(QStringView text)
{
    static const QRegularExpression re(u"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$"_s);
    return re.match(text).hasMatch() && !text.endsWith(u"/."_s) && !text.endsWith(u"/.."_s);
}

bool parseIssueRef(QStringView text, QString *repo, int *number)
{
    static const QRegularExpression shortForm(u"^\\s*([^\\s#]+)#(\\d+)\\s*$"_s);
    static const QRegularExpression urlForm(u"^\\s*https?://[^/]+/([^/\\s]+/[^/\\s]+)/(?:issues|pull)/(\\d+)/?\\s*$"_s);
    auto m = shortForm.match(text);
    if (!m.hasMatch())
        m = urlForm.match(text);
    if (!m.hasMatch() || !isRepoName(m.captured(1)))
        return false;
    bool ok = false;
    const int n = m.captured(2).toInt(&ok);
    if (!ok || n <= 0)
        return false;
    *repo = m.captured(1);
    *number = n;
    return true;
}

SyncPlan readSyncPlan(const Database &db, const QString &apiUrlOverride, bool full)
{
    EventRepository events(db);
    events.requireEvent();
    SyncPlan plan;
    plan.full = full;

    const QString api = apiUrlOverride.isEmpty()
                            ? events.setting(u"github.api-url"_s, u"https://api.github.com"_s).trimmed()
                            : apiUrlOverride.trimmed();
    plan.apiUrl = QUrl(api.isEmpty() ? u"https://api.github.com"_s : api, QUrl::StrictMode);
    if (!plan.apiUrl.isValid() || plan.apiUrl.host().isEmpty() ||
        (plan.apiUrl.scheme() != u"https" && plan.apiUrl.scheme() != u"http") || plan.apiUrl.hasQuery())
        throw Error(Tr::tr("github.api-url \"%1\" is not an http(s) URL such as https://api.github.com or "
                           "https://HOST/api/v3.")
                        .arg(api));

    plan.prefix = events.setting(u"github.prefix"_s).simplified();
    plan.prTitles = prTitlePatterns(events.setting(u"github.pr-titles"_s));
    for (const QString &pattern : plan.prTitles)
        if (const QString problem = prTitlePatternProblem(pattern); !problem.isEmpty())
            plan.warnings << problem;
    plan.claimKeywords = ClaimKeywords::fromSetting(events.setting(u"claims.keywords"_s)).words;
    plan.language = events.setting(u"event.language"_s, u"zh_CN"_s);
    const QString since = events.setting(u"github.since"_s).trimmed();
    if (!since.isEmpty()) {
        plan.since = parseSettingTime(since);
        if (!plan.since.isValid())
            throw Error(Tr::tr("github.since \"%1\" is not a time such as 2024-03-21T00:00:00Z.").arg(since));
    }
    static const QRegularExpression separators(u"[,\\s]+"_s);
    for (const QString &repo : events.setting(u"github.repos"_s).split(separators, Qt::SkipEmptyParts)) {
        if (!isRepoName(repo))
            throw Error(Tr::tr("github.repos names \"%1\", which is not owner/name.").arg(repo));
        if (!plan.repos.contains(repo, Qt::CaseInsensitive))
            plan.repos.append(repo);
    }
    plan.designRepo = events.setting(u"github.design-repo"_s).trimmed();

    for (const Track &track : events.tracks()) {
        const QString key = u"track.%1.issue"_s.arg(track.id);
        const QString value = events.setting(key).trimmed();
        if (value.isEmpty())
            continue;
        SyncIssueRef ref;
        if (!parseIssueRef(value, &ref.repo, &ref.number))
            throw Error(Tr::tr("%1 \"%2\" is not owner/name#number.").arg(key, value));
        ref.trackId = track.id;
        ref.kind = track.kind;
        ref.trackName = track.name;
        ref.tasks = syncTrackTasks(db, track.id);
        plan.bodyHashes.insert(track.id, events.setting(u"github.sync.body.%1"_s.arg(track.id)));
        plan.issues.append(ref);
    }

    const QMap<QString, QString> searchPlans = events.settings(u"github.sync.search."_s);
    for (auto it = searchPlans.cbegin(); it != searchPlans.cend(); ++it)
        plan.searchPlans.insert(it.key(), it.value());
    const QMap<QString, QString> cache = events.settings(u"github.cache."_s);
    for (auto it = cache.cbegin(); it != cache.cend(); ++it) {
        plan.cacheKeys.insert(it.key());
        if (!full)
            plan.cache.insert(it.key(), CachedResponse::fromSetting(it.value()));
    }

    if (plan.issues.isEmpty())
        plan.warnings << Tr::tr("No track has its GitHub issue set (config set track.<id>.issue owner/name#number): "
                                "no claims are read.");
    if (plan.prefix.isEmpty() && plan.prTitles.isEmpty())
        plan.warnings << Tr::tr("github.prefix is empty: PRs are not searched.");
    else if (plan.repos.isEmpty())
        plan.warnings << Tr::tr("github.repos is empty: PRs are not searched.");
    return plan;
}

SyncSnapshot fetchSyncSnapshot(const SyncPlan &plan, GitHubClient &client, Clock &clock, SyncListener *listener)
{
    return Fetcher(plan, client, clock, listener).run();
}

} // namespace hd
