#include "scoreform.h"

#include "storage/submissionrepository.h"
#include "storage/taskrepository.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
const QString badStyle = u"QLineEdit { border: 2px solid #C0392B; }"_s;

QString linkKindName(const QString &kind)
{
    if (kind == u"pr")
        return ScoreForm::tr("pull request");
    if (kind == u"slides")
        return ScoreForm::tr("slides");
    if (kind == u"report")
        return ScoreForm::tr("report");
    if (kind == u"article")
        return ScoreForm::tr("article");
    return ScoreForm::tr("link");
}
} // namespace

ScoreForm::ScoreForm(QWidget *parent)
    : QWidget(parent)
    , m_details(new QLabel(this))
    , m_criteria(new QWidget)
    , m_criteriaLayout(new QVBoxLayout(m_criteria))
    , m_comment(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    m_details->setObjectName(u"details"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setOpenExternalLinks(true);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_criteria);
    m_comment->setObjectName(u"comment"_s);
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Comment for the organisers (optional)"));
    m_comment->setMaximumHeight(90);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(u"color: #C0392B; font-weight: bold;"_s);
    auto *commentLabel = new QLabel(tr("C&omment:"), this);
    commentLabel->setBuddy(m_comment);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_details);
    layout->addWidget(scroll, 1);
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment);
    layout->addWidget(m_problem);
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        m_modified = true;
        refresh();
        emit edited();
    });
}

void ScoreForm::setRubric(const Rubric &rubric)
{
    m_rubric = rubric;
    rebuild();
}

void ScoreForm::rebuild()
{
    while (QLayoutItem *item = m_criteriaLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_edits.clear();
    m_anchorLabels.clear();
    int number = 0;
    QStringList derived;
    QWidget *previous = nullptr;
    for (const Criterion &c : m_rubric.criteria) {
        if (!c.judged()) {
            derived << tr("%1 (weight %2, from the reported %3)").arg(c.name).arg(c.weight).arg(figureName(*c.figure));
            continue;
        }
        ++number;
        auto *box = new QWidget(m_criteria);
        auto *grid = new QGridLayout(box);
        grid->setContentsMargins(0, 4, 0, 4);
        QString name = c.name;
        name.replace(u'&', u"&&"_s);
        auto *label = new QLabel(number <= 9 ? u"&%1. %2"_s.arg(number).arg(name) : name, box);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        auto *edit = new QLineEdit(box);
        edit->setObjectName(u"score-%1"_s.arg(c.id));
        edit->setPlaceholderText(u"%1–%2"_s.arg(m_rubric.scaleMin).arg(m_rubric.scaleMax));
        edit->setMaximumWidth(80);
        edit->setToolTip(
            tr("A whole number from %1 to %2; Up and Down change it.").arg(m_rubric.scaleMin).arg(m_rubric.scaleMax));
        edit->installEventFilter(this);
        label->setBuddy(edit);
        auto *weight = new QLabel(tr("weight %1").arg(c.weight), box);
        auto *description = new QLabel(c.description, box);
        description->setWordWrap(true);
        description->setTextFormat(Qt::PlainText);
        auto *anchors = new QLabel(box);
        anchors->setWordWrap(true);
        anchors->setTextFormat(Qt::RichText);
        grid->addWidget(label, 0, 0);
        grid->addWidget(weight, 0, 1);
        grid->addWidget(edit, 0, 2, Qt::AlignRight);
        grid->addWidget(description, 1, 0, 1, 3);
        grid->addWidget(anchors, 2, 0, 1, 3);
        grid->setColumnStretch(0, 1);
        m_criteriaLayout->addWidget(box);
        m_edits.insert(c.id, edit);
        m_anchorLabels.insert(c.id, anchors);
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (m_filling)
                return;
            m_modified = true;
            refresh();
            emit edited();
        });
    }
    if (previous)
        setTabOrder(previous, m_comment);
    if (!derived.isEmpty()) {
        auto *note = new QLabel(
            tr("Also counted, from the figures the author reported: %1.").arg(derived.join(u"; "_s)), m_criteria);
        note->setWordWrap(true);
        note->setTextFormat(Qt::PlainText);
        note->setObjectName(u"derived"_s);
        m_criteriaLayout->addWidget(note);
    }
    m_criteriaLayout->addStretch(1);
    refresh();
}

void ScoreForm::setDetails(const SubmissionDetails &d)
{
    QString html = u"<p><b>#%1 %2</b><br>"_s.arg(d.id).arg(d.title.toHtmlEscaped());
    html += tr("by %1").arg(d.by.toHtmlEscaped());
    if (!d.task.isEmpty())
        html += u" · "_s + tr("task %1").arg(d.task.toHtmlEscaped());
    QStringList links;
    for (const SubmissionLink &l : d.links)
        links << u"<a href=\"%1\">%2</a>"_s.arg(l.url.toHtmlEscaped(), linkKindName(l.kind).toHtmlEscaped());
    if (!links.isEmpty())
        html += u"<br>"_s + links.join(u" · "_s);
    QStringList figures;
    for (Figure f : AllFigures)
        if (const auto v = d.figures[size_t(f)])
            figures << u"%1 %2"_s.arg(figureName(f).toHtmlEscaped(), QLocale().toString(*v));
    if (!figures.isEmpty())
        html += u"<br>"_s + tr("Reported: %1").arg(figures.join(u" · "_s));
    m_details->setText(html + u"</p>"_s);
}

void ScoreForm::setSheet(const std::optional<ScoreSheet> &sheet)
{
    m_filling = true;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        const auto score = sheet ? sheet->scores.constFind(it.key()) : QMap<qint64, int>::const_iterator();
        (*it)->setText(sheet && score != sheet->scores.cend() ? QString::number(*score) : QString());
    }
    m_comment->setPlainText(sheet ? sheet->comment : QString());
    m_filling = false;
    m_modified = false;
    refresh();
}

void ScoreForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *e : std::as_const(m_edits))
        e->setReadOnly(readOnly);
    m_comment->setReadOnly(readOnly);
}

QMap<qint64, QString> ScoreForm::texts() const
{
    QMap<qint64, QString> out;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        out.insert(it.key(), (*it)->text());
    return out;
}

QString ScoreForm::anchorsHtml(const Criterion &c) const
{
    bool ok = false;
    const int score = m_edits.value(c.id) ? m_edits.value(c.id)->text().trimmed().toInt(&ok) : 0;
    const Anchor *current =
        ok && score >= m_rubric.scaleMin && score <= m_rubric.scaleMax ? anchorFor(c, score) : nullptr;
    QStringList parts;
    for (qsizetype i = 0; i < c.anchors.size(); ++i) {
        const Anchor &a = c.anchors[i];
        const int upTo = i + 1 < c.anchors.size() ? c.anchors[i + 1].score - 1 : m_rubric.scaleMax;
        const QString range = upTo > a.score ? u"%1–%2"_s.arg(a.score).arg(upTo) : QString::number(a.score);
        QString part = u"%1: %2"_s.arg(range, a.text.toHtmlEscaped());
        if (&a == current)
            part = u"<b>▶ %1</b>"_s.arg(part);
        parts << part;
    }
    return parts.join(u"<br>"_s);
}

void ScoreForm::refresh()
{
    for (const Criterion &c : m_rubric.criteria)
        if (QLabel *l = m_anchorLabels.value(c.id))
            l->setText(anchorsHtml(c));
    // While typing, only what is wrong in the fields (empty ones are fine for a draft).
    const SheetValidation v = validateSheet(m_rubric, texts(), m_comment->toPlainText(), SheetStatus::Draft);
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        (*it)->setStyleSheet(v.badCriteria.contains(it.key()) ? badStyle : QString());
    m_problem->setText(v.problems.join(u'\n'));
}

SheetValidation ScoreForm::validate(SheetStatus target)
{
    const SheetValidation v = validateSheet(m_rubric, texts(), m_comment->toPlainText(), target);
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        (*it)->setStyleSheet(v.badCriteria.contains(it.key()) ? badStyle : QString());
    m_problem->setText(v.problems.join(u'\n'));
    if (!v.badCriteria.isEmpty())
        if (QLineEdit *first = m_edits.value(v.badCriteria.first()))
            first->setFocus();
    return v;
}

ScoreSheet ScoreForm::sheet(SheetStatus status) const
{
    ScoreSheet s;
    s.status = status;
    s.scores = validateSheet(m_rubric, texts(), QString(), SheetStatus::Draft).scores;
    s.comment = m_comment->toPlainText().trimmed();
    return s;
}

QString ScoreForm::problemText() const
{
    return m_problem->text();
}

void ScoreForm::showProblem(const QString &message)
{
    m_problem->setText(message);
}

bool ScoreForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *edit = qobject_cast<QLineEdit *>(watched);
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (edit && !edit->isReadOnly() && (key == Qt::Key_Up || key == Qt::Key_Down)) {
            bool ok = false;
            int value = edit->text().trimmed().toInt(&ok);
            if (!ok)
                value = key == Qt::Key_Up ? m_rubric.scaleMin : m_rubric.scaleMax;
            else
                value = std::clamp(value + (key == Qt::Key_Up ? 1 : -1), m_rubric.scaleMin, m_rubric.scaleMax);
            edit->setText(QString::number(value));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

SubmissionDetails submissionDetails(const Database &db, const Submission &s)
{
    SubmissionDetails d;
    d.id = s.id;
    d.title = s.title;
    d.by = SubmissionRepository(db).authorLabel(s);
    if (const auto task = s.taskId ? TaskRepository(db).get(s.taskId) : std::nullopt)
        d.task = u"No.%1 %2"_s.arg(task->number).arg(task->title);
    d.links = s.links;
    d.figures = s.figures;
    return d;
}

} // namespace hd
