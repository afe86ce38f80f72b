#include "taskdialog.h"

#include "storage/eventrepository.h"
#include "storage/taskrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hd {

TaskDialog::TaskDialog(const Database &db, const Task &task, QWidget *parent)
    : FormDialog(task.id ? tr("Edit task No.%1").arg(task.number) : tr("New task"), parent)
    , m_db(db)
    , m_original(task)
    , m_track(new QComboBox(this))
    , m_number(new QSpinBox(this))
    , m_direction(new QComboBox(this))
    , m_title(new QLineEdit(task.title, this))
    , m_url(new QLineEdit(task.url, this))
    , m_stars(new QLineEdit(task.stars.toString(), this))
    , m_cash(new QLineEdit(this))
    , m_rfc(new QCheckBox(tr("An RFC must be merged before coding"), this))
    , m_locked(new QCheckBox(tr("Locked: takes no new claims"), this))
    , m_removed(new QCheckBox(tr("Removed from the event"), this))
{
    m_currency = Currency::of(EventRepository(db).event().value_or(Event()).currency);
    if (task.cashFen)
        m_cash->setText(amountText(*task.cashFen, m_currency));
    for (const Track &t : EventRepository(db).tracks())
        m_track->addItem(t.name, t.id);
    m_track->setCurrentIndex(qMax(0, m_track->findData(task.trackId)));
    m_number->setRange(1, 99999);
    // A new task: the track's next free number, following the track until the number is changed by hand.
    m_number->setValue(task.id || task.number > 0 ? task.number : TaskRepository(db).nextNumber(task.trackId));
    m_direction->setEditable(true);
    fillDirections();
    for (int i = 0; i < m_direction->count(); ++i)
        if (m_direction->itemData(i).toLongLong() == task.directionId)
            m_direction->setCurrentIndex(i);
    m_stars->setPlaceholderText(tr("e.g. 1, 2 or 0.5"));
    m_cash->setPlaceholderText(tr("%1, only for tasks paid in cash").arg(m_currency.code));
    m_url->setPlaceholderText(u"https://github.com/…"_s);
    m_rfc->setChecked(task.rfcRequired);
    m_locked->setChecked(task.locked);
    m_removed->setChecked(task.removed);

    form()->addRow(tr("&Track:"), m_track);
    form()->addRow(tr("&Number:"), m_number);
    form()->addRow(tr("&Direction:"), m_direction);
    form()->addRow(tr("T&itle:"), m_title);
    form()->addRow(tr("&Link:"), m_url);
    form()->addRow(tr("&Stars:"), m_stars);
    form()->addRow(tr("&Cash:"), m_cash);
    form()->addRow(QString(), m_rfc);
    form()->addRow(QString(), m_locked);
    form()->addRow(QString(), m_removed);

    setValidator([this] { return validate(); });
    connect(m_track, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_original.id && !m_numberEdited) {
            const QSignalBlocker block(m_number);
            m_number->setValue(TaskRepository(m_db).nextNumber(m_track->currentData().toLongLong()));
        }
        fillDirections();
        revalidate();
    });
    connect(m_number, &QSpinBox::valueChanged, this, [this] { m_numberEdited = true; });
    for (QLineEdit *e : {m_title, m_url, m_stars, m_cash})
        connect(e, &QLineEdit::textChanged, this, &FormDialog::revalidate);
    revalidate();
}

void TaskDialog::fillDirections()
{
    const QString current = m_direction->currentText();
    m_direction->clear();
    m_direction->addItem(QString(), 0);
    for (const Direction &d : EventRepository(m_db).directions(m_track->currentData().toLongLong()))
        m_direction->addItem(d.name, d.id);
    m_direction->setCurrentText(current);
}

QString TaskDialog::validate() const
{
    if (m_track->currentIndex() < 0)
        return tr("The event has no track yet.");
    if (m_title->text().trimmed().isEmpty())
        return tr("Give the task a title.");
    const QString stars = m_stars->text().trimmed();
    if (stars.startsWith(u'-'))
        return tr("Stars cannot be negative.");
    if (!stars.isEmpty() && !Stars::parse(stars))
        return tr("\"%1\" is not a number of stars (up to three decimals, e.g. 0.5).").arg(stars);
    const QString cash = m_cash->text().trimmed();
    if (cash.startsWith(u'-'))
        return tr("A cash amount cannot be negative.");
    if (!cash.isEmpty() && !parseAmount(cash, m_currency))
        return tr("\"%1\" is not an amount in %2.").arg(cash, m_currency.code);
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty() && !QUrl(url, QUrl::StrictMode).isValid())
        return tr("\"%1\" is not a link.").arg(url);
    return {};
}

QString TaskDialog::directionName() const
{
    return m_direction->currentText().trimmed();
}

Task TaskDialog::task() const
{
    Task t = m_original;
    t.trackId = m_track->currentData().toLongLong();
    t.number = m_number->value();
    t.title = m_title->text().trimmed();
    t.url = m_url->text().trimmed();
    t.stars = Stars::parse(m_stars->text().trimmed().isEmpty() ? u"0"_s : m_stars->text()).value_or(Stars());
    t.cashFen = m_cash->text().trimmed().isEmpty() ? std::nullopt : parseAmount(m_cash->text(), m_currency);
    t.rfcRequired = m_rfc->isChecked();
    t.locked = m_locked->isChecked();
    t.removed = m_removed->isChecked();
    t.directionId = 0;
    for (int i = 0; i < m_direction->count(); ++i)
        if (m_direction->itemText(i) == directionName())
            t.directionId = m_direction->itemData(i).toLongLong();
    return t;
}

} // namespace hd
