#include "payoutdata.h"

#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/payoutrepository.h"

using namespace Qt::StringLiterals;

namespace hd {

PayoutInput payoutInput(const Database &db)
{
    PayoutInput in;
    EventRepository events(db);
    in.rules = PayoutRules::fromEvent(events.requireEvent());
    for (const Track &t : events.tracks())
        in.tracks.append(PayoutTrack::fromTrack(t, events.tiers(t.id)));
    for (const Participant &p : ParticipantRepository(db).all())
        in.people.append({p.login, p.name});

    const PayoutRepository payouts(db);
    in.tasks = payouts.completedTasks();
    in.camp = payouts.campResults();
    in.articles = payouts.articles();
    in.fundable = payouts.fundableProjects();
    return in;
}

PayoutReport computePayouts(const Database &db)
{
    return calculatePayouts(payoutInput(db));
}

} // namespace hd
