#include "fundableprojectdialog.h"

#include "model/participant.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

QTableWidgetItem *textItem(const QString &text)
{
    return new QTableWidgetItem(text);
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

FundableProjectDialog::FundableProjectDialog(const FundableProjectView &project, Task::Defence defence, QWidget *parent)
    : FormDialog(tr("Fundable project No.%1").arg(project.number), parent)
    , m_taskId(project.taskId)
    , m_defence(new QComboBox(this))
    , m_table(new QTableWidget(0, 6, this))
    , m_add(new QPushButton(tr("&Add Sub-task"), this))
    , m_remove(new QPushButton(tr("&Remove Sub-task"), this))
    , m_completion(new QLabel(this))
{
    m_defence->addItem(tr("Pending"), int(Task::Defence::Pending));
    m_defence->addItem(tr("Passed (通过)"), int(Task::Defence::Passed));
    m_defence->addItem(tr("Partly passed (部分通过)"), int(Task::Defence::Partly));
    m_defence->addItem(tr("Failed (未通过)"), int(Task::Defence::Failed));
    chooseDefence(defence);

    m_table->setHorizontalHeaderLabels({tr("Done"), tr("No."), tr("Title"), tr("Assignee"), tr("PRs"), tr("Weight")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ColTitle, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setToolTip(tr("Weight 0 counts as 1; PRs as links or #numbers, separated by spaces"));
    for (const SubTask &s : project.subTasks)
        addRow(s);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ColTitle, QHeaderView::Stretch);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_completion);

    addTextRow(tr("Project:"), project.title);
    form()->addRow(tr("&Defence:"), m_defence);
    form()->addRow(tr("Sub-tasks:"), m_table);
    form()->addRow(QString(), buttons);
    for (const QString &kind : ProgrammeRepository::deliverableKinds()) {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(u"https://github.com/…"_s);
        for (const auto &[k, url] : project.deliverables)
            if (k == kind)
                edit->setText(url);
        m_links.insert(kind, edit);
        form()->addRow(ProgrammeRepository::deliverableName(kind) + u':', edit);
        connect(edit, &QLineEdit::textChanged, this, &FormDialog::revalidate);
    }
    setMinimumWidth(760);

    setValidator([this] { return validate(); });
    connect(m_defence, &QComboBox::currentIndexChanged, this, &FormDialog::revalidate);
    connect(m_table, &QTableWidget::itemChanged, this, [this] { changed(); });
    connect(m_add, &QPushButton::clicked, this, [this] { addSubTask(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const int row = m_table->currentRow(); row >= 0) {
            m_table->removeRow(row);
            changed();
        }
    });
    changed();
}

void FundableProjectDialog::addRow(const SubTask &s)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *done = new QTableWidgetItem;
    done->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    done->setCheckState(s.done ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, ColDone, done);
    m_table->setItem(row, ColNumber, textItem(QString::number(s.number)));
    m_table->setItem(row, ColTitle, textItem(s.title));
    m_table->setItem(row, ColAssignee, textItem(s.assignee));
    m_table->setItem(row, ColPrs, textItem(s.prs));
    m_table->setItem(row, ColWeight, textItem(QString::number(s.weight)));
}

int FundableProjectDialog::addSubTask()
{
    int next = 1;
    for (int r = 0; r < m_table->rowCount(); ++r)
        next = qMax(next, cell(m_table, r, ColNumber).toInt() + 1);
    addRow({next, QString(), QString(), QString(), false, 0});
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, ColTitle);
    changed();
    return row;
}

void FundableProjectDialog::chooseDefence(Task::Defence defence)
{
    m_defence->setCurrentIndex(qMax(0, m_defence->findData(int(defence))));
}

Task::Defence FundableProjectDialog::defence() const
{
    return static_cast<Task::Defence>(m_defence->currentData().toInt());
}

QList<SubTask> FundableProjectDialog::subTasks() const
{
    QList<SubTask> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        bool numberOk = false, weightOk = false;
        SubTask s;
        s.number = cell(m_table, r, ColNumber).toInt(&numberOk);
        const QString weight = cell(m_table, r, ColWeight);
        s.weight = weight.isEmpty() ? 0 : weight.toInt(&weightOk);
        if (!numberOk || (!weight.isEmpty() && !weightOk))
            continue;
        s.title = cell(m_table, r, ColTitle);
        s.assignee = cell(m_table, r, ColAssignee);
        while (s.assignee.startsWith(u'@'))
            s.assignee.remove(0, 1);
        s.prs = cell(m_table, r, ColPrs);
        s.done = m_table->item(r, ColDone) && m_table->item(r, ColDone)->checkState() == Qt::Checked;
        out.append(s);
    }
    return out;
}

QList<std::pair<QString, QString>> FundableProjectDialog::deliverables() const
{
    QList<std::pair<QString, QString>> out;
    for (const QString &kind : ProgrammeRepository::deliverableKinds())
        out.append({kind, m_links.value(kind)->text().trimmed()});
    return out;
}

QString FundableProjectDialog::completionText() const
{
    return m_completion->text();
}

void FundableProjectDialog::changed()
{
    const QList<SubTask> subs = subTasks();
    int done = 0;
    for (const SubTask &s : subs)
        done += s.done;
    m_completion->setText(tr("Completion: %1 % (%2 of %3 done)")
                              .arg(QLocale().toString(subTaskCompletionBp(subs) / 100.0, 'f', 1))
                              .arg(done)
                              .arg(subs.size()));
    revalidate();
}

QString FundableProjectDialog::validate() const
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        bool ok = false;
        const QString number = cell(m_table, r, ColNumber);
        if (number.toInt(&ok) <= 0 || !ok)
            return tr("Row %1: \"%2\" is not a sub-task number (1, 2, 3 …).").arg(QString::number(r + 1), number);
        const QString weight = cell(m_table, r, ColWeight);
        if (!weight.isEmpty() && (weight.toInt(&ok) < 0 || !ok))
            return tr("Sub-task No.%1: the weight \"%2\" is not a whole number from 0 up.").arg(number, weight);
        QString assignee = cell(m_table, r, ColAssignee);
        while (assignee.startsWith(u'@'))
            assignee.remove(0, 1);
        if (!assignee.isEmpty() && !isValidLogin(assignee))
            return tr("Sub-task No.%1: \"%2\" is not a GitHub login.").arg(number, assignee);
    }
    if (const QString problem = subTasksProblem(subTasks()); !problem.isEmpty())
        return problem;
    for (const auto &[kind, url] : deliverables())
        if (const QString problem = ProgrammeRepository::deliverableProblem(kind, url); !problem.isEmpty())
            return problem;
    return {};
}

} // namespace hd
