#pragma once

#include "formdialog.h"
#include "model/currency.h"
#include "model/task.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace hd {

class Database;

// Creates or edits a task: track, number, direction, title, link, stars or a cash amount, flags.
class TaskDialog : public FormDialog
{
    Q_OBJECT
public:
    TaskDialog(const Database &db, const Task &task, QWidget *parent = nullptr);
    // The task as the form describes it (direction resolved by name; new names get id 0).
    Task task() const;
    QString directionName() const;

    QComboBox *trackBox() const { return m_track; }
    QSpinBox *numberBox() const { return m_number; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *starsEdit() const { return m_stars; }
    QLineEdit *cashEdit() const { return m_cash; }

private:
    QString validate() const;
    void fillDirections();

    const Database &m_db;
    Task m_original;
    QComboBox *m_track;
    QSpinBox *m_number;
    bool m_numberEdited = false; // a new task's number no longer follows the track
    QComboBox *m_direction;
    QLineEdit *m_title;
    QLineEdit *m_url;
    QLineEdit *m_stars;
    QLineEdit *m_cash;
    Currency m_currency; // the event's, for the cash amount
    QCheckBox *m_rfc;
    QCheckBox *m_locked;
    QCheckBox *m_removed;
};

} // namespace hd
