#include "testutil.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSettings>

#include <vector>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

// Puts the English translation back however a test ends.
struct EnglishAfterwards
{
    ~EnglishAfterwards() { installTranslations(u"en"_s); }
};

} // namespace

TEST(Translations, ChineseTranslatesTheWindowAndFormatsForTheLocale)
{
    EnglishAfterwards restore;
    EXPECT_EQ(installTranslations(u"zh_CN"_s), u"zh_CN"_s);
    EXPECT_EQ(QCoreApplication::translate("hd::MainWindow", "&File"), u"文件(&F)"_s);
    EXPECT_EQ(QLocale().name(), u"zh_CN"_s);
    EXPECT_EQ(QLocale().toString(QDate(2024, 6, 14), QLocale::ShortFormat), u"2024/6/14"_s);
    EXPECT_TRUE(loadedTranslationFile().endsWith(u"hackdesk_zh_CN.qm"_s)) << loadedTranslationFile().toStdString();

    EXPECT_TRUE(installTranslations(u"en"_s).startsWith(u"en"_s));
    EXPECT_EQ(QCoreApplication::translate("hd::MainWindow", "&File"), u"&File"_s);
}

TEST(Translations, AnInstalledTranslationComesBeforeTheBuiltInOne)
{
    EnglishAfterwards restore;
    TempDir data;
    const QByteArray oldHome = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", data.path(u"."_s).toUtf8());
    const QString folder = data.path(u"hackdesk/translations"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    const QStringList folders = translationFolders();
    EXPECT_EQ(folders.last(), u":/i18n"_s) << "built in, last";
    EXPECT_TRUE(folders.contains(QDir::cleanPath(folder)));

    // Nothing installed there: the built-in file.
    installTranslations(u"zh_CN"_s);
    EXPECT_TRUE(loadedTranslationFile().startsWith(u":/i18n/"_s)) << loadedTranslationFile().toStdString();
    // A translator's updated file there wins.
    const QString installed = folder + u"/hackdesk_zh_CN.qm"_s;
    ASSERT_TRUE(QFile::copy(u":/i18n/hackdesk_zh_CN.qm"_s, installed));
    installTranslations(u"zh_CN"_s);
    EXPECT_EQ(QDir::cleanPath(loadedTranslationFile()), QDir::cleanPath(installed));
    EXPECT_EQ(QCoreApplication::translate("hd::MainWindow", "&File"), u"文件(&F)"_s);

    if (oldHome.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", oldHome);
}

namespace {
// Sets the locale variables for one test and puts the old ones back afterwards.
class LocaleVariables
{
public:
    LocaleVariables(const QByteArray &all, const QByteArray &messages, const QByteArray &lang)
    {
        for (const auto &[name, value] : {std::pair{"LC_ALL", all}, {"LC_MESSAGES", messages}, {"LANG", lang}}) {
            m_old.push_back({name, qgetenv(name), qEnvironmentVariableIsSet(name)});
            value.isNull() ? qunsetenv(name) : qputenv(name, value);
        }
    }
    ~LocaleVariables()
    {
        for (const Old &o : m_old)
            o.set ? qputenv(o.name, o.value) : qunsetenv(o.name);
    }

private:
    struct Old
    {
        const char *name;
        QByteArray value;
        bool set;
    };
    std::vector<Old> m_old;
};
} // namespace

TEST(Translations, CommandsPrintEnglishUnlessLangOrTheLocaleAsks)
{
    // The window's choice is no part of it.
    QSettings().setValue(u"language"_s, u"zh_CN"_s);
    const QStringList plain = {u"hackdesk"_s, u"summary"_s};
    {
        const LocaleVariables none({}, {}, {});
        EXPECT_EQ(commandLanguage(plain), u"en"_s);
    }
    {
        const LocaleVariables c("C.UTF-8", {}, "zh_CN.UTF-8"); // LC_ALL comes first
        EXPECT_EQ(commandLanguage(plain), u"en"_s);
    }
    {
        const LocaleVariables posix({}, "POSIX", "zh_CN.UTF-8"); // then LC_MESSAGES
        EXPECT_EQ(commandLanguage(plain), u"en"_s);
    }
    {
        const LocaleVariables chinese("", {}, "zh_CN.UTF-8"); // an empty variable counts as unset
        EXPECT_EQ(commandLanguage(plain), u"zh_CN"_s);
        // --lang, in either spelling, over the locale.
        EXPECT_EQ(commandLanguage({u"hackdesk"_s, u"--lang"_s, u"en"_s, u"summary"_s}), u"en"_s);
        EXPECT_EQ(commandLanguage({u"hackdesk"_s, u"--lang=en"_s, u"summary"_s}), u"en"_s);
    }
    QSettings().remove(u"language"_s);
}
