#pragma once

#include "judging/judgingmodel.h"

#include <QDialog>

class QPushButton;

namespace hd {

class EventSession;
class ScoreForm;

// Staff enter or correct one judge's score sheet for one submission (from paper, or on the judge's
// behalf). Save as draft (Ctrl+S) or submit (Ctrl+Enter); the save is an undoable edit and goes into the
// judging log. In a final track the form is read-only and says why.
class ScoreFormDialog : public QDialog
{
    Q_OBJECT
public:
    ScoreFormDialog(EventSession *session, qint64 judgeId, qint64 submissionId, QWidget *parent = nullptr);

    ScoreForm *form() const { return m_form; }
    QPushButton *draftButton() const { return m_draft; }
    QPushButton *submitButton() const { return m_submit; }
    // Validates for `target` and saves; on success closes the dialog. Returns whether it saved.
    bool save(SheetStatus target);
    // Esc, Cancel or closing: with changes not saved, asks first.
    void reject() override;

private:
    EventSession *m_session;
    qint64 m_judgeId;
    qint64 m_submissionId;
    ScoreForm *m_form;
    QPushButton *m_draft;
    QPushButton *m_submit;
};

} // namespace hd
