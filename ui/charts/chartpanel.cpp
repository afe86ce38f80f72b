#include "chartpanel.h"

#include "files/savefiles.h"
#include "io/filewriter.h"
#include "messages.h"
#include "model/error.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
// The smallest size a chart is saved at (logical pixels; PNGs have twice as many).
const QSizeF defaultSaveSize(900, 500);
} // namespace

ChartPanel::ChartPanel(ChartKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_view(new QChartView(this))
    , m_save(new QToolButton(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(280);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);

    auto *menu = new QMenu(this);
    menu->addAction(tr("Save as &PNG…"), this, [this] { saveDialog(u"png"_s); });
    menu->addAction(tr("Save as &SVG…"), this, [this] { saveDialog(u"svg"_s); });
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Save this chart as a PNG or SVG image"));
    m_save->setMenu(menu);
    m_save->setPopupMode(QToolButton::InstantPopup);
    m_save->setAutoRaise(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this, menu](const QPoint &pos) { menu->popup(m_view->mapToGlobal(pos)); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_save->raise();
    rebuild();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setData(const ChartData &numbers)
{
    m_data = numbers;
    rebuild();
}

void ChartPanel::rebuild()
{
    QChart *old = m_chart;
    m_chart = createChart(m_kind, m_data, ChartStyle::forScreen(palette()));
    m_view->setChart(m_chart); // the view owns the new chart and lets go of the old one
    delete old;
    // Room for every bar's label.
    const int bars = int(m_chart->property("hd.tooltips").toStringList().size());
    // Bars run across (one row per category); the progress line and the box plots do not grow with them.
    const bool across = m_kind == ChartKind::Progress || m_kind == ChartKind::ScoreDistribution;
    m_view->setMinimumHeight(across ? 300 : std::max(280, 130 + 28 * bars));
}

QString ChartPanel::tooltip(int index) const
{
    return m_chart ? m_chart->property("hd.tooltips").toStringList().value(index) : QString();
}

QString ChartPanel::saveImage(const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"png" && suffix != u"svg")
        return tr("Choose a file name ending in .png or .svg.");
    // As large as shown, and at least large enough for every label.
    QSizeF size = defaultSaveSize;
    if (m_view->isVisible())
        size = size.expandedTo(QSizeF(m_view->viewport()->size()));
    ChartStyle style = ChartStyle::forScreen(palette());
    style.interactive = false;
    // A fresh chart laid out at the saved size, so that the one on screen is left as it is.
    std::unique_ptr<QChart> chart(createChart(m_kind, m_data, style));
    const QRectF target(QPointF(0, 0), size);
    // Drawn into memory, then written whole (temporary file, renamed): a failure leaves no half image.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size.toSize());
        svg.setViewBox(target);
        svg.setTitle(chartTitle(m_kind));
        QPainter painter;
        if (!painter.begin(&svg))
            return tr("Cannot write %1.").arg(path);
        renderChart(chart.get(), &painter, target, size);
        painter.end();
    } else {
        const qreal ratio = std::max<qreal>(2.0, devicePixelRatioF());
        QImage image((size * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(style.palette.color(QPalette::Base));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        renderChart(chart.get(), &painter, target, size);
        painter.end();
        if (!image.save(&buffer, "PNG"))
            return tr("Cannot write %1.").arg(path);
    }
    try {
        writeFileAtomically(path, bytes);
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

void ChartPanel::saveDialog(const QString &suffix)
{
    const files::SaveFormat png{tr("PNG image"), u"png"_s};
    const files::SaveFormat svg{tr("SVG image"), u"svg"_s};
    const QString path = files::askSavePath(this, tr("Save chart"), chartKindKey(m_kind) + u'.' + suffix,
                                            suffix == u"svg" ? QList{svg, png} : QList{png, svg});
    if (path.isEmpty())
        return;
    if (const QString error = saveImage(path); !error.isEmpty())
        messages::warning(this, tr("Save chart"), error);
}

bool ChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The progress chart: the day under the mouse, anywhere in the plot area.
    if (watched == m_view->viewport() && m_kind == ChartKind::Progress && m_chart &&
        event->type() == QEvent::MouseMove && !m_chart->series().isEmpty()) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPointF at = m_chart->mapFromScene(m_view->mapToScene(mouse->position().toPoint()));
        const ProgressSeries &p = m_data.progress;
        if (m_chart->plotArea().contains(at) && p.days() > 0) {
            const QPointF value = m_chart->mapToValue(at, m_chart->series().first());
            const qint64 firstNoon = QDateTime(p.first, QTime(12, 0)).toMSecsSinceEpoch();
            const qint64 day = qRound64((value.x() - qreal(firstNoon)) / 86'400'000.0);
            if (day >= 0 && day < p.days()) {
                QToolTip::showText(mouse->globalPosition().toPoint(), tooltipHtml(tooltip(int(day))), m_view);
                return false;
            }
        }
        QToolTip::hideText();
    }
    return QWidget::eventFilter(watched, event);
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_save->adjustSize();
    m_save->move(width() - m_save->width() - 6, 6);
}

} // namespace hd
