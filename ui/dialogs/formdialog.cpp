#include "formdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

QLabel *FormDialog::addTextRow(const QString &label, const QString &text)
{
    auto *value = new QLabel(text, this);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

FormDialog::FormDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText); // messages quote names and titles
    m_problem->setObjectName(u"problem"_s);
    m_problem->setStyleSheet(u"color: palette(highlight); font-weight: bold;"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    setMinimumWidth(480);
}

QString FormDialog::problem() const
{
    return m_problem->text();
}

void FormDialog::revalidate()
{
    const QString problem = m_validate ? m_validate() : QString();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void FormDialog::accept()
{
    revalidate();
    if (!m_problem->text().isEmpty())
        return;
    if (m_submit) {
        const QString error = m_submit();
        if (!error.isEmpty()) {
            m_problem->setText(error);
            return;
        }
    }
    QDialog::accept();
}

} // namespace hd
