#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hd {

// One numbered step of the schema; version N brings a database from N-1 to N.
struct Migration
{
    int version;
    QStringList statements;
};

// Every migration, in PRAGMA user_version order. Never edit a released step: add a new one.
const QList<Migration> &migrations();

} // namespace hd
