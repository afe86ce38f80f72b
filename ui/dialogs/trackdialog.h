#pragma once

#include "formdialog.h"
#include "model/currency.h"
#include "services/trackservice.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableWidget;

namespace hd {

// A track's set-up as the Tracks page edits it: name, kind (for a new track), budget, quota, threshold,
// months rule, GitHub issue, reward tiers and directions. Every field is checked by TrackService's own
// rules as it is typed; setup() is what OK saves.
class TrackDialog : public FormDialog
{
    Q_OBJECT
public:
    // `setup.track.id` 0: a new track.
    TrackDialog(const TrackService::Setup &setup, const Currency &currency, QWidget *parent = nullptr);

    // The form as a set-up; throws hd::Error naming the field that is wrong.
    TrackService::Setup setup() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *budgetEdit() const { return m_budget; }
    QTableWidget *tiers() const { return m_tiers; }
    QTableWidget *directions() const { return m_directions; }
    void addTierRow(const QString &name, const QString &stars, const QString &cash);
    void addDirectionRow(const QString &name);

private:
    QTableWidget *table(const QStringList &headers, const QString &addText);

    TrackService::Setup m_original;
    Currency m_currency;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_budget;
    QLineEdit *m_quota;
    QLineEdit *m_quotaStars;
    QLineEdit *m_threshold;
    QCheckBox *m_monthsRule;
    QLineEdit *m_issue;
    QTableWidget *m_tiers;
    QTableWidget *m_directions;
};

} // namespace hd
