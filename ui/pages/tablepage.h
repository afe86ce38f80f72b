#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
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
};

} // namespace hd
