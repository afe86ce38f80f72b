#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>
#include <vector>

class QChart;
class QPainter;
class QPdfWriter;
class QTextTable;
class QTextTableFormat;

namespace hd {

// A printable report: a QTextDocument built through a cursor, so that text from GitHub (names, titles)
// is always written as text and never read as markup; charts drawn as vector graphics; written as an
// A4 PDF with a header (event name, report title) and a footer (generation time, page n of m) on every
// page, tables breaking across pages with their header row repeated, and text that extracts exactly as
// written (see pdftext.h).
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    ReportDocument(const QString &eventName, const QString &title, const QDateTime &generatedAt,
                   const QString &timeZone);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    enum class Tone { Normal, Muted, Warning, Strong };
    struct Column
    {
        QString title;
        Qt::Alignment alignment = Qt::AlignLeft;
        qreal widthPercent = 0; // 0 = as the text needs
    };

    void heading(const QString &text, int level = 1);
    void paragraph(const QString &text, Tone tone = Tone::Normal);
    // A table whose header row repeats on every page it runs over. Cells may hold several lines ('\n').
    // Rows listed in `strongRows` (totals) are set in bold.
    void table(const QList<Column> &columns, const QList<QStringList> &rows, const QSet<int> &strongRows = {});
    // The same for thousands of rows (one per person) under a heading: drawn row by row rather than laid
    // out by QTextDocument, whose table layout grows faster than the rows. It starts on a new page, and
    // what follows it starts on the page after its last. A row taller than a page is cut at the page's foot.
    void longTable(const QString &heading, const QList<Column> &columns, const QList<QStringList> &rows,
                   const QSet<int> &strongRows = {});
    // Label and value pairs, `perRow` to a row, values large: the event's figures at a glance.
    void figures(const QList<std::pair<QString, QString>> &figures, int perRow = 5);
    // A chart across the text width, `heightRatio` of it high, drawn as vector graphics. Takes ownership.
    void chart(QChart *chart, qreal heightRatio = 0.5);
    // Lines to sign on, one per role ("Prepared by").
    void signatureLines(const QStringList &roles);
    // A line of centred text (certificates): point size, bold, space above in millimetres.
    void centred(const QString &text, qreal pointSize, bool bold = false, qreal spaceAboveMm = 0);
    void pageBreak();
    void spacer(qreal mm);

    // Everything the pages show, as text: the body, the charts' words, headers and footers.
    QString plainText() const;
    // The PDF; `pages` receives the page count.
    QByteArray toPdf(int *pages = nullptr) const;
    // Writes the PDF all or nothing; returns the page count. Throws hd::Error.
    int writePdf(const QString &path) const;

    // The fonts reports are set in: the system's sans serif for Latin, Noto Sans CJK SC (or another
    // simplified-Chinese font that is installed) for Chinese.
    static QStringList fontFamilies();

private:
    struct LongTable;
    struct Section;
    // Starts a new stretch of flowing text (after a long table).
    void newFlow();
    // A new block (or the flow's first) in this format.
    void startBlock(const QTextBlockFormat &format);
    // A new table in the flow.
    QTextTable *insertTable(int rows, int columns, const QTextTableFormat &format);
    QTextCharFormat charFormat(qreal pointSize, bool bold = false, const QColor &colour = {}) const;
    QString headerLeft() const;
    QString footerLeft() const;

    std::vector<Section> m_sections; // flowing text and long tables, in order
    QTextDocument *m_doc = nullptr;  // the flowing text being written: the last section's
    QTextCursor m_cursor;
    std::vector<std::unique_ptr<QChart>> m_charts;
    QStringList m_chartTexts;
    QString m_eventName;
    QString m_title;
    QDateTime m_generatedAt;
    QString m_timeZone;
    bool m_atStart = true;     // nothing written yet: the first block is still empty
    bool m_afterTable = false; // the cursor is in the empty block that follows a table
};

} // namespace hd
