#pragma once

#include <QTemporaryDir>

#include <gtest/gtest.h>

// Lets gtest print QStrings in failure messages.
#include <QString>
#include <ostream>
inline void PrintTo(const QString &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }
