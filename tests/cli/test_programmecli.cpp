#include "support/clirunner.h"
#include "support/backend.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace hd::test;
using namespace Qt::StringLiterals;

TEST(ProgrammeCli, CampAndFundableBoardsAsJson)
{
    TempDir dir;
    const QString db = eventDb(dir, u"e.sqlite"_s);
    ASSERT_EQ(runHackdesk({u"--db"_s, db, u"init"_s, u"--demo"_s}).code, 0);
    const CliRun camp = runHackdesk({u"--db"_s, db, u"camp"_s, u"list"_s, u"--json"_s});
    ASSERT_EQ(camp.code, 0) << camp.err.toStdString();
    const QJsonArray projects = QJsonDocument::fromJson(camp.out.toUtf8()).object()[u"projects"_s].toArray();
    ASSERT_EQ(projects.size(), 8);
    for (const char *key : {"number", "title", "seats", "campers", "stage", "reported_hours", "grade", "defence_judges"})
        EXPECT_TRUE(projects[0].toObject().contains(QLatin1StringView(key))) << key;
    const CliRun fundable = runHackdesk({u"--db"_s, db, u"fundable"_s, u"list"_s, u"--json"_s});
    ASSERT_EQ(fundable.code, 0);
    const QJsonObject first =
        QJsonDocument::fromJson(fundable.out.toUtf8()).object()[u"projects"_s].toArray()[0].toObject();
    EXPECT_EQ(first[u"completion_bp"_s].toInt(), 9000);
    EXPECT_EQ(first[u"sub_tasks"_s].toArray().size(), 10);
    EXPECT_EQ(runHackdesk({u"--db"_s, db, u"camp"_s, u"show"_s}).code, 2);
    const CliRun wrong = runHackdesk({u"--db"_s, db, u"camp"_s, u"list"_s, u"--track"_s, u"tasks"_s});
    EXPECT_EQ(wrong.code, 1);
    EXPECT_EQ(wrong.err.count(u'\n'), 1);
}
