#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTextBrowser;

namespace hd {

// Help > User Guide: the guide shipped in the resources (:/help/guide_<language>.html), in the language
// the window speaks, opened at a section (one per page of the main window: "overview", "tasks", …).
class HelpWindow : public QDialog
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // Scrolls to the section named `anchor` (the top when it is empty).
    void showSection(const QString &anchor);
    // The section last shown.
    QString section() const;
    QTextBrowser *browser() const { return m_browser; }

    // The guide's file for the language of the translation in use.
    static QString guideFile();

private:
    QTextBrowser *m_browser;
    QString m_section;
};

// Help > Keyboard Shortcuts: every action of `actions` (and of their menus) that has a shortcut, as a
// table of what it does and its keys, built from the actions themselves.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    // The rows shown: the action's text (without & and …) and its keys as the platform writes them.
    QList<std::pair<QString, QString>> rows() const { return m_rows; }

private:
    QList<std::pair<QString, QString>> m_rows;
};

} // namespace hd
