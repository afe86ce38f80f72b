#pragma once

#include "formdialog.h"
#include "storage/programmerepository.h"

class QLineEdit;
class QSpinBox;

namespace hd {

// A camper's weekly report entered by hand: the week, the hours worked and the link to the report. A week
// reported already shows what was reported, and saving replaces it.
class WeeklyReportDialog : public FormDialog
{
    Q_OBJECT
public:
    WeeklyReportDialog(const Database &db, const CampApplication &camper, QWidget *parent = nullptr);

    qint64 applicationId() const { return m_camper.id; }
    int week() const;
    int hours() const;
    QString link() const;

    QSpinBox *weekBox() const { return m_week; }
    QSpinBox *hoursBox() const { return m_hours; }
    QLineEdit *linkEdit() const { return m_link; }

private:
    QString validate() const;
    void showStored();

    const Database &m_db;
    CampApplication m_camper;
    int m_minimum;
    QSpinBox *m_week;
    QSpinBox *m_hours;
    QLineEdit *m_link;
};

} // namespace hd
