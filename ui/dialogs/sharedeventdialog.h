#pragma once

#include "formdialog.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace hd {

// File > Open Shared Event…: an event on a PostgreSQL server, by its postgresql:// URL or by its parts
// (server or socket folder, port, database, login), which follow each other as they are typed. The
// password, when the server wants one, comes from the form, PGPASSWORD, ~/.pgpass or the system keychain;
// it is never kept in the settings nor in the URL.
class SharedEventDialog : public FormDialog
{
    Q_OBJECT
public:
    explicit SharedEventDialog(const QString &url = {}, QWidget *parent = nullptr);

    // The URL as the form says it (without a password).
    QString url() const;
    QString password() const;
    // Whether to keep the password typed in the system keychain.
    bool rememberPassword() const;

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }

    // The password kept in the system keychain for `url`; empty when none (or no keychain).
    static QString storedPassword(const QString &url);
    // Keeps `password` for `url` in the system keychain; false when there is none.
    static bool storePassword(const QString &url, const QString &password);
    // A connection error said with what to check.
    static QString explain(const QString &error);

private:
    void urlEdited();
    void partEdited();
    QString validate() const;

    QLineEdit *m_url;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    bool m_syncing = false;
};

} // namespace hd
