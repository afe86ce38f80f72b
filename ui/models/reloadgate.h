#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace hd {

// Runs a reload when the data changed, or later: while the window is shown but none of the widgets that
// show the data is (another page is in front), the reload waits until one of them is shown. Without a
// shown window (headless, tests) or without widgets to watch, it runs at once. So an edit reloads what is
// in view, not every page of the window.
class ReloadGate : public QObject
{
public:
    ReloadGate(std::function<void()> reload, QObject *parent);

    // A widget that shows the data (watched for being shown).
    void watch(QWidget *widget);
    // The data changed: reload now, or when one of the widgets is shown.
    void request();
    bool pending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_reload;
    QList<QPointer<QWidget>> m_widgets;
    bool m_pending = false;
};

} // namespace hd
