#pragma once

#include "dialogs/formdialog.h"
#include "judging/judgingmodel.h"

class QLineEdit;
class QListWidget;

namespace hd {

class EventSession;

// Adds or edits a judge: login, name, organisation, the tracks they judge and the conflicts they
// declared with participants (logins), teams and organisations (comma-separated). Says what is wrong
// as you type, naming the field; OK saves as one undoable edit.
class JudgeDialog : public FormDialog
{
    Q_OBJECT
public:
    JudgeDialog(EventSession *session, const Judge &judge, QWidget *parent = nullptr);

    // The judge as filled in (conflicts and tracks in a stable order).
    Judge judge() const;
    // Sets the track ticks (tests and callers that preselect).
    void setTracks(const QList<qint64> &trackIds);

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *organisationEdit() const { return m_organisation; }
    QListWidget *trackList() const { return m_tracks; }
    QLineEdit *participantConflictsEdit() const { return m_participants; }
    QLineEdit *teamConflictsEdit() const { return m_teams; }
    QLineEdit *organisationConflictsEdit() const { return m_organisations; }

    // The version of the row the form shows (read before the row): a save finds whether someone saved
    // it since. 0 (not known): the save compares the fields instead.
    void setLoadedVersion(qint64 version) { m_version = version; }

private:
    QString validate() const;
    QString submit();

    EventSession *m_session;
    Judge m_original;
    qint64 m_version = 0;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QLineEdit *m_organisation;
    QListWidget *m_tracks;
    QLineEdit *m_participants;
    QLineEdit *m_teams;
    QLineEdit *m_organisations;
};

} // namespace hd
