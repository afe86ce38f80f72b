#include "eventsetupeditor.h"

#include "eventsession.h"
#include "services/eventsettings.h"
#include "storage/eventrepository.h"

#include <memory>

namespace hd {

QString EventSetupEditor::changeSettings(const QList<std::pair<QString, QString>> &values)
{
    if (values.isEmpty())
        return {};
    EventSession *s = m_session;
    // The event row and the settings as they were, put back whole on undo.
    auto before = std::make_shared<EventSetup>();
    const QString text = values.size() == 1 ? tr("Change %1").arg(values.first().first) : tr("Change the settings");
    return s->run(new EditCommand(
        s, text,
        [s, values, before] {
            EventSettings settings(s->database());
            *before = settings.load();
            for (const auto &[key, value] : values)
                settings.set(key, value);
        },
        [s, values, before] {
            EventRepository events(s->database());
            events.saveEvent(before->event);
            for (const auto &[key, value] : values)
                if (!EventSettings::find(key) || !EventSettings::find(key)->eventRow)
                    events.setSetting(key, before->settings.value(key));
        }));
}

QString EventSetupEditor::addTrack(const TrackService::Setup &setup)
{
    EventSession *s = m_session;
    auto id = std::make_shared<qint64>(0); // kept, so that redo after undo brings the same id back
    const QString error = s->run(new EditCommand(
        s, tr("Add track %1").arg(setup.track.name),
        [s, setup, id] {
            TrackService tracks(s->database());
            TrackService::Setup added = setup;
            added.track.id = *id;
            *id = added.track.id = tracks.add(added.track);
            tracks.save(added);
        },
        [s, id] { TrackService(s->database()).remove(*id); }));
    if (error.isEmpty())
        m_lastId = *id;
    return error;
}

QString EventSetupEditor::saveTrack(const TrackService::Setup &setup)
{
    EventSession *s = m_session;
    auto before = std::make_shared<TrackService::Setup>();
    return s->run(new EditCommand(
        s, tr("Edit track %1").arg(setup.track.name),
        [s, setup, before] {
            TrackService tracks(s->database());
            *before = tracks.setup(setup.track.id);
            tracks.save(setup);
        },
        [s, before] { TrackService(s->database()).save(*before); }));
}

QString EventSetupEditor::moveTrack(qint64 trackId, int index)
{
    EventSession *s = m_session;
    const auto track = EventRepository(s->database()).track(trackId);
    if (!track)
        return tr("That track no longer exists.");
    auto from = std::make_shared<int>(0);
    return s->run(new EditCommand(
        s, tr("Move track %1").arg(track->name),
        [s, trackId, index, from] {
            const QList<Track> all = EventRepository(s->database()).tracks();
            for (int i = 0; i < all.size(); ++i)
                if (all[i].id == trackId)
                    *from = i;
            TrackService(s->database()).move(trackId, index);
        },
        [s, trackId, from] { TrackService(s->database()).move(trackId, *from); }));
}

QString EventSetupEditor::removeTrack(qint64 trackId)
{
    EventSession *s = m_session;
    const auto track = EventRepository(s->database()).track(trackId);
    if (!track)
        return tr("That track no longer exists.");
    auto snapshot = std::make_shared<RowSnapshot>();
    return s->run(new EditCommand(
        s, tr("Remove track %1").arg(track->name),
        [s, trackId, snapshot] { *snapshot = TrackService(s->database()).remove(trackId); },
        [s, snapshot] { snapshot->restore(s->database()); }));
}

} // namespace hd
