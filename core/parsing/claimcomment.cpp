#include "claimcomment.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct TrClaimComment
{
    Q_DECLARE_TR_FUNCTIONS(ClaimComment)
};

// One item of a list: "5", "No.5", "#5", "第5题", "2-5", "2 ~ 5", "2到5".
const QRegularExpression &itemRe()
{
    static const QRegularExpression re(
        u"[ \\t]*(?:No[ \\t]*[.:]?|#|第)?[ \\t]*([0-9]+)"
        u"(?:[ \\t]*(?:-|~|到|至)[ \\t]*(?:No[ \\t]*[.:]?|#|第)?[ \\t]*([0-9]+))?(?:[ \\t]*[题号])?"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// What may stand between two items.
const QRegularExpression &separatorRe()
{
    static const QRegularExpression re(u"[ \\t,/+&和及与]*"_s);
    return re;
}

// Parses a run of ASCII digits; numbers too long for an int come back as MaxTaskNumber + 1.
int toNumber(QStringView digits)
{
    if (digits.size() > 6)
        return MaxTaskNumber + 1;
    return digits.toInt();
}

QString outOfRange(int n)
{
    if (n > MaxTaskNumber)
        return TrClaimComment::tr("Task number %1 is too large (at most %2).").arg(n).arg(MaxTaskNumber);
    return TrClaimComment::tr("Task number %1 does not exist: task numbers start at 1.").arg(n);
}

QList<int> sortedUnique(QList<int> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    return numbers;
}

void addAll(QList<int> &to, const QList<int> &from)
{
    to += from;
    to = sortedUnique(std::move(to));
}

enum class Keyword { None, Claim, Submit, OtherWishes };

// A claim line's keyword and the text after it.
struct KeywordLine
{
    Keyword keyword = Keyword::None;
    QString rest;
    bool attempt = false; // clearly meant as a claim line, even without numbers
};

// The keywords as the parser uses them: whether the 报名 family is on, and the other words, folded.
struct KeywordSet
{
    bool chineseClaim = true;
    QStringList others; // normalised, lower case
};

KeywordSet keywordSet(const ClaimKeywords &keywords)
{
    KeywordSet set;
    if (keywords.words.isEmpty())
        return set;
    set.chineseClaim = false;
    for (const QString &word : keywords.words) {
        if (word.contains(u"报名"))
            set.chineseClaim = true;
        else
            set.others.append(normaliseClaimText(word).trimmed().toLower());
    }
    return set;
}

KeywordLine readKeywordLine(const QString &line, const KeywordSet &keywords)
{
    // What may come before the keyword at the start of a line: bullets and @mentions.
    static const QRegularExpression startRe(
        u"^[ \\t]*(?:[-+][ \\t]+)?(?:@[A-Za-z0-9][A-Za-z0-9-]*(?:\\[bot\\])?[ \\t,:]*)*"_s);
    static const QRegularExpression keywordRe(
        u"([【\\[(〔〖][ \\t]*)?(报名|提交|其他意向)([ \\t]*[】\\])〕〗])?[ \\t]*(:)?[ \\t]*"_s);

    const auto start = startRe.match(line);
    // The event's own keywords first: "/claim 3", "Claim: 3-5".
    for (const QString &word : keywords.others) {
        const QStringView rest = QStringView(line).mid(start.capturedLength());
        if (!rest.startsWith(word, Qt::CaseInsensitive))
            continue;
        const QStringView after = rest.mid(word.size());
        if (!after.isEmpty() && after.front().isLetter() && word.back().isLetter())
            continue; // "claimed" is not "claim"
        KeywordLine result;
        result.keyword = Keyword::Claim;
        result.attempt = true;
        QStringView r = after.trimmed();
        if (r.startsWith(u':'))
            r = r.mid(1).trimmed();
        result.rest = r.toString();
        return result;
    }
    auto it = keywordRe.globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        const bool atStart = m.capturedStart() == start.capturedLength();
        const bool bracketed = m.hasCaptured(1) || m.hasCaptured(3);
        const bool colon = m.hasCaptured(4);
        KeywordLine result;
        result.rest = line.mid(m.capturedEnd()).trimmed();
        const TaskNumberList list = readTaskNumbers(result.rest);
        const bool listFollows = list.length > 0 || !list.reason.isEmpty();
        if (bracketed)
            result.attempt = atStart || listFollows;
        else
            result.attempt = atStart && (colon || listFollows || result.rest.isEmpty());
        if (!result.attempt)
            continue;
        const QStringView word = m.capturedView(2);
        if (word == u"报名" && !keywords.chineseClaim)
            continue;
        if (word == u"报名")
            result.keyword = Keyword::Claim;
        else if (word == u"提交")
            result.keyword = Keyword::Submit;
        else
            result.keyword = Keyword::OtherWishes;
        return result;
    }
    return {};
}

// The list a whole line consists of ("1、2", "36"), or an empty list.
QList<int> bareList(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.front() < u'0' || t.front() > u'9')
        return {};
    const TaskNumberList list = readTaskNumbers(t);
    if (!list.reason.isEmpty() || list.length != t.size())
        return {};
    return list.numbers;
}

// The comment's lines that speak for its author: no quotes, no code blocks, no empty lines.
QStringList ownLines(const QString &text)
{
    QStringList lines;
    bool inFence = false;
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.startsWith(u"```") || line.startsWith(u"~~~")) {
            inFence = !inFence;
            continue;
        }
        if (inFence || line.startsWith(u'>'))
            continue;
        if (line.size() > 4 && line.startsWith(u"~~") && line.endsWith(u"~~"))
            continue; // struck through: withdrawn
        QString own = line;
        own.remove(u'*').remove(u'`'); // Markdown emphasis and code spans
        if (!own.trimmed().isEmpty())
            lines += own.trimmed();
    }
    return lines;
}

ClaimComment unreadable(QString reason)
{
    ClaimComment c;
    c.kind = ClaimComment::Kind::Unreadable;
    c.reason = std::move(reason);
    return c;
}

QString keywordText(Keyword keyword)
{
    switch (keyword) {
    case Keyword::Claim:
        return u"【报名】"_s;
    case Keyword::Submit:
        return u"【提交】"_s;
    case Keyword::OtherWishes:
        return u"【其他意向】"_s;
    case Keyword::None:
        break;
    }
    return {};
}

QString cleanLogin(QStringView login)
{
    QStringView l = login.trimmed();
    while (l.startsWith(u'@'))
        l = l.mid(1);
    return l.toString();
}

} // namespace

QString normaliseClaimText(QStringView text)
{
    const QString folded = text.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        switch (c.unicode()) {
        case 0x3001: // 、
        case u';':
            out += u',';
            break;
        case 0x2010: // ‐
        case 0x2011: // non-breaking hyphen
        case 0x2012: // ‒
        case 0x2013: // –
        case 0x2014: // —
        case 0x2015: // ―
        case 0x2212: // −
        case 0x30FC: // ー, typed for a dash by Japanese input methods
            out += u'-';
            break;
        case 0x301C: // 〜
        case 0x223C: // ∼
            out += u'~';
            break;
        case 0x200B: // zero-width characters
        case 0x200C:
        case 0x200D:
        case 0x2060:
        case 0xFEFF:
        case u'\r':
            break;
        case u'\t':
            out += u' ';
            break;
        default:
            out += c;
        }
    }
    return out;
}

TaskNumberList readTaskNumbers(QStringView normalisedText)
{
    TaskNumberList result;
    QList<int> numbers;
    qsizetype pos = 0;
    qsizetype end = 0;
    const auto fail = [&result](QString reason) {
        result.numbers.clear();
        result.reason = std::move(reason);
        return result;
    };
    while (true) {
        const auto item = itemRe().match(normalisedText, pos, QRegularExpression::NormalMatch,
                                         QRegularExpression::AnchorAtOffsetMatchOption);
        if (!item.hasMatch())
            break;
        // "【报名】：5 6月完成": a later item glued to a word is that word's, not a task number.
        if (!numbers.isEmpty() && item.capturedEnd() < normalisedText.size() &&
            normalisedText.at(item.capturedEnd()).isLetterOrNumber())
            break;
        end = item.capturedEnd();
        result.length = end;
        const int from = toNumber(item.capturedView(1));
        const int to = item.hasCaptured(2) ? toNumber(item.capturedView(2)) : from;
        for (const int n : {from, to})
            if (n < 1 || n > MaxTaskNumber)
                return fail(outOfRange(n));
        if (to < from)
            return fail(TrClaimComment::tr("The range %1-%2 runs backwards.").arg(from).arg(to));
        if (to - from + 1 > MaxNumbersPerClaim)
            return fail(TrClaimComment::tr("The range %1-%2 names more than %3 tasks.")
                            .arg(from)
                            .arg(to)
                            .arg(MaxNumbersPerClaim));
        for (int n = from; n <= to; ++n)
            numbers += n;
        numbers = sortedUnique(std::move(numbers));
        if (numbers.size() > MaxNumbersPerClaim)
            return fail(TrClaimComment::tr("More than %1 task numbers.").arg(MaxNumbersPerClaim));
        const auto sep = separatorRe().match(normalisedText, end, QRegularExpression::NormalMatch,
                                             QRegularExpression::AnchorAtOffsetMatchOption);
        pos = end + sep.capturedLength();
        if (pos >= normalisedText.size())
            break;
    }
    result.numbers = std::move(numbers);
    return result;
}

bool looksLikeMoreNumbers(QStringView normalisedText)
{
    static const QRegularExpression re(u"^[.\\-~][ \\t]*[0-9]"_s);
    return re.match(normalisedText).hasMatch();
}

ClaimKeywords ClaimKeywords::fromSetting(QStringView value)
{
    ClaimKeywords k;
    for (QStringView w : value.split(u';', Qt::SkipEmptyParts))
        if (!w.trimmed().isEmpty())
            k.words.append(w.trimmed().toString());
    return k;
}

QString ClaimKeywords::first() const
{
    return words.isEmpty() ? u"【报名】"_s : words.first();
}

ClaimComment parseClaimComment(QStringView body, const ClaimKeywords &keywords)
{
    const QStringList lines = ownLines(normaliseClaimText(body));
    const KeywordSet set = keywordSet(keywords);

    ClaimComment result;
    Keyword mainKeyword = Keyword::None;
    bool sawOtherWishes = false;
    QList<int> bare;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.contains(u"不接受调剂"))
            result.noReassignment = true;
        KeywordLine k = readKeywordLine(line, set);
        if (!k.attempt) {
            bare += bareList(line);
            continue;
        }
        // "【报名】" alone on its line: the numbers are on the next one.
        if (k.rest.isEmpty() && i + 1 < lines.size() && readTaskNumbers(lines.at(i + 1)).length > 0)
            k.rest = lines.at(++i);
        const TaskNumberList list = readTaskNumbers(k.rest);
        if (!list.reason.isEmpty())
            return unreadable(list.reason);
        const QStringView after = QStringView(k.rest).mid(list.length).trimmed();
        if (looksLikeMoreNumbers(after))
            return unreadable(TrClaimComment::tr("Cannot read \"%1\" after %2.").arg(k.rest, keywordText(k.keyword)));
        if (k.keyword == Keyword::OtherWishes) {
            sawOtherWishes = true;
            addAll(result.otherWishes, list.numbers);
            continue;
        }
        if (list.numbers.isEmpty())
            return unreadable(TrClaimComment::tr("No task number after %1; the format is 【报名】: task number.")
                                  .arg(keywordText(k.keyword)));
        if (mainKeyword != Keyword::None && mainKeyword != k.keyword)
            return unreadable(
                TrClaimComment::tr("The comment both claims (报名) and submits (提交); use one comment each."));
        mainKeyword = k.keyword;
        addAll(result.numbers, list.numbers);
        if (result.numbers.size() > MaxNumbersPerClaim)
            return unreadable(TrClaimComment::tr("More than %1 task numbers.").arg(MaxNumbersPerClaim));
    }

    if (mainKeyword == Keyword::None) {
        if (sawOtherWishes)
            return unreadable(TrClaimComment::tr("【其他意向】 without 【报名】: name the project applied for first."));
        if (bare.isEmpty())
            return ClaimComment{}; // chat
        // "1、2": maybe meant as a claim, but without the keyword it is not one.
        return unreadable(TrClaimComment::tr("Task numbers without %1 before them; the format is %1: task number.")
                              .arg(keywords.first()));
    }
    result.kind = mainKeyword == Keyword::Submit ? ClaimComment::Kind::Submit : ClaimComment::Kind::Claim;
    return result;
}

ReplyLanguage replyLanguageFromSetting(QStringView value)
{
    return value.trimmed().startsWith(u"en", Qt::CaseInsensitive) ? ReplyLanguage::English : ReplyLanguage::Chinese;
}

QString botReplyBadFormat(QStringView login, const QString &keyword, ReplyLanguage language)
{
    if (language == ReplyLanguage::English)
        return u"@%1 Please check the format of your claim; it is: %2 task number"_s.arg(
            cleanLogin(login), keyword.isEmpty() ? u"/claim"_s : keyword);
    return u"@%1 请检查报名格式，正确的格式为%2: 题目编号"_s.arg(cleanLogin(login),
                                                                  keyword.isEmpty() ? u"【报名】"_s : keyword);
}

QString botReplyUnknownTask(QStringView login, int number, ReplyLanguage language)
{
    if (language == ReplyLanguage::English)
        return u"@%1 Task %2 does not exist"_s.arg(cleanLogin(login), QString::number(number));
    return u"@%1 PR赛题编号【%2】不存在"_s.arg(cleanLogin(login), QString::number(number));
}

QString botReplyRemovedTask(QStringView login, int number, ReplyLanguage language)
{
    if (language == ReplyLanguage::English)
        return u"@%1 Sorry, task %2 was removed"_s.arg(cleanLogin(login), QString::number(number));
    return u"@%1 抱歉，赛题【%2】已删除"_s.arg(cleanLogin(login), QString::number(number));
}

QString botReplyTakenTask(QStringView login, int number, ReplyLanguage language)
{
    if (language == ReplyLanguage::English)
        return u"@%1 Sorry, task %2 is already completed or locked"_s.arg(cleanLogin(login), QString::number(number));
    return u"@%1 抱歉，赛题【%2】已完成或已锁定"_s.arg(cleanLogin(login), QString::number(number));
}

} // namespace hd
