#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace hd {

class EventSession;
class TableModel;

// The first screen: the event's figures at a glance and its tracks.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(EventSession *session, TableModel *tracks, QWidget *parent = nullptr);
    // The figure shown under a key such as "tasks", "completed", "pool" (for tests).
    QString figure(const QString &key) const;

private:
    void reload();
    void setFigure(int index, const QString &key, const QString &caption, const QString &value);

    EventSession *m_session;
    QLabel *m_title;
    QLabel *m_subtitle;
    QGridLayout *m_figures;
    QHash<QString, QLabel *> m_values;
};

} // namespace hd
