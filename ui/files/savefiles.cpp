#include "savefiles.h"

#include "messages.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace hd::files {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hd::files::SaveFiles)
};

int formatOfSuffix(const QString &path, const QList<SaveFormat> &formats)
{
    const QString suffix = QFileInfo(path).suffix();
    for (qsizetype i = 0; i < formats.size(); ++i)
        if (!suffix.isEmpty() && suffix.compare(formats[i].suffix, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}
} // namespace

QString SaveFormat::filter() const
{
    return u"%1 (*.%2)"_s.arg(label, suffix);
}

QString withFormatSuffix(const QString &path, const QList<SaveFormat> &formats, int chosen)
{
    if (path.isEmpty() || formatOfSuffix(path, formats) >= 0 || chosen < 0 || chosen >= formats.size())
        return path;
    return path + u'.' + formats[chosen].suffix;
}

QString askSavePath(QWidget *parent, const QString &title, const QString &suggested, const QList<SaveFormat> &formats)
{
    QStringList filters;
    for (const SaveFormat &f : formats)
        filters << f.filter();
    QFileDialog dialog(parent, title);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    // The dialog would ask about the name as typed; the question belongs to the name with its suffix.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.setNameFilters(filters);
    if (const int suggestedFormat = formatOfSuffix(suggested, formats); suggestedFormat >= 0)
        dialog.selectNameFilter(filters[suggestedFormat]);
    if (!suggested.isEmpty())
        dialog.selectFile(suggested);
    while (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()) {
        const QString path = withFormatSuffix(dialog.selectedFiles().constFirst(), formats,
                                              int(filters.indexOf(dialog.selectedNameFilter())));
        if (!QFileInfo::exists(path))
            return path;
        if (QFileInfo(path).isDir()) {
            messages::warning(parent, title, Tr::tr("%1 is a folder; choose a file name.").arg(path));
            continue;
        }
        const auto answer = messages::question(
            parent, title,
            Tr::tr("%1 already exists.\nReplace it?").arg(QFileInfo(path).fileName()) + u"\n\n"_s + path);
        if (answer == QMessageBox::Yes)
            return path;
        dialog.selectFile(QFileInfo(path).fileName());
    }
    return {};
}

} // namespace hd::files
