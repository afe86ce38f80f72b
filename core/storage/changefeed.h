#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

namespace hd {

class Database;

// One committed row change on a shared event, as the server announced it.
struct Change
{
    QString table;               // "claim"
    QString op;                  // "insert", "update" or "delete"
    QJsonObject key;             // the row's primary key, e.g. {"id": 12} or {"judge_id": 3, "submission_id": 7}
    QString json;                // the announcement as it came: {"table": ..., "op": ..., "key": {...}}
    bool fromThisClient = false; // committed through the database the feed listens on
};

// The changes every client commits to a shared event (PostgreSQL LISTEN/NOTIFY), delivered through the
// event loop within moments of their commit. Checks the connection every few seconds and says when it is
// lost (a client then reloads what it shows).
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    // Listens on `db`, which must outlive the feed; throws hd::Error for an SQLite file (no server to
    // announce changes) or when the server refuses.
    explicit ChangeFeed(const Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

signals:
    void changed(const hd::Change &change);
    void lost(const QString &reason);

private:
    const Database &m_db;
    QTimer m_check;
};

} // namespace hd
