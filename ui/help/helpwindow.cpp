#include "helpwindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QSet>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

HelpWindow::HelpWindow(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("HackDesk User Guide"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(u"qrc"_s + guideFile()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 560);
}

QString HelpWindow::guideFile()
{
    // The guide follows the translation in use (QLocale's default is set with it), English otherwise.
    return QLocale().language() == QLocale::Chinese ? u":/help/guide_zh_CN.html"_s : u":/help/guide_en.html"_s;
}

void HelpWindow::showSection(const QString &anchor)
{
    m_section = anchor;
    m_browser->scrollToAnchor(anchor.isEmpty() ? u"start"_s : anchor);
}

QString HelpWindow::section() const
{
    return m_section;
}

namespace {
void collect(const QList<QAction *> &actions, QList<std::pair<QString, QString>> &rows, QSet<QAction *> &seen)
{
    for (QAction *a : actions) {
        if (seen.contains(a))
            continue;
        seen.insert(a);
        if (a->menu())
            collect(a->menu()->actions(), rows, seen);
        if (a->isSeparator() || a->shortcuts().isEmpty())
            continue;
        QString text = a->text();
        text.remove(u'&').remove(u'…');
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        rows.append({text.trimmed(), keys.join(u", "_s)});
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    QSet<QAction *> seen;
    collect(actions, m_rows, seen);
    auto *table = new QTableWidget(int(m_rows.size()), 2, this);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    for (int r = 0; r < m_rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(m_rows[r].first));
        table->setItem(r, 1, new QTableWidgetItem(m_rows[r].second));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(480, 480);
}

} // namespace hd
