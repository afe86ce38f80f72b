#include "judgingrules.h"

#include "model/participant.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Judging)
};

// A standard deviation below this is taken as zero: the judge gave every submission the same score.
constexpr double SigmaEpsilon = 1e-9;

QString personKey(QStringView login)
{
    QStringView l = login.trimmed();
    if (l.startsWith(u'@'))
        l = l.mid(1);
    return l.toString().toLower();
}

QString nameKey(QStringView name)
{
    return name.trimmed().toString().toLower();
}

qint64 sixDecimals(double value)
{
    return std::llround(value * 1e6);
}

} // namespace

QStringList rubricProblems(const Rubric &rubric)
{
    QStringList problems;
    if (rubric.scaleMin < 0 || rubric.scaleMax > 100 || rubric.scaleMin >= rubric.scaleMax)
        problems << Tr::tr("The scale must run from a lower to a higher whole number between 0 and 100 (it is %1-%2).")
                        .arg(rubric.scaleMin)
                        .arg(rubric.scaleMax);
    const int judged = int(rubric.judgedCriteria().size());
    if (judged < 3 || judged > 6)
        problems << Tr::tr("A rubric needs 3 to 6 criteria scored by the judges; this one has %1.").arg(judged);
    QSet<QString> names;
    QSet<Figure> figures;
    for (qsizetype i = 0; i < rubric.criteria.size(); ++i) {
        const Criterion &c = rubric.criteria[i];
        const QString name = c.name.trimmed();
        const QString label = name.isEmpty() ? Tr::tr("Criterion %1").arg(i + 1) : name;
        if (name.isEmpty())
            problems << Tr::tr("Criterion %1 needs a name.").arg(i + 1);
        else if (names.contains(name.toLower()))
            problems << Tr::tr("Two criteria are called \"%1\".").arg(name);
        names.insert(name.toLower());
        if (c.weight < 1 || c.weight > 1000)
            problems
                << Tr::tr("%1: the weight must be a whole number from 1 to 1000 (it is %2).").arg(label).arg(c.weight);
        if (c.figure) {
            if (figures.contains(*c.figure))
                problems << Tr::tr("Two criteria are derived from %1.").arg(figureName(*c.figure));
            figures.insert(*c.figure);
            continue;
        }
        QSet<int> scores;
        bool hasMin = false;
        for (const Anchor &a : c.anchors) {
            if (a.score < rubric.scaleMin || a.score > rubric.scaleMax)
                problems << Tr::tr("%1: the description of %2 is outside the scale %3-%4.")
                                .arg(label)
                                .arg(a.score)
                                .arg(rubric.scaleMin)
                                .arg(rubric.scaleMax);
            if (scores.contains(a.score))
                problems << Tr::tr("%1: the level %2 is described twice.").arg(label).arg(a.score);
            if (a.text.trimmed().isEmpty())
                problems << Tr::tr("%1: the description of %2 is empty.").arg(label).arg(a.score);
            scores.insert(a.score);
            hasMin = hasMin || a.score == rubric.scaleMin;
        }
        if (!hasMin)
            problems << Tr::tr("%1: describe the lowest score %2, so that every level has a description.")
                            .arg(label)
                            .arg(rubric.scaleMin);
    }
    return problems;
}

const Anchor *anchorFor(const Criterion &criterion, int score)
{
    const Anchor *best = nullptr;
    for (const Anchor &a : criterion.anchors)
        if (a.score <= score && (!best || a.score > best->score))
            best = &a;
    return best;
}

QStringList campMentors(QStringView written)
{
    static const QRegularExpression separators(u"[,，、;；/\\n]+"_s);
    static const QRegularExpression loginPattern(u"@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)"_s);
    static const QRegularExpression brackets(u"[()（）\\[\\]<>《》]"_s);
    QStringList out;
    auto add = [&out](const QString &entry) {
        const QString e = entry.simplified();
        if (!e.isEmpty() && !out.contains(e, Qt::CaseInsensitive))
            out << e;
    };
    for (const QString &piece : written.toString().split(separators, Qt::SkipEmptyParts)) {
        QString rest = piece;
        auto it = loginPattern.globalMatch(piece);
        while (it.hasNext())
            add(it.next().captured(1));
        rest.remove(loginPattern);
        rest.replace(brackets, u" "_s);
        add(rest);
    }
    return out;
}

std::optional<SubmissionLink> parseSubmissionLink(QStringView text, QString *problem)
{
    static const QStringList kinds = {u"pr"_s, u"slides"_s, u"report"_s, u"article"_s, u"other"_s};
    const QString t = text.trimmed().toString();
    auto fail = [&](const QString &why) -> std::optional<SubmissionLink> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    SubmissionLink link{u"other"_s, t};
    if (!t.startsWith(u"http://", Qt::CaseInsensitive) && !t.startsWith(u"https://", Qt::CaseInsensitive)) {
        const qsizetype colon = t.indexOf(u':');
        const QString kind = colon > 0 ? t.left(colon).trimmed().toLower() : QString();
        if (!kinds.contains(kind))
            return fail(Tr::tr("\"%1\" is not kind:url with kind pr, slides, report, article or other, nor an address.")
                            .arg(t));
        link = {kind, t.mid(colon + 1).trimmed()};
    }
    if (!isWebAddress(link.url))
        return fail(Tr::tr("\"%1\" is not an http(s) address.").arg(link.url));
    return link;
}

std::optional<QString> conflictReason(const JudgeProfile &judge, const SubmissionProfile &submission)
{
    const QString login = personKey(judge.login);
    const QString name = nameKey(judge.name);
    const QString organisation = nameKey(judge.organisation);
    for (const auto &author : submission.authors)
        if (!login.isEmpty() && personKey(author.login) == login)
            return Tr::tr("@%1 is one of its authors").arg(author.login);
    for (const JudgeConflict &c : judge.conflicts) {
        switch (c.kind) {
        case JudgeConflict::Kind::Participant:
            for (const auto &author : submission.authors)
                if (personKey(author.login) == personKey(c.value))
                    return Tr::tr("declared a conflict with @%1").arg(author.login);
            break;
        case JudgeConflict::Kind::Team:
            if (!submission.teamName.isEmpty() && nameKey(submission.teamName) == nameKey(c.value))
                return Tr::tr("declared a conflict with the team %1").arg(submission.teamName);
            break;
        case JudgeConflict::Kind::Organisation:
            for (const auto &author : submission.authors)
                if (!nameKey(c.value).isEmpty() && nameKey(author.organisation) == nameKey(c.value))
                    return Tr::tr("declared a conflict with %1, the organisation of @%2")
                        .arg(author.organisation, author.login);
            break;
        }
    }
    if (!organisation.isEmpty())
        for (const auto &author : submission.authors)
            if (nameKey(author.organisation) == organisation)
                return Tr::tr("same organisation as @%1 (%2)").arg(author.login, author.organisation);
    if (!login.isEmpty() || !name.isEmpty())
        for (const auto &author : submission.authors)
            for (const QString &mentor : author.mentors)
                if ((!login.isEmpty() && personKey(mentor) == login) || (!name.isEmpty() && nameKey(mentor) == name))
                    return Tr::tr("mentors @%1 in the code camp").arg(author.login);
    return std::nullopt;
}

double figureScore(qint64 value, qint64 maxInTrack, int scaleMin, int scaleMax)
{
    if (maxInTrack <= 0)
        return scaleMin;
    const double x = double(std::clamp<qint64>(value, 0, maxInTrack));
    return scaleMin + (scaleMax - scaleMin) * std::log1p(x) / std::log1p(double(maxInTrack));
}

QHash<qint64, QHash<qint64, double>> derivedScores(const Rubric &rubric, const QList<Submission> &submissions)
{
    QHash<qint64, QHash<qint64, double>> out;
    for (const Criterion &c : rubric.criteria) {
        if (!c.figure)
            continue;
        qint64 max = 0;
        for (const Submission &s : submissions)
            max = std::max(max, s.figure(*c.figure).value_or(0));
        for (const Submission &s : submissions)
            out[s.id].insert(c.id, figureScore(s.figure(*c.figure).value_or(0), max, rubric.scaleMin, rubric.scaleMax));
    }
    return out;
}

std::optional<double> weightedScore(const Rubric &rubric, const QMap<qint64, int> &scores,
                                    const QHash<qint64, double> &derived)
{
    double sum = 0;
    qint64 weights = 0;
    for (const Criterion &c : rubric.criteria) {
        double score = 0;
        if (c.judged()) {
            const auto it = scores.constFind(c.id);
            if (it == scores.cend())
                return std::nullopt;
            score = *it;
        } else {
            score = derived.value(c.id, double(rubric.scaleMin));
        }
        sum += c.weight * score;
        weights += c.weight;
    }
    if (weights <= 0)
        return std::nullopt;
    return sum / double(weights);
}

QStringList sheetProblems(const Rubric &rubric, const QMap<qint64, int> &scores, SheetStatus status,
                          const QString &comment)
{
    QStringList problems;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        const Criterion *c = rubric.criterion(it.key());
        if (!c)
            problems << Tr::tr("The rubric has no criterion #%1.").arg(it.key());
        else if (!c->judged())
            problems << Tr::tr("%1 is derived from the reported figures; judges do not score it.").arg(c->name);
        else if (*it < rubric.scaleMin || *it > rubric.scaleMax)
            problems << Tr::tr("%1: %2 is outside the scale %3-%4.")
                            .arg(c->name)
                            .arg(*it)
                            .arg(rubric.scaleMin)
                            .arg(rubric.scaleMax);
    }
    if (status == SheetStatus::Submitted) {
        QStringList missing;
        for (const Criterion &c : rubric.criteria)
            if (c.judged() && !scores.contains(c.id))
                missing << c.name;
        if (!missing.isEmpty())
            problems
                << Tr::tr("Fill in every criterion before submitting; still empty: %1.").arg(missing.join(u", "_s));
    }
    if (comment.size() > MaxCommentLength)
        problems
            << Tr::tr("The comment is too long (%1 characters; at most %2).").arg(comment.size()).arg(MaxCommentLength);
    return problems;
}

SheetValidation validateSheet(const Rubric &rubric, const QMap<qint64, QString> &texts, const QString &comment,
                              SheetStatus target)
{
    SheetValidation v;
    QStringList missing;
    QList<qint64> missingIds;
    for (const Criterion &c : rubric.criteria) {
        if (!c.judged())
            continue;
        ++v.total;
        const QString text = texts.value(c.id).trimmed();
        if (text.isEmpty()) {
            missing << c.name;
            missingIds << c.id;
            continue;
        }
        bool ok = false;
        const int score = text.toInt(&ok);
        if (!ok) {
            v.problems << Tr::tr("%1: \"%2\" is not a whole number.").arg(c.name, text);
            v.badCriteria << c.id;
        } else if (score < rubric.scaleMin || score > rubric.scaleMax) {
            v.problems << Tr::tr("%1: %2 is outside the scale %3-%4.")
                              .arg(c.name)
                              .arg(score)
                              .arg(rubric.scaleMin)
                              .arg(rubric.scaleMax);
            v.badCriteria << c.id;
        } else {
            v.scores.insert(c.id, score);
            ++v.filled;
        }
    }
    if (target == SheetStatus::Submitted && !missing.isEmpty()) {
        v.problems << Tr::tr("Fill in every criterion before submitting; still empty: %1.").arg(missing.join(u", "_s));
        v.badCriteria << missingIds;
    }
    if (comment.size() > MaxCommentLength)
        v.problems
            << Tr::tr("The comment is too long (%1 characters; at most %2).").arg(comment.size()).arg(MaxCommentLength);
    return v;
}

QList<double> normalisedScores(const QList<JudgeScore> &scores)
{
    // Sums in a fixed order (judge, submission), so that the input order never changes a digit.
    QList<qsizetype> order(scores.size());
    for (qsizetype i = 0; i < scores.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return std::pair(scores[a].judgeId, scores[a].submissionId) <
               std::pair(scores[b].judgeId, scores[b].submissionId);
    });
    auto meanAndSigma = [&](auto &&include) {
        double sum = 0;
        int n = 0;
        for (qsizetype i : order)
            if (include(scores[i])) {
                sum += scores[i].weighted;
                ++n;
            }
        if (n == 0)
            return std::pair(0.0, 0.0);
        const double mean = sum / n;
        double squares = 0;
        for (qsizetype i : order)
            if (include(scores[i])) {
                const double d = scores[i].weighted - mean;
                squares += d * d;
            }
        return std::pair(mean, std::sqrt(squares / n));
    };
    const auto [mu, sigma] = meanAndSigma([](const JudgeScore &) { return true; });
    QHash<qint64, std::pair<double, double>> perJudge;
    for (const JudgeScore &s : scores)
        if (!perJudge.contains(s.judgeId))
            perJudge.insert(s.judgeId, meanAndSigma([&](const JudgeScore &o) { return o.judgeId == s.judgeId; }));
    QList<double> out;
    out.reserve(scores.size());
    for (const JudgeScore &s : scores) {
        const auto [muJ, sigmaJ] = perJudge.value(s.judgeId);
        out.append(sigmaJ < SigmaEpsilon ? mu : mu + sigma * (s.weighted - muJ) / sigmaJ);
    }
    return out;
}

QList<SubmissionResult> rankSubmissions(const QList<JudgeScore> &scores, const QList<qint64> &submissions)
{
    const QList<double> normalised = normalisedScores(scores);
    struct Sums
    {
        QList<std::pair<qint64, std::pair<double, double>>> byJudge; // judge -> (w, n)
    };
    QHash<qint64, Sums> sums;
    for (qsizetype i = 0; i < scores.size(); ++i)
        sums[scores[i].submissionId].byJudge.append({scores[i].judgeId, {scores[i].weighted, normalised[i]}});

    QList<qint64> ids = submissions;
    for (const JudgeScore &s : scores)
        ids.append(s.submissionId);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());

    QList<SubmissionResult> results;
    for (qint64 id : ids) {
        SubmissionResult r;
        r.submissionId = id;
        auto it = sums.find(id);
        if (it != sums.end() && !it->byJudge.isEmpty()) {
            std::sort(it->byJudge.begin(), it->byJudge.end());
            double w = 0, n = 0;
            for (const auto &[judge, values] : it->byJudge) {
                w += values.first;
                n += values.second;
            }
            r.judges = int(it->byJudge.size());
            r.raw = w / r.judges;
            r.normalised = n / r.judges;
        }
        results.append(r);
    }
    std::stable_sort(results.begin(), results.end(), [](const SubmissionResult &a, const SubmissionResult &b) {
        if ((a.judges > 0) != (b.judges > 0))
            return a.judges > 0;
        if (a.judges == 0)
            return a.submissionId < b.submissionId;
        if (sixDecimals(a.normalised) != sixDecimals(b.normalised))
            return sixDecimals(a.normalised) > sixDecimals(b.normalised);
        if (sixDecimals(a.raw) != sixDecimals(b.raw))
            return sixDecimals(a.raw) > sixDecimals(b.raw);
        if (a.judges != b.judges)
            return a.judges > b.judges;
        return a.submissionId < b.submissionId;
    });
    int rank = 0;
    for (SubmissionResult &r : results)
        r.rank = r.judges > 0 ? ++rank : 0;
    return results;
}

QString formatResult(double value)
{
    double rounded = std::round(value * 1000.0) / 1000.0;
    if (rounded == 0)
        rounded = 0; // never "-0.000"
    return QString::number(rounded, 'f', 3);
}

QString lockProblem(const TrackLock &lock, const QString &trackName)
{
    if (!lock.finalised)
        return {};
    return Tr::tr("The results of \"%1\" are final (finalised %2 by %3): unlock the track, giving a reason, to "
                  "change its scores, assignments or rubric.")
        .arg(trackName, lock.at.toString(u"yyyy-MM-dd HH:mm"_s), lock.by);
}

QString unlockReasonProblem(const QString &reason)
{
    const QString r = reason.trimmed();
    if (r.isEmpty())
        return Tr::tr("Give a reason for unlocking: it goes into the judging log.");
    if (r.size() > 500)
        return Tr::tr("The reason is too long (%1 characters; at most 500).").arg(r.size());
    return {};
}

} // namespace hd
