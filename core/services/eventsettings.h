#pragma once

#include "model/event.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace hd {

class Database;

// The event's set-up as one value: its row and its rows of the setting table.
struct EventSetup
{
    Event event;
    QMap<QString, QString> settings;
};

// One setting anyone may read and change: `config`, the Settings dialog and edition profiles all go
// through this table (see EventSettings::table()).
struct SettingKey
{
    QString key;             // "money.cap"
    const char *description; // untranslated; EventSettings::description() translates it
    bool eventRow = false;   // held in the event row (else in the setting table under `key`)
    // The value as text, as `config get` prints it and `write` reads it back.
    std::function<QString(const EventSetup &)> read;
    // Checks the text and writes it into the set-up; throws hd::Error saying why a bad value is bad.
    std::function<void(EventSetup &, const QString &)> write;
};

// Every setting of the event, validated: reads, checks and writes them by key. Besides the fixed keys of
// table() there is track.<id>.issue for each track (its GitHub issue, owner/name#number).
class EventSettings
{
public:
    explicit EventSettings(const Database &db)
        : m_db(db)
    {}

    // The fixed keys, in the order `config list` prints them.
    static const QList<SettingKey> &table();
    static const SettingKey *find(const QString &key);
    static QString description(const QString &key); // translated; also for track.<id>.issue

    QStringList keys() const; // table() and track.<id>.issue of every track
    EventSetup load() const;
    QString value(const QString &key) const; // throws on an unknown key
    // The reason `value` would be refused for `key`; empty when it is fine.
    QString check(const QString &key, const QString &value) const;
    // Validates and stores; throws hd::Error naming the key and the reason, changing nothing.
    void set(const QString &key, const QString &value);

    // The checks track.<id>.issue and profiles use for an issue reference (empty is fine).
    static void checkIssueRef(const QString &value);

private:
    const SettingKey &require(const QString &key) const;
    void checkCurrencyChange(const EventSetup &before, const EventSetup &after) const;

    const Database &m_db;
};

} // namespace hd
