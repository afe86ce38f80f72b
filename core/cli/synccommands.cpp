#include "synccommands.h"

#include "corecommands.h"
#include "github/sync.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Tells a person at a terminal, on stderr, about warnings and waits; stdout stays for the result.
class CliSyncListener final : public SyncListener
{
public:
    explicit CliSyncListener(QTextStream &err)
        : m_err(err)
    {}

    void waiting(qint64 msecsLeft, const QString &why) override
    {
        // One line when a wait starts, not one a second.
        if (why != m_why || msecsLeft > m_left)
            m_err << Tr::tr("Waiting %1 s: %2").arg((msecsLeft + 999) / 1000).arg(why) << Qt::endl;
        m_why = why;
        m_left = msecsLeft;
    }

    void warning(const QString &message) override { m_err << Tr::tr("warning: %1").arg(message) << Qt::endl; }

private:
    QTextStream &m_err;
    QString m_why;
    qint64 m_left = 0;
};

std::optional<int> intOption(const CommandContext &ctx, const QCommandLineParser &parser, const QString &name, int min,
                             int *value)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    *value = parser.value(name).toInt(&ok);
    if (!ok || *value < min) {
        ctx.err << Tr::tr("hackdesk sync: --%1 needs a whole number of at least %2.").arg(name).arg(min) << Qt::endl;
        return 2;
    }
    return std::nullopt;
}

int syncCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"api-url"_s, Tr::tr("GitHub's API, instead of the github.api-url setting."), u"URL"_s});
    parser.addOption({u"json"_s, Tr::tr("Print the result as one JSON object.")});
    parser.addOption({u"full"_s, Tr::tr("Read every page again instead of only what changed since the last sync.")});
    parser.addOption(
        {u"max-wait"_s, Tr::tr("Wait at most this long for a rate limit, else stop (default 300)."), u"SECONDS"_s});
    parser.addOption(
        {u"timeout"_s, Tr::tr("Give up on a request when nothing arrives for this long (default 30)."), u"SECONDS"_s});
    parser.addOption(
        {u"retries"_s, Tr::tr("Retries of a request after a server error or timeout (default 3)."), u"N"_s});
    if (auto code = parseCommandArgs(
            ctx, parser,
            Tr::tr("Reads claims and PRs from GitHub into the event: the track issues, their comments and the PRs "
                   "of the watched repos. The token comes from GITHUB_TOKEN.")))
        return *code;

    SyncOptions options;
    options.apiUrl = parser.value(u"api-url"_s);
    options.full = parser.isSet(u"full"_s);
    options.token = githubTokenFromEnvironment();
    int maxWait = 300, timeout = 30, retries = 3;
    if (auto code = intOption(ctx, parser, u"max-wait"_s, 0, &maxWait))
        return *code;
    if (auto code = intOption(ctx, parser, u"timeout"_s, 1, &timeout))
        return *code;
    if (auto code = intOption(ctx, parser, u"retries"_s, 0, &retries))
        return *code;
    options.maxWaitMs = qint64(maxWait) * 1000;
    options.transferTimeoutMs = timeout * 1000;
    options.maxRetries = retries;

    const Database &db = ctx.database();
    NetworkTransport transport;
    SystemClock clock;
    CliSyncListener listener(ctx.err);
    const SyncReport report = runSync(db, options, transport, clock, CancelToken(), &listener);

    if (parser.isSet(u"json"_s)) {
        ctx.out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const QString &change : report.changes)
        ctx.out << Tr::tr("changed: %1").arg(change) << Qt::endl;
    for (const SyncProblem &p : report.problems) {
        ctx.out << Tr::tr("problem: %1 (@%2): %3").arg(p.url, p.author, p.reason) << Qt::endl;
        if (!p.reply.isEmpty())
            ctx.out << Tr::tr("  reply: %1").arg(QString(p.reply).replace(u'\n', u"\n         "_s)) << Qt::endl;
    }
    const QString remaining =
        report.rateLimitRemaining ? QString::number(*report.rateLimitRemaining) : Tr::tr("unknown");
    ctx.out << Tr::tr("%1 requests (%2 not modified), %3 tasks, %4 claims added, %5 status changes, %6 completed, "
                      "%7 new problems; rate limit left: %8")
                   .arg(report.requests)
                   .arg(report.notModified)
                   .arg(report.tasks)
                   .arg(report.claimsAdded)
                   .arg(report.statusChanges)
                   .arg(report.completed)
                   .arg(report.problems.size())
                   .arg(remaining)
            << Qt::endl;
    if (const QString programmes = report.programmeSummary(); !programmes.isEmpty())
        ctx.out << programmes << Qt::endl;
    return 0;
}

} // namespace

QList<Command> syncCommands()
{
    return {
        {u"sync"_s, u"sync [--api-url URL] [--json] [--full] [--max-wait SECONDS]"_s,
         Tr::tr("Read claims (issue comments) and PR status from GitHub; only what changed since the last sync."),
         syncCommand},
    };
}

} // namespace hd
