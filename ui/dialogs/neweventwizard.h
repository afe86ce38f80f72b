#pragma once

#include "services/editionprofile.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace hd {

class SetupEditor;

// File > New Event…: the database file and an edition profile (a built-in one or a file), then the event's
// identity, money, time zone and deadlines, then its tracks. Finish creates the event from the edited
// profile exactly as `hackdesk init --edition` does (EditionProfile::apply).
class NewEventWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ProfilePage, SetupPage, TracksPage };

    explicit NewEventWizard(QWidget *parent = nullptr);

    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *profileCombo() const { return m_profile; } // built-in names, then "From a file…"
    QLineEdit *profileFileEdit() const { return m_profileFile; }
    SetupEditor *setupEditor() const { return m_setup; }
    QTableWidget *tracksTable() const { return m_tracks; } // name, kind, budget
    void addTrackRow(const QString &name, const QString &kind, const QString &budget);

    QString path() const;
    // The chosen profile as loaded; throws hd::Error saying why it cannot be read.
    EditionProfile chosenProfile() const;
    // What the pages say so far; throws hd::Error naming the field that is wrong.
    EditionProfile profile() const;
    // The reason the page cannot be left yet, or empty.
    QString problem(int page) const;
    // Creates the event in path(); returns the reason when it cannot (nothing is left behind then).
    QString createEvent() const;

    void accept() override;

private:
    QWizardPage *profilePage();
    QWizardPage *setupPage();
    QWizardPage *tracksPage();
    void loadProfile(); // the profile changed: the later pages start from it

    QLineEdit *m_path = nullptr;
    QComboBox *m_profile = nullptr;
    QLineEdit *m_profileFile = nullptr;
    SetupEditor *m_setup = nullptr;
    QTableWidget *m_tracks = nullptr;
    QList<QLabel *> m_problems; // one per page
    EditionProfile m_loaded;
    QString m_loadedFrom;
};

} // namespace hd
