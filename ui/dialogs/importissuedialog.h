#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace hd {

class EventSession;

// Imports a track's task list from its GitHub issue body: paste or load the Markdown, preview what
// would change and which rows cannot be read, then import.
class ImportIssueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportIssueDialog(EventSession *session, QWidget *parent = nullptr);

    QComboBox *trackBox() const { return m_track; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QListWidget *preview() const { return m_preview; }
    QPushButton *importButton() const { return m_import; }

    void loadFile(const QString &path);
    void updatePreview();
    // Imports; returns the error message, or empty on success.
    QString apply();

private:
    EventSession *m_session;
    QComboBox *m_track;
    QPlainTextEdit *m_text;
    QListWidget *m_preview;
    QLabel *m_summary;
    QPushButton *m_import;
};

} // namespace hd
