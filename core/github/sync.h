#pragma once

#include "clock.h"
#include "githubclient.h"
#include "httptransport.h"
#include "syncapply.h"
#include "syncengine.h"

#include <QString>

// A whole GitHub sync: read the settings, fetch (syncengine.h), apply in one transaction (syncapply.h).
// Used by `hackdesk sync` and the window's Sync dialog (which runs it on a worker thread with its own
// database connection). See docs/sync.md.

namespace hd {

class Database;

// How to sync; everything else comes from the event's settings.
struct SyncOptions
{
    QString apiUrl;    // replaces github.api-url when set
    QString token;     // GitHub token; empty = anonymous with a warning. Never stored or shown.
    bool full = false; // ignore what earlier syncs stored: read every page again
    int transferTimeoutMs = 30'000;
    int maxRetries = 3;
    qint64 backoffMs = 1'000;
    qint64 maxWaitMs = 300'000; // longest rate-limit wait; beyond it the sync stops and says when to retry
};

// Runs a sync; throws hd::Error (SyncCancelled when cancelled) and then the database is unchanged.
SyncReport runSync(const Database &db, const SyncOptions &options, HttpTransport &transport, Clock &clock,
                   const CancelToken &cancel = {}, SyncListener *listener = nullptr);

// The token from the environment: GITHUB_TOKEN (or GH_TOKEN), trimmed; empty when unset.
QString githubTokenFromEnvironment();

} // namespace hd
