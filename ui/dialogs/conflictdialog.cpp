#include "conflictdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

ConflictDialog::ConflictDialog(const EditConflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(conflict.fields.size()), 3, this))
{
    setWindowTitle(tr("Changed by someone else"));
    auto *text = new QLabel(tr("Someone else saved %1 while your form was open, with other values in fields you "
                               "edited. Which values should it keep?")
                                .arg(conflict.what),
                            this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    m_table->setObjectName(u"conflicts"_s);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("Theirs (saved now)")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int row = 0; row < conflict.fields.size(); ++row) {
        const FieldConflict &f = conflict.fields[row];
        m_table->setItem(row, 0, new QTableWidgetItem(f.field));
        m_table->setItem(row, 1, new QTableWidgetItem(f.mine));
        m_table->setItem(row, 2, new QTableWidgetItem(f.theirs));
    }
    m_table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *mine = buttons->addButton(tr("Keep &Mine"), QDialogButtonBox::AcceptRole);
    mine->setObjectName(u"keepMine"_s);
    mine->setToolTip(tr("Save your values over theirs"));
    QPushButton *theirs = buttons->addButton(tr("Take &Theirs"), QDialogButtonBox::AcceptRole);
    theirs->setObjectName(u"takeTheirs"_s);
    theirs->setToolTip(tr("Keep their values in these fields; your other edits are saved"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(mine, &QPushButton::clicked, this, [this] {
        m_choice = OnConflict::KeepMine;
        accept();
    });
    connect(theirs, &QPushButton::clicked, this, [this] {
        m_choice = OnConflict::TakeTheirs;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 320);
}

QString ConflictDialog::save(QWidget *parent, const std::function<QString(OnConflict)> &save,
                             const std::function<EditConflict()> &conflict)
{
    const QString error = save(OnConflict::Ask);
    const EditConflict found = conflict();
    if (error.isEmpty() || found.isEmpty())
        return error;
    ConflictDialog dialog(found, parent);
    if (dialog.exec() != QDialog::Accepted)
        return tr("Not saved: someone else changed %1 meanwhile. Save again to choose, or Cancel.").arg(found.what);
    return save(dialog.choice());
}

} // namespace hd
