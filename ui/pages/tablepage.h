#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QMenu;
class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hd {

class FilterProxy;
class TableModel;

// A searchable, sortable table with optional filter combo and Add / Edit / Delete buttons.
class TablePage : public QWidget
{
    Q_OBJECT
public:
    TablePage(TableModel *model, QWidget *parent = nullptr);

    // Adds a combo that keeps only rows whose `column` has the chosen value (among its filter keys).
    // With `values`, the combo offers those in that order; otherwise the values found in the column.
    QComboBox *addColumnFilter(int column, const QString &allLabel, const QStringList &values = {});
    // Shows the edit buttons; each gets the id of the selected row (0 for add).
    void setActions(std::function<void()> add, std::function<void(qint64)> edit, std::function<void(qint64)> remove);

    // Puts a widget (a button, a legend) in the bar above the table, after the search box.
    void addToBar(QWidget *widget);
    // Puts a widget (a legend, a note) under the table.
    void addFooter(QWidget *widget);

    // An action of the table's context menu (and of Ctrl+key, when it has a shortcut) that runs on the ids
    // of the selected rows; shown enabled only while rows are selected.
    QAction *addRowAction(const QString &text, std::function<void(const QList<qint64> &ids)> run);
    // Copy Login and Open on GitHub for a column of "@login"s.
    void addLoginActions(int column);
    // The context menu as it is for the selection now: the row actions, Edit and Delete (setActions),
    // Copy. The caller owns it.
    std::unique_ptr<QMenu> contextMenu();
    // The selected cells as tab-separated text, one line per row, columns in the order shown (Ctrl+C).
    QString selectionAsText() const;
    QList<qint64> selectedIds() const;
    // The texts in `column` of the selected rows, in the order shown.
    QStringList selectedTexts(int column) const;

    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    FilterProxy *proxy() const { return m_proxy; }
    TableModel *model() const { return m_model; }
    qint64 selectedId() const;
    void selectId(qint64 id);

private:
    void refillFilters();
    void fitColumnsOnce();
    void updateButtons();

    TableModel *m_model;
    FilterProxy *m_proxy;
    QTableView *m_view;
    bool m_fitted = false; // the columns were fitted to the rows once
    QLineEdit *m_search;
    QHBoxLayout *m_bar;
    struct Filter
    {
        int column;
        QComboBox *combo;
        QStringList fixedValues;
    };
    QList<Filter> m_filters;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QAction *m_copy;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace hd
