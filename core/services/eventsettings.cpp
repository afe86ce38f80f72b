#include "eventsettings.h"

#include "github/syncengine.h"
#include "model/currency.h"
#include "model/error.h"
#include "model/isotime.h"
#include "parsing/prtitle.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventSettings)
};

using EventText = QString Event::*;
using EventDate = QDateTime Event::*;
using EventMoney = Fen Event::*;

SettingKey eventText(const QString &key, const char *description, EventText field, bool required)
{
    return {key, description, true, [field](const EventSetup &s) { return s.event.*field; },
            [field, required](EventSetup &s, const QString &value) {
                if (required && value.trimmed().isEmpty())
                    throw Error(Tr::tr("cannot be empty"));
                s.event.*field = value.trimmed();
            }};
}

QTimeZone zoneOf(const Event &e)
{
    const QTimeZone zone(e.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

SettingKey eventDate(const QString &key, const char *description, EventDate field)
{
    return {key, description, true,
            [field](const EventSetup &s) {
                const QDateTime &t = s.event.*field;
                return t.isValid() ? isoDateTimeText(t.toTimeZone(zoneOf(s.event))) : QString();
            },
            [field](EventSetup &s, const QString &value) {
                const QString v = value.trimmed();
                if (v.isEmpty()) {
                    s.event.*field = QDateTime();
                    return;
                }
                QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
                if (!t.isValid()) {
                    const QDate d = QDate::fromString(v, Qt::ISODate);
                    if (d.isValid())
                        t = QDateTime(d, QTime(0, 0));
                }
                if (!t.isValid())
                    throw Error(Tr::tr("not an ISO 8601 time such as 2024-06-14T23:59:59+08:00"));
                if (t.timeSpec() == Qt::LocalTime) // no offset given: the event's own time zone
                    t = QDateTime(t.date(), t.time(), zoneOf(s.event));
                s.event.*field = t;
            }};
}

SettingKey eventMoney(const QString &key, const char *description, EventMoney field)
{
    return {key, description, true,
            [field](const EventSetup &s) { return amountText(s.event.*field, Currency::of(s.event.currency)); },
            [field](EventSetup &s, const QString &value) {
                const Currency c = Currency::of(s.event.currency);
                const auto amount = parseAmount(value, c);
                if (!amount)
                    throw Error(c.minorDigits == 0
                                    ? Tr::tr("not an amount in %1 (whole numbers such as 50)").arg(c.code)
                                    : Tr::tr("not an amount in %1 (such as 50 or 1000.50)").arg(c.code));
                s.event.*field = *amount;
            }};
}

SettingKey stored(const QString &key, const char *description, const QString &fallback,
                  std::function<QString(const QString &)> normalise)
{
    return {key, description, false, [key, fallback](const EventSetup &s) { return s.settings.value(key, fallback); },
            [key, normalise](EventSetup &s, const QString &value) { s.settings[key] = normalise(value.trimmed()); }};
}

QStringList splitList(const QString &value, const QRegularExpression &separators)
{
    QStringList out;
    for (const QString &part : value.split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

QString anyText(const QString &v)
{
    return v;
}

QString positiveNumber(const QString &v, int max)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 1 || n > max)
        throw Error(Tr::tr("not a whole number from 1 to %1").arg(max));
    return QString::number(n);
}

QString repoName(const QString &v)
{
    if (!v.isEmpty() && !isRepoName(v))
        throw Error(Tr::tr("\"%1\" is not owner/name").arg(v));
    return v;
}

} // namespace

const QList<SettingKey> &EventSettings::table()
{
    static const QList<SettingKey> all = {
        eventText(u"event.name"_s, QT_TRANSLATE_NOOP("EventSettings", "The event's name, printed on every report"),
                  &Event::name, true),
        eventText(u"event.organiser"_s, QT_TRANSLATE_NOOP("EventSettings", "Who organises the event"),
                  &Event::organiser, false),
        eventText(u"event.sponsor"_s, QT_TRANSLATE_NOOP("EventSettings", "The event's sponsor"), &Event::sponsor,
                  false),
        {u"event.language"_s,
         QT_TRANSLATE_NOOP("EventSettings", "zh_CN or en: the language of the tables and bot replies for GitHub"), true,
         [](const EventSetup &s) { return s.event.language; },
         [](EventSetup &s, const QString &value) {
             if (value.trimmed() != u"zh_CN" && value.trimmed() != u"en")
                 throw Error(Tr::tr("must be zh_CN or en"));
             s.event.language = value.trimmed();
         }},
        {u"event.currency"_s, QT_TRANSLATE_NOOP("EventSettings", "The ISO 4217 code of the currency paid in, e.g. CNY"),
         true, [](const EventSetup &s) { return s.event.currency; },
         [](EventSetup &s, const QString &value) {
             const auto c = Currency::byCode(value);
             if (!c) {
                 QStringList codes;
                 for (const Currency &known : Currency::all())
                     codes << known.code;
                 throw Error(Tr::tr("not an ISO 4217 code HackDesk knows (%1)").arg(codes.join(u", "_s)));
             }
             const Currency before = Currency::of(s.event.currency);
             if (c->minorDigits != before.minorDigits && (s.event.starFen || s.event.capFen || s.event.poolFen))
                 throw Error(Tr::tr("%1 has %2 decimal places and %3 has %4: set the star value, cap and pool to 0 "
                                    "first")
                                 .arg(c->code)
                                 .arg(c->minorDigits)
                                 .arg(before.code)
                                 .arg(before.minorDigits));
             s.event.currency = c->code;
         }},
        {u"event.time-zone"_s, QT_TRANSLATE_NOOP("EventSettings", "The IANA time zone the dates are shown in"), true,
         [](const EventSetup &s) { return s.event.timeZone; },
         [](EventSetup &s, const QString &value) {
             const QByteArray id = value.trimmed().toUtf8();
             if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
                 throw Error(Tr::tr("not an IANA time zone such as Asia/Shanghai or Europe/Berlin"));
             s.event.timeZone = QString::fromUtf8(id);
         }},
        eventDate(u"event.launch"_s, QT_TRANSLATE_NOOP("EventSettings", "When the event starts (ISO 8601)"),
                  &Event::launchAt),
        eventDate(u"event.rfc-deadline"_s, QT_TRANSLATE_NOOP("EventSettings", "The deadline for design documents"),
                  &Event::rfcDeadline),
        eventDate(u"event.pr-deadline"_s, QT_TRANSLATE_NOOP("EventSettings", "The deadline for pull requests"),
                  &Event::prDeadline),
        eventDate(u"event.results"_s, QT_TRANSLATE_NOOP("EventSettings", "When the results are announced"),
                  &Event::resultsAt),
        eventMoney(u"money.star-value"_s, QT_TRANSLATE_NOOP("EventSettings", "What one star pays"), &Event::starFen),
        eventMoney(u"money.cap"_s, QT_TRANSLATE_NOOP("EventSettings", "The most cash one person gets; 0 = no cap"),
                   &Event::capFen),
        eventMoney(u"money.pool"_s, QT_TRANSLATE_NOOP("EventSettings", "The whole prize pool"), &Event::poolFen),
        stored(u"claims.keywords"_s,
               QT_TRANSLATE_NOOP("EventSettings", "The words a claim comment starts with, ;-separated"), {},
               [](const QString &v) {
                   static const QRegularExpression semicolon(u";"_s);
                   // Empty: the reader's default words (the 6th edition's 【报名】 family).
                   return splitList(v, semicolon).join(u';');
               }),
        stored(u"github.pr-titles"_s,
               QT_TRANSLATE_NOOP("EventSettings", "PR-title patterns, ;-separated, {n} where the task numbers stand"),
               {},
               [](const QString &v) {
                   static const QRegularExpression semicolon(u";"_s);
                   const QStringList patterns = splitList(v, semicolon);
                   for (const QString &p : patterns)
                       if (const QString problem = prTitlePatternProblem(p); !problem.isEmpty())
                           throw Error(problem); // the PR-title reader's own rule
                   return patterns.join(u';');
               }),
        stored(u"github.api-url"_s, QT_TRANSLATE_NOOP("EventSettings", "The GitHub API address"),
               u"https://api.github.com"_s,
               [](const QString &v) {
                   const QUrl url(v, QUrl::StrictMode);
                   if (!url.isValid() || url.host().isEmpty() ||
                       (url.scheme() != u"https" && url.scheme() != u"http") || url.hasQuery())
                       throw Error(Tr::tr("not an http(s) URL such as https://api.github.com"));
                   return v;
               }),
        stored(u"github.prefix"_s,
               QT_TRANSLATE_NOOP("EventSettings", "The tag in the PR titles of the 6th edition's form, e.g. "
                                                  "Hackathon 6th"),
               {}, anyText),
        stored(u"github.since"_s, QT_TRANSLATE_NOOP("EventSettings", "Only PRs created after this time count"), {},
               [](const QString &v) {
                   if (v.isEmpty())
                       return v;
                   if (!QDateTime::fromString(v, Qt::ISODateWithMs).isValid() &&
                       !QDate::fromString(v, Qt::ISODate).isValid())
                       throw Error(Tr::tr("not a time such as 2024-03-21T00:00:00Z"));
                   return v;
               }),
        stored(u"github.repos"_s, QT_TRANSLATE_NOOP("EventSettings", "The watched repositories, comma-separated"), {},
               [](const QString &v) {
                   static const QRegularExpression separators(u"[,\\s]+"_s);
                   const QStringList repos = splitList(v, separators);
                   for (const QString &r : repos)
                       repoName(r);
                   return repos.join(u',');
               }),
        stored(u"github.design-repo"_s, QT_TRANSLATE_NOOP("EventSettings", "The repository of design documents (RFCs)"),
               {}, repoName),
        stored(u"backup.keep"_s, QT_TRANSLATE_NOOP("EventSettings", "How many automatic backups are kept (0: none)"),
               QString::number(Database::DefaultBackupsKept),
               [](const QString &v) {
                   bool ok = false;
                   const int n = v.toInt(&ok);
                   if (!ok || n < 0 || n > 1000)
                       throw Error(Tr::tr("not a whole number from 0 to %1").arg(1000));
                   return QString::number(n);
               }),
        stored(u"camp.start"_s, QT_TRANSLATE_NOOP("EventSettings", "The code camp's first day (YYYY-MM-DD)"), {},
               [](const QString &v) {
                   if (!v.isEmpty() && !QDate::fromString(v, Qt::ISODate).isValid())
                       throw Error(Tr::tr("not a date such as 2024-04-01"));
                   return v;
               }),
        stored(u"camp.weeks"_s, QT_TRANSLATE_NOOP("EventSettings", "How many weeks the code camp runs"), u"13"_s,
               [](const QString &v) { return positiveNumber(v, 60); }),
        stored(u"camp.min-hours"_s, QT_TRANSLATE_NOOP("EventSettings", "The hours a week a camper must work"), u"25"_s,
               [](const QString &v) { return positiveNumber(v, 168); }),
    };
    return all;
}

const SettingKey *EventSettings::find(const QString &key)
{
    for (const SettingKey &k : table())
        if (k.key == key)
            return &k;
    return nullptr;
}

QString EventSettings::description(const QString &key)
{
    if (const SettingKey *k = find(key))
        return QCoreApplication::translate("EventSettings", k->description);
    return Tr::tr("The track's GitHub issue (owner/name#number)");
}

QStringList EventSettings::keys() const
{
    QStringList out;
    for (const SettingKey &k : table())
        out << k.key;
    for (const Track &t : EventRepository(m_db).tracks())
        out << u"track.%1.issue"_s.arg(t.id);
    return out;
}

EventSetup EventSettings::load() const
{
    const EventRepository events(m_db);
    return {events.requireEvent(), events.settings()};
}

namespace {
bool isTrackIssueKey(const QString &key)
{
    static const QRegularExpression trackIssue(u"^track\\.\\d+\\.issue$"_s);
    return trackIssue.match(key).hasMatch();
}
} // namespace

const SettingKey &EventSettings::require(const QString &key) const
{
    if (const SettingKey *k = find(key))
        return *k;
    static const QRegularExpression layout(u"^track\\.\\d+\\.issue-layout$"_s);
    if (layout.match(key).hasMatch())
        throw Error(Tr::tr("\"%1\" is no setting: HackDesk keeps there the layout of the track's imported issue "
                           "(written by import-issue, read by export-issue).")
                        .arg(key));
    QStringList known;
    for (const SettingKey &k : table())
        known << k.key;
    throw Error(Tr::tr("Unknown setting \"%1\"; known: %2, track.<id>.issue.").arg(key, known.join(u", "_s)));
}

void EventSettings::checkIssueRef(const QString &value)
{
    QString repo;
    int number = 0;
    if (!value.trimmed().isEmpty() && !parseIssueRef(value.trimmed(), &repo, &number))
        throw Error(Tr::tr("\"%1\" is not owner/name#number").arg(value.trimmed()));
}

QString EventSettings::value(const QString &key) const
{
    if (isTrackIssueKey(key) && keys().contains(key))
        return EventRepository(m_db).setting(key);
    return require(key).read(load());
}

QString EventSettings::check(const QString &key, const QString &value) const
{
    try {
        if (isTrackIssueKey(key) && keys().contains(key)) {
            checkIssueRef(value);
            return {};
        }
        const SettingKey &k = require(key);
        EventSetup setup = load();
        const EventSetup before = setup;
        k.write(setup, value);
        checkCurrencyChange(before, setup);
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

void EventSettings::checkCurrencyChange(const EventSetup &before, const EventSetup &after) const
{
    const Currency from = Currency::of(before.event.currency);
    const Currency to = Currency::of(after.event.currency);
    if (from.minorDigits == to.minorDigits)
        return;
    // Amounts are held in minor units: with other decimal places every amount would change its value.
    if (EventRepository(m_db).holdsAmounts())
        throw Error(Tr::tr("%1 has %2 decimal places and %3 has %4: the event's track budgets and cash amounts "
                           "would change value")
                        .arg(to.code)
                        .arg(to.minorDigits)
                        .arg(from.code)
                        .arg(from.minorDigits));
}

void EventSettings::set(const QString &key, const QString &value)
{
    EventRepository events(m_db);
    try {
        if (isTrackIssueKey(key) && keys().contains(key)) {
            checkIssueRef(value);
            events.setSetting(key, value.trimmed());
            return;
        }
        const SettingKey &k = require(key);
        EventSetup setup = load();
        const EventSetup before = setup;
        k.write(setup, value);
        checkCurrencyChange(before, setup);
        if (k.eventRow)
            events.saveEvent(setup.event);
        else
            events.setSetting(key, setup.settings.value(key));
    } catch (const Error &e) {
        if (!isTrackIssueKey(key) && !find(key))
            throw;
        throw Error(u"%1: %2"_s.arg(key, e.message()));
    }
}

} // namespace hd
