#pragma once

#include <QString>
#include <QStringList>

namespace hd {

// Loads HackDesk's and Qt's translations for `language` ("zh_CN", "en"; empty = the saved choice or
// the system locale). Returns the language used.
QString installTranslations(const QString &language);
QString languageFromArguments(const QStringList &arguments);
// The database the window opens: --db, else the last one opened, else the default path.
QString databaseFromArguments(const QStringList &arguments);
// The languages HackDesk ships, as locale names.
QStringList availableLanguages();

} // namespace hd
