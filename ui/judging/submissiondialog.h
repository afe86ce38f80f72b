#pragma once

#include "dialogs/formdialog.h"
#include "judging/judgingmodel.h"

#include <array>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace hd {

class EventSession;

// Adds or edits a submission: its track, title, who it is by ("@login" for a participant or a team's
// name), its task, its links (one per line, "kind:url" or a bare address) and, for articles, the figures
// the author reported. Says what is wrong as you type, naming the field; OK saves as one undoable edit.
class SubmissionDialog : public FormDialog
{
    Q_OBJECT
public:
    SubmissionDialog(EventSession *session, const Submission &submission, QWidget *parent = nullptr);

    // The submission as filled in; only meaningful when problem() is empty.
    Submission submission() const;

    QComboBox *trackBox() const { return m_track; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *byEdit() const { return m_by; }
    QComboBox *taskBox() const { return m_task; }
    QPlainTextEdit *linksEdit() const { return m_links; }
    QLineEdit *figureEdit(Figure figure) const { return m_figures[size_t(figure)]; }
    // Whether the figure fields are shown (articles, or a rubric with derived criteria).
    bool figuresShown() const;

    // The version of the row the form shows (read before the row): a save finds whether someone saved
    // it since. 0 (not known): the save compares the fields instead.
    void setLoadedVersion(qint64 version) { m_version = version; }

private:
    QString validate() const;
    QString submit();
    void fillTasks();
    void showFigures();

    EventSession *m_session;
    Submission m_original;
    qint64 m_version = 0;
    QComboBox *m_track;
    QLineEdit *m_title;
    QLineEdit *m_by;
    QComboBox *m_task;
    QPlainTextEdit *m_links;
    std::array<QLineEdit *, FigureCount> m_figures{};
    bool m_figuresShown = false;
};

} // namespace hd
