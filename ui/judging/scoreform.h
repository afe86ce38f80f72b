#pragma once

#include "judging/judgingmodel.h"
#include "judging/judgingrules.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

namespace hd {

class Database;

// What a judge sees of a submission above the form.
struct SubmissionDetails
{
    qint64 id = 0;
    QString title;
    QString by;   // "@login" or a team's name
    QString task; // "No.1 …" or empty
    QList<SubmissionLink> links;
    std::array<std::optional<qint64>, FigureCount> figures{};
};

// The details of a submission of the event database.
SubmissionDetails submissionDetails(const Database &db, const Submission &submission);

// One judge's score form for one submission: the submission's details, then every judged criterion with
// its description and anchored levels in view (the level of the typed score in bold) and a score field,
// the derived criteria for information, and a comment. It says what is wrong while you type (a score
// that is not a whole number or lies outside the scale; on submit, empty criteria) and marks the fields.
//
// Keyboard: Tab walks the score fields and the comment; Up and Down raise and lower a score. Used by
// staff (ScoreFormDialog) and in judge mode (JudgeWindow).
class ScoreForm : public QWidget
{
    Q_OBJECT
public:
    explicit ScoreForm(QWidget *parent = nullptr);

    void setRubric(const Rubric &rubric);
    void setDetails(const SubmissionDetails &details);
    // Fills the fields from the sheet (empty when none); the form is then unmodified.
    void setSheet(const std::optional<ScoreSheet> &sheet);
    void setReadOnly(bool readOnly);

    // Checks the form for saving as `target`; marks bad fields and shows the problems.
    SheetValidation validate(SheetStatus target);
    // The sheet as typed (valid scores only), with the given status; judge and submission are left 0.
    ScoreSheet sheet(SheetStatus status) const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    QLineEdit *scoreEdit(qint64 criterionId) const { return m_edits.value(criterionId); }
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QString problemText() const;
    // Shows a message in the problem line (e.g. the reason a save was refused).
    void showProblem(const QString &message);
    const Rubric &rubric() const { return m_rubric; }

signals:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void refresh();
    QString anchorsHtml(const Criterion &c) const;
    QMap<qint64, QString> texts() const;

    Rubric m_rubric;
    QLabel *m_details;
    QWidget *m_criteria;
    QVBoxLayout *m_criteriaLayout;
    QPlainTextEdit *m_comment;
    QLabel *m_problem;
    QHash<qint64, QLineEdit *> m_edits;
    QHash<qint64, QLabel *> m_anchorLabels;
    bool m_modified = false;
    bool m_filling = false;
};

} // namespace hd
