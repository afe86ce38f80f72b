#include "sharedeventdialog.h"

#include "model/error.h"
#include "storage/sqldialect.h"

#include <QCheckBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>

#ifdef HACKDESK_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace hd {

namespace {

const QString keychainService = u"HackDesk"_s;

QString keychainKey(const QString &url)
{
    return u"postgresql-password "_s + url;
}

// The ?key=value part of a URL, kept when the parts are edited.
QString queryOf(const QString &url)
{
    const qsizetype q = url.indexOf(u'?');
    return q < 0 ? QString() : url.mid(q);
}

} // namespace

SharedEventDialog::SharedEventDialog(const QString &url, QWidget *parent)
    : FormDialog(tr("Open Shared Event"), parent)
    , m_url(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the system keychain"), this))
{
    m_url->setPlaceholderText(u"postgresql://staff@db.example.org:5432/hackathon"_s);
    m_host->setPlaceholderText(tr("db.example.org, or a socket folder such as /var/run/postgresql"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("hackathon"));
    m_user->setPlaceholderText(tr("your login on the server"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from PGPASSWORD, ~/.pgpass or the keychain"));
    m_url->setObjectName(u"url"_s);
    m_host->setObjectName(u"host"_s);
    m_database->setObjectName(u"database"_s);
    m_user->setObjectName(u"user"_s);
    m_password->setObjectName(u"password"_s);
    form()->addRow(tr("&URL:"), m_url);
    form()->addRow(tr("&Server:"), m_host);
    form()->addRow(tr("P&ort:"), m_port);
    form()->addRow(tr("&Database:"), m_database);
    form()->addRow(tr("&Login:"), m_user);
    form()->addRow(tr("&Password:"), m_password);
    form()->addRow(QString(), m_remember);
#ifndef HACKDESK_HAVE_QTKEYCHAIN
    m_remember->hide();
#endif
    m_remember->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_remember->setEnabled(!text.isEmpty()); });
    connect(m_url, &QLineEdit::textEdited, this, &SharedEventDialog::urlEdited);
    for (QLineEdit *part : {m_host, m_database, m_user})
        connect(part, &QLineEdit::textEdited, this, &SharedEventDialog::partEdited);
    connect(m_port, &QSpinBox::valueChanged, this, [this] {
        if (!m_syncing)
            partEdited();
    });
    setValidator([this] { return validate(); });
    m_url->setText(url);
    urlEdited();
}

void SharedEventDialog::urlEdited()
{
    try {
        const PostgresUrl parts = PostgresUrl::parse(m_url->text().trimmed());
        m_syncing = true;
        m_host->setText(parts.host);
        m_port->setValue(parts.port);
        m_database->setText(parts.database);
        m_user->setText(parts.user);
        m_syncing = false;
    } catch (const Error &) {
        // Said by the validator; the parts stay as they were.
    }
    revalidate();
}

void SharedEventDialog::partEdited()
{
    PostgresUrl parts;
    parts.host = m_host->text().trimmed();
    parts.port = m_port->value();
    parts.database = m_database->text().trimmed();
    parts.user = m_user->text().trimmed();
    m_url->setText(parts.toString() + queryOf(m_url->text()));
    revalidate();
}

QString SharedEventDialog::validate() const
{
    if (m_url->text().trimmed().isEmpty())
        return tr("Give the event's URL, or its server, database and login.");
    try {
        const PostgresUrl parts = PostgresUrl::parse(url());
        if (parts.host.isEmpty())
            return tr("Server: give the server's name or address, or the folder of its socket.");
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

QString SharedEventDialog::url() const
{
    return m_url->text().trimmed();
}

QString SharedEventDialog::password() const
{
    return m_password->text();
}

bool SharedEventDialog::rememberPassword() const
{
    return m_remember->isVisible() && m_remember->isEnabled() && m_remember->isChecked();
}

QString SharedEventDialog::storedPassword(const QString &url)
{
#ifdef HACKDESK_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(keychainService);
    job->setAutoDelete(true);
    job->setKey(keychainKey(url));
    QString password;
    QEventLoop loop;
    connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError)
            password = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit); // a keychain that does not answer: none
    job->start();
    loop.exec();
    return password;
#else
    Q_UNUSED(url)
    return {};
#endif
}

bool SharedEventDialog::storePassword(const QString &url, const QString &password)
{
#ifdef HACKDESK_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(keychainService);
    job->setAutoDelete(true);
    job->setKey(keychainKey(url));
    job->setTextData(password);
    job->start();
    return true;
#else
    Q_UNUSED(url)
    Q_UNUSED(password)
    return false;
#endif
}

QString SharedEventDialog::explain(const QString &error)
{
    if (error.contains(u"password"_s, Qt::CaseInsensitive))
        return tr("%1\n\nThe server wants a password for this login: type it in File > Open Shared Event…, or put "
                  "it in PGPASSWORD or ~/.pgpass.")
            .arg(error);
    if (error.contains(u"does not exist"_s))
        return tr("%1\n\nCheck the names of the database and the login.").arg(error);
    static const QStringList unreachable = {u"Connection refused"_s, u"No such file or directory"_s,
                                            u"could not translate host name"_s, u"timeout expired"_s,
                                            u"No route to host"_s};
    if (std::any_of(unreachable.begin(), unreachable.end(), [&](const QString &s) { return error.contains(s); }))
        return tr("%1\n\nCheck the server's name (or socket folder) and port, and that the server is running.")
            .arg(error);
    return error;
}

} // namespace hd
