#pragma once

#include <QString>
#include <QStringList>

namespace hd {

// Loads HackDesk's and Qt's translations for `language` ("zh_CN", "en"; empty = the saved choice or
// the system locale). Returns the language used.
//
// HackDesk's .qm files are looked for in translationFolders(), first found first: the installed ones
// (`cmake --install` puts them in <prefix>/share/hackdesk/translations), so that a packager or translator
// can update a translation without a rebuild, and then the copy built into the binary.
QString installTranslations(const QString &language);
QStringList translationFolders();
// The HackDesk .qm file in use; empty when none is loaded (English source text).
QString loadedTranslationFile();
QString languageFromArguments(const QStringList &arguments);
// The language commands print in: --lang, else the locale's messages category (LC_ALL, LC_MESSAGES, LANG, the
// first one set), else English; "C" and "POSIX" are English. The window's language setting plays no part,
// so that a cron job parses the same text whatever was chosen in the window.
QString commandLanguage(const QStringList &arguments);
// The database the window opens: --db, else the last one opened, else the default path.
QString databaseFromArguments(const QStringList &arguments);
// The languages HackDesk ships, as locale names.
QStringList availableLanguages();

} // namespace hd
