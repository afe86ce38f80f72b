#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace hd::files {

// One kind of file a save dialog offers: its name as the user reads it ("PDF files") and its suffix
// without the dot ("pdf").
struct SaveFormat
{
    QString label;
    QString suffix;
    QString filter() const; // "PDF files (*.pdf)"
};

// The one save dialog of HackDesk. Offers `formats` (the first is chosen unless `suggested` ends in
// another's suffix), adds the chosen format's suffix to a name that ends in none of them ("payouts" →
// "payouts.pdf") and asks before replacing a file that exists. Returns the path, or empty when the user
// cancelled. What is saved is written with writeFileAtomically (temporary file, then renamed).
QString askSavePath(QWidget *parent, const QString &title, const QString &suggested, const QList<SaveFormat> &formats);

// The path as saved when the user chose formats[chosen]: unchanged if it already ends in the suffix of one
// of the formats (any case), else with the chosen suffix added.
QString withFormatSuffix(const QString &path, const QList<SaveFormat> &formats, int chosen);

} // namespace hd::files
