#include "tablecsv.h"

#include "io/csv.h"
#include "models/tablemodel.h"

#include <QAbstractItemModel>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

QList<QStringList> records(const QAbstractItemModel *model)
{
    QList<QStringList> out;
    const int columns = model->columnCount();
    QStringList header;
    for (int c = 0; c < columns; ++c)
        header << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    out << header;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model->index(r, c);
            QString text = index.data(Qt::DisplayRole).toString();
            const QVariantList chips = index.data(TableModel::ChipsRole).toList();
            if (text.isEmpty() && !chips.isEmpty()) {
                QStringList parts;
                for (const QVariant &chip : chips)
                    parts << chip.toMap().value(u"text"_s).toString();
                text = parts.join(u"; "_s);
            }
            row << text;
        }
        out << row;
    }
    return spreadsheetRecords(out);
}

} // namespace

QByteArray tableCsv(const QAbstractItemModel *model)
{
    return writeCsv(records(model), CsvBom::Without);
}

int writeTableCsv(const QAbstractItemModel *model, const QString &path)
{
    const QList<QStringList> rows = records(model);
    writeCsvFile(path, rows, CsvBom::With);
    return int(rows.size() - 1);
}

} // namespace hd
