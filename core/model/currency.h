#pragma once

#include "money.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace hd {

// A currency an event may pay in: its ISO 4217 code, the symbol shown before amounts and how many
// minor units make one (2: cents, fen; 0: yen). Amounts are always held in the minor units.
struct Currency
{
    QString code = QStringLiteral("CNY");
    QString symbol = QStringLiteral("¥");
    int minorDigits = 2; // 2 for CNY, USD, EUR; 0 for JPY, KRW

    // The currency of that ISO 4217 code (case-insensitive); nullopt when HackDesk does not know it.
    static std::optional<Currency> byCode(QStringView code);
    // The event's currency; an unknown code is shown as itself with two minor digits.
    static Currency of(const QString &code);
    // Every currency HackDesk knows, by code.
    static const QList<Currency> &all();
};

// "¥2,000", "€1,234.50", "¥2,000" for JPY: symbol, thousands separators, minor units only when not zero.
QString formatMoney(qint64 minor, const Currency &currency);
// "2000", "1234.5" without symbol or separators: what `config get` prints and a profile holds; reads back
// with parseAmount.
QString amountText(qint64 minor, const Currency &currency);
// Parses "50", "1000.50", "1,000.5", "€12" into minor units; nullopt when it is not an amount in that
// currency (negative, too many decimals, letters).
std::optional<qint64> parseAmount(QStringView text, const Currency &currency);

} // namespace hd
