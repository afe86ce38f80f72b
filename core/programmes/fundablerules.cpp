#include "fundablerules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct TrFundable
{
    Q_DECLARE_TR_FUNCTIONS(FundableRules)
};
} // namespace

int subTaskCompletionBp(const QList<SubTask> &subTasks)
{
    qint64 done = 0, all = 0;
    for (const SubTask &s : subTasks) {
        const int w = s.weight > 0 ? s.weight : 1;
        all += w;
        if (s.done)
            done += w;
    }
    return all ? int(done * 10000 / all) : 0;
}

bool prListMentions(QStringView prs, QStringView repo, int number)
{
    // A link to the PR (any page of it), owner/name#N or #N, each standing on its own.
    static const QRegularExpression itemRe(
        u"(?:https?://(?:www\\.)?github\\.com/([A-Za-z0-9._-]+/[A-Za-z0-9._-]+)/(?:pull|issues)/([0-9]+)"
        u"|(?<![A-Za-z0-9._/-])([A-Za-z0-9._-]+/[A-Za-z0-9._-]+)?#([0-9]+))(?![0-9])"_s);
    auto it = itemRe.globalMatch(prs);
    while (it.hasNext()) {
        const auto m = it.next();
        const bool url = m.hasCaptured(2);
        const QStringView n = url ? m.capturedView(2) : m.capturedView(4);
        if (n.size() > 9 || n.toInt() != number)
            continue;
        const QStringView named = url ? m.capturedView(1) : m.capturedView(3);
        if (named.isEmpty() || named.compare(repo, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString withPrLink(const QString &prs, QStringView repo, int number)
{
    if (prListMentions(prs, repo, number))
        return prs;
    const QString url = u"https://github.com/%1/pull/%2"_s.arg(repo).arg(number);
    const QString kept = prs.trimmed();
    return kept.isEmpty() ? url : kept + u' ' + url;
}

QString subTasksProblem(const QList<SubTask> &subTasks)
{
    QSet<int> numbers;
    for (const SubTask &s : subTasks) {
        if (s.number <= 0)
            return TrFundable::tr("Sub-task numbers start at 1.");
        if (numbers.contains(s.number))
            return TrFundable::tr("Sub-task No.%1 is listed twice.").arg(s.number);
        numbers.insert(s.number);
        if (s.title.trimmed().isEmpty())
            return TrFundable::tr("Sub-task No.%1 needs a title.").arg(s.number);
        if (s.weight < 0)
            return TrFundable::tr("Sub-task No.%1: the weight cannot be negative.").arg(s.number);
    }
    return {};
}

} // namespace hd
