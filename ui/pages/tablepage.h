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

    // Adds a combo that keeps only rows whose `column` shows the chosen value.
    void addColumnFilter(int column, const QString &allLabel);
    // Shows the edit buttons; each gets the id of the selected row (0 for add).
    void setActions(std::function<void()> add, std::function<void(qint64)> edit, std::function<void(qint64)> remove);

    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    FilterProxy *proxy() const { return m_proxy; }
    TableModel *model() const { return m_model; }
    qint64 selectedId() const;
    void selectId(qint64 id);

private:
    void refillFilter();
    void updateButtons();

    TableModel *m_model;
    FilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QHBoxLayout *m_bar;
    QComboBox *m_filter = nullptr;
    int m_filterColumn = -1;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace hd
