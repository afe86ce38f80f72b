#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace hd {

// Money is counted in fen (1/100 yuan) as integers; never in floating point.
using Fen = qint64;

// A number of stars as exact fixed-point: thousandths of a star (0.025 🌟 = 25).
class Stars
{
public:
    static constexpr qint64 Scale = 1000;

    constexpr Stars() = default;
    static constexpr Stars fromMilli(qint64 milli) { return Stars(milli); }
    static constexpr Stars whole(qint64 stars) { return Stars(stars * Scale); }
    // Parses "3", "0.5", "0.025", "1.50"; at most three decimals, never negative.
    static std::optional<Stars> parse(QStringView text);

    constexpr qint64 milli() const { return m_milli; }
    constexpr bool isZero() const { return m_milli == 0; }
    // "3", "0.5", "0.025": the shortest exact decimal.
    QString toString() const;
    // The cash value at the given star value, rounded half away from zero to the fen.
    Fen toFen(Fen starValue) const;

    constexpr Stars operator+(Stars o) const { return Stars(m_milli + o.m_milli); }
    constexpr Stars operator-(Stars o) const { return Stars(m_milli - o.m_milli); }
    constexpr Stars &operator+=(Stars o)
    {
        m_milli += o.m_milli;
        return *this;
    }
    constexpr auto operator<=>(const Stars &) const = default;

private:
    constexpr explicit Stars(qint64 milli)
        : m_milli(milli)
    {}
    qint64 m_milli = 0;
};

// Multiplies and divides exactly with rounding half away from zero: value * num / den.
qint64 mulDivRound(qint64 value, qint64 num, qint64 den);

// "¥2,000" or "¥1,234.50": yuan with thousands separators, fen shown only when not zero.
QString formatYuan(Fen fen, const QString &currencySymbol = QStringLiteral("¥"));
// Parses "2000", "2,000", "¥1,234.5" into fen; nullopt when it is not an amount.
std::optional<Fen> parseYuan(QStringView text);

} // namespace hd
