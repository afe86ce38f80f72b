#include "tablemodel.h"

#include "eventsession.h"
#include "model/error.h"

#include <QGuiApplication>
#include <QPalette>

namespace hd {

TableModel::TableModel(EventSession *session, QStringList headers, Loader loader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_headers(std::move(headers))
    , m_loader(std::move(loader))
    , m_gate(new ReloadGate([this] { reload(); }, this))
{
    connect(session, &EventSession::changed, m_gate, &ReloadGate::request);
    reload();
}

void TableModel::addView(QWidget *view)
{
    m_gate->watch(view);
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TableRow &row = m_rows[index.row()];
    if (role == IdRole)
        return row.id;
    if (index.column() >= row.cells.size())
        return {};
    const TableCell &cell = row.cells[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return cell.display;
    case SortRole:
        return cell.sort.isValid() ? cell.sort : cell.display;
    case Qt::BackgroundRole:
        return cell.background.isValid() ? QVariant(cell.background) : QVariant();
    case Qt::ForegroundRole:
        // Badge colours are light: keep their text dark, whatever the palette.
        return cell.background.isValid() ? QVariant(QColor(Qt::black)) : QVariant();
    case FilterKeysRole:
        return cell.filterKeys.isEmpty() ? QStringList{cell.display.toString()} : cell.filterKeys;
    case ChipsRole:
        return cell.chips;
    case Qt::ToolTipRole:
        return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    default:
        return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

int TableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

void TableModel::setHeaders(const QStringList &headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

void TableModel::reload()
{
    QList<TableRow> rows;
    try {
        rows = m_loader(m_session->database());
    } catch (const Error &e) {
        emit m_session->failed(e.message());
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace hd
