// import-issue's contract: rows it cannot read are listed on stderr and exit 3 unless accepted; a body
// with no task is an error naming the header rows it saw; --dry-run shows the column mapping.

#include "support/clirunner.h"
#include "support/backend.h"
#include "testutil.h"

using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

class IssueCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = eventDb(dir, u"event.sqlite"_s);
        ASSERT_EQ(runHackdesk({u"--db"_s, db, u"init"_s}).code, 0);
    }
    QString body(const QString &name, const QString &text)
    {
        const QString path = dir.path(name);
        writeAll(path, text.toUtf8());
        return path;
    }
    CliRun import(const QString &file, const QStringList &more = {})
    {
        return runHackdesk(QStringList{u"--db"_s, db, u"import-issue"_s, u"--track"_s, u"tasks"_s, u"--file"_s, file} +
                           more);
    }

    TempDir dir;
    QString db;
};

const QString mixLayout = u"### 多模态理解\n"
                          "| 序号 | 任务名称 | 任务类型 | 难度 | 优先级 | 认领人/状态/PR号 |\n"
                          "| -- | -- | -- | -- | -- | -- |\n"
                          "| 1 | 应用 | 特色应用 | 🌟🌟 | P0 | @erin<br> |\n"
                          "| 2 | 推理 | 模型复现 | 难 | P1 |  |\n"
                          "| 3 | 训练 | 模型复现 | 🌟 | P1 |  |\n"_s;

} // namespace

TEST_F(IssueCli, UnreadableRowsGoToStderrAndExitThree)
{
    const QString file = body(u"mix.md"_s, mixLayout);
    const CliRun r = import(file);
    EXPECT_EQ(r.code, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(file + u":5:"_s)) << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(u":5:"_s));
    EXPECT_TRUE(r.out.contains(u"table at line 2 (多模态理解): 2 rows read, 1 could not be read (lines 5)"_s))
        << r.out.toStdString();
    // The good rows were imported all the same; importing again with --accept-unreadable exits 0.
    const CliRun again = import(file, {u"--accept-unreadable"_s});
    EXPECT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(u":5:"_s));
    const CliRun exported = runHackdesk({u"--db"_s, db, u"export-issue"_s, u"--track"_s, u"tasks"_s});
    ASSERT_EQ(exported.code, 0);
    EXPECT_TRUE(exported.out.contains(u"| 序号 | 任务名称 | 任务类型 | 难度 | 优先级 | 认领人/状态/PR号 |\n"_s))
        << exported.out.toStdString();
    EXPECT_TRUE(exported.out.contains(u"| 3 | 训练 | 模型复现 | 🌟 | P1 |  |\n"_s));
}

TEST_F(IssueCli, ADryRunShowsTheColumnMapping)
{
    const CliRun r = import(body(u"mix.md"_s, mixLayout), {u"--dry-run"_s, u"--accept-unreadable"_s});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"columns: 序号 → number; 任务名称 → title; 任务类型 → ignored; 难度 → difficulty; "
                               "优先级 → ignored; 认领人/状态/PR号 → claimants"_s))
        << r.out.toStdString();
}

TEST_F(IssueCli, NoTaskIsAnErrorNamingTheHeaderSeen)
{
    const QString file =
        body(u"none.md"_s, u"说明\n\n| 任务名称 | 难度 | 任务描述 |\n| -- | -- | -- |\n| 推理 | 🌟 | 对齐 |\n"_s);
    const CliRun r = import(file);
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(u"| 任务名称 | 难度 | 任务描述 |"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"line 3"_s)) << r.err.toStdString();
    const CliRun empty = import(body(u"empty.md"_s, u"只有文字。\n"_s));
    EXPECT_EQ(empty.code, 1);
    EXPECT_TRUE(empty.err.contains(u"no table"_s)) << empty.err.toStdString();
    const CliRun json = import(file, {u"--json"_s});
    EXPECT_EQ(json.code, 1);
    EXPECT_TRUE(json.out.contains(u"\"no_tasks\""_s));
}

TEST_F(IssueCli, HelpDocumentsTheExitStatus)
{
    const CliRun r = runHackdesk({u"import-issue"_s, u"--help"_s});
    EXPECT_TRUE(r.out.contains(u"--accept-unreadable"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"3 imported"_s)) << r.out.toStdString();
}
