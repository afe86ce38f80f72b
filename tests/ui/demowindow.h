#pragma once

#include "demo/demoevent.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "testutil.h"

#include <QSettings>
#include <QTest>

#include <memory>

namespace hd::test {

// A fixture: the main window on a fresh demo event, shown and active, with the window settings cleared.
class DemoWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        path = dir.path(QStringLiteral("demo.sqlite"));
        {
            Database db(path);
            addDemoData(db);
        }
        window = std::make_unique<MainWindow>(path);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    TempDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
};

} // namespace hd::test
