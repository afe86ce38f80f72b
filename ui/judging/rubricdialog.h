#pragma once

#include "dialogs/formdialog.h"
#include "judging/judgingmodel.h"

#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace hd {

class EventSession;

// Creates or edits the rubric of a track: the scale, then the criteria in the order forms show them.
// Judges' criteria (3-6) have a name, a description, a weight and their levels, one per line as
// "score: description" (a level describes every score up to the next one); criteria derived from a
// reported figure (articles) have a name and a weight. Says what is wrong as you type, naming the
// criterion; OK saves as one undoable edit. Changes that would invalidate given scores are refused with
// the reason, and a final track cannot be edited.
class RubricDialog : public FormDialog
{
    Q_OBJECT
public:
    RubricDialog(EventSession *session, qint64 trackId, QWidget *parent = nullptr);

    // The rubric as filled in (levels parsed; lines that do not parse are left out).
    Rubric rubric() const;

    QSpinBox *scaleMinBox() const { return m_min; }
    QSpinBox *scaleMaxBox() const { return m_max; }
    QListWidget *criteriaList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QSpinBox *weightBox() const { return m_weight; }
    QPlainTextEdit *levelsEdit() const { return m_levels; }

    // What the buttons do; each selects the criterion it made or moved.
    void addCriterion();
    void addFigureCriterion(Figure figure);
    void removeCriterion();
    void moveCriterion(int delta);

private:
    QString validate() const;
    QString submit();
    // The levels of a criterion parsed from its text; problems name the criterion and the line.
    QList<Anchor> parseLevels(int row, QStringList *problems) const;
    void select(int row);
    void refreshList();
    void refreshButtons();
    void detailEdited();

    EventSession *m_session;
    qint64 m_trackId;
    Rubric m_rubric;          // criteria as edited; anchors come from m_levelTexts
    QStringList m_levelTexts; // one per criterion, in the same order
    int m_row = -1;
    bool m_loading = false;
    QSpinBox *m_min;
    QSpinBox *m_max;
    QListWidget *m_list;
    QPushButton *m_addFigure;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QSpinBox *m_weight;
    QLabel *m_figure;
    QPlainTextEdit *m_levels;
};

} // namespace hd
