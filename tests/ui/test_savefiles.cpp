#include "charts/chartpanel.h"
#include "files/savefiles.h"
#include "support/opendialog.h"
#include "testutil.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QTimer>

#include <functional>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

const QList<files::SaveFormat> pdfOrCsv = {{u"PDF files"_s, u"pdf"_s}, {u"CSV files"_s, u"csv"_s}};

// Types `name` into the next save dialog with the format `filter` chosen, saves, then runs `then`.
void typeIntoNextSaveDialog(const QString &name, const QString &filter, std::function<void()> then = {})
{
    onNextDialog<QFileDialog>([name, filter, then](QFileDialog *d) {
        d->selectNameFilter(filter);
        d->selectFile(name);
        static_cast<QDialog *>(d)->accept(); // (protected in QFileDialog, public in QDialog)
        if (then)
            then();
    });
}

} // namespace

TEST(SaveFiles, AddsTheSuffixOfTheChosenFormat)
{
    EXPECT_EQ(files::withFormatSuffix(u"/tmp/payouts"_s, pdfOrCsv, 0), u"/tmp/payouts.pdf"_s);
    EXPECT_EQ(files::withFormatSuffix(u"/tmp/payouts"_s, pdfOrCsv, 1), u"/tmp/payouts.csv"_s);
    // A name that already ends in one of the offered suffixes keeps it, whichever format is chosen.
    EXPECT_EQ(files::withFormatSuffix(u"/tmp/payouts.CSV"_s, pdfOrCsv, 0), u"/tmp/payouts.CSV"_s);
    // Any other dot is part of the name.
    EXPECT_EQ(files::withFormatSuffix(u"/tmp/report.v2"_s, pdfOrCsv, 0), u"/tmp/report.v2.pdf"_s);
    EXPECT_EQ(files::withFormatSuffix(QString(), pdfOrCsv, 0), QString());
}

TEST(SaveFiles, TheDialogSavesUnderTheNameWithTheChosenSuffix)
{
    TempDir dir;
    typeIntoNextSaveDialog(dir.path(u"payouts"_s), pdfOrCsv[1].filter());
    EXPECT_EQ(files::askSavePath(nullptr, u"Export"_s, u"payouts.pdf"_s, pdfOrCsv), dir.path(u"payouts.csv"_s));
}

TEST(SaveFiles, AnExistingFileIsReplacedOnlyAfterAsking)
{
    TempDir dir;
    const QString existing = dir.path(u"payouts.pdf"_s);
    writeAll(existing, "old");

    // No: the dialog comes back, and cancelling it saves nothing.
    QString question;
    typeIntoNextSaveDialog(dir.path(u"payouts"_s), pdfOrCsv[0].filter(), [&] {
        answerNextQuestion(QMessageBox::No, &question,
                           [] { onNextDialog<QFileDialog>([](QFileDialog *d) { d->reject(); }); });
    });
    EXPECT_EQ(files::askSavePath(nullptr, u"Export"_s, u"payouts.pdf"_s, pdfOrCsv), QString());
    EXPECT_TRUE(question.contains(u"payouts.pdf already exists"_s)) << question.toStdString();
    EXPECT_EQ(readAll(existing), "old");

    // Yes: the path is returned.
    typeIntoNextSaveDialog(dir.path(u"payouts"_s), pdfOrCsv[0].filter(), [] { answerNextQuestion(QMessageBox::Yes); });
    EXPECT_EQ(files::askSavePath(nullptr, u"Export"_s, u"payouts.pdf"_s, pdfOrCsv), existing);
}

TEST(SaveFiles, AChartIsWrittenWholeOverTheOldFile)
{
    TempDir dir;
    ChartPanel panel(ChartKind::Directions);
    for (const QString &name : {u"chart.png"_s, u"chart.svg"_s}) {
        const QString path = dir.path(name);
        writeAll(path, "old");
        ASSERT_EQ(panel.saveImage(path), QString());
        const QByteArray bytes = readAll(path);
        EXPECT_TRUE(bytes.startsWith("\x89PNG") || bytes.contains("<svg")) << name.toStdString();
    }
    // Nothing but the two images: no temporary file left behind.
    EXPECT_EQ(QDir(QFileInfo(dir.path(u"chart.png"_s)).path()).entryList(QDir::Files).size(), 2);
}
