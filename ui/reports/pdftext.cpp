#include "pdftext.h"

#include <QFont>
#include <QFontDatabase>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

// Code points that share their glyph with another one and should not win when a glyph is read back:
// CJK radicals, Kangxi radicals, compatibility ideographs and forms.
bool isCompatibilityForm(char32_t u)
{
    return (u >= 0x2E80 && u <= 0x2FDF) || (u >= 0x3190 && u <= 0x319F) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0x2F800 && u <= 0x2FA1F);
}

// The PostScript name (name ID 6) of a font, from its 'name' table.
QByteArray postscriptName(const QRawFont &font)
{
    const QByteArray table = font.fontTable("name");
    auto u16 = [&](qsizetype at) -> int {
        if (at < 0 || at + 2 > table.size())
            return -1;
        return (uchar(table[at]) << 8) | uchar(table[at + 1]);
    };
    const int count = u16(2), strings = u16(4);
    for (int i = 0; i < count; ++i) {
        const qsizetype rec = 6 + qsizetype(i) * 12;
        const int platform = u16(rec), nameId = u16(rec + 6), length = u16(rec + 8), offset = u16(rec + 10);
        if (nameId != 6 || length < 0 || offset < 0 || strings + offset + length > table.size())
            continue;
        const QByteArray raw = table.mid(strings + offset, length);
        if (platform == 1)
            return raw;
        if (platform == 3 || platform == 0) {
            QByteArray ascii;
            for (qsizetype k = 1; k < raw.size(); k += 2)
                ascii += raw[k];
            return ascii;
        }
    }
    return {};
}

QString normalisedFamily(QStringView family)
{
    QString out;
    for (const QChar c : family)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

// The installed font a PDF names by its PostScript name ("NotoSansCJKsc-Regular"), or an invalid one.
QRawFont rawFontFor(const QByteArray &psName)
{
    static QMutex mutex;
    static QHash<QByteArray, QRawFont> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(psName); it != cache.constEnd())
        return *it;
    const qsizetype dash = psName.lastIndexOf('-');
    const QString family = normalisedFamily(QString::fromLatin1(dash > 0 ? psName.left(dash) : psName));
    QRawFont found;
    QRawFont fallback;
    for (const QString &f : QFontDatabase::families()) {
        if (normalisedFamily(f) != family)
            continue;
        for (const QString &style : QFontDatabase::styles(f)) {
            const QRawFont raw = QRawFont::fromFont(QFontDatabase::font(f, style, 12));
            if (!raw.isValid())
                continue;
            if (postscriptName(raw) == psName) {
                found = raw;
                break;
            }
            if (!fallback.isValid())
                fallback = raw;
        }
        if (found.isValid())
            break;
    }
    if (!found.isValid())
        found = fallback;
    cache.insert(psName, found);
    return found;
}

// The glyph the font draws a code point with; 0 when it has none.
quint32 glyphOf(const QRawFont &font, char32_t u)
{
    const char32_t one[] = {u};
    const QList<quint32> glyphs = font.glyphIndexesForString(QString::fromUcs4(one, 1));
    return glyphs.isEmpty() ? 0 : glyphs.first();
}

// The code points of `codePoints` grouped by the glyph the font draws them with.
QHash<quint32, QList<char32_t>> byGlyph(const QRawFont &font, const QList<char32_t> &codePoints)
{
    QString bmp;
    QList<char32_t> bmpPoints;
    QHash<quint32, QList<char32_t>> groups;
    for (const char32_t u : codePoints) {
        if (u >= 0x10000) {
            if (const quint32 g = glyphOf(font, u))
                groups[g].append(u);
        } else if (u != 0 && (u < 0xD800 || u > 0xDFFF)) {
            bmp += QChar(char16_t(u));
            bmpPoints.append(u);
        }
    }
    const QList<quint32> glyphs = font.glyphIndexesForString(bmp);
    for (qsizetype i = 0; i < glyphs.size() && i < bmpPoints.size(); ++i)
        if (glyphs[i] != 0)
            groups[glyphs[i]].append(bmpPoints[i]);
    return groups;
}

// The CJK unified ideographs (URO and extension A) by glyph: where a radical's glyph is found when the
// ideograph drawn with it is not among the written characters.
QHash<quint32, QList<char32_t>> unifiedIdeographsByGlyph(const QRawFont &font)
{
    QList<char32_t> all;
    for (char32_t u = 0x3400; u <= 0x4DBF; ++u)
        all.append(u);
    for (char32_t u = 0x4E00; u <= 0x9FFF; ++u)
        all.append(u);
    return byGlyph(font, all);
}

QString hex16(const QString &text)
{
    QString out;
    for (const QChar c : text)
        out += u"%1"_s.arg(c.unicode(), 4, 16, QChar(u'0')).toUpper();
    return out;
}

std::optional<QString> utf16FromHex(QByteArrayView hex)
{
    if (hex.size() % 4 != 0)
        return std::nullopt;
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        bool ok = false;
        const ushort u = hex.sliced(i, 4).toByteArray().toUShort(&ok, 16);
        if (!ok)
            return std::nullopt;
        out += QChar(u);
    }
    return out;
}

// CID → text of a ToUnicode CMap as Qt writes it (bfrange with arrays or a start value, bfchar).
QMap<int, QString> parseCMap(const QByteArray &cmap)
{
    QMap<int, QString> map;
    static const QRegularExpression range(u"<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(\\[[^\\]]*\\]|<[0-9A-Fa-f]+>)"_s);
    static const QRegularExpression one(u"<([0-9A-Fa-f]+)>"_s);
    auto section = [&](const QByteArray &begin, const QByteArray &end, auto handle) {
        qsizetype at = 0;
        while ((at = cmap.indexOf(begin, at)) >= 0) {
            const qsizetype stop = cmap.indexOf(end, at);
            if (stop < 0)
                return;
            handle(QString::fromLatin1(cmap.mid(at + begin.size(), stop - at - begin.size())));
            at = stop + end.size();
        }
    };
    section("beginbfrange", "endbfrange", [&](const QString &body) {
        for (auto m = range.globalMatch(body); m.hasNext();) {
            const auto r = m.next();
            const int start = r.captured(1).toInt(nullptr, 16), stop = r.captured(2).toInt(nullptr, 16);
            const QString target = r.captured(3);
            if (target.startsWith(u'[')) {
                int cid = start;
                for (auto v = one.globalMatch(target); v.hasNext() && cid <= stop; ++cid)
                    if (const auto text = utf16FromHex(v.next().captured(1).toLatin1()))
                        map.insert(cid, *text);
            } else if (const auto first = utf16FromHex(target.mid(1, target.size() - 2).toLatin1());
                       first && first->size() == 1) {
                for (int cid = start; cid <= stop; ++cid)
                    map.insert(cid, QString(QChar(ushort(first->at(0).unicode() + (cid - start)))));
            }
        }
    });
    section("beginbfchar", "endbfchar", [&](const QString &body) {
        QStringList values;
        for (auto v = one.globalMatch(body); v.hasNext();)
            values << v.next().captured(1);
        for (qsizetype i = 0; i + 1 < values.size(); i += 2)
            if (const auto text = utf16FromHex(values[i + 1].toLatin1()))
                map.insert(values[i].toInt(nullptr, 16), *text);
    });
    return map;
}

QByteArray writeCMap(const QMap<int, QString> &map)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n"
                     "12 dict begin\n"
                     "begincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n"
                     "/CMapType 2 def\n"
                     "1 begincodespacerange\n"
                     "<0000> <FFFF>\n"
                     "endcodespacerange\n";
    const QList<int> cids = map.keys();
    for (qsizetype i = 0; i < cids.size(); i += 100) {
        const qsizetype n = std::min<qsizetype>(100, cids.size() - i);
        out += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype k = i; k < i + n; ++k)
            out +=
                u"<%1> <%2>\n"_s.arg(cids[k], 4, 16, QChar(u'0')).arg(hex16(map.value(cids[k]))).toUpper().toLatin1();
        out += "endbfchar\n";
    }
    out += "endcmap\n"
           "CMapName currentdict /CMap defineresource pop\n"
           "end\n"
           "end\n";
    return out;
}

// The layout of a PDF with one classic cross-reference table, as QPdfWriter writes it.
struct PdfIndex
{
    QHash<int, qsizetype> offsets; // object number → byte offset
    qsizetype xrefOffset = -1;
    int size = 0;
    QByteArray root;
    QByteArray info;
};

std::optional<PdfIndex> readIndex(const QByteArray &pdf)
{
    PdfIndex index;
    const qsizetype sx = pdf.lastIndexOf("startxref");
    if (sx < 0)
        return std::nullopt;
    bool ok = false;
    index.xrefOffset = pdf.mid(sx + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || index.xrefOffset <= 0 || index.xrefOffset >= pdf.size() || !pdf.mid(index.xrefOffset).startsWith("xref"))
        return std::nullopt;
    const qsizetype trailer = pdf.indexOf("trailer", index.xrefOffset);
    if (trailer < 0)
        return std::nullopt;
    const QList<QByteArray> lines = pdf.mid(index.xrefOffset + 4, trailer - index.xrefOffset - 4).split('\n');
    int next = -1, left = 0;
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> parts = line.split(' ');
        if (left == 0 && parts.size() == 2) {
            next = parts[0].toInt();
            left = parts[1].toInt();
            continue;
        }
        if (parts.size() != 3 || next < 0 || left <= 0)
            return std::nullopt;
        if (parts[2] == "n")
            index.offsets.insert(next, parts[0].toLongLong());
        ++next;
        --left;
    }
    const QByteArray dict = pdf.mid(trailer, sx - trailer);
    static const QRegularExpression size(u"/Size\\s+(\\d+)"_s), root(u"/Root\\s+(\\d+\\s+\\d+\\s+R)"_s),
        info(u"/Info\\s+(\\d+\\s+\\d+\\s+R)"_s);
    const QString text = QString::fromLatin1(dict);
    index.size = size.match(text).captured(1).toInt();
    index.root = root.match(text).captured(1).toLatin1();
    index.info = info.match(text).captured(1).toLatin1();
    if (index.size <= 0 || index.root.isEmpty())
        return std::nullopt;
    return index;
}

// The data of a stream object with a direct /Length, as Qt writes ToUnicode maps.
std::optional<QByteArray> streamData(const QByteArray &pdf, qsizetype offset)
{
    const qsizetype stream = pdf.indexOf("stream\n", offset);
    const qsizetype dictEnd = pdf.indexOf(">>", offset);
    if (stream < 0 || dictEnd < 0 || dictEnd > stream || stream - offset > 200)
        return std::nullopt;
    static const QRegularExpression length(u"/Length\\s+(\\d+)\\s*>>"_s);
    const auto m = length.match(QString::fromLatin1(pdf.mid(offset, stream - offset)));
    if (!m.hasMatch())
        return std::nullopt;
    const qsizetype n = m.captured(1).toLongLong();
    if (stream + 7 + n > pdf.size())
        return std::nullopt;
    return pdf.mid(stream + 7, n);
}

} // namespace

QByteArray fixPdfTextMapping(const QByteArray &pdf, const QString &writtenText)
{
    const auto index = readIndex(pdf);
    if (!index)
        return pdf;

    QSet<char32_t> written;
    for (const char32_t u : writtenText.toUcs4())
        written.insert(u);
    const QList<char32_t> writtenList(written.cbegin(), written.cend());

    // Every Type0 font's ToUnicode object and the font's PostScript name, from the font dictionaries.
    QMap<int, QByteArray> toUnicode; // object → PostScript name
    for (qsizetype at = pdf.indexOf("/ToUnicode"); at >= 0; at = pdf.indexOf("/ToUnicode", at + 1)) {
        const qsizetype dict = pdf.lastIndexOf("<<", at);
        const qsizetype base = pdf.lastIndexOf("/BaseFont", at);
        if (dict < 0 || base < dict || at - dict > 1000)
            continue;
        const QList<QByteArray> nameParts = pdf.mid(base + 9, at - base - 9).simplified().split(' ');
        bool ok = false;
        const int object = pdf.mid(at + 10, 24).simplified().split(' ').value(0).toInt(&ok);
        if (ok && !nameParts.isEmpty() && nameParts.first().startsWith('/'))
            toUnicode.insert(object, nameParts.first().mid(1));
    }

    QMap<int, QByteArray> replaced;
    for (auto it = toUnicode.cbegin(); it != toUnicode.cend(); ++it) {
        const qsizetype offset = index->offsets.value(it.key(), -1);
        if (offset < 0)
            continue;
        const auto data = streamData(pdf, offset);
        if (!data)
            continue;
        QMap<int, QString> map = parseCMap(*data);
        QByteArray name = it.value();
        if (const qsizetype plus = name.indexOf('+'); plus == 6)
            name = name.mid(plus + 1);
        const QRawFont font = rawFontFor(name);
        if (!font.isValid() || map.isEmpty())
            continue;
        const QHash<quint32, QList<char32_t>> writtenByGlyph = byGlyph(font, writtenList);
        std::optional<QHash<quint32, QList<char32_t>>> unified; // built only when needed
        bool changed = false;
        for (auto m = map.begin(); m != map.end(); ++m) {
            const QList<uint> ucs = m.value().toUcs4();
            if (ucs.size() != 1)
                continue;
            const char32_t now = ucs.first();
            const quint32 glyph = glyphOf(font, now);
            if (glyph == 0)
                continue;
            QList<char32_t> candidates = writtenByGlyph.value(glyph);
            if (candidates.isEmpty() && !written.contains(now)) {
                // A ligature (ﬁ for "fi") or another compatibility character that was never written:
                // the characters it stands for, when those were.
                const char32_t one[] = {now};
                const QString expanded = QString::fromUcs4(one, 1).normalized(QString::NormalizationForm_KC);
                const QList<uint> parts = expanded.toUcs4();
                if (expanded != m.value() && !parts.isEmpty() &&
                    std::all_of(parts.begin(), parts.end(), [&](uint u) { return written.contains(u); })) {
                    m.value() = expanded;
                    changed = true;
                    continue;
                }
            }
            if (candidates.isEmpty() && isCompatibilityForm(now)) {
                if (!unified)
                    unified = unifiedIdeographsByGlyph(font);
                candidates = unified->value(glyph);
            }
            if (candidates.isEmpty() || (candidates.size() == 1 && candidates.first() == now))
                continue;
            candidates.append(now);
            // Written first, then not a compatibility form, then the lowest.
            const char32_t best = *std::min_element(candidates.begin(), candidates.end(), [&](char32_t a, char32_t b) {
                const auto key = [&](char32_t u) {
                    return std::tuple(!written.contains(u), isCompatibilityForm(u), u);
                };
                return key(a) < key(b);
            });
            if (best != now) {
                const char32_t bestOne[] = {best};
                m.value() = QString::fromUcs4(bestOne, 1);
                changed = true;
            }
        }
        if (changed)
            replaced.insert(it.key(), writeCMap(map));
    }
    if (replaced.isEmpty())
        return pdf;

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    QMap<int, qsizetype> offsets;
    for (auto it = replaced.cbegin(); it != replaced.cend(); ++it) {
        offsets.insert(it.key(), out.size());
        out += QByteArray::number(it.key()) + " 0 obj\n<< /Length " + QByteArray::number(it.value().size()) +
               " >>\nstream\n" + it.value() + "\nendstream\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n";
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it)
        out += QByteArray::number(it.key()) + " 1\n" + QByteArray::number(it.value()).rightJustified(10, '0') +
               " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(index->size) + " /Root " + index->root;
    if (!index->info.isEmpty())
        out += " /Info " + index->info;
    out +=
        " /Prev " + QByteArray::number(index->xrefOffset) + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace hd
