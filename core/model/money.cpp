#include "money.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

__extension__ typedef __int128 Int128; // exact intermediate products of two 64-bit values

// Parses a non-negative decimal with at most `decimals` places into an integer scaled by 10^decimals.
std::optional<qint64> parseScaled(QStringView text, int decimals)
{
    static const QRegularExpression re(u"^(\\d{1,15})(?:\\.(\\d+))?$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString frac = m.captured(2);
    while (frac.size() > decimals && frac.endsWith(u'0'))
        frac.chop(1);
    if (frac.size() > decimals)
        return std::nullopt;
    frac = frac.leftJustified(decimals, u'0');
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return m.captured(1).toLongLong() * scale + (decimals ? frac.toLongLong() : 0);
}

} // namespace

std::optional<Stars> Stars::parse(QStringView text)
{
    const auto v = parseScaled(text, 3);
    if (!v)
        return std::nullopt;
    return Stars(*v);
}

QString Stars::toString() const
{
    const qint64 a = m_milli < 0 ? -m_milli : m_milli;
    QString s = QString::number(a / Scale);
    if (const qint64 frac = a % Scale) {
        QString f = QString::number(frac).rightJustified(3, u'0');
        while (f.endsWith(u'0'))
            f.chop(1);
        s += u'.' + f;
    }
    return m_milli < 0 ? u'-' + s : s;
}

Fen Stars::toFen(Fen starValue) const
{
    return mulDivRound(m_milli, starValue, Scale);
}

qint64 mulDivRound(qint64 value, qint64 num, qint64 den)
{
    Q_ASSERT(den > 0);
    const Int128 p = static_cast<Int128>(value) * num;
    const Int128 half = den / 2;
    const Int128 q = p >= 0 ? (p + half) / den : -((-p + half) / den);
    return static_cast<qint64>(q);
}

QString formatYuan(Fen fen, const QString &currencySymbol)
{
    const bool negative = fen < 0;
    const qint64 a = negative ? -fen : fen;
    QString whole = QString::number(a / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    QString s = currencySymbol + whole;
    if (const qint64 cents = a % 100)
        s += u'.' + QString::number(cents).rightJustified(2, u'0');
    return negative ? u'-' + s : s;
}

std::optional<Fen> parseYuan(QStringView text)
{
    QString t = text.trimmed().toString();
    t.remove(u'¥').remove(u'￥').remove(u',').remove(u' ');
    return parseScaled(t, 2);
}

} // namespace hd
