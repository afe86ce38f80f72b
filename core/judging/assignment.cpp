#include "assignment.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Judging)
};

QList<qint64> sortedUnique(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}
} // namespace

int AssignmentResult::maxLoad() const
{
    int m = 0;
    for (int load : loads)
        m = std::max(m, load);
    return m;
}

int AssignmentResult::minLoad() const
{
    if (loads.isEmpty())
        return 0;
    int m = loads.first();
    for (int load : loads)
        m = std::min(m, load);
    return m;
}

AssignmentResult assignJudges(const AssignmentInput &input)
{
    const QList<qint64> judges = sortedUnique(input.judges);
    const QList<qint64> subs = sortedUnique(input.submissions);
    const int k = std::max(0, input.perSubmission);
    QHash<qint64, int> judgeIndex;
    for (int j = 0; j < judges.size(); ++j)
        judgeIndex.insert(judges[j], j);
    QHash<qint64, int> subIndex;
    for (int s = 0; s < subs.size(); ++s)
        subIndex.insert(subs[s], s);

    // Existing assignments: kept, counted in the submission's judges and (for the track's judges) loads.
    QList<int> load(judges.size(), 0);
    QList<int> have(subs.size(), 0);
    QSet<QPair<qint64, qint64>> existing;
    for (const auto &pair : input.existing) {
        if (!subIndex.contains(pair.first) || existing.contains(pair))
            continue;
        existing.insert(pair);
        ++have[subIndex[pair.first]];
        if (judgeIndex.contains(pair.second))
            ++load[judgeIndex[pair.second]];
    }

    // Who may still be added to each submission, and how many it needs.
    QList<QList<int>> eligible(subs.size());
    QList<int> need(subs.size(), 0);
    for (int s = 0; s < subs.size(); ++s) {
        for (int j = 0; j < judges.size(); ++j) {
            const QPair<qint64, qint64> pair{subs[s], judges[j]};
            if (!existing.contains(pair) && !input.conflicts.contains(pair))
                eligible[s].append(j);
        }
        need[s] = std::min<int>(std::max(0, k - have[s]), int(eligible[s].size()));
    }

    // assigned[s]: judges added to s in this run; assignedTo[j]: submissions added to j in this run.
    QList<QSet<int>> assigned(subs.size());
    QList<QList<int>> assignedTo(judges.size());
    QList<int> judgeParent(judges.size());
    QList<int> subParent(subs.size());
    QList<bool> judgeSeen(judges.size());
    QList<bool> subSeen(subs.size());
    for (int s = 0; s < subs.size(); ++s) {
        for (int unit = 0; unit < need[s]; ++unit) {
            // Breadth-first over the residual graph: submission -> eligible judge not yet on it; judge ->
            // a submission assigned to it in this run (which could move to another judge).
            std::fill(judgeSeen.begin(), judgeSeen.end(), false);
            std::fill(subSeen.begin(), subSeen.end(), false);
            QList<int> queue{s};
            subSeen[s] = true;
            int best = -1;
            // No judge has less than the least load: reaching it ends the search.
            const int floor = *std::min_element(load.cbegin(), load.cend());
            for (qsizetype head = 0; head < queue.size() && !(best >= 0 && load[best] == floor); ++head) {
                const int u = queue[head];
                for (int j : eligible[u]) {
                    if (judgeSeen[j] || assigned[u].contains(j))
                        continue;
                    judgeSeen[j] = true;
                    judgeParent[j] = u;
                    if (best < 0 || load[j] < load[best] || (load[j] == load[best] && j < best))
                        best = j;
                    for (int v : assignedTo[j])
                        if (!subSeen[v]) {
                            subSeen[v] = true;
                            subParent[v] = j;
                            queue.append(v);
                        }
                }
            }
            if (best < 0)
                break; // cannot happen: need[s] <= eligible[s].size()
            // Augment: the path's submissions each take the next judge and leave the previous one.
            int j = best;
            for (;;) {
                const int u = judgeParent[j];
                assigned[u].insert(j);
                assignedTo[j].append(u);
                if (u == s)
                    break;
                const int previous = subParent[u];
                assigned[u].remove(previous);
                assignedTo[previous].removeOne(u);
                j = previous;
            }
            ++load[best];
        }
    }

    AssignmentResult result;
    for (int s = 0; s < subs.size(); ++s) {
        QList<int> js(assigned[s].cbegin(), assigned[s].cend());
        std::sort(js.begin(), js.end());
        for (int j : js)
            result.added.append({subs[s], judges[j]});
        const int total = have[s] + int(js.size());
        if (total >= k)
            continue;
        QStringList conflicted;
        for (int j = 0; j < judges.size(); ++j) {
            const auto it = input.conflicts.constFind({subs[s], judges[j]});
            if (it != input.conflicts.cend())
                conflicted << u"%1 (%2)"_s.arg(input.judgeLabels.value(judges[j], u"#%1"_s.arg(judges[j])), *it);
        }
        const QString label = input.submissionLabels.value(subs[s], u"#%1"_s.arg(subs[s]));
        QString reason = Tr::tr("%1 can have only %2 of the %3 judges it needs: the track has %n judge(s)", nullptr,
                                int(judges.size()))
                             .arg(label)
                             .arg(total)
                             .arg(k);
        if (!conflicted.isEmpty())
            reason += Tr::tr(", and these conflict: %1").arg(conflicted.join(u"; "_s));
        reason += u'.';
        result.gaps.append({subs[s], total, reason});
    }
    for (int j = 0; j < judges.size(); ++j)
        result.loads.insert(judges[j], load[j]);
    return result;
}

} // namespace hd
