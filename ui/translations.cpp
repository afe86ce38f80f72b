#include "translations.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
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
} // namespace

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
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
        }
        *t = new QTranslator;
    }
    if (ours->load(locale, u"hackdesk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale.name();
}

QString languageFromArguments(const QStringList &arguments)
{
    return optionValue(arguments, u"--lang"_s);
}

QString databaseFromArguments(const QStringList &arguments)
{
    QString db = optionValue(arguments, u"--db"_s);
    if (db.isEmpty())
        db = QSettings().value(u"lastDatabase"_s).toString();
    return db.isEmpty() ? Database::defaultPath() : db;
}

} // namespace hd
