#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

#include <functional>

#include <gtest/gtest.h>

namespace hd::test {

// The visible top-level dialog of type T (a modal one a test's timer is answering), or nullptr.
template <typename T> T *openDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<T *>(w); d && d->isVisible())
            return d;
    return nullptr;
}

// Runs `interact` on the next dialog of type T that shows (looked for every 10 ms, for up to 5 s): for the
// modal dialogs an action opens.
template <typename T, typename F> void onNextDialog(F interact, int tries = 500)
{
    QTimer::singleShot(10, [interact, tries] {
        if (T *d = openDialog<T>()) {
            interact(d);
            return;
        }
        if (tries > 0)
            onNextDialog<T>(interact, tries - 1);
        else
            ADD_FAILURE() << "no dialog opened";
    });
}

// Answers the next question box with `answer`, keeping its text in `text` if given, then runs `then`.
inline void answerNextQuestion(QMessageBox::StandardButton answer, QString *text = nullptr,
                               std::function<void()> then = {})
{
    onNextDialog<QMessageBox>([answer, text, then](QMessageBox *box) {
        if (text)
            *text = box->text();
        box->button(answer)->click();
        if (then)
            then();
    });
}

} // namespace hd::test
