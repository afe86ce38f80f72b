#include "prtitle.h"

#include "claimcomment.h"

#include <QCoreApplication>

#include <optional>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct TrPrTitle
{
    Q_DECLARE_TR_FUNCTIONS(PrTitle)
};

PrTitleRef malformed(QString reason)
{
    PrTitleRef ref;
    ref.kind = PrTitleRef::Kind::Malformed;
    ref.reason = std::move(reason);
    return ref;
}

bool isOpenBracket(QChar c)
{
    return QStringView(u"【[(〔〖（［").contains(c);
}

bool isCloseBracket(QChar c)
{
    return QStringView(u"】])〕〗）］").contains(c);
}

// "Update 【Hackathon 6th】….md": an organiser's edit of the event's own pages.
bool isPageEdit(QStringView normalisedTitle)
{
    static const QRegularExpression re(u"^[ \\t]*(?:Update|Create|Add|Delete|Rename|Move)\\b.*\\.md\\b"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(normalisedTitle).hasMatch();
}

// The tolerant expression for a pattern's text before "{n}".
QString patternExpression(QStringView before)
{
    static const QRegularExpression no(u"No[ \\t]*[.:]?[ \\t]*$"_s, QRegularExpression::CaseInsensitiveOption);
    QString text = before.toString();
    bool hasNo = false;
    if (const auto m = no.match(text); m.hasMatch()) {
        hasNo = true;
        text.truncate(m.capturedStart());
    }
    QString re;
    bool wordStart = true;
    for (const QChar c : text) {
        if (c.isSpace()) {
            re += u"[ \\t]*"_s;
        } else if (isOpenBracket(c)) {
            re += u"[ \\t]*[【\\[(〔〖]?[ \\t]*"_s;
        } else if (isCloseBracket(c)) {
            re += u"[ \\t]*[】\\])〕〗]?[ \\t]*"_s;
        } else if (c == u'#') {
            re += u"#?"_s;
        } else {
            if (wordStart && c.isLetterOrNumber() && c.unicode() < 128)
                re += u"(?<![A-Za-z0-9])"_s;
            re += QRegularExpression::escape(QString(c));
        }
        wordStart = !(c.isLetterOrNumber() && c.unicode() < 128);
    }
    if (!text.isEmpty() && text.back().isLetterOrNumber() && text.back().unicode() < 128)
        re += u"(?![A-Za-z0-9])"_s;
    re += u"[ \\t]*[-:]?[ \\t]*"_s;
    re += hasNo ? u"(?:No[ \\t]*[.:]?|#)[ \\t]*"_s : u"(?:No[ \\t]*[.:]?|#)?[ \\t]*"_s;
    return re;
}

} // namespace

QStringList prTitlePatterns(QStringView setting)
{
    QStringList out;
    for (QStringView p : setting.split(u';', Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            out.append(p.trimmed().toString());
    return out;
}

QString prTitleSearchWords(QStringView pattern)
{
    static const QRegularExpression no(u"(?<![A-Za-z0-9])No[ \\t]*[.:]?[ \\t]*$"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    QString before = normaliseClaimText(pattern.left(std::max<qsizetype>(0, pattern.indexOf(u"{n}"))));
    before.remove(no);
    for (QChar &c : before)
        if (isOpenBracket(c) || isCloseBracket(c) || c == u'#' || c == u'"')
            c = u' ';
    return before.simplified();
}

QString prTitlePatternProblem(QStringView pattern)
{
    if (!pattern.contains(u"{n}"))
        return TrPrTitle::tr("The PR title pattern “%1” has no {n} where the task numbers stand.").arg(pattern);
    if (prTitleSearchWords(pattern).isEmpty())
        return TrPrTitle::tr("The PR title pattern “%1” has no words before {n}.").arg(pattern);
    return {};
}

PrTitleParser::PrTitleParser(const QStringList &patterns, QStringView editionPrefix)
    : PrTitleParser(editionPrefix)
{
    static const QRegularExpression article(u"\\bArticles?\\b"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fundable(u"\\bFundable\\b"_s, QRegularExpression::CaseInsensitiveOption);
    for (const QString &text : patterns) {
        if (!prTitlePatternProblem(text).isEmpty())
            continue;
        Pattern p;
        p.text = text;
        const QString before = normaliseClaimText(QStringView(text).left(text.indexOf(u"{n}"))).trimmed();
        p.re = QRegularExpression(patternExpression(before), QRegularExpression::CaseInsensitiveOption);
        p.re.optimize();
        if (article.match(text).hasMatch())
            p.kind = PrTitleRef::Kind::Article;
        else if (fundable.match(text).hasMatch())
            p.kind = PrTitleRef::Kind::Fundable;
        m_patterns.append(p);
    }
}

PrTitleRef PrTitleParser::parseWithPatterns(QStringView title) const
{
    static const QRegularExpression partAtEndRe(u"(multi)?-[ \\t]*part[ \\t]*[0-9]*[ \\t.。]*$"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression revertRe(u"^[ \\t]*Revert[ \\t\"':]"_s, QRegularExpression::CaseInsensitiveOption);
    const QString t = normaliseClaimText(title);
    std::optional<PrTitleRef> firstProblem;
    for (int i = 0; i < m_patterns.size(); ++i) {
        auto it = m_patterns[i].re.globalMatch(t);
        while (it.hasNext()) {
            const auto m = it.next();
            const TaskNumberList list = readTaskNumbers(QStringView(t).mid(m.capturedEnd()));
            const QStringView after = QStringView(t).mid(m.capturedEnd() + list.length).trimmed();
            if (list.numbers.isEmpty() || !list.reason.isEmpty() || looksLikeMoreNumbers(after)) {
                if (!firstProblem)
                    firstProblem = malformed(
                        !list.reason.isEmpty()
                            ? list.reason
                            : TrPrTitle::tr("No task number after “%1”; the format is %2.")
                                  .arg(m.captured(0).trimmed(), QString(m_patterns[i].text).replace(u"{n}"_s, u"9"_s)));
                continue;
            }
            if (revertRe.match(t).hasMatch())
                return malformed(TrPrTitle::tr("A revert of a task PR; it does not count as work on the task."));
            PrTitleRef ref;
            ref.kind = m_patterns[i].kind;
            ref.numbers = list.numbers;
            ref.pattern = i;
            const auto part = partAtEndRe.match(t);
            ref.partial = (part.hasMatch() && !part.hasCaptured(1)) ||
                          QRegularExpression(u"^[ \\t]*-[ \\t]*part"_s, QRegularExpression::CaseInsensitiveOption)
                              .match(after)
                              .hasMatch();
            return ref;
        }
    }
    if (firstProblem && !isPageEdit(t))
        return *firstProblem;
    return {};
}

PrTitleParser::PrTitleParser(QStringView editionPrefix)
    : m_prefix(editionPrefix.toString())
{
    QString pattern;
    const QStringList words = normaliseClaimText(editionPrefix).split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!pattern.isEmpty())
            pattern += u"[ \\t]*"_s;
        pattern += QRegularExpression::escape(word);
    }
    if (!pattern.isEmpty()) {
        m_prefixRe = QRegularExpression(u"(?<![A-Za-z0-9])"_s + pattern + u"(?![A-Za-z0-9])"_s,
                                        QRegularExpression::CaseInsensitiveOption);
        m_prefixRe.optimize();
    }
}

PrTitleRef PrTitleParser::parse(QStringView title) const
{
    // What may stand between the prefix and the numbers: a kind, a project number, "No.".
    static const QRegularExpression tagRe(
        u"[ \\t]*(?:[】\\])〕][ \\t]*(?=No|#|Article|Fundable))?[ \\t]*[-:]?[ \\t]*"
        u"(?:(Articles?)|(Fundable(?:[ \\t]*Projects?)?)(?:[ \\t]*([0-9]+)(?=[ \\t]*(?:No|#)))?)?"
        u"[ \\t]*(?:No[ \\t]*[.:]?|#)?[ \\t]*"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression partAtEndRe(u"(multi)?-[ \\t]*part[ \\t]*[0-9]*[ \\t.。]*$"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression partInTagRe(u"^[ \\t]*-[ \\t]*part"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression revertRe(u"^[ \\t]*Revert[ \\t\"':]"_s, QRegularExpression::CaseInsensitiveOption);

    if (!m_patterns.isEmpty())
        return parseWithPatterns(title);
    if (m_prefixRe.pattern().isEmpty())
        return {};
    const QString t = normaliseClaimText(title);
    const auto prefix = m_prefixRe.match(t);
    if (!prefix.hasMatch())
        return {};
    if (revertRe.match(t).hasMatch())
        return malformed(TrPrTitle::tr("A revert of a task PR; it does not count as work on the task."));

    const auto tag = tagRe.match(t, prefix.capturedEnd(), QRegularExpression::NormalMatch,
                                 QRegularExpression::AnchorAtOffsetMatchOption);
    const qsizetype listStart = tag.capturedEnd();
    const TaskNumberList list = readTaskNumbers(QStringView(t).mid(listStart));
    if (!list.reason.isEmpty())
        return malformed(list.reason);
    if (list.numbers.isEmpty()) {
        if (isPageEdit(t))
            return {};
        return malformed(TrPrTitle::tr("No task number after \"%1\"; the format is 【%1 No.9】.").arg(m_prefix));
    }
    const QStringView after = QStringView(t).mid(listStart + list.length);
    if (looksLikeMoreNumbers(after.trimmed()))
        return malformed(TrPrTitle::tr("Cannot read the task numbers in \"%1\".")
                             .arg(QStringView(t).mid(prefix.capturedStart()).left(40)));

    PrTitleRef ref;
    ref.numbers = list.numbers;
    if (tag.hasCaptured(1)) {
        ref.kind = PrTitleRef::Kind::Article;
    } else if (tag.hasCaptured(3)) {
        ref.kind = PrTitleRef::Kind::FundableSubtask;
        const QStringView project = tag.capturedView(3);
        ref.project = project.size() > 6 ? MaxTaskNumber + 1 : project.toInt();
        if (ref.project < 1 || ref.project > MaxTaskNumber)
            return malformed(TrPrTitle::tr("Fundable project number %1 is out of range.").arg(project));
    } else if (tag.hasCaptured(2)) {
        ref.kind = PrTitleRef::Kind::Fundable;
    } else {
        ref.kind = PrTitleRef::Kind::Task;
    }
    const auto part = partAtEndRe.match(t);
    ref.partial = (part.hasMatch() && !part.hasCaptured(1)) || partInTagRe.match(after).hasMatch();
    return ref;
}

PrTitleRef parsePrTitle(QStringView title, QStringView editionPrefix)
{
    // Callers read many titles of one edition: keep the last parser.
    thread_local std::optional<PrTitleParser> parser;
    if (!parser || parser->editionPrefix() != editionPrefix)
        parser.emplace(editionPrefix);
    return parser->parse(title);
}

} // namespace hd
