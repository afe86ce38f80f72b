#pragma once

#include "formdialog.h"
#include "services/manualclaims.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hd {

class Database;

// Adds or corrects a claim by hand: track and task, the claimant's login, the status and whether the
// claimant finished the task. Checks as you type: the task exists and is not removed, the login is a
// GitHub login that has not claimed the task yet, a finisher's status is 完成任务.
class ClaimDialog : public FormDialog
{
    Q_OBJECT
public:
    // claimId 0 = a new claim (on `trackId` when given).
    ClaimDialog(const Database &db, qint64 claimId, qint64 trackId = 0, QWidget *parent = nullptr);
    // The edit the form describes.
    ClaimEdit edit() const;

    QComboBox *trackBox() const { return m_track; }
    QSpinBox *taskBox() const { return m_task; }
    QLineEdit *loginEdit() const { return m_login; }
    QComboBox *statusBox() const { return m_status; }
    QCheckBox *finisherBox() const { return m_finisher; }
    QLabel *taskTitle() const { return m_title; }

private:
    QString validate() const;
    std::optional<Task> currentTask() const;

    const Database &m_db;
    qint64 m_claimId;
    QComboBox *m_track;
    QSpinBox *m_task;
    QLabel *m_title;
    QLineEdit *m_login;
    QComboBox *m_status;
    QCheckBox *m_finisher;
};

} // namespace hd
