// The language commands print in: English unless --lang or the locale asks otherwise, whatever language
// was chosen in the window (cron jobs parse the same text every day).
#include "support/clirunner.h"
#include "testutil.h"

#include <QDir>
#include <QSettings>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

class CliLanguage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // The window's settings, with Chinese chosen, where hackdesk looks for them.
        QSettings settings(dir.path(u"config/HackDesk/hackdesk.conf"_s), QSettings::IniFormat);
        settings.setValue(u"language"_s, u"zh_CN"_s);
        settings.sync();
        ASSERT_EQ(settings.status(), QSettings::NoError);
    }

    // A command that fails on the missing database, with these locale variables.
    CliRun run(const QString &all, const QString &lang, const QStringList &extra = {})
    {
        QProcessEnvironment env;
        env.insert(u"XDG_CONFIG_HOME"_s, dir.path(u"config"_s));
        env.insert(u"HOME"_s, dir.path(QString()));
        env.insert(u"LC_ALL"_s, all);
        env.insert(u"LC_MESSAGES"_s, QString());
        env.insert(u"LANG"_s, lang);
        return runHackdesk(extra + QStringList{u"--db"_s, dir.path(u"missing.sqlite"_s), u"summary"_s}, env);
    }

    TempDir dir;
};

const QString english = u"no such event database"_s;
const QString chinese = u"没有这个活动数据库"_s;

} // namespace

TEST_F(CliLanguage, EnglishWhateverTheWindowChose)
{
    const CliRun r = run(u"C.UTF-8"_s, u"C.UTF-8"_s);
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(english)) << r.err.toStdString();
}

TEST_F(CliLanguage, TheLocaleAsksForChinese)
{
    const CliRun r = run(QString(), u"zh_CN.UTF-8"_s);
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(chinese)) << r.err.toStdString();
}

TEST_F(CliLanguage, LangOverTheLocale)
{
    EXPECT_TRUE(run(u"C.UTF-8"_s, u"C.UTF-8"_s, {u"--lang"_s, u"zh_CN"_s}).err.contains(chinese));
    EXPECT_TRUE(run(QString(), u"zh_CN.UTF-8"_s, {u"--lang"_s, u"en"_s}).err.contains(english));
}
