#include "messages.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(Messages, ShowTheirTextAsPlainText)
{
    // A message quoting a title from GitHub: QMessageBox alone would take it for HTML.
    const QString text = u"<b>粗体</b> <img src=\"x.png\"> cannot be imported."_s;
    bool seen = false;
    QTimer::singleShot(0, [&] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                seen = true;
                EXPECT_EQ(box->textFormat(), Qt::PlainText);
                EXPECT_EQ(box->text(), text);
                box->button(QMessageBox::No)->click();
                return;
            }
    });
    EXPECT_EQ(hd::messages::question(nullptr, u"Import"_s, text), QMessageBox::No);
    EXPECT_TRUE(seen);
}
