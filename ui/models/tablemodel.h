#pragma once

#include "reloadgate.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <functional>

class QWidget;

namespace hd {

class Database;
class EventSession;

// One cell: what is shown, what it sorts by, and an optional colour and tooltip.
struct TableCell
{
    QVariant display;
    QVariant sort; // invalid = sort by display
    QColor background = {};
    QString toolTip = {};
    QStringList filterKeys = {}; // what a filter combo matches; empty = the display text
    QVariantList chips = {};     // coloured labels drawn by ChipDelegate: QVariantMap{text, colour}
};

struct TableRow
{
    qint64 id = 0;
    QList<TableCell> cells;
};

// A read-only table over rows loaded from the database; reloads whenever the session changes (a model
// shown in views reloads when one of them is in view: see ReloadGate).
// Every table in the window is one of these with its own loader.
class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, IdRole, FilterKeysRole, ChipsRole };
    using Loader = std::function<QList<TableRow>(const Database &)>;

    TableModel(EventSession *session, QStringList headers, Loader loader, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const { return m_rows.value(row).id; }
    int rowOfId(qint64 id) const;
    void setHeaders(const QStringList &headers);
    void reload();
    // A view that shows this model (a table of a page): changes reload the model while it is in view.
    void addView(QWidget *view);

private:
    EventSession *m_session;
    QStringList m_headers;
    Loader m_loader;
    QList<TableRow> m_rows;
    ReloadGate *m_gate;
};

} // namespace hd
