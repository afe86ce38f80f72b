#pragma once

#include <QByteArray>
#include <QString>

class QAbstractItemModel;

namespace hd {

// Any table of the window as CSV: the columns and rows the model gives (a filter proxy gives what is
// shown), with its header row; status chips as their texts joined by "; ".
QByteArray tableCsv(const QAbstractItemModel *model);
// Writes it all or nothing, with a byte-order mark for Excel; returns the number of rows. Throws hd::Error.
int writeTableCsv(const QAbstractItemModel *model, const QString &path);

} // namespace hd
