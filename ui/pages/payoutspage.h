#pragma once

#include <QWidget>

class QLabel;

namespace hd {

class EventSession;
class TablePage;

// Who gets paid what: per person (stars, gross, paid, cap flag, items), per track against its budget
// and in all against the pool, with the event's warnings; exports CSV and JSON.
class PayoutsPage : public QWidget
{
    Q_OBJECT
public:
    explicit PayoutsPage(EventSession *session, QWidget *parent = nullptr);
    TablePage *people() const { return m_people; }
    TablePage *tracks() const { return m_tracks; }
    QString summaryText() const;

private:
    void reload();
    void exportReport(bool json);

    EventSession *m_session;
    QLabel *m_summary;
    QLabel *m_warnings;
    TablePage *m_people;
    TablePage *m_tracks;
};

} // namespace hd
