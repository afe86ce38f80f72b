#include "sync.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GitHubSync)
};

} // namespace

QString githubTokenFromEnvironment()
{
    QString token = qEnvironmentVariable("GITHUB_TOKEN").trimmed();
    if (token.isEmpty())
        token = qEnvironmentVariable("GH_TOKEN").trimmed();
    return token;
}

SyncReport runSync(const Database &db, const SyncOptions &options, HttpTransport &transport, Clock &clock,
                   const CancelToken &cancel, SyncListener *listener)
{
    const SyncPlan plan = readSyncPlan(db, options.apiUrl, options.full);
    if (!options.token.isEmpty() && plan.apiUrl.scheme() == u"http" && !isLoopbackHost(plan.apiUrl.host()))
        throw Error(
            Tr::tr("Refusing to send the GitHub token over plain HTTP to %1; use https.").arg(plan.apiUrl.host()));
    proxyFor(plan.apiUrl); // a proxy setting that cannot be read stops the sync before its first request

    QStringList warnings;
    if (options.token.isEmpty()) {
        warnings << Tr::tr("No GitHub token: syncing anonymously, GitHub allows 60 requests an hour. Set one in "
                           "Settings or in the GITHUB_TOKEN environment variable.");
        if (listener)
            listener->warning(warnings.last());
    }

    GitHubOptions http;
    http.apiUrl = plan.apiUrl;
    http.token = options.token;
    http.transferTimeoutMs = options.transferTimeoutMs;
    http.maxRetries = options.maxRetries;
    http.backoffMs = options.backoffMs;
    http.maxWaitMs = options.maxWaitMs;
    GitHubClient client(transport, clock, http, cancel, listener);
    const SyncSnapshot snapshot = fetchSyncSnapshot(plan, client, clock, listener);
    if (cancel.isCancelled())
        throw SyncCancelled();

    if (listener)
        listener->step(Tr::tr("Saving what changed"));
    SyncReport report = applySyncSnapshot(db, plan, snapshot, clock.now());
    report.warnings = warnings + report.warnings;
    return report;
}

} // namespace hd
