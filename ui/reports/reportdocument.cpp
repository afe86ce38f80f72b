#include "reportdocument.h"

#include "charts/charts.h"
#include "io/filewriter.h"
#include "model/error.h"
#include "pdftext.h"

#include <QAbstractBarSeries>
#include <QAbstractTextDocumentLayout>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QFontDatabase>
#include <QLegend>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextObjectInterface>
#include <QTextTable>
#include <QTimeZone>

#include <QTextLayout>

#include <span>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

// The PDF's resolution. Lengths in the document (margins, padding, borders) are in pixels at 96 dpi: the
// text layout scales them to the paint device; the page and what is painted directly are in PDF pixels.
constexpr int Resolution = 600;
constexpr qreal mm(qreal millimetres)
{
    return millimetres * 96 / 25.4;
}
constexpr qreal pdfMm(qreal millimetres)
{
    return millimetres * Resolution / 25.4;
}
// The page: A4 with these margins; the header and footer sit in the top and bottom margins.
constexpr qreal MarginLeft = 18, MarginRight = 18, MarginTop = 22, MarginBottom = 20;
constexpr qreal BodyPointSize = 9, TablePointSize = 8.5, SmallPointSize = 7.5;
// A chart is laid out this many logical pixels wide, then scaled to the text width.
constexpr qreal ChartSceneWidth = 760;

// Letter spacing that cannot be seen but keeps Qt from joining letters into ligatures.
constexpr qreal NoLigatures = 0.02;

const QColor mutedColour(0x66, 0x66, 0x66);
const QColor warningColour(0xC0, 0x39, 0x2B);
const QColor ruleColour(0xAA, 0xAA, 0xAA);
const QColor headerFill(0xEC, 0xEF, 0xF1);

constexpr int ChartObjectType = QTextFormat::UserObject + 1;
constexpr int ChartIndexProperty = QTextFormat::UserProperty + 1;
constexpr int ChartRatioProperty = QTextFormat::UserProperty + 2;

// Draws the charts of a report where the text holds their object characters.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    explicit ChartObject(const std::vector<std::unique_ptr<QChart>> *charts, QObject *parent)
        : QObject(parent)
        , m_charts(charts)
    {}

    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &format) override
    {
        const qreal width =
            (doc->pageSize().isValid() ? doc->pageSize().width() : doc->textWidth()) - 2 * doc->documentMargin() - 2;
        return {width, width * format.doubleProperty(ChartRatioProperty)};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const auto index = size_t(format.intProperty(ChartIndexProperty));
        if (index >= m_charts->size())
            return;
        const qreal ratio = format.doubleProperty(ChartRatioProperty);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        renderChart((*m_charts)[index].get(), painter, rect, QSizeF(ChartSceneWidth, ChartSceneWidth * ratio));
        painter->restore();
    }

private:
    const std::vector<std::unique_ptr<QChart>> *m_charts;
};

// The words a chart shows, for the text of the report.
QStringList chartWords(QChart *chart)
{
    auto plain = [](const QString &html) { return QTextDocumentFragment::fromHtml(html).toPlainText(); };
    QStringList words{plain(chart->title())};
    for (QAbstractAxis *axis : chart->axes()) {
        words << axis->titleText();
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            for (const QString &c : categories->categories())
                words << plain(c);
    }
    for (QAbstractSeries *series : chart->series()) {
        words << series->name();
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                words << set->label();
    }
    return words;
}

// Keeps each heading on the page of what follows it: a heading that would end a page (what comes after it
// starting on the next) moves to the top of the next page itself. The document is laid out on pages of
// `pageHeight`; it is laid out again as the headings move, from the first on.
void keepHeadingsWithNext(QTextDocument &doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const auto pageOf = [&](qreal y) { return int(y / pageHeight); };
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        // The next block with text, or a table's first cell (a table comes after an empty block).
        QTextBlock next = block.next();
        while (next.isValid() && next.length() <= 1 && !QTextCursor(next).currentTable())
            next = next.next();
        if (!next.isValid())
            continue;
        layout->documentSize(); // laid out afresh after the last heading moved
        // What follows: a block's first line, or a table's header and first row (a header alone on a page says
        // nothing). The layout places a cell's block within its cell, and places rows that do not fit on the next
        // page, so a table's rows are measured from its frame: their tallest first lines and the cell padding.
        qreal nextFoot = 0;
        if (QTextTable *table = QTextCursor(next).currentTable()) {
            const QTextTableFormat format = table->format();
            const qreal scale = layout->paintDevice() ? layout->paintDevice()->logicalDpiY() / 96.0 : 1.0;
            nextFoot = layout->frameBoundingRect(table).top() + format.topMargin() * scale;
            for (int row = 0; row < std::min(table->rows(), format.headerRowCount() + 1); ++row) {
                qreal tallest = 0;
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextLayout *cell = table->cellAt(row, column).firstCursorPosition().block().layout();
                    tallest = std::max(tallest, cell ? cell->boundingRect().height() : 0);
                }
                nextFoot += tallest + 2 * (format.cellPadding() + format.border()) * scale;
            }
        } else {
            const QTextLayout *lines = next.layout();
            nextFoot = layout->blockBoundingRect(next).top() +
                       (lines && lines->lineCount() > 0 ? lines->lineAt(0).rect().bottom() : 0);
        }
        nextFoot -= 1;
        const QRectF heading = layout->blockBoundingRect(block);
        const int page = pageOf(heading.top() + 1);
        const bool atPageTop = heading.top() - page * pageHeight < 1;
        if (pageOf(nextFoot) > page && !atPageTop) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
        }
    }
}

// A long table's heading, as heading(level 2) sets it, laid out on the PDF.
std::unique_ptr<QTextLayout> headingLayout(const QString &text, QPaintDevice *device)
{
    QFont font;
    font.setFamilies(ReportDocument::fontFamilies());
    font.setPointSizeF(12.5);
    font.setBold(true);
    font.setLetterSpacing(QFont::AbsoluteSpacing, NoLigatures);
    auto layout = std::make_unique<QTextLayout>(text, font, device);
    layout->beginLayout();
    QTextLine line = layout->createLine();
    line.setPosition(QPointF(0, 0));
    layout->endLayout();
    return layout;
}

// Lays out and draws the rows of a long table at the PDF's resolution, cell by cell with QTextLayout.
class RowPainter
{
public:
    RowPainter(const QList<ReportDocument::Column> &columns, QPaintDevice *device, qreal width)
        : m_columns(columns)
        , m_device(device)
        , m_padX(pdfMm(1.0))
        , m_padY(pdfMm(0.9))
    {
        qreal total = 0;
        for (const ReportDocument::Column &c : columns)
            total += c.widthPercent > 0 ? c.widthPercent : 10;
        qreal x = 0;
        for (const ReportDocument::Column &c : columns) {
            const qreal w = width * (c.widthPercent > 0 ? c.widthPercent : 10) / total;
            m_x << x;
            m_width << w;
            x += w;
        }
        m_width.last() = width - m_x.last();
        m_plain.setFamilies(ReportDocument::fontFamilies());
        m_plain.setPointSizeF(TablePointSize);
        m_plain.setLetterSpacing(QFont::AbsoluteSpacing, NoLigatures);
        m_bold = m_plain;
        m_bold.setBold(true);
    }

    // The row's height: its tallest cell and the padding.
    qreal height(const QStringList &cells, bool strong) const
    {
        qreal tallest = 0;
        for (qsizetype c = 0; c < m_columns.size(); ++c)
            if (!cells.value(c).isEmpty())
                tallest = std::max(tallest, layout(cells.value(c), c, strong)->boundingRect().height());
        return tallest + 2 * m_padY;
    }

    // Draws the row with its top at `top` (x from 0), a header row on its fill; returns its height.
    qreal draw(QPainter *painter, const QStringList &cells, bool strong, qreal top, bool header) const
    {
        std::vector<std::unique_ptr<QTextLayout>> layouts;
        qreal tallest = 0;
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            layouts.push_back(cells.value(c).isEmpty() ? nullptr : layout(cells.value(c), c, strong || header));
            if (layouts.back())
                tallest = std::max(tallest, layouts.back()->boundingRect().height());
        }
        const qreal h = tallest + 2 * m_padY;
        const qreal width = m_x.last() + m_width.last();
        if (header)
            painter->fillRect(QRectF(0, top, width, h), headerFill);
        painter->setPen(Qt::black);
        for (qsizetype c = 0; c < m_columns.size(); ++c)
            if (layouts[size_t(c)])
                layouts[size_t(c)]->draw(painter, QPointF(m_x[c] + m_padX, top + m_padY));
        painter->setPen(QPen(ruleColour, pdfMm(0.15)));
        painter->drawLine(QPointF(0, top + h), QPointF(width, top + h));
        return h;
    }

private:
    std::unique_ptr<QTextLayout> layout(const QString &text, qsizetype column, bool bold) const
    {
        QString lines = text;
        lines.replace(u'\n', QChar::LineSeparator);
        auto l = std::make_unique<QTextLayout>(lines, bold ? m_bold : m_plain, m_device);
        QTextOption option(m_columns[column].alignment | Qt::AlignTop);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        l->setTextOption(option);
        const qreal width = std::max<qreal>(1, m_width[column] - 2 * m_padX);
        qreal y = 0;
        l->beginLayout();
        for (QTextLine line = l->createLine(); line.isValid(); line = l->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        l->endLayout();
        return l;
    }

    const QList<ReportDocument::Column> &m_columns;
    QPaintDevice *m_device;
    qreal m_padX, m_padY;
    QList<qreal> m_x, m_width;
    QFont m_plain, m_bold;
};

} // namespace

// A long table: its cells and, once paginated, where each row goes.
struct ReportDocument::LongTable
{
    QString heading;
    QList<Column> columns;
    QList<QStringList> rows;
    QSet<int> strongRows;
    // Pagination at the PDF's resolution: the page (counted from the table's first) and top of each row.
    QList<int> rowPage;
    QList<qreal> rowTop;
    qreal headingHeight = 0;
    qreal headerHeight = 0;
    int pages = 0;
};

// Either flowing text or a long table.
struct ReportDocument::Section
{
    std::unique_ptr<QTextDocument> doc;
    std::unique_ptr<LongTable> table;
};

ReportDocument::ReportDocument(const QString &eventName, const QString &title, const QDateTime &generatedAt,
                               const QString &timeZone)
    : m_eventName(eventName)
    , m_title(title)
    , m_generatedAt(generatedAt)
    , m_timeZone(timeZone)
{
    newFlow();
}

ReportDocument::~ReportDocument()
{
    // The documents' layouts draw the charts: let them go first.
    m_cursor = QTextCursor();
    m_sections.clear();
}

void ReportDocument::newFlow()
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(BodyPointSize);
    font.setLetterSpacing(QFont::AbsoluteSpacing, NoLigatures);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setUndoRedoEnabled(false);
    doc->setMetaInformation(QTextDocument::DocumentTitle, m_title);
    m_doc = doc.get();
    m_cursor = QTextCursor(m_doc);
    m_atStart = true;
    m_afterTable = false;
    m_sections.push_back({std::move(doc), nullptr});
}

QStringList ReportDocument::fontFamilies()
{
    static const QStringList families = [] {
        const QStringList installed = QFontDatabase::families();
        QStringList out;
        const QString latin[] = {u"Noto Sans"_s, u"DejaVu Sans"_s, u"Liberation Sans"_s};
        const QString chinese[] = {u"Noto Sans CJK SC"_s,    u"Source Han Sans SC"_s, u"Source Han Sans CN"_s,
                                   u"WenQuanYi Micro Hei"_s, u"WenQuanYi Zen Hei"_s,  u"Droid Sans Fallback"_s};
        for (const auto &list : {std::span<const QString>(latin), std::span<const QString>(chinese)})
            for (const QString &f : list)
                if (installed.contains(f)) {
                    out << f;
                    break;
                }
        if (out.isEmpty())
            out << QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
        return out;
    }();
    return families;
}

void ReportDocument::startBlock(const QTextBlockFormat &format)
{
    if (m_atStart || m_afterTable)
        m_cursor.setBlockFormat(format); // the empty first block, or the one every table is followed by
    else
        m_cursor.insertBlock(format);
    m_atStart = false;
    m_afterTable = false;
}

QTextTable *ReportDocument::insertTable(int rows, int columns, const QTextTableFormat &format)
{
    if (!m_atStart && !m_afterTable)
        m_cursor.insertBlock(QTextBlockFormat());
    m_atStart = false;
    QTextTable *table = m_cursor.insertTable(rows, columns, format);
    m_afterTable = true; // once filled, the cursor goes to the empty block after the table
    return table;
}

QTextCharFormat ReportDocument::charFormat(qreal pointSize, bool bold, const QColor &colour) const
{
    // Families and the letter spacing that keeps ligatures off come from the document's default font.
    QTextCharFormat f;
    f.setFontPointSize(pointSize);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    if (colour.isValid())
        f.setForeground(colour);
    return f;
}

void ReportDocument::heading(const QString &text, int level)
{
    QTextBlockFormat block;
    block.setTopMargin(mm(level <= 1 ? 2 : 5));
    block.setBottomMargin(mm(level <= 1 ? 2.5 : 1.5));
    block.setHeadingLevel(level);
    startBlock(block);
    m_cursor.insertText(text, charFormat(level <= 1 ? 17 : level == 2 ? 12.5 : 10.5, true));
}

void ReportDocument::paragraph(const QString &text, Tone tone)
{
    QTextBlockFormat block;
    block.setBottomMargin(mm(1.5));
    startBlock(block);
    const QColor colour = tone == Tone::Muted ? mutedColour : tone == Tone::Warning ? warningColour : QColor();
    QString lines = text;
    lines.replace(u'\n', QChar::LineSeparator);
    m_cursor.insertText(lines, charFormat(BodyPointSize, tone == Tone::Strong || tone == Tone::Warning, colour));
}

void ReportDocument::table(const QList<Column> &columns, const QList<QStringList> &rows, const QSet<int> &strongRows)
{
    if (columns.isEmpty())
        return;
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setCellPadding(mm(1.0));
    format.setCellSpacing(0);
    format.setBorder(mm(0.15));
    format.setBorderBrush(ruleColour);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setTopMargin(mm(1));
    format.setBottomMargin(mm(2));
    QList<QTextLength> widths;
    bool anyWidth = false;
    for (const Column &c : columns) {
        widths << (c.widthPercent > 0 ? QTextLength(QTextLength::PercentageLength, c.widthPercent)
                                      : QTextLength(QTextLength::VariableLength, 0));
        anyWidth = anyWidth || c.widthPercent > 0;
    }
    if (anyWidth)
        format.setColumnWidthConstraints(widths);
    const int columnCount = int(columns.size());
    QTextTable *table = insertTable(int(rows.size()) + 1, columnCount, format);

    QTextTableCellFormat head;
    head.setBackground(headerFill);
    for (int c = 0; c < columnCount; ++c)
        table->cellAt(0, c).setFormat(head);

    const QTextCharFormat plain = charFormat(TablePointSize);
    const QTextCharFormat strong = charFormat(TablePointSize, true);
    QList<QTextBlockFormat> aligned;
    for (const Column &c : columns) {
        QTextBlockFormat b;
        b.setAlignment(c.alignment);
        aligned << b;
    }
    QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
    auto write = [&](const QString &text, int column, const QTextCharFormat &f) {
        if (columns[column].alignment != Qt::AlignLeft)
            cell.setBlockFormat(aligned[column]);
        if (!text.isEmpty()) {
            QString lines = text;
            lines.replace(u'\n', QChar::LineSeparator);
            cell.insertText(lines, f);
        }
        cell.movePosition(QTextCursor::NextCell);
    };
    for (int c = 0; c < columnCount; ++c)
        write(columns[c].title, c, strong);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QTextCharFormat &f = strongRows.contains(int(r)) ? strong : plain;
        for (int c = 0; c < columnCount; ++c)
            write(rows[r].value(c), c, f);
    }
    m_cursor.movePosition(QTextCursor::End);
}

void ReportDocument::longTable(const QString &heading, const QList<Column> &columns, const QList<QStringList> &rows,
                               const QSet<int> &strongRows)
{
    if (columns.isEmpty())
        return;
    auto table = std::make_unique<LongTable>();
    table->heading = heading;
    table->columns = columns;
    table->rows = rows;
    table->strongRows = strongRows;
    m_sections.push_back({nullptr, std::move(table)});
    newFlow();
}

void ReportDocument::figures(const QList<std::pair<QString, QString>> &figures, int perRow)
{
    if (figures.isEmpty())
        return;
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellSpacing(mm(1.5));
    format.setCellPadding(mm(1.5));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    const int columns = std::max(1, std::min(perRow, int(figures.size())));
    const int rows = int((figures.size() + columns - 1) / columns);
    QList<QTextLength> widths(columns, QTextLength(QTextLength::PercentageLength, 100.0 / columns));
    format.setColumnWidthConstraints(widths);
    QTextTable *table = insertTable(rows, columns, format);
    QTextTableCellFormat boxed;
    boxed.setBackground(QColor(0xF6, 0xF7, 0xF8));
    for (qsizetype i = 0; i < figures.size(); ++i) {
        QTextTableCell cell = table->cellAt(int(i / columns), int(i % columns));
        cell.setFormat(boxed);
        QTextCursor c = cell.firstCursorPosition();
        c.insertText(figures[i].second, charFormat(13, true));
        c.insertBlock();
        c.insertText(figures[i].first, charFormat(SmallPointSize, false, mutedColour));
    }
    m_cursor.movePosition(QTextCursor::End);
}

void ReportDocument::chart(QChart *chart, qreal heightRatio)
{
    m_charts.emplace_back(chart);
    m_chartTexts << chartWords(chart);
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setTopMargin(mm(2));
    block.setBottomMargin(mm(2));
    startBlock(block);
    QTextCharFormat object;
    object.setObjectType(ChartObjectType);
    object.setProperty(ChartIndexProperty, int(m_charts.size() - 1));
    object.setProperty(ChartRatioProperty, heightRatio);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
}

void ReportDocument::signatureLines(const QStringList &roles)
{
    for (const QString &role : roles) {
        QTextBlockFormat block;
        block.setTopMargin(mm(9));
        startBlock(block);
        m_cursor.insertText(tr("%1: ______________________________    Date: ______________").arg(role),
                            charFormat(BodyPointSize));
    }
}

void ReportDocument::centred(const QString &text, qreal pointSize, bool bold, qreal spaceAboveMm)
{
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setTopMargin(mm(spaceAboveMm));
    startBlock(block);
    QString lines = text;
    lines.replace(u'\n', QChar::LineSeparator);
    m_cursor.insertText(lines, charFormat(pointSize, bold));
}

void ReportDocument::pageBreak()
{
    // Every flow starts on a page of its own; nothing to break at the start of one. A flow per page run,
    // rather than page breaks inside one document, keeps writing the PDF linear in its pages: drawing a
    // page of a QTextDocument visits every block of the document.
    if (!m_atStart)
        newFlow();
}

void ReportDocument::spacer(qreal height)
{
    QTextBlockFormat block;
    block.setTopMargin(mm(height));
    startBlock(block);
}

QString ReportDocument::headerLeft() const
{
    return m_eventName;
}

QString ReportDocument::footerLeft() const
{
    QTimeZone zone(m_timeZone.toUtf8());
    const QDateTime at = zone.isValid() ? m_generatedAt.toTimeZone(zone) : m_generatedAt;
    return tr("Generated %1 (%2)").arg(at.toString(u"yyyy-MM-dd HH:mm"_s), zone.isValid() ? m_timeZone : u"UTC"_s);
}

QString ReportDocument::plainText() const
{
    QString text;
    for (const Section &section : m_sections) {
        if (section.doc) {
            text += section.doc->toPlainText() + u'\n';
            continue;
        }
        text += section.table->heading + u'\n';
        for (const Column &c : section.table->columns)
            text += c.title + u'\n';
        for (const QStringList &row : section.table->rows)
            text += row.join(u'\n') + u'\n';
    }
    text.remove(QChar::ObjectReplacementCharacter);
    text.replace(QChar::LineSeparator, u'\n');
    text.replace(QChar::Nbsp, u' ');
    return text + m_chartTexts.join(u'\n') + u'\n' + headerLeft() + u'\n' + m_title + u'\n' + footerLeft() + u'\n' +
           tr("Page %1 of %2");
}

QByteArray ReportDocument::toPdf(int *pages) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int total = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(Resolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout::Millimeter));
        writer.setTitle(m_title + u" — "_s + m_eventName);
        writer.setCreator(u"HackDesk "_s + QStringLiteral(HACKDESK_VERSION));
        const QRectF page(0, 0, writer.width(), writer.height());
        const QRectF body(pdfMm(MarginLeft), pdfMm(MarginTop), page.width() - pdfMm(MarginLeft + MarginRight),
                          page.height() - pdfMm(MarginTop + MarginBottom));

        // Lay every section out and count its pages.
        QList<int> sectionPages;
        for (const Section &section : m_sections) {
            if (section.doc) {
                if (section.doc->isEmpty()) {
                    sectionPages << 0;
                    continue;
                }
                // A flow ending in a table ends in the empty block after it: give that no height, so that it
                // cannot spill onto a page of its own.
                const QTextBlock last = section.doc->lastBlock();
                if (last.length() <= 1 && last.previous().isValid()) {
                    QTextCursor end(last);
                    QTextBlockFormat none = last.blockFormat();
                    none.setLineHeight(0, QTextBlockFormat::FixedHeight);
                    none.setTopMargin(0);
                    none.setBottomMargin(0);
                    end.setBlockFormat(none);
                }
                // The layout is made only now: while the text was written it would have followed every change.
                QAbstractTextDocumentLayout *layout = section.doc->documentLayout();
                if (!layout->handlerForObject(ChartObjectType))
                    layout->registerHandler(ChartObjectType, new ChartObject(&m_charts, section.doc.get()));
                layout->setPaintDevice(&writer);
                section.doc->setPageSize(body.size());
                keepHeadingsWithNext(*section.doc, body.height());
                sectionPages << section.doc->pageCount();
                continue;
            }
            LongTable &t = *section.table;
            const RowPainter rows(t.columns, &writer, body.width());
            QStringList titles;
            for (const Column &c : t.columns)
                titles << c.title;
            t.headingHeight =
                t.heading.isEmpty() ? 0 : headingLayout(t.heading, &writer)->boundingRect().height() + pdfMm(3);
            t.headerHeight = rows.height(titles, true);
            t.rowPage.clear();
            t.rowTop.clear();
            int at = 0;
            qreal y = t.headingHeight + t.headerHeight;
            for (qsizetype r = 0; r < t.rows.size(); ++r) {
                const qreal h = rows.height(t.rows[r], t.strongRows.contains(int(r)));
                if (y + h > body.height() && y > t.headerHeight + (at == 0 ? t.headingHeight : 0)) {
                    ++at;
                    y = t.headerHeight;
                }
                t.rowPage << at;
                t.rowTop << y;
                y += h;
            }
            t.pages = at + 1;
            sectionPages << t.pages;
        }
        for (const int n : sectionPages)
            total += n;

        QFont small;
        small.setFamilies(fontFamilies());
        small.setPointSizeF(SmallPointSize);
        small.setLetterSpacing(QFont::AbsoluteSpacing, NoLigatures);
        const QString header = headerLeft(), footer = footerLeft();
        QPainter painter;
        if (!painter.begin(&writer))
            throw Error(tr("Cannot write the PDF."));
        int pageNumber = 0;
        // The header and footer of the next page.
        auto startPage = [&] {
            if (pageNumber > 0)
                writer.newPage();
            ++pageNumber;
            painter.setFont(small);
            painter.setPen(mutedColour);
            const QRectF top(body.left(), pdfMm(8), body.width(), pdfMm(MarginTop - 8 - 4));
            painter.drawText(top, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine, header);
            painter.drawText(top, Qt::AlignRight | Qt::AlignBottom | Qt::TextSingleLine, m_title);
            painter.setPen(QPen(ruleColour, pdfMm(0.15)));
            painter.drawLine(QPointF(body.left(), pdfMm(MarginTop - 3)), QPointF(body.right(), pdfMm(MarginTop - 3)));
            const QRectF bottom(body.left(), page.height() - pdfMm(MarginBottom - 5), body.width(), pdfMm(6));
            painter.drawLine(QPointF(body.left(), bottom.top() - pdfMm(1.5)),
                             QPointF(body.right(), bottom.top() - pdfMm(1.5)));
            painter.setPen(mutedColour);
            painter.drawText(bottom, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, footer);
            painter.drawText(bottom, Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine,
                             tr("Page %1 of %2").arg(pageNumber).arg(std::max(total, 1)));
        };
        if (total == 0)
            startPage();
        for (size_t i = 0; i < m_sections.size(); ++i) {
            const Section &section = m_sections[i];
            if (section.doc) {
                for (int p = 0; p < sectionPages[qsizetype(i)]; ++p) {
                    startPage();
                    painter.save();
                    const QRectF clip(0, p * body.height(), body.width(), body.height());
                    painter.translate(body.left(), body.top() - clip.top());
                    painter.setClipRect(clip);
                    QAbstractTextDocumentLayout::PaintContext context;
                    context.clip = clip;
                    context.palette.setColor(QPalette::Text, Qt::black);
                    section.doc->documentLayout()->draw(&painter, context);
                    painter.restore();
                }
                continue;
            }
            const LongTable &t = *section.table;
            const RowPainter rows(t.columns, &writer, body.width());
            QStringList titles;
            for (const Column &c : t.columns)
                titles << c.title;
            qsizetype r = 0;
            for (int p = 0; p < t.pages; ++p) {
                startPage();
                painter.save();
                painter.translate(body.topLeft());
                painter.setClipRect(QRectF(0, 0, body.width(), body.height()));
                const qreal top = p == 0 ? t.headingHeight : 0;
                if (p == 0 && !t.heading.isEmpty()) {
                    painter.setPen(Qt::black);
                    headingLayout(t.heading, &writer)->draw(&painter, QPointF(0, 0));
                }
                rows.draw(&painter, titles, true, top, true);
                for (; r < t.rows.size() && t.rowPage[r] == p; ++r)
                    rows.draw(&painter, t.rows[r], t.strongRows.contains(int(r)), t.rowTop[r], false);
                painter.restore();
            }
        }
        painter.end();
    }
    if (pages)
        *pages = std::max(total, 1);
    return fixPdfTextMapping(buffer.data(), plainText());
}

int ReportDocument::writePdf(const QString &path) const
{
    int pages = 0;
    const QByteArray pdf = toPdf(&pages);
    writeFileAtomically(path, pdf);
    return pages;
}

} // namespace hd

#include "reportdocument.moc"
