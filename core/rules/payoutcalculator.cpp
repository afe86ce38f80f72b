#include "payoutcalculator.h"

#include "io/csv.h"
#include "model/currency.h"
#include "model/participant.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

// 128-bit intermediates for exact products of 64-bit amounts (a GCC/Clang extension).
__extension__ typedef __int128 Int128;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PayoutCalculator)
};

// A line with the keys that order it within a person.
struct SortedLine
{
    PayoutLine line;
    int trackIndex = 0;
    int number = 0;
    int stage = 0;
};

struct PersonAcc
{
    QString key; // normalised login
    QString login;
    QString name;
    QList<SortedLine> lines;
};

// "80", "80.5", "33.33" from basis points.
QString percentFromBp(qint64 bp)
{
    return Stars::fromMilli(bp * 10).toString();
}

QString displayLogin(const QString &login)
{
    QString l = login.trimmed();
    if (l.startsWith(u'@'))
        l.remove(0, 1);
    return l;
}

// Stable ordering of logins: case-insensitive first, then exact, so it never depends on input order.
bool loginLess(const QString &a, const QString &b)
{
    const int c = QString::compare(a, b, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a < b;
}

class Calculator
{
public:
    explicit Calculator(const PayoutInput &input)
        : m_in(input)
    {}

    PayoutReport run()
    {
        indexTracks();
        indexPeople();
        doTasks();
        doCamp();
        doArticles();
        doFundable();
        warnUnknownTracks();
        buildPeople();
        buildTracks();
        buildStarsOfTheEvent();
        m_report.warnings = m_warnings;
        return std::move(m_report);
    }

private:
    const PayoutInput &m_in;
    PayoutReport m_report;
    QStringList m_warnings;
    QHash<qint64, int> m_trackIndex;
    QHash<QString, int> m_peopleIndex; // normalised login → index into m_in.people
    QHash<QString, int> m_accIndex;    // normalised login → index into m_acc
    QList<PersonAcc> m_acc;
    QMap<qint64, int> m_unknownTracks; // track id → items left out
    QSet<QString> m_warnedStrangers;

    void warn(const QString &text) { m_warnings.append(text); }
    QString money(Fen fen) const { return formatMoney(fen, Currency::of(m_in.rules.currency)); }

    QString trackLabel(const PayoutTrack &t) const { return t.name.isEmpty() ? Tr::tr("track %1").arg(t.id) : t.name; }

    void indexTracks()
    {
        for (int i = 0; i < m_in.tracks.size(); ++i) {
            const PayoutTrack &t = m_in.tracks.at(i);
            if (m_trackIndex.contains(t.id)) {
                warn(Tr::tr("Track %1 is defined twice: the second is ignored.").arg(t.id));
                continue;
            }
            m_trackIndex.insert(t.id, i);
        }
    }

    void indexPeople()
    {
        m_peopleIndex.reserve(m_in.people.size());
        for (int i = 0; i < m_in.people.size(); ++i) {
            const QString key = normalisedLogin(m_in.people.at(i).login);
            if (!key.isEmpty() && !m_peopleIndex.contains(key))
                m_peopleIndex.insert(key, i);
        }
    }

    // The track an item belongs to, or -1 (with a warning) when it is undefined or of another kind.
    int trackFor(qint64 id, TrackKind kind, const QString &item)
    {
        const auto it = m_trackIndex.constFind(id);
        if (it == m_trackIndex.cend()) {
            ++m_unknownTracks[id];
            return -1;
        }
        const PayoutTrack &t = m_in.tracks.at(*it);
        if (t.kind != kind) {
            warn(Tr::tr("“%1” is not a %2 track: %3 is left out.").arg(trackLabel(t), trackKindName(kind), item));
            return -1;
        }
        return *it;
    }

    // The accumulator of a login, or -1 (with a warning) when there is no login.
    int personFor(const QString &login, const QString &item)
    {
        const QString key = normalisedLogin(login);
        if (key.isEmpty()) {
            warn(Tr::tr("%1 has no login: left out.").arg(item));
            return -1;
        }
        if (const auto it = m_accIndex.constFind(key); it != m_accIndex.cend())
            return *it;
        PersonAcc acc;
        acc.key = key;
        if (const auto p = m_peopleIndex.constFind(key); p != m_peopleIndex.cend()) {
            const PayoutPerson &person = m_in.people.at(*p);
            acc.login = displayLogin(person.login);
            acc.name = person.name;
        } else {
            acc.login = displayLogin(login);
            if (!m_warnedStrangers.contains(key)) {
                m_warnedStrangers.insert(key);
                warn(Tr::tr("“%1” is not among the participants; paid all the same.").arg(acc.login));
            }
        }
        m_accIndex.insert(key, int(m_acc.size()));
        m_acc.append(acc);
        return int(m_acc.size() - 1);
    }

    void addLine(int person, int trackIndex, int number, int stage, const QString &item, Stars stars, Fen fen,
                 const QDateTime &at)
    {
        const PayoutTrack &t = m_in.tracks.at(trackIndex);
        SortedLine s;
        s.line.trackId = t.id;
        s.line.kind = t.kind;
        s.line.item = item;
        s.line.stars = stars;
        s.line.fen = fen;
        s.line.paidFen = fen;
        s.line.at = at;
        s.line.number = number;
        s.trackIndex = trackIndex;
        s.number = number;
        s.stage = stage;
        m_acc[person].lines.append(std::move(s));
    }

    void doTasks()
    {
        QSet<std::pair<qint64, int>> seen;
        for (const CompletedTask &task : m_in.tasks) {
            const QString item = Tr::tr("No.%1 %2").arg(QString::number(task.number), task.title).trimmed();
            const int ti = trackFor(task.trackId, TrackKind::Tasks, item);
            if (ti < 0)
                continue;
            if (task.stars.milli() < 0 || (task.cashFen && *task.cashFen < 0)) {
                warn(Tr::tr("%1 has a negative amount: left out.").arg(item));
                continue;
            }
            if (seen.contains({task.trackId, task.number})) {
                warn(Tr::tr("Task No.%1 of “%2” is listed twice: the second is left out.")
                         .arg(QString::number(task.number), trackLabel(m_in.tracks.at(ti))));
                continue;
            }
            const int p = personFor(task.finisherLogin, item);
            if (p < 0)
                continue;
            seen.insert({task.trackId, task.number});
            // A cash task pays its amount and counts no stars.
            const Stars stars = task.cashFen ? Stars() : task.stars;
            const Fen fen = task.cashFen ? *task.cashFen : task.stars.toFen(m_in.rules.starFen);
            addLine(p, ti, task.number, 0, item, stars, fen, task.completedAt);
        }
    }

    void doCamp()
    {
        QSet<std::pair<qint64, QString>> seen;
        int order = 0;
        for (const CampResult &r : m_in.camp) {
            ++order;
            const QString login = displayLogin(r.login);
            const QString grade = r.grade.trimmed();
            QString item = Tr::tr("Camp: %1 (%2)").arg(r.project, grade.isEmpty() ? Tr::tr("no grade") : grade);
            const int ti = trackFor(r.trackId, TrackKind::Camp, item);
            if (ti < 0)
                continue;
            const PayoutTrack &t = m_in.tracks.at(ti);
            const QString key = normalisedLogin(login);
            if (key.isEmpty()) {
                warn(Tr::tr("%1 has no login: left out.").arg(item));
                continue;
            }
            if (seen.contains({r.trackId, key})) {
                warn(Tr::tr("Camper “%1” is listed twice in “%2”: the second is left out.").arg(login, trackLabel(t)));
                continue;
            }
            seen.insert({r.trackId, key});
            // Paid only after a passed defence with a grade.
            if (!r.passed)
                continue;
            if (grade.isEmpty()) {
                warn(Tr::tr("Camper “%1” in “%2” passed without a grade: not paid.").arg(login, trackLabel(t)));
                continue;
            }
            const auto tier = std::find_if(t.grades.cbegin(), t.grades.cend(),
                                           [&](const GradeTier &g) { return g.name.trimmed() == grade; });
            if (tier == t.grades.cend()) {
                warn(Tr::tr("Camper “%1” in “%2” has the grade “%3”, which the track does not define: not paid.")
                         .arg(login, trackLabel(t), grade));
                continue;
            }
            if (tier->stars.milli() < 0) {
                warn(Tr::tr("%1 has a negative amount: left out.").arg(item));
                continue;
            }
            Stars stars = tier->stars;
            if (t.monthsRule && r.months > 3) {
                // floor(grade + grade × (months − 3) / 3) = floor(grade × months / 3), in whole stars.
                stars = Stars::whole(tier->stars.milli() * r.months / (3 * Stars::Scale));
                item = Tr::tr("Camp: %1 (%2, %n months)", nullptr, r.months).arg(r.project, grade);
            }
            const int p = personFor(r.login, item);
            if (p < 0)
                continue;
            addLine(p, ti, order, 0, item, stars, stars.toFen(m_in.rules.starFen), r.defendedAt);
            m_acc[p].lines.last().line.number = r.number; // sorted by input order, named by the project
        }
    }

    void doArticles()
    {
        // Valid articles, bucketed by track in input order.
        QHash<qint64, QList<int>> byTrack;
        for (int i = 0; i < m_in.articles.size(); ++i) {
            const ArticleEntry &a = m_in.articles.at(i);
            const QString item = articleItem(a);
            if (trackFor(a.trackId, TrackKind::Articles, item) < 0)
                continue;
            if (normalisedLogin(a.authorLogin).isEmpty()) {
                warn(Tr::tr("%1 has no login: left out.").arg(item));
                continue;
            }
            byTrack[a.trackId].append(i);
        }
        for (int ti = 0; ti < m_in.tracks.size(); ++ti) {
            const PayoutTrack &t = m_in.tracks.at(ti);
            if (t.kind != TrackKind::Articles || m_trackIndex.value(t.id, -1) != ti)
                continue;
            const QList<int> all = byTrack.value(t.id);
            if (t.quotaStars.milli() < 0 ||
                std::any_of(t.rankPrizesFen.cbegin(), t.rankPrizesFen.cend(), [](Fen f) { return f < 0; })) {
                warn(Tr::tr("“%1” has a negative amount in its rules: left out.").arg(trackLabel(t)));
                continue;
            }
            stage1(ti, all);
            stage2(ti, all);
        }
    }

    QString articleItem(const ArticleEntry &a) const
    {
        return Tr::tr("Article No.%1 %2").arg(QString::number(a.number), a.title).trimmed();
    }

    void stage1(int ti, const QList<int> &all)
    {
        const PayoutTrack &t = m_in.tracks.at(ti);
        QList<int> merged;
        for (int i : all)
            if (m_in.articles.at(i).mergedAt.isValid())
                merged.append(i);
        // First merged, first served; ties by topic number, then login, then title.
        std::stable_sort(merged.begin(), merged.end(), [&](int x, int y) {
            const ArticleEntry &a = m_in.articles.at(x);
            const ArticleEntry &b = m_in.articles.at(y);
            if (a.mergedAt != b.mergedAt)
                return a.mergedAt < b.mergedAt;
            if (a.number != b.number)
                return a.number < b.number;
            const QString la = displayLogin(a.authorLogin), lb = displayLogin(b.authorLogin);
            if (la.compare(lb, Qt::CaseInsensitive) != 0)
                return loginLess(la, lb);
            return a.title < b.title;
        });
        for (int pos = 0; pos < merged.size(); ++pos) {
            const ArticleEntry &a = m_in.articles.at(merged.at(pos));
            if (pos < t.quota) {
                const int p = personFor(a.authorLogin, articleItem(a));
                if (p >= 0)
                    addLine(p, ti, a.number, 1, articleItem(a), t.quotaStars, t.quotaStars.toFen(m_in.rules.starFen),
                            a.mergedAt);
            } else {
                OverQuotaArticle o;
                o.trackId = a.trackId;
                o.number = a.number;
                o.login = displayLogin(a.authorLogin);
                o.title = a.title;
                o.mergedAt = a.mergedAt;
                o.position = pos + 1;
                m_report.overQuota.append(o);
            }
        }
    }

    void stage2(int ti, const QList<int> &all)
    {
        const PayoutTrack &t = m_in.tracks.at(ti);
        QMap<int, int> rankCount;
        for (int i : all) {
            const ArticleEntry &a = m_in.articles.at(i);
            if (a.stage2Rank <= 0)
                continue;
            if (!a.mergedAt.isValid()) {
                warn(Tr::tr("%1 by “%2” has stage-2 rank %3 but is not merged: not paid.")
                         .arg(articleItem(a), displayLogin(a.authorLogin), QString::number(a.stage2Rank)));
                continue;
            }
            if (a.stage2Rank > t.rankPrizesFen.size())
                continue;
            ++rankCount[a.stage2Rank];
            const QString item = Tr::tr("%1: stage 2, rank %2").arg(articleItem(a), QString::number(a.stage2Rank));
            const int p = personFor(a.authorLogin, item);
            if (p >= 0)
                addLine(p, ti, a.number, 2, item, Stars(), t.rankPrizesFen.at(a.stage2Rank - 1), a.mergedAt);
        }
        for (auto it = rankCount.cbegin(); it != rankCount.cend(); ++it)
            if (it.value() > 1)
                warn(Tr::tr("Stage-2 rank %1 of “%2” is given to %n articles; each is paid.", nullptr, it.value())
                         .arg(QString::number(it.key()), trackLabel(t)));
    }

    void doFundable()
    {
        QSet<std::pair<qint64, int>> seen;
        for (const FundableProject &f : m_in.fundable) {
            const QString title = Tr::tr("Fundable No.%1 %2").arg(QString::number(f.number), f.title).trimmed();
            const int ti = trackFor(f.trackId, TrackKind::Fundable, title);
            if (ti < 0)
                continue;
            const PayoutTrack &t = m_in.tracks.at(ti);
            if (f.stars.milli() < 0) {
                warn(Tr::tr("%1 has a negative amount: left out.").arg(title));
                continue;
            }
            if (seen.contains({f.trackId, f.number})) {
                warn(Tr::tr("Fundable project No.%1 of “%2” is listed twice: the second is left out.")
                         .arg(QString::number(f.number), trackLabel(t)));
                continue;
            }
            seen.insert({f.trackId, f.number});
            int completion = f.completionBp;
            if (completion > 10000 || completion < 0) {
                warn(Tr::tr("%1 is %2 % complete: counted as %3 %.")
                         .arg(title, percentFromBp(completion), completion > 10000 ? u"100"_s : u"0"_s));
                completion = std::clamp(completion, 0, 10000);
            }
            // Paid at or above the threshold, after a passed or partly passed defence.
            if (completion < qint64(t.thresholdPercent) * 100)
                continue;
            if (f.defence != Defence::Passed && f.defence != Defence::Partly)
                continue;
            if (f.team.isEmpty()) {
                warn(Tr::tr("%1 has no team: not paid.").arg(title));
                continue;
            }
            splitFundable(ti, f, title, completion);
        }
    }

    void splitFundable(int ti, const FundableProject &f, const QString &title, int completion)
    {
        // Members by login, shares of the same login added up.
        QList<TeamShare> team;
        bool negative = false;
        bool repeated = false;
        for (const TeamShare &s : f.team) {
            const QString key = normalisedLogin(s.login);
            if (key.isEmpty()) {
                warn(Tr::tr("%1 has a team member without a login: left out.").arg(title));
                continue;
            }
            const int share = std::max(0, s.shareBp);
            negative = negative || s.shareBp < 0;
            const auto it = std::find_if(team.begin(), team.end(),
                                         [&](const TeamShare &m) { return normalisedLogin(m.login) == key; });
            if (it != team.end()) {
                repeated = true;
                it->shareBp += share;
            } else {
                team.append({s.login, share});
            }
        }
        if (team.isEmpty())
            return;
        if (negative)
            warn(Tr::tr("%1 has negative shares: counted as 0.").arg(title));
        if (repeated)
            warn(Tr::tr("%1 lists a member twice: their shares are added up.").arg(title));
        std::sort(team.begin(), team.end(), [](const TeamShare &a, const TeamShare &b) {
            return loginLess(displayLogin(a.login), displayLogin(b.login));
        });
        QList<qint64> weights;
        qint64 sum = 0;
        for (const TeamShare &m : team) {
            weights.append(m.shareBp);
            sum += m.shareBp;
        }
        if (sum != 0 && sum != 10000)
            warn(
                Tr::tr("The shares of %1 sum to %2 %, not 100 %: split in proportion.").arg(title, percentFromBp(sum)));
        const qint64 starsMilli = mulDivRound(f.stars.milli(), completion, 10000);
        const Fen wholeFen = mulDivRound(f.stars.milli() * completion, m_in.rules.starFen, Stars::Scale * 10000);
        const QList<qint64> starParts = splitLargestRemainder(starsMilli, weights);
        const QList<qint64> fenParts = splitLargestRemainder(wholeFen, weights);
        const bool equal = sum == 0;
        for (int i = 0; i < team.size(); ++i) {
            if (starParts.at(i) == 0 && fenParts.at(i) == 0)
                continue;
            QString item = Tr::tr("%1 (%2 % complete)").arg(title, percentFromBp(completion));
            if (team.size() > 1)
                item = equal ? Tr::tr("%1 (%2 % complete, shared by %n)", nullptr, int(team.size()))
                                   .arg(title, percentFromBp(completion))
                             : Tr::tr("%1 (%2 % complete, share %3 %)")
                                   .arg(title, percentFromBp(completion),
                                        percentFromBp(mulDivRound(team.at(i).shareBp, 10000, sum)));
            const int p = personFor(team.at(i).login, item);
            if (p >= 0)
                addLine(p, ti, f.number, 0, item, Stars::fromMilli(starParts.at(i)), fenParts.at(i), f.completedAt);
        }
    }

    void warnUnknownTracks()
    {
        for (auto it = m_unknownTracks.cbegin(); it != m_unknownTracks.cend(); ++it)
            warn(Tr::tr("Track %1 is not defined: %n item(s) left out.", nullptr, it.value()).arg(it.key()));
    }

    void buildPeople()
    {
        const Fen cap = m_in.rules.capFen;
        m_report.people.reserve(m_acc.size());
        QList<int> order(m_acc.size());
        for (int i = 0; i < m_acc.size(); ++i)
            order[i] = i;
        QList<Stars> stars(m_acc.size());
        for (int i = 0; i < m_acc.size(); ++i)
            for (const SortedLine &l : std::as_const(m_acc.at(i).lines))
                stars[i] += l.line.stars;
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            if (stars.at(a) != stars.at(b))
                return stars.at(a) > stars.at(b);
            return loginLess(m_acc.at(a).login, m_acc.at(b).login);
        });
        for (int idx : std::as_const(order)) {
            PersonAcc &acc = m_acc[idx];
            std::sort(acc.lines.begin(), acc.lines.end(), [](const SortedLine &a, const SortedLine &b) {
                if (a.trackIndex != b.trackIndex)
                    return a.trackIndex < b.trackIndex;
                if (a.number != b.number)
                    return a.number < b.number;
                if (a.stage != b.stage)
                    return a.stage < b.stage;
                return a.line.item < b.line.item;
            });
            PersonPayout p;
            p.login = acc.login;
            p.name = acc.name;
            p.stars = stars.at(idx);
            p.lines.reserve(acc.lines.size());
            for (SortedLine &l : acc.lines) {
                p.grossFen += l.line.fen;
                if (l.line.at.isValid() && (!p.lastCompletion.isValid() || l.line.at > p.lastCompletion))
                    p.lastCompletion = l.line.at;
                p.lines.append(std::move(l.line));
            }
            p.paidFen = p.grossFen;
            if (cap > 0 && p.grossFen > cap) {
                p.capped = true;
                p.paidFen = cap;
                QList<qint64> weights;
                weights.reserve(p.lines.size());
                for (const PayoutLine &l : std::as_const(p.lines))
                    weights.append(l.fen);
                const QList<qint64> parts = splitLargestRemainder(cap, weights);
                for (int i = 0; i < p.lines.size(); ++i)
                    p.lines[i].paidFen = parts.at(i);
            }
            m_report.grossFen += p.grossFen;
            m_report.totalFen += p.paidFen;
            m_report.people.append(std::move(p));
        }
        m_report.capReductionFen = m_report.grossFen - m_report.totalFen;
        m_report.poolFen = m_in.rules.poolFen;
        m_report.currency = m_in.rules.currency;
    }

    void buildTracks()
    {
        QHash<qint64, int> at;
        for (int i = 0; i < m_in.tracks.size(); ++i) {
            const PayoutTrack &t = m_in.tracks.at(i);
            if (m_trackIndex.value(t.id, -1) != i)
                continue;
            TrackPayout tp;
            tp.id = t.id;
            tp.kind = t.kind;
            tp.name = t.name;
            tp.budgetFen = t.budgetFen;
            at.insert(t.id, int(m_report.tracks.size()));
            m_report.tracks.append(tp);
        }
        for (const PersonPayout &p : std::as_const(m_report.people))
            for (const PayoutLine &l : p.lines) {
                TrackPayout &tp = m_report.tracks[at.value(l.trackId)];
                tp.grossFen += l.fen;
                tp.committedFen += l.paidFen;
            }
        for (TrackPayout &tp : m_report.tracks) {
            tp.overBudget = tp.budgetFen > 0 && tp.committedFen > tp.budgetFen;
            if (tp.overBudget)
                warn(Tr::tr("“%1” commits %2, over its budget of %3.")
                         .arg(tp.name.isEmpty() ? Tr::tr("track %1").arg(tp.id) : tp.name, money(tp.committedFen),
                              money(tp.budgetFen)));
        }
        m_report.overPool = m_report.poolFen > 0 && m_report.totalFen > m_report.poolFen;
        if (m_report.overPool)
            warn(Tr::tr("The payouts total %1, over the prize pool of %2.")
                     .arg(money(m_report.totalFen), money(m_report.poolFen)));
    }

    void buildStarsOfTheEvent()
    {
        QList<int> candidates;
        for (int i = 0; i < m_report.people.size(); ++i)
            if (m_report.people.at(i).stars.milli() > 0)
                candidates.append(i);
        const auto better = [&](int a, int b) {
            const PersonPayout &x = m_report.people.at(a);
            const PersonPayout &y = m_report.people.at(b);
            if (x.stars != y.stars)
                return x.stars > y.stars;
            // Earliest last completion first; an unknown time counts as the latest.
            if (x.lastCompletion.isValid() != y.lastCompletion.isValid())
                return x.lastCompletion.isValid();
            if (x.lastCompletion != y.lastCompletion)
                return x.lastCompletion < y.lastCompletion;
            return loginLess(x.login, y.login);
        };
        const auto n = std::min<qsizetype>(3, candidates.size());
        std::partial_sort(candidates.begin(), candidates.begin() + n, candidates.end(), better);
        for (qsizetype i = 0; i < n; ++i)
            m_report.starsOfTheEvent.append(m_report.people.at(candidates.at(i)).login);
    }
};

// Stars as a JSON number: the shortest decimal that reads back as the same double, which for
// thousandths is the exact decimal (0.025, 7.85, 13).
QJsonValue jsonStars(Stars stars)
{
    return double(stars.milli()) / Stars::Scale;
}

QJsonValue jsonDate(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// A CSV text field: a would-be formula kept text (spreadsheetText), quoted when it holds a comma, a quote
// or a line break.
QByteArray payoutCsvField(const QString &s)
{
    QByteArray b = spreadsheetText(s).toUtf8();
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r')) {
        b.replace("\"", "\"\"");
        b.prepend('"');
        b.append('"');
    }
    return b;
}

} // namespace

QList<GradeTier> PayoutTrack::defaultGrades()
{
    return {{u"及格"_s, Stars::whole(3)},
            {u"良好"_s, Stars::whole(4)},
            {u"优秀"_s, Stars::whole(5)},
            {u"特别优秀"_s, Stars::whole(6)}};
}

PayoutTrack PayoutTrack::fromTrack(const Track &track, const QList<RewardTier> &tiers)
{
    PayoutTrack t;
    t.id = track.id;
    t.kind = track.kind;
    t.name = track.name;
    t.budgetFen = track.budgetFen;
    t.quota = track.quota;
    t.quotaStars = track.quotaStars;
    t.monthsRule = track.monthsRule;
    t.thresholdPercent = track.thresholdPercent;
    QList<RewardTier> own;
    for (const RewardTier &r : tiers)
        if (r.trackId == track.id || r.trackId == 0)
            own.append(r);
    std::stable_sort(own.begin(), own.end(),
                     [](const RewardTier &a, const RewardTier &b) { return a.position < b.position; });
    if (track.kind == TrackKind::Camp && !own.isEmpty()) {
        t.grades.clear();
        for (const RewardTier &r : std::as_const(own))
            t.grades.append({r.name, r.stars});
    }
    const bool anyCash =
        std::any_of(own.cbegin(), own.cend(), [](const RewardTier &r) { return r.cashFen.has_value(); });
    if (track.kind == TrackKind::Articles && anyCash) {
        t.rankPrizesFen.clear();
        for (const RewardTier &r : std::as_const(own))
            if (r.cashFen)
                t.rankPrizesFen.append(*r.cashFen);
    }
    return t;
}

QList<qint64> splitLargestRemainder(qint64 total, const QList<qint64> &weights)
{
    const qsizetype n = weights.size();
    QList<qint64> parts(n, 0);
    if (n == 0)
        return parts;
    Int128 sum = 0;
    for (qint64 w : weights)
        sum += std::max<qint64>(0, w);
    const bool equal = sum == 0;
    if (equal)
        sum = n;
    QList<std::pair<qint64, qsizetype>> remainders; // remainder, index
    remainders.reserve(n);
    qint64 given = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const Int128 w = equal ? 1 : std::max<qint64>(0, weights.at(i));
        const Int128 p = static_cast<Int128>(total) * w;
        parts[i] = static_cast<qint64>(p / sum);
        given += parts.at(i);
        remainders.append({static_cast<qint64>(p % sum), i});
    }
    std::sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (qint64 left = total - given, k = 0; left > 0; --left, ++k)
        ++parts[remainders.at(k).second];
    return parts;
}

PayoutReport calculatePayouts(const PayoutInput &input)
{
    return Calculator(input).run();
}

QByteArray payoutReportToJson(const PayoutReport &report)
{
    QJsonArray people;
    for (const PersonPayout &p : report.people) {
        QJsonArray lines;
        for (const PayoutLine &l : p.lines)
            lines.append(QJsonObject{{u"track"_s, l.trackId},
                                     {u"kind"_s, trackKindKey(l.kind)},
                                     {u"item"_s, l.item},
                                     {u"stars"_s, jsonStars(l.stars)},
                                     {u"fen"_s, l.fen},
                                     {u"paid_fen"_s, l.paidFen}});
        people.append(QJsonObject{{u"login"_s, p.login},
                                  {u"name"_s, p.name},
                                  {u"stars"_s, jsonStars(p.stars)},
                                  {u"gross_fen"_s, p.grossFen},
                                  {u"paid_fen"_s, p.paidFen},
                                  {u"capped"_s, p.capped},
                                  {u"last_completion"_s, jsonDate(p.lastCompletion)},
                                  {u"lines"_s, lines}});
    }
    QJsonArray tracks;
    for (const TrackPayout &t : report.tracks)
        tracks.append(QJsonObject{{u"id"_s, t.id},
                                  {u"kind"_s, trackKindKey(t.kind)},
                                  {u"name"_s, t.name},
                                  {u"budget_fen"_s, t.budgetFen},
                                  {u"gross_fen"_s, t.grossFen},
                                  {u"committed_fen"_s, t.committedFen},
                                  {u"over_budget"_s, t.overBudget}});
    QJsonArray overQuota;
    for (const OverQuotaArticle &o : report.overQuota)
        overQuota.append(QJsonObject{{u"track"_s, o.trackId},
                                     {u"number"_s, o.number},
                                     {u"login"_s, o.login},
                                     {u"title"_s, o.title},
                                     {u"merged_at"_s, jsonDate(o.mergedAt)},
                                     {u"position"_s, o.position}});
    const QJsonObject json{{u"people"_s, people},
                           {u"tracks"_s, tracks},
                           {u"currency"_s, report.currency},
                           {u"total_fen"_s, report.totalFen},
                           {u"gross_fen"_s, report.grossFen},
                           {u"cap_reduction_fen"_s, report.capReductionFen},
                           {u"pool_fen"_s, report.poolFen},
                           {u"over_pool"_s, report.overPool},
                           {u"stars_of_the_event"_s, QJsonArray::fromStringList(report.starsOfTheEvent)},
                           {u"over_quota"_s, overQuota},
                           {u"warnings"_s, QJsonArray::fromStringList(report.warnings)}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray payoutReportToCsv(const PayoutReport &report)
{
    QByteArray out = "login,name,track,item,stars,fen,gross_fen,paid_fen,capped\r\n";
    for (const PersonPayout &p : report.people) {
        const QByteArray login = payoutCsvField(p.login);
        const QByteArray name = payoutCsvField(p.name);
        const QByteArray tail = ',' + QByteArray::number(p.grossFen) + ',' + QByteArray::number(p.paidFen) + ',' +
                                (p.capped ? QByteArrayLiteral("true") : QByteArrayLiteral("false")) + "\r\n";
        for (const PayoutLine &l : p.lines) {
            out += login + ',' + name + ',' + QByteArray::number(l.trackId) + ',' + payoutCsvField(l.item) + ',' +
                   l.stars.toString().toLatin1() + ',' + QByteArray::number(l.fen) + tail;
        }
    }
    return out;
}

} // namespace hd
