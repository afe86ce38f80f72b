#pragma once

#include "formdialog.h"
#include "storage/programmerepository.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace hd {

class Database;

// A camper's final defence: not defended yet, not passed, or passed with one of the camp's grades
// (及格 / 良好 / 优秀 / 特别优秀), its date, the months worked and who judged it (logins; the event's judges of
// the camp track are offered). Saved as the camper's camp_result, which the payouts read.
class CampDefenceDialog : public FormDialog
{
    Q_OBJECT
public:
    // `camper` is an accepted application; `taskId` its project's task.
    CampDefenceDialog(const Database &db, const CampApplication &camper, qint64 taskId, QWidget *parent = nullptr);

    // nullopt = not defended yet.
    std::optional<CampDefence> defence() const;
    qint64 taskId() const { return m_taskId; }
    qint64 participantId() const { return m_camper.participantId; }

    QComboBox *resultBox() const { return m_result; }
    QDateEdit *dateEdit() const { return m_date; }
    QSpinBox *monthsBox() const { return m_months; }
    QLineEdit *judgesEdit() const { return m_judges; }
    // Chooses a grade by name ("优秀"); an empty name = not passed. False when the form does not offer it.
    bool chooseGrade(const QString &grade);
    void chooseNotDefended();

private:
    QString validate() const;
    void updateFields();

    CampApplication m_camper;
    qint64 m_taskId;
    QStringList m_grades;
    QComboBox *m_result;
    QDateEdit *m_date;
    QSpinBox *m_months;
    QLineEdit *m_judges;
};

} // namespace hd
