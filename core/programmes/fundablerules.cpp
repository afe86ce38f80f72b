#include "fundablerules.h"

namespace hd {

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

} // namespace hd
