#pragma once

#include <QApplication>
#include <QWidget>

namespace hd::test {

// The visible top-level dialog of type T (a modal one a test's timer is answering), or nullptr.
template <typename T> T *openDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<T *>(w); d && d->isVisible())
            return d;
    return nullptr;
}

} // namespace hd::test
