#include "reloadgate.h"

#include <QEvent>
#include <QWidget>

namespace hd {

ReloadGate::ReloadGate(std::function<void()> reload, QObject *parent)
    : QObject(parent)
    , m_reload(std::move(reload))
{}

void ReloadGate::watch(QWidget *widget)
{
    m_widgets.append(widget);
    widget->installEventFilter(this);
}

void ReloadGate::request()
{
    bool wait = false;
    for (const QPointer<QWidget> &w : std::as_const(m_widgets)) {
        if (!w)
            continue;
        if (w->isVisible() || !w->window()->isVisible()) {
            wait = false; // in view, or no window in view at all: now
            break;
        }
        wait = true;
    }
    if (wait) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_reload();
}

bool ReloadGate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_reload();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hd
