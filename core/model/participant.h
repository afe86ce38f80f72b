#pragma once

#include <QString>

namespace hd {

// A person taking part, known by their GitHub login (unique, case-insensitively).
struct Participant
{
    qint64 id = 0;
    QString login;
    QString name;
    QString email;
    QString organisation;
};

// Logins are compared without case and without a leading '@'.
QString normalisedLogin(QStringView login);
bool isValidLogin(QStringView login);
// An address people can open in a browser: http or https, with a host (links of submissions, deliverables,
// weekly reports).
bool isWebAddress(QStringView text);

} // namespace hd
