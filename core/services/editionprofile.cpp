#include "editionprofile.h"

#include "model/currency.h"
#include "model/error.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EditionProfile)
};

constexpr int FormatVersion = 1;
const QString formatKey = u"hackdesk-edition"_s;

// Errors while reading name the field: "tracks[2].budget: not an amount".
[[noreturn]] void fail(const QString &field, const QString &problem)
{
    throw Error(u"%1: %2"_s.arg(field, problem));
}

void checkFields(const QJsonObject &o, const QStringList &known, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            fail(where.isEmpty() ? it.key() : where + u'.' + it.key(),
                 Tr::tr("unknown field (known: %1)").arg(known.join(u", "_s)));
}

// A text field; amounts and star counts may also be written as whole JSON numbers.
QString textOf(const QJsonValue &v, const QString &field, bool numbersToo = false)
{
    if (v.isString())
        return v.toString();
    // Whole numbers only, and only those a double holds exactly (casting a larger one is undefined).
    if (const double d = v.toDouble(); numbersToo && v.isDouble() && std::abs(d) < 0x1p53 && d == std::trunc(d))
        return QString::number(qint64(d));
    fail(field, numbersToo ? Tr::tr("must be text or a whole number") : Tr::tr("must be text"));
}

int intOf(const QJsonValue &v, const QString &field, int min, int max)
{
    const double d = v.toDouble(-1);
    if (!v.isDouble() || !(d >= min && d <= max) || d != std::trunc(d)) // range first: int(1e20) is undefined
        fail(field, Tr::tr("must be a whole number from %1 to %2").arg(min).arg(max));
    return int(d);
}

Fen amountOf(const QJsonValue &v, const QString &field, const Currency &c)
{
    const auto a = parseAmount(textOf(v, field, true), c);
    if (!a)
        fail(field, Tr::tr("not an amount in %1 (such as 50 or 1000.50)").arg(c.code));
    return *a;
}

Stars starsOf(const QJsonValue &v, const QString &field)
{
    const auto s = Stars::parse(textOf(v, field, true));
    if (!s)
        fail(field, Tr::tr("not a number of stars (such as 2 or 0.5)"));
    return *s;
}

EditionProfile::TrackSetup readTrack(const QJsonValue &value, const QString &where, const Currency &currency)
{
    if (!value.isObject())
        fail(where, Tr::tr("must be an object"));
    const QJsonObject o = value.toObject();
    checkFields(o,
                {u"name"_s, u"kind"_s, u"budget"_s, u"quota"_s, u"quota-stars"_s, u"threshold-percent"_s,
                 u"months-rule"_s, u"issue"_s, u"directions"_s, u"tiers"_s},
                where);
    EditionProfile::TrackSetup t;
    t.track.name = textOf(o.value(u"name"_s), where + u".name"_s).trimmed();
    if (t.track.name.isEmpty())
        fail(where + u".name"_s, Tr::tr("cannot be empty"));
    const auto kind = trackKindFromKey(textOf(o.value(u"kind"_s), where + u".kind"_s));
    if (!kind)
        fail(where + u".kind"_s, Tr::tr("must be tasks, camp, articles or fundable"));
    t.track.kind = *kind;
    if (o.contains(u"budget"_s))
        t.track.budgetFen = amountOf(o.value(u"budget"_s), where + u".budget"_s, currency);
    if (o.contains(u"quota"_s))
        t.track.quota = intOf(o.value(u"quota"_s), where + u".quota"_s, 0, 1'000'000);
    if (o.contains(u"quota-stars"_s))
        t.track.quotaStars = starsOf(o.value(u"quota-stars"_s), where + u".quota-stars"_s);
    if (o.contains(u"threshold-percent"_s))
        t.track.thresholdPercent = intOf(o.value(u"threshold-percent"_s), where + u".threshold-percent"_s, 0, 100);
    if (o.contains(u"months-rule"_s)) {
        if (!o.value(u"months-rule"_s).isBool())
            fail(where + u".months-rule"_s, Tr::tr("must be true or false"));
        t.track.monthsRule = o.value(u"months-rule"_s).toBool();
    }
    if (o.contains(u"issue"_s)) {
        t.issue = textOf(o.value(u"issue"_s), where + u".issue"_s).trimmed();
        try {
            EventSettings::checkIssueRef(t.issue);
        } catch (const Error &e) {
            fail(where + u".issue"_s, e.message());
        }
    }
    if (o.contains(u"directions"_s)) {
        if (!o.value(u"directions"_s).isArray())
            fail(where + u".directions"_s, Tr::tr("must be a list of names"));
        const QJsonArray list = o.value(u"directions"_s).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString field = u"%1.directions[%2]"_s.arg(where).arg(i);
            const QString name = textOf(list[i], field).trimmed();
            if (name.isEmpty())
                fail(field, Tr::tr("cannot be empty"));
            if (t.directions.contains(name))
                fail(field, Tr::tr("\"%1\" appears twice").arg(name));
            t.directions << name;
        }
    }
    if (o.contains(u"tiers"_s)) {
        if (!o.value(u"tiers"_s).isArray())
            fail(where + u".tiers"_s, Tr::tr("must be a list of tiers"));
        const QJsonArray list = o.value(u"tiers"_s).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString field = u"%1.tiers[%2]"_s.arg(where).arg(i);
            if (!list[i].isObject())
                fail(field, Tr::tr("must be an object"));
            const QJsonObject to = list[i].toObject();
            checkFields(to, {u"name"_s, u"stars"_s, u"cash"_s}, field);
            RewardTier tier;
            tier.name = textOf(to.value(u"name"_s), field + u".name"_s).trimmed();
            if (tier.name.isEmpty())
                fail(field + u".name"_s, Tr::tr("cannot be empty"));
            for (const RewardTier &other : std::as_const(t.tiers))
                if (other.name == tier.name)
                    fail(field + u".name"_s, Tr::tr("\"%1\" appears twice").arg(tier.name));
            if (to.contains(u"stars"_s))
                tier.stars = starsOf(to.value(u"stars"_s), field + u".stars"_s);
            if (to.contains(u"cash"_s))
                tier.cashFen = amountOf(to.value(u"cash"_s), field + u".cash"_s, currency);
            t.tiers << tier;
        }
    }
    return t;
}

} // namespace

EditionProfile EditionProfile::read(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(Tr::tr("not JSON: %1 at character %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        throw Error(Tr::tr("not a JSON object"));
    const QJsonObject root = doc.object();
    checkFields(root, {formatKey, u"settings"_s, u"tracks"_s}, {});
    if (root.value(formatKey).toInt(-1) != FormatVersion)
        fail(formatKey, Tr::tr("must be %1 (the profile format this HackDesk reads)").arg(FormatVersion));

    EditionProfile p;
    p.setup.event.name.clear();
    const QJsonValue settings = root.value(u"settings"_s);
    if (!settings.isObject())
        fail(u"settings"_s, Tr::tr("must be an object of setting keys and values"));
    const QJsonObject s = settings.toObject();
    for (auto it = s.begin(); it != s.end(); ++it)
        if (!EventSettings::find(it.key()))
            fail(u"settings."_s + it.key(), Tr::tr("unknown setting (see \"hackdesk config list\")"));
    // The currency and time zone first: amounts and dates are read in them.
    QStringList order = {u"event.currency"_s, u"event.time-zone"_s};
    for (const SettingKey &k : EventSettings::table())
        if (!order.contains(k.key))
            order << k.key;
    for (const QString &key : order) {
        if (!s.contains(key))
            continue;
        const QString field = u"settings."_s + key;
        try {
            EventSettings::find(key)->write(p.setup, textOf(s.value(key), field));
        } catch (const Error &e) {
            if (e.message().startsWith(field))
                throw;
            fail(field, e.message());
        }
    }
    if (p.setup.event.name.isEmpty())
        fail(u"settings.event.name"_s, Tr::tr("missing: every event needs a name"));

    const QJsonValue tracks = root.value(u"tracks"_s);
    if (!tracks.isUndefined() && !tracks.isArray())
        fail(u"tracks"_s, Tr::tr("must be a list of tracks"));
    const Currency currency = Currency::of(p.setup.event.currency);
    const QJsonArray list = tracks.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        p.tracks << readTrack(list[i], u"tracks[%1]"_s.arg(i), currency);
    return p;
}

QByteArray EditionProfile::write() const
{
    QJsonObject settings;
    for (const SettingKey &k : EventSettings::table())
        settings.insert(k.key, k.read(setup));
    const Currency currency = Currency::of(setup.event.currency);
    QJsonArray tracksJson;
    for (const TrackSetup &t : tracks) {
        QJsonObject o;
        o.insert(u"name"_s, t.track.name);
        o.insert(u"kind"_s, trackKindKey(t.track.kind));
        o.insert(u"budget"_s, amountText(t.track.budgetFen, currency));
        o.insert(u"quota"_s, t.track.quota);
        o.insert(u"quota-stars"_s, t.track.quotaStars.toString());
        o.insert(u"threshold-percent"_s, t.track.thresholdPercent);
        o.insert(u"months-rule"_s, t.track.monthsRule);
        o.insert(u"issue"_s, t.issue);
        o.insert(u"directions"_s, QJsonArray::fromStringList(t.directions));
        QJsonArray tiers;
        for (const RewardTier &tier : t.tiers) {
            QJsonObject to{{u"name"_s, tier.name}, {u"stars"_s, tier.stars.toString()}};
            if (tier.cashFen)
                to.insert(u"cash"_s, amountText(*tier.cashFen, currency));
            tiers.append(to);
        }
        o.insert(u"tiers"_s, tiers);
        tracksJson.append(o);
    }
    const QJsonObject root{{formatKey, FormatVersion}, {u"settings"_s, settings}, {u"tracks"_s, tracksJson}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void EditionProfile::apply(const Database &db) const
{
    EventRepository events(db);
    if (events.event())
        throw Error(Tr::tr("%1 already holds an event; a profile sets up a new one.").arg(db.path()));
    Transaction tx(db);
    Event e = setup.event;
    e.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    events.saveEvent(e);
    for (const SettingKey &k : EventSettings::table())
        if (!k.eventRow && setup.settings.contains(k.key))
            events.setSetting(k.key, setup.settings.value(k.key));
    int position = 0;
    for (const TrackSetup &t : tracks) {
        Track track = t.track;
        track.id = 0;
        track.position = ++position;
        const qint64 id = events.addTrack(track);
        for (const QString &d : t.directions)
            events.addDirection({0, id, 0, d});
        for (RewardTier tier : t.tiers) {
            tier.id = 0;
            tier.trackId = id;
            tier.position = 0;
            events.addTier(tier);
        }
        if (!t.issue.isEmpty())
            events.setSetting(u"track.%1.issue"_s.arg(id), t.issue);
    }
    tx.commit();
}

EditionProfile EditionProfile::capture(const Database &db)
{
    const EventRepository events(db);
    EditionProfile p;
    p.setup.event = events.requireEvent();
    p.setup.event.uid.clear();
    const QMap<QString, QString> all = events.settings();
    for (const SettingKey &k : EventSettings::table())
        if (!k.eventRow && all.contains(k.key))
            p.setup.settings.insert(k.key, all.value(k.key));
    for (const Track &track : events.tracks()) {
        TrackSetup t;
        t.track = track;
        t.track.id = 0;
        t.track.position = 0;
        for (const Direction &d : events.directions(track.id))
            t.directions << d.name;
        for (RewardTier tier : events.tiers(track.id)) {
            tier.id = tier.trackId = 0;
            tier.position = 0;
            t.tiers << tier;
        }
        t.issue = events.setting(u"track.%1.issue"_s.arg(track.id));
        p.tracks << t;
    }
    return p;
}

QStringList EditionProfile::builtInNames()
{
    QStringList names;
    for (const QString &file : QDir(u":/editions"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        names << QFileInfo(file).completeBaseName();
    return names;
}

EditionProfile EditionProfile::load(const QString &nameOrFile)
{
    const bool builtIn = builtInNames().contains(nameOrFile);
    const QString path = builtIn ? u":/editions/%1.json"_s.arg(nameOrFile) : nameOrFile;
    QFile f(path);
    if (!builtIn && !nameOrFile.endsWith(u".json"_s, Qt::CaseInsensitive) && !QFileInfo::exists(path))
        throw Error(Tr::tr("There is no edition \"%1\": give one of %2 or a profile file (.json).")
                        .arg(nameOrFile, builtInNames().join(u", "_s)));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("Cannot read the profile %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    try {
        return read(f.readAll());
    } catch (const Error &e) {
        throw Error(Tr::tr("The profile %1 is refused: %2")
                        .arg(builtIn ? nameOrFile : QDir::toNativeSeparators(path), e.message()));
    }
}

} // namespace hd
