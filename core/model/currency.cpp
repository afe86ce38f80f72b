#include "currency.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hd {

const QList<Currency> &Currency::all()
{
    // The one table of currencies: the code, the symbol printed before amounts, the minor digits.
    static const QList<Currency> table = {
        {u"AUD"_s, u"A$"_s, 2},  {u"BRL"_s, u"R$"_s, 2},  {u"CAD"_s, u"CA$"_s, 2}, {u"CHF"_s, u"CHF "_s, 2},
        {u"CNY"_s, u"¥"_s, 2},   {u"CZK"_s, u"Kč "_s, 2}, {u"DKK"_s, u"kr "_s, 2}, {u"EUR"_s, u"€"_s, 2},
        {u"GBP"_s, u"£"_s, 2},   {u"HKD"_s, u"HK$"_s, 2}, {u"INR"_s, u"₹"_s, 2},   {u"JPY"_s, u"JP¥"_s, 0},
        {u"KRW"_s, u"₩"_s, 0},   {u"NOK"_s, u"kr "_s, 2}, {u"NZD"_s, u"NZ$"_s, 2}, {u"PLN"_s, u"zł "_s, 2},
        {u"SEK"_s, u"kr "_s, 2}, {u"SGD"_s, u"S$"_s, 2},  {u"TWD"_s, u"NT$"_s, 2}, {u"USD"_s, u"$"_s, 2},
    };
    return table;
}

std::optional<Currency> Currency::byCode(QStringView code)
{
    for (const Currency &c : all())
        if (code.trimmed().compare(c.code, Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

Currency Currency::of(const QString &code)
{
    if (auto c = byCode(code))
        return *c;
    return {code, code + u' ', 2};
}

namespace {
qint64 scaleOf(const Currency &c)
{
    qint64 scale = 1;
    for (int i = 0; i < c.minorDigits; ++i)
        scale *= 10;
    return scale;
}
} // namespace

QString formatMoney(qint64 minor, const Currency &currency)
{
    const qint64 scale = scaleOf(currency);
    const bool negative = minor < 0;
    const qint64 a = negative ? -minor : minor;
    QString whole = QString::number(a / scale);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    QString s = currency.symbol + whole;
    if (const qint64 frac = a % scale)
        s += u'.' + QString::number(frac).rightJustified(currency.minorDigits, u'0');
    return negative ? u'-' + s : s;
}

QString amountText(qint64 minor, const Currency &currency)
{
    const qint64 scale = scaleOf(currency);
    const bool negative = minor < 0;
    const qint64 a = negative ? -minor : minor;
    QString s = QString::number(a / scale);
    if (const qint64 frac = a % scale) {
        QString f = QString::number(frac).rightJustified(currency.minorDigits, u'0');
        while (f.endsWith(u'0'))
            f.chop(1);
        s += u'.' + f;
    }
    return negative ? u'-' + s : s;
}

std::optional<qint64> parseAmount(QStringView text, const Currency &currency)
{
    QString t = text.trimmed().toString();
    t.remove(currency.symbol.trimmed());
    t.remove(u',').remove(u' ');
    if (currency.code == u"CNY")
        t.remove(u'￥');
    static const QRegularExpression re(u"^(\\d{1,13})(?:\\.(\\d+))?$"_s);
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString frac = m.captured(2);
    while (frac.size() > currency.minorDigits && frac.endsWith(u'0'))
        frac.chop(1);
    if (frac.size() > currency.minorDigits)
        return std::nullopt;
    frac = frac.leftJustified(currency.minorDigits, u'0');
    return m.captured(1).toLongLong() * scaleOf(currency) + (frac.isEmpty() ? 0 : frac.toLongLong());
}

} // namespace hd
