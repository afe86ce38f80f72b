#include "editioncommands.h"

#include "corecommands.h"
#include "io/filewriter.h"
#include "model/currency.h"
#include "model/error.h"
#include "services/editionprofile.h"
#include "services/eventsettings.h"
#include "services/trackservice.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

int usage(const CommandContext &ctx, const QString &reason)
{
    ctx.err << u"hackdesk %1: "_s.arg(ctx.args.first()) << reason << Qt::endl;
    return 2;
}

// ---- editions ----------------------------------------------------------------------------------------------

int editionsCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, Tr::tr("Print one JSON object.")});
    if (auto code = parseCommandArgs(ctx, parser, Tr::tr("Lists the built-in edition profiles for init --edition.")))
        return *code;
    QJsonArray list;
    for (const QString &name : EditionProfile::builtInNames()) {
        const EditionProfile p = EditionProfile::load(name);
        if (parser.isSet(u"json"_s))
            list.append(QJsonObject{{u"name"_s, name},
                                    {u"title"_s, p.setup.event.name},
                                    {u"currency"_s, p.setup.event.currency},
                                    {u"language"_s, p.setup.event.language},
                                    {u"tracks"_s, int(p.tracks.size())}});
        else
            ctx.out << u"%1 %2 (%3, %4)"_s.arg(name.leftJustified(12), p.setup.event.name,
                                               Tr::tr("%n track(s)", nullptr, int(p.tracks.size())),
                                               p.setup.event.currency)
                    << Qt::endl;
    }
    if (parser.isSet(u"json"_s))
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"editions"_s, list}}).toJson(QJsonDocument::Indented));
    return 0;
}

int exportEditionCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"out"_s, Tr::tr("Write to this file instead of standard output."), u"FILE"_s});
    if (auto code = parseCommandArgs(ctx, parser,
                                     Tr::tr("Writes the event's set-up as an edition profile that init --edition "
                                            "reads back.")))
        return *code;
    const QByteArray json = EditionProfile::capture(ctx.database()).write();
    const QString path = parser.value(u"out"_s);
    if (path.isEmpty() || path == u"-") {
        ctx.out << QString::fromUtf8(json);
        return 0;
    }
    writeFileAtomically(path, json);
    ctx.out << Tr::tr("Wrote the profile of %1 to %2.").arg(EventRepository(ctx.database()).requireEvent().name, path)
            << Qt::endl;
    return 0;
}

// ---- track ----------------------------------------------------------------------------------------------

Track trackById(const EventRepository &events, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (ok)
        if (auto t = events.track(id))
            return *t;
    throw Error(Tr::tr("There is no track \"%1\": give a track id from \"track list\".").arg(text));
}

Fen amountArg(const Event &event, const QString &option, const QString &text)
{
    const Currency c = Currency::of(event.currency);
    const auto a = parseAmount(text, c);
    if (!a)
        throw Error(Tr::tr("%1 \"%2\" is not an amount in %3 (such as 50 or 1000.50).").arg(option, text, c.code));
    return *a;
}

QString tierText(const RewardTier &t, const Currency &c)
{
    QStringList parts;
    if (!t.stars.isZero() || !t.cashFen)
        parts << Tr::tr("%1 stars").arg(t.stars.toString());
    if (t.cashFen)
        parts << formatMoney(*t.cashFen, c);
    return u"%1 (%2)"_s.arg(t.name, parts.join(u", "_s));
}

int trackList(const CommandContext &ctx, bool json)
{
    EventRepository events(ctx.database());
    const Event event = events.requireEvent();
    const Currency c = Currency::of(event.currency);
    QJsonArray list;
    for (const Track &t : events.tracks()) {
        const QList<RewardTier> tiers = events.tiers(t.id);
        QStringList directions;
        for (const Direction &d : events.directions(t.id))
            directions << d.name;
        const QString issue = events.setting(u"track.%1.issue"_s.arg(t.id));
        if (json) {
            QJsonArray tiersJson;
            for (const RewardTier &tier : tiers) {
                QJsonObject o{{u"id"_s, tier.id}, {u"name"_s, tier.name}, {u"stars"_s, tier.stars.toString()}};
                if (tier.cashFen)
                    o.insert(u"cash_fen"_s, *tier.cashFen);
                tiersJson.append(o);
            }
            list.append(QJsonObject{{u"id"_s, t.id},
                                    {u"position"_s, t.position},
                                    {u"name"_s, t.name},
                                    {u"kind"_s, trackKindKey(t.kind)},
                                    {u"budget_fen"_s, t.budgetFen},
                                    {u"quota"_s, t.quota},
                                    {u"quota_stars"_s, t.quotaStars.toString()},
                                    {u"threshold_percent"_s, t.thresholdPercent},
                                    {u"months_rule"_s, t.monthsRule},
                                    {u"issue"_s, issue},
                                    {u"directions"_s, QJsonArray::fromStringList(directions)},
                                    {u"tiers"_s, tiersJson}});
            continue;
        }
        ctx.out << u"[%1] %2 (%3): "_s.arg(t.id).arg(t.name, trackKindKey(t.kind))
                << Tr::tr("budget %1").arg(formatMoney(t.budgetFen, c));
        if (t.quota)
            ctx.out << u", "_s << Tr::tr("quota %1 × %2 stars").arg(t.quota).arg(t.quotaStars.toString());
        if (t.thresholdPercent)
            ctx.out << u", "_s << Tr::tr("threshold %1 %").arg(t.thresholdPercent);
        if (t.monthsRule)
            ctx.out << u", "_s << Tr::tr("months rule");
        if (!issue.isEmpty())
            ctx.out << u", "_s << Tr::tr("issue %1").arg(issue);
        ctx.out << Qt::endl;
        if (!tiers.isEmpty()) {
            QStringList texts;
            for (const RewardTier &tier : tiers)
                texts << tierText(tier, c);
            ctx.out << u"    "_s << Tr::tr("tiers: %1").arg(texts.join(u"; "_s)) << Qt::endl;
        }
        if (!directions.isEmpty())
            ctx.out << u"    "_s << Tr::tr("directions: %1").arg(directions.join(u"; "_s)) << Qt::endl;
    }
    if (json)
        ctx.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"currency"_s, c.code}, {u"tracks"_s, list}}).toJson(QJsonDocument::Indented));
    return 0;
}

int trackAdd(const CommandContext &ctx, const QCommandLineParser &parser)
{
    if (!parser.isSet(u"kind"_s) || !parser.isSet(u"name"_s))
        return usage(ctx, Tr::tr("track add needs --kind tasks|camp|articles|fundable and --name NAME."));
    const auto kind = trackKindFromKey(parser.value(u"kind"_s));
    if (!kind)
        return usage(
            ctx, Tr::tr("--kind \"%1\" is not one of tasks, camp, articles, fundable.").arg(parser.value(u"kind"_s)));
    Database &db = ctx.database();
    const Event event = EventRepository(db).requireEvent();
    Track t;
    t.kind = *kind;
    t.name = parser.value(u"name"_s).trimmed();
    if (parser.isSet(u"budget"_s))
        t.budgetFen = amountArg(event, u"--budget"_s, parser.value(u"budget"_s));
    ctx.out << TrackService(db).add(t) << Qt::endl;
    return 0;
}

int trackSet(const CommandContext &ctx, const QString &idText, const QString &key, const QString &value)
{
    EventRepository events(ctx.database());
    events.requireEvent();
    const Track t = trackById(events, idText);
    if (!TrackService::keys().contains(key))
        return usage(ctx, Tr::tr("Unknown track key \"%1\"; known: %2.").arg(key, TrackService::keys().join(u", "_s)));
    TrackService(ctx.database()).set(t.id, key, value);
    return 0;
}

int trackCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, Tr::tr("list, add, set ID KEY VALUE or remove ID"));
    parser.addOption({u"json"_s, Tr::tr("list: print one JSON object.")});
    parser.addOption({u"kind"_s, Tr::tr("add: tasks, camp, articles or fundable."), u"KIND"_s});
    parser.addOption({u"name"_s, Tr::tr("add: the track's name."), u"NAME"_s});
    parser.addOption({u"budget"_s, Tr::tr("add: the track's budget in the event's currency."), u"AMOUNT"_s});
    if (auto code = parseCommandArgs(ctx, parser,
                                     Tr::tr("Lists, adds, changes and removes tracks. Keys of set: %1.")
                                         .arg(TrackService::keys().join(u", "_s))))
        return *code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (action == u"list" && pos.size() == 1)
        return trackList(ctx, parser.isSet(u"json"_s));
    if (action == u"add" && pos.size() == 1)
        return trackAdd(ctx, parser);
    if (action == u"set" && pos.size() == 4)
        return trackSet(ctx, pos[1], pos[2], pos[3]);
    if (action == u"remove" && pos.size() == 2) {
        EventRepository events(ctx.database());
        events.requireEvent();
        const Track t = trackById(events, pos[1]);
        TrackService(ctx.database()).remove(t.id);
        ctx.out << Tr::tr("Removed track %1 \"%2\".").arg(t.id).arg(t.name) << Qt::endl;
        return 0;
    }
    return usage(ctx, Tr::tr("use \"track list [--json]\", \"track add --kind KIND --name NAME [--budget AMOUNT]\", "
                             "\"track set ID KEY VALUE\" or \"track remove ID\"."));
}

// ---- tier ------------------------------------------------------------------------------------------------

int tierCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, Tr::tr("add or remove"));
    parser.addOption({u"track"_s, Tr::tr("The track's id."), u"ID"_s});
    parser.addOption({u"name"_s, Tr::tr("The tier's name, e.g. 优秀 or Gold."), u"NAME"_s});
    parser.addOption({u"stars"_s, Tr::tr("add: what the tier pays in stars."), u"N"_s});
    parser.addOption({u"cash"_s, Tr::tr("add: what the tier pays in cash, in the event's currency."), u"AMOUNT"_s});
    if (auto code = parseCommandArgs(ctx, parser, Tr::tr("Adds and removes a track's reward tiers.")))
        return *code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if ((action != u"add" && action != u"remove") || pos.size() != 1)
        return usage(ctx, Tr::tr("use \"tier add --track ID --name NAME --stars N|--cash AMOUNT\" or "
                                 "\"tier remove --track ID --name NAME\"."));
    if (!parser.isSet(u"track"_s) || !parser.isSet(u"name"_s))
        return usage(ctx, Tr::tr("tier %1 needs --track ID and --name NAME.").arg(action));
    Database &db = ctx.database();
    EventRepository events(db);
    const Event event = events.requireEvent();
    const Track track = trackById(events, parser.value(u"track"_s));
    const QString name = parser.value(u"name"_s).trimmed();
    if (action == u"remove") {
        const auto tier = events.tierByName(track.id, name);
        if (!tier)
            throw Error(Tr::tr("Track %1 has no reward tier \"%2\".").arg(track.id).arg(name));
        events.removeTier(tier->id);
        return 0;
    }
    if (parser.isSet(u"stars"_s) == parser.isSet(u"cash"_s))
        return usage(ctx, Tr::tr("tier add needs either --stars N or --cash AMOUNT."));
    RewardTier tier =
        TrackService::parseTier(Currency::of(event.currency), name, parser.value(u"stars"_s), parser.value(u"cash"_s));
    tier.trackId = track.id;
    events.addTier(tier);
    return 0;
}

} // namespace

QList<Command> editionCommands()
{
    return {
        {u"editions"_s, u"editions [--json]"_s, Tr::tr("List the built-in edition profiles."), editionsCommand},
        {u"export-edition"_s, u"export-edition [--out FILE.json]"_s,
         Tr::tr("Write the event's set-up as an edition profile."), exportEditionCommand},
        {u"track"_s,
         u"track list [--json] | add --kind KIND --name NAME [--budget AMOUNT] | set ID KEY VALUE | remove ID"_s,
         Tr::tr("List, add, change or remove the event's tracks."), trackCommand},
        {u"tier"_s, u"tier add --track ID --name NAME --stars N|--cash AMOUNT | remove --track ID --name NAME"_s,
         Tr::tr("Add or remove a track's reward tiers."), tierCommand},
    };
}

} // namespace hd
