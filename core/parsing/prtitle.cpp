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

} // namespace

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
    if (list.numbers.isEmpty())
        return malformed(TrPrTitle::tr("No task number after \"%1\"; the format is 【%1 No.9】.").arg(m_prefix));
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
