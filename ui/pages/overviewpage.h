#pragma once

#include "charts/charts.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace hd {

class ChartPanel;
class EventSession;
class TableModel;

// The first screen: the event's figures at a glance, its charts (claim progress, tasks by direction,
// the prize pool by track, the stars leaderboard) and its tracks. Follows every edit and sync.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(EventSession *session, TableModel *tracks, QWidget *parent = nullptr);
    // The figure shown under a key such as "tasks", "completed", "pool" (for tests).
    QString figure(const QString &key) const;
    // The chart of that kind.
    ChartPanel *chart(ChartKind kind) const { return m_charts.value(int(kind)); }

private:
    void reload();
    void setFigure(int index, const QString &key, const QString &caption, const QString &value);

    EventSession *m_session;
    QLabel *m_title;
    QLabel *m_subtitle;
    QGridLayout *m_figures;
    QHash<QString, QLabel *> m_values;
    QHash<int, ChartPanel *> m_charts;
};

} // namespace hd
