#pragma once

#include <QMessageBox>

// Message boxes that show their text as plain text: messages quote names and titles from GitHub, which
// may hold markup, and QMessageBox would otherwise guess that such text is HTML.

namespace hd::messages {

void warning(QWidget *parent, const QString &title, const QString &text);
void information(QWidget *parent, const QString &title, const QString &text);
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No);

} // namespace hd::messages
