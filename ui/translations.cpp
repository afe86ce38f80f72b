#include "translations.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
QString optionValue(const QStringList &arguments, const QString &option)
{
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i)
        if (arguments[i] == option)
            return arguments[i + 1];
    for (const QString &a : arguments)
        if (a.startsWith(option + u'='))
            return a.mid(option.size() + 1);
    return {};
}

QTranslator *ours = nullptr;
QTranslator *qt = nullptr;
} // namespace

QStringList translationFolders()
{
    QStringList folders;
    auto add = [&](const QString &folder) {
        const QString clean = QDir::cleanPath(folder);
        if (!folders.contains(clean))
            folders << clean;
    };
    // Next to the binary as installed (<prefix>/bin/hackdesk → <prefix>/share/hackdesk/translations) …
    if (QCoreApplication::instance())
        add(QCoreApplication::applicationDirPath() + u"/../share/hackdesk/translations"_s);
    // … in the data folders of the system and the user (XDG_DATA_HOME, XDG_DATA_DIRS) …
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        add(data + u"/hackdesk/translations"_s);
    // … and built in.
    folders << u":/i18n"_s;
    return folders;
}

QString loadedTranslationFile()
{
    return ours ? ours->filePath() : QString();
}

QStringList availableLanguages()
{
    return {u"en"_s, u"zh_CN"_s};
}

QString installTranslations(const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = QSettings().value(u"language"_s).toString();
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QLocale::setDefault(locale);
    for (QTranslator **t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
        }
        *t = new QTranslator;
    }
    for (const QString &folder : translationFolders())
        if (ours->load(locale, u"hackdesk"_s, u"_"_s, folder)) {
            QCoreApplication::installTranslator(ours);
            break;
        }
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale.name();
}

QString languageFromArguments(const QStringList &arguments)
{
    return optionValue(arguments, u"--lang"_s);
}

QString commandLanguage(const QStringList &arguments)
{
    if (const QString lang = languageFromArguments(arguments); !lang.isEmpty())
        return lang;
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (value.isEmpty())
            continue;
        // "zh_CN.UTF-8", "de_DE@euro": the language and territory are before the codeset and modifier.
        const QString name = value.section(u'.', 0, 0).section(u'@', 0, 0);
        return name == u"C" || name == u"POSIX" || name.isEmpty() ? u"en"_s : name;
    }
    return u"en"_s;
}

QString databaseFromArguments(const QStringList &arguments)
{
    QString db = optionValue(arguments, u"--db"_s);
    if (db.isEmpty())
        db = QSettings().value(u"lastDatabase"_s).toString();
    return db.isEmpty() ? Database::defaultPath() : db;
}

} // namespace hd
