#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace hd {

class Database;

// What the judging repositories share: how a time is stored and read, how a login is cleaned, and the
// names the judging log and messages use. Only for core/storage/.
namespace judgingrows {

QString now();                         // the time now, as stored (UTC, ISO 8601)
QDateTime dateFrom(const QVariant &v); // a stored time; invalid for NULL
QString cleanLogin(QStringView login); // trimmed, without a leading '@'

QString trackName(const Database &db, qint64 trackId);             // "#3" when there is no such track
QString judgeLogin(const Database &db, qint64 judgeId);            // empty when there is no such judge
qint64 trackOfSubmission(const Database &db, qint64 submissionId); // 0 when there is no such submission

} // namespace judgingrows

} // namespace hd
