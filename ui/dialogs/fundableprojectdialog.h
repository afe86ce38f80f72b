#pragma once

#include "formdialog.h"
#include "model/task.h"
#include "storage/programmerepository.h"

#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hd {

// A fundable project's defence result (通过 / 部分通过 / 未通过, or pending), its sub-tasks: number, title,
// assignee, PRs, weight and done, with the completion they give as you edit them; and the links of its
// deliverables (RFC, tracking issue, slides, technical report, merged code).
class FundableProjectDialog : public FormDialog
{
    Q_OBJECT
public:
    enum Column { ColDone, ColNumber, ColTitle, ColAssignee, ColPrs, ColWeight };

    FundableProjectDialog(const FundableProjectView &project, Task::Defence defence, QWidget *parent = nullptr);

    Task::Defence defence() const;
    // The sub-tasks as the table holds them (rows that cannot be read are left out: validate() names them).
    QList<SubTask> subTasks() const;
    // Every kind of deliverable with its link as typed (empty = none).
    QList<std::pair<QString, QString>> deliverables() const;
    QLineEdit *deliverableEdit(const QString &kind) const { return m_links.value(kind); }
    qint64 taskId() const { return m_taskId; }

    QComboBox *defenceBox() const { return m_defence; }
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QString completionText() const;
    void chooseDefence(Task::Defence defence);
    // Adds a row for a new sub-task with the next free number; returns its row.
    int addSubTask();

private:
    QString validate() const;
    void addRow(const SubTask &subTask);
    void changed();

    qint64 m_taskId;
    QComboBox *m_defence;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_completion;
    QHash<QString, QLineEdit *> m_links; // deliverable kind -> its link
};

} // namespace hd
