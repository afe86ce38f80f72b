#pragma once

#include "services/trackservice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace hd {

class EventSession;

// The window's edits of the event's settings and tracks, each one undoable command on the session's stack.
// Every function returns an empty string on success or the reason nothing changed.
class EventSetupEditor
{
    Q_DECLARE_TR_FUNCTIONS(EventSetupEditor)
public:
    explicit EventSetupEditor(EventSession *session)
        : m_session(session)
    {}

    // Sets these settings (key, value) in this order, each checked as `config set` checks it.
    QString changeSettings(const QList<std::pair<QString, QString>> &values);

    // Adds a track with its tiers, directions and issue.
    QString addTrack(const TrackService::Setup &setup);
    // Writes the track's set-up (fields, tiers, directions, issue) over what it is now.
    QString saveTrack(const TrackService::Setup &setup);
    QString moveTrack(qint64 trackId, int index);
    // Refused with the reason while the track holds tasks, claims or submissions.
    QString removeTrack(qint64 trackId);

    qint64 lastInsertedId() const { return m_lastId; }

private:
    EventSession *m_session;
    qint64 m_lastId = 0;
};

} // namespace hd
