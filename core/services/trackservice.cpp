#include "trackservice.h"

#include "eventsettings.h"
#include "model/error.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/taskrepository.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
int wholeNumber(const QString &key, const QString &text, int min, int max)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < min || n > max)
        throw Error(
            TrackService::tr("%1 \"%2\" is not a whole number from %3 to %4.").arg(key, text).arg(min).arg(max));
    return n;
}

Fen amount(const Currency &c, const QString &key, const QString &text)
{
    const auto a = parseAmount(text.trimmed(), c);
    if (!a || *a < 0)
        throw Error(
            TrackService::tr("%1 \"%2\" is not an amount in %3 (such as 50 or 1000.50).").arg(key, text, c.code));
    return *a;
}

Stars stars(const QString &key, const QString &text)
{
    const auto s = Stars::parse(text.trimmed());
    if (!s || s->milli() < 0)
        throw Error(TrackService::tr("%1 \"%2\" is not a number of stars such as 3 or 0.5.").arg(key, text));
    return *s;
}
} // namespace

const QStringList &TrackService::keys()
{
    static const QStringList all = {
        u"name"_s,        u"budget"_s,   u"quota"_s, u"quota-stars"_s, u"threshold-percent"_s,
        u"months-rule"_s, u"position"_s, u"issue"_s};
    return all;
}

void TrackService::setField(Track &t, const Currency &c, const QString &key, const QString &value)
{
    if (key == u"name") {
        if (value.trimmed().isEmpty())
            throw Error(tr("A track needs a name."));
        t.name = value.trimmed();
    } else if (key == u"budget") {
        t.budgetFen = amount(c, key, value);
    } else if (key == u"quota") {
        t.quota = wholeNumber(key, value, 0, 1'000'000);
    } else if (key == u"quota-stars") {
        t.quotaStars = stars(key, value);
    } else if (key == u"threshold-percent") {
        t.thresholdPercent = wholeNumber(key, value, 0, 100);
    } else if (key == u"months-rule") {
        const QString v = value.trimmed().toLower();
        if (v != u"true" && v != u"false" && v != u"yes" && v != u"no" && v != u"1" && v != u"0")
            throw Error(tr("months-rule \"%1\" is not true or false.").arg(value));
        t.monthsRule = v == u"true" || v == u"yes" || v == u"1";
    } else {
        throw Error(tr("Unknown track key \"%1\"; known: %2.").arg(key, keys().join(u", "_s)));
    }
}

RewardTier TrackService::parseTier(const Currency &c, const QString &name, const QString &starsText,
                                   const QString &cash)
{
    RewardTier tier;
    tier.name = name.trimmed();
    if (tier.name.isEmpty())
        throw Error(tr("A reward tier needs a name."));
    if (starsText.trimmed().isEmpty() == cash.trimmed().isEmpty())
        throw Error(tr("Reward tier \"%1\" pays either stars or cash.").arg(tier.name));
    if (!starsText.trimmed().isEmpty())
        tier.stars = stars(tr("Reward tier \"%1\": stars").arg(tier.name), starsText);
    else
        tier.cashFen = amount(c, tr("Reward tier \"%1\": cash").arg(tier.name), cash);
    return tier;
}

qint64 TrackService::add(const Track &track)
{
    EventRepository events(m_db);
    Transaction tx(m_db);
    Track t = track;
    const QList<Track> all = events.tracks();
    t.position = all.isEmpty() ? 1 : all.last().position + 1;
    const qint64 id = events.addTrack(t);
    tx.commit();
    return id;
}

void TrackService::set(qint64 id, const QString &key, const QString &value)
{
    EventRepository events(m_db);
    const Currency c = Currency::of(events.requireEvent().currency);
    auto t = events.track(id);
    if (!t)
        throw Error(tr("There is no track %1.").arg(id));
    Transaction tx(m_db);
    if (key == u"position")
        events.moveTrack(id, wholeNumber(key, value, 1, int(events.tracks().size())) - 1);
    else if (key == u"issue")
        EventSettings(m_db).set(u"track.%1.issue"_s.arg(id), value);
    else {
        setField(*t, c, key, value);
        events.updateTrack(*t);
    }
    tx.commit();
}

void TrackService::move(qint64 id, int index)
{
    EventRepository(m_db).moveTrack(id, index);
}

RowSnapshot TrackService::remove(qint64 id)
{
    return EventRepository(m_db).removeTrack(id);
}

TrackService::Setup TrackService::setup(qint64 id) const
{
    const EventRepository events(m_db);
    const auto t = events.track(id);
    if (!t)
        throw Error(tr("There is no track %1.").arg(id));
    Setup s{*t, events.tiers(id), events.directions(id), events.setting(u"track.%1.issue"_s.arg(id)), {}};
    for (const Task &task : TaskRepository(m_db).all(id))
        if (task.directionId)
            s.taskDirection.append({task.id, task.directionId});
    return s;
}

void TrackService::save(const Setup &s)
{
    EventRepository events(m_db);
    const qint64 id = s.track.id;
    if (!events.track(id))
        throw Error(tr("There is no track %1.").arg(id));
    // Check before writing anything: names given twice, the issue reference.
    EventSettings::checkIssueRef(s.issue);
    QSet<QString> names;
    for (const RewardTier &tier : s.tiers) {
        if (names.contains(tier.name.trimmed()))
            throw Error(tr("Reward tier \"%1\" is named twice.").arg(tier.name.trimmed()));
        names.insert(tier.name.trimmed());
    }
    names.clear();
    for (const Direction &d : s.directions) {
        if (names.contains(d.name.trimmed()))
            throw Error(tr("Direction \"%1\" is named twice.").arg(d.name.trimmed()));
        names.insert(d.name.trimmed());
    }

    Transaction tx(m_db);
    events.updateTrack(s.track);
    events.setSetting(u"track.%1.issue"_s.arg(id), s.issue.trimmed());

    // Tiers: those gone are removed first (their names may be reused), then kept ones are written and new ones added.
    QSet<qint64> kept;
    for (const RewardTier &tier : s.tiers)
        if (tier.id)
            kept.insert(tier.id);
    for (const RewardTier &old : events.tiers(id))
        if (!kept.contains(old.id))
            events.removeTier(old.id);
    // Renames may swap names: park the kept ones under unique names first.
    for (const RewardTier &old : events.tiers(id)) {
        RewardTier parked = old;
        parked.name = u"\u0001%1"_s.arg(old.id);
        events.updateTier(parked);
    }
    int position = 0;
    QSet<qint64> existing;
    for (const RewardTier &old : events.tiers(id))
        existing.insert(old.id);
    for (RewardTier tier : s.tiers) {
        tier.trackId = id;
        tier.position = ++position;
        if (existing.contains(tier.id))
            events.updateTier(tier);
        else
            events.addTier(tier);
    }

    // Directions the same way; a removed one takes nothing with it but its tasks' link (SET NULL).
    kept.clear();
    for (const Direction &d : s.directions)
        if (d.id)
            kept.insert(d.id);
    for (const Direction &old : events.directions(id))
        if (!kept.contains(old.id))
            events.removeDirection(old.id);
    for (const Direction &old : events.directions(id))
        events.renameDirection(old.id, u"\u0001%1"_s.arg(old.id));
    existing.clear();
    for (const Direction &old : events.directions(id))
        existing.insert(old.id);
    for (Direction d : s.directions) {
        d.trackId = id;
        if (existing.contains(d.id))
            events.renameDirection(d.id, d.name);
        else
            events.addDirection(d); // with d.id and d.position when it comes back (undo)
    }
    // Tasks that lost a direction which is back (undo of a removal) get it again.
    TaskRepository tasks(m_db);
    for (const auto &[taskId, directionId] : s.taskDirection) {
        auto task = tasks.get(taskId);
        if (task && task->trackId == id && !task->directionId && kept.contains(directionId) &&
            !existing.contains(directionId)) {
            task->directionId = directionId;
            tasks.update(*task);
        }
    }
    tx.commit();
}

} // namespace hd
