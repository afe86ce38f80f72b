#pragma once

#include "services/eventsettings.h"

#include <QMap>
#include <QWidget>

class QFormLayout;
class QLineEdit;

namespace hd {

// The event's identity, money, time zone, deadlines, claim words and PR titles as a form, for the Settings
// dialog and the New Event wizard. Each field is one key of EventSettings::table() and is checked by that
// table's own rule as it is typed; the field found wrong is marked and problem() says why.
class SetupEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SetupEditor(const EventSetup &base, QWidget *parent = nullptr);

    // The keys the form edits, in the order they are checked and written (currency and time zone first:
    // amounts and dates are read in them).
    static const QStringList &keys();

    // Starts over from this set-up (the wizard's profile changed).
    void setBase(const EventSetup &base);
    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    QString value(const QString &key) const;

    // "Star value: not an amount in EUR (such as 50 or 1000.50)" for the first bad field, or empty.
    QString problem() const;
    // The base set-up with every field written into it (only meaningful when problem() is empty).
    EventSetup result() const;
    // The keys whose text differs from the base, in keys() order.
    QStringList changedKeys() const;

signals:
    void edited();

private:
    QString check(EventSetup *setup, QString *badKey = nullptr) const;
    void markFields();

    EventSetup m_base;
    QMap<QString, QLineEdit *> m_fields;
    QMap<QString, QString> m_labels; // the fields' labels, for messages
};

} // namespace hd
