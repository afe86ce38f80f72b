#pragma once

#include <QList>
#include <QString>

namespace hd {

// A group of participants who claim and are paid together.
struct Team
{
    qint64 id = 0;
    QString name;
    qint64 leaderId = 0; // 0 = none
    QList<qint64> memberIds;
};

} // namespace hd
