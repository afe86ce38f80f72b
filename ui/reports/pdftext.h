#pragma once

#include <QByteArray>
#include <QString>

namespace hd {

// Makes the text of a PDF written by Qt extract exactly as it was written.
//
// Qt 6.4 gives every embedded glyph the lowest Unicode code point its font maps to that glyph. Fonts
// share glyphs between code points: Noto Sans CJK draws the Kangxi radical ⿊ (U+2FCA) and the
// ideograph 黑 (U+9ED1) with one glyph, so 黑 extracts as ⿊ and 飞 as ⻜. This rewrites each font's
// ToUnicode map: for every glyph, among the code points its font maps to it, the one that occurs in
// `writtenText` (the characters drawn), else one that is not a radical or compatibility form, else the
// one Qt chose. A ligature glyph (ﬁ) that was not written itself reads as the letters it joins ("fi"). The maps are
// appended as a PDF incremental update, so nothing before them moves. Returns the PDF unchanged when no mapping needs
// fixing or the file is not laid out as Qt writes it.
QByteArray fixPdfTextMapping(const QByteArray &pdf, const QString &writtenText);

} // namespace hd
