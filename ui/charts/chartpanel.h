#pragma once

#include "charts.h"

#include <QWidget>

class QChart;
class QChartView;
class QToolButton;

namespace hd {

// One chart on screen: hover tooltips, Save as PNG or SVG (button and context menu), and the colours of
// the system palette, following a change of theme.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(ChartKind kind, QWidget *parent = nullptr);
    ~ChartPanel() override;

    ChartKind kind() const { return m_kind; }
    // Shows these numbers, rebuilding the chart.
    void setData(const ChartData &numbers);
    QChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }
    // The tooltip shown over that category, day or place (see chartTooltips).
    QString tooltip(int index) const;
    // Saves the chart as shown, PNG or SVG by the file's suffix; returns why it could not, or empty.
    QString saveImage(const QString &path) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void saveDialog(const QString &suffix);

    ChartKind m_kind;
    ChartData m_data;
    QChartView *m_view;
    QChart *m_chart = nullptr;
    QToolButton *m_save;
};

} // namespace hd
