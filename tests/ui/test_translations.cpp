#include "testutil.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLocale>

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
