#include "rubricdialog.h"

#include "eventsession.h"
#include "judging/judgingrules.h"
#include "judgingeditor.h"
#include "storage/eventrepository.h"
#include "storage/judgingresultrepository.h"
#include "storage/rubricrepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

QString levelsText(const QList<Anchor> &anchors)
{
    QStringList lines;
    for (const Anchor &a : anchors)
        lines << u"%1: %2"_s.arg(a.score).arg(a.text);
    return lines.join(u'\n');
}

} // namespace

RubricDialog::RubricDialog(EventSession *session, qint64 trackId, QWidget *parent)
    : FormDialog(QString(), parent)
    , m_session(session)
    , m_trackId(trackId)
    , m_min(new QSpinBox(this))
    , m_max(new QSpinBox(this))
    , m_list(new QListWidget(this))
    , m_addFigure(new QPushButton(tr("Add &Figure Criterion"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_weight(new QSpinBox(this))
    , m_figure(new QLabel(this))
    , m_levels(new QPlainTextEdit(this))
{
    const Database &db = session->database();
    const auto track = EventRepository(db).track(trackId);
    const auto stored = RubricRepository(db).rubric(trackId);
    setWindowTitle(tr("Rubric of %1").arg(track ? track->name : QString::number(trackId)));
    m_rubric = stored.value_or(Rubric{});
    m_rubric.trackId = trackId;
    for (const Criterion &c : m_rubric.criteria)
        m_levelTexts << levelsText(c.anchors);

    m_min->setRange(0, 100);
    m_max->setRange(0, 100);
    m_min->setValue(m_rubric.scaleMin);
    m_max->setValue(m_rubric.scaleMax);
    auto *scale = new QHBoxLayout;
    scale->addWidget(m_min);
    scale->addWidget(new QLabel(tr("to"), this));
    scale->addWidget(m_max);
    scale->addStretch(1);

    auto *add = new QPushButton(tr("&Add Criterion"), this);
    auto *figures = new QMenu(m_addFigure);
    for (Figure f : AllFigures) {
        QAction *action = figures->addAction(figureName(f));
        action->setData(int(f));
        connect(action, &QAction::triggered, this, [this, f] { addFigureCriterion(f); });
    }
    m_addFigure->setMenu(figures);
    m_addFigure->setToolTip(tr("A criterion scored from a figure the authors report (articles), log-scaled."));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {add, m_addFigure, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *criteria = new QHBoxLayout;
    criteria->addWidget(m_list, 1);
    criteria->addLayout(buttons);
    m_list->setMinimumHeight(150);

    m_weight->setRange(1, 1000);
    m_weight->setToolTip(tr("Only the ratios between weights matter."));
    m_description->setPlaceholderText(tr("What judges look at"));
    m_levels->setTabChangesFocus(true);
    m_levels->setPlaceholderText(tr("One level per line, \"score: description\", e.g.\n1: most sub-tasks not done\n"
                                    "4: about half done\n7: the main goals reached\n9: all done, beyond the plan"));
    m_levels->setToolTip(tr("A level describes its score and every score above it up to the next level; the lowest "
                            "score of the scale needs one."));

    // Rows that hold layouts need their own labels for the mnemonics to work.
    auto *scaleLabel = new QLabel(tr("&Scale:"), this);
    scaleLabel->setBuddy(m_min);
    auto *criteriaLabel = new QLabel(tr("&Criteria:"), this);
    criteriaLabel->setBuddy(m_list);
    form()->addRow(scaleLabel, scale);
    form()->addRow(criteriaLabel, criteria);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Description:"), m_description);
    form()->addRow(tr("&Weight:"), m_weight);
    form()->addRow(tr("Derived from:"), m_figure);
    form()->addRow(tr("&Levels:"), m_levels);
    setMinimumWidth(640);

    setValidator([this] { return validate(); });
    setSubmit([this] { return submit(); });
    connect(add, &QPushButton::clicked, this, &RubricDialog::addCriterion);
    connect(m_remove, &QPushButton::clicked, this, &RubricDialog::removeCriterion);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCriterion(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCriterion(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &RubricDialog::select);
    for (QSpinBox *box : {m_min, m_max})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            m_rubric.scaleMin = m_min->value();
            m_rubric.scaleMax = m_max->value();
            revalidate();
        });
    connect(m_name, &QLineEdit::textChanged, this, &RubricDialog::detailEdited);
    connect(m_description, &QLineEdit::textChanged, this, &RubricDialog::detailEdited);
    connect(m_weight, &QSpinBox::valueChanged, this, &RubricDialog::detailEdited);
    connect(m_levels, &QPlainTextEdit::textChanged, this, &RubricDialog::detailEdited);

    refreshList();
    m_list->setCurrentRow(m_rubric.criteria.isEmpty() ? -1 : 0);
    select(m_list->currentRow());
    revalidate();
}

void RubricDialog::refreshList()
{
    const QSignalBlocker block(m_list);
    int total = 0;
    for (const Criterion &c : m_rubric.criteria)
        total += c.weight;
    while (m_list->count() > m_rubric.criteria.size())
        delete m_list->takeItem(m_list->count() - 1);
    while (m_list->count() < m_rubric.criteria.size())
        m_list->addItem(QString());
    int judged = 0;
    for (qsizetype i = 0; i < m_rubric.criteria.size(); ++i) {
        const Criterion &c = m_rubric.criteria[i];
        const QString name = c.name.trimmed().isEmpty() ? tr("(no name)") : c.name.trimmed();
        const int share = total > 0 ? int(std::lround(100.0 * c.weight / total)) : 0;
        m_list->item(int(i))->setText(
            c.figure ? tr("%1 — weight %2 (%3 %), from the reported %4")
                           .arg(name)
                           .arg(c.weight)
                           .arg(share)
                           .arg(figureName(*c.figure).toLower())
                     : tr("%1. %2 — weight %3 (%4 %)").arg(++judged).arg(name).arg(c.weight).arg(share));
    }
    m_list->setCurrentRow(m_row);
    refreshButtons();
}

void RubricDialog::refreshButtons()
{
    const qsizetype n = m_rubric.criteria.size();
    m_remove->setEnabled(m_row >= 0);
    m_up->setEnabled(m_row > 0);
    m_down->setEnabled(m_row >= 0 && m_row + 1 < n);
    for (QAction *a : m_addFigure->menu()->actions()) {
        bool used = false;
        for (const Criterion &c : m_rubric.criteria)
            used = used || (c.figure && int(*c.figure) == a->data().toInt());
        a->setEnabled(!used);
    }
}

void RubricDialog::select(int row)
{
    m_row = row >= 0 && row < m_rubric.criteria.size() ? row : -1;
    m_loading = true;
    const bool has = m_row >= 0;
    const Criterion c = has ? m_rubric.criteria[m_row] : Criterion{};
    m_name->setText(has ? c.name : QString());
    m_description->setText(has ? c.description : QString());
    m_weight->setValue(has ? c.weight : 1);
    m_levels->setPlainText(has ? m_levelTexts[m_row] : QString());
    m_figure->setText(c.figure ? figureName(*c.figure) : tr("(scored by the judges)"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_description, m_weight})
        w->setEnabled(has);
    m_levels->setEnabled(has && !c.figure);
    m_loading = false;
    refreshButtons();
}

void RubricDialog::detailEdited()
{
    if (m_loading || m_row < 0)
        return;
    Criterion &c = m_rubric.criteria[m_row];
    c.name = m_name->text();
    c.description = m_description->text();
    c.weight = m_weight->value();
    m_levelTexts[m_row] = m_levels->toPlainText();
    refreshList();
    revalidate();
}

void RubricDialog::addCriterion()
{
    Criterion c;
    c.weight = 10;
    m_rubric.criteria.append(c);
    m_levelTexts << u"%1: "_s.arg(m_rubric.scaleMin);
    m_row = int(m_rubric.criteria.size()) - 1;
    refreshList();
    select(m_row);
    m_name->setFocus();
    revalidate();
}

void RubricDialog::addFigureCriterion(Figure figure)
{
    for (const Criterion &c : m_rubric.criteria)
        if (c.figure == figure)
            return;
    Criterion c;
    c.name = figureName(figure);
    c.description = figureName(figure);
    c.weight = 10;
    c.figure = figure;
    m_rubric.criteria.append(c);
    m_levelTexts << QString();
    m_row = int(m_rubric.criteria.size()) - 1;
    refreshList();
    select(m_row);
    m_weight->setFocus();
    revalidate();
}

void RubricDialog::removeCriterion()
{
    if (m_row < 0)
        return;
    m_rubric.criteria.removeAt(m_row);
    m_levelTexts.removeAt(m_row);
    m_row = std::min(m_row, int(m_rubric.criteria.size()) - 1);
    refreshList();
    select(m_row);
    revalidate();
}

void RubricDialog::moveCriterion(int delta)
{
    const int to = m_row + delta;
    if (m_row < 0 || to < 0 || to >= m_rubric.criteria.size())
        return;
    m_rubric.criteria.swapItemsAt(m_row, to);
    m_levelTexts.swapItemsAt(m_row, to);
    m_row = to;
    refreshList();
    select(m_row);
    revalidate();
}

QList<Anchor> RubricDialog::parseLevels(int row, QStringList *problems) const
{
    static const QRegularExpression line(u"^\\s*(\\d{1,3})\\s*(?:[-–~]\\s*\\d{1,3}\\s*)?[:：]\\s*(.*)$"_s);
    const Criterion &c = m_rubric.criteria[row];
    const QString name = c.name.trimmed().isEmpty() ? tr("Criterion %1").arg(row + 1) : c.name.trimmed();
    QList<Anchor> anchors;
    const QStringList lines = m_levelTexts[row].split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = line.match(lines[i]);
        if (!m.hasMatch()) {
            if (problems)
                *problems << tr("%1, levels line %2: write \"score: description\", e.g. \"7: the main goals reached\".")
                                 .arg(name)
                                 .arg(i + 1);
            continue;
        }
        anchors.append({m.captured(1).toInt(), m.captured(2).trimmed()});
    }
    std::sort(anchors.begin(), anchors.end(), [](const Anchor &a, const Anchor &b) { return a.score < b.score; });
    return anchors;
}

Rubric RubricDialog::rubric() const
{
    Rubric r = m_rubric;
    r.trackId = m_trackId;
    r.scaleMin = m_min->value();
    r.scaleMax = m_max->value();
    for (qsizetype i = 0; i < r.criteria.size(); ++i) {
        Criterion &c = r.criteria[i];
        c.name = c.name.trimmed();
        c.description = c.description.trimmed();
        c.anchors = c.figure ? QList<Anchor>() : parseLevels(int(i), nullptr);
    }
    return r;
}

QString RubricDialog::validate() const
{
    const Database &db = m_session->database();
    const auto track = EventRepository(db).track(m_trackId);
    const QString lock = lockProblem(JudgingResultRepository(db).lock(m_trackId), track ? track->name : QString());
    if (!lock.isEmpty())
        return lock;
    QStringList problems;
    for (qsizetype i = 0; i < m_rubric.criteria.size(); ++i)
        if (!m_rubric.criteria[i].figure)
            parseLevels(int(i), &problems);
    problems << rubricProblems(rubric());
    return problems.join(u'\n');
}

QString RubricDialog::submit()
{
    return JudgingEditor(m_session).saveRubric(rubric());
}

} // namespace hd
