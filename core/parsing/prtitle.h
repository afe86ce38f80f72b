#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

// Reading which tasks a pull request is for from its title: "【Hackathon 6th No.9】Add cartesian_prod API".
// Pure: text in, a result out. The edition prefix ("Hackathon 6th") is a setting of the event.
//
// Decisions:
// - The title is folded like a claim comment first (full-width forms, dashes, 、 as a comma), so
//   "（Hackathon 6th No．9）" reads like "(Hackathon 6th No.9)". Any bracket may surround the tag, or none.
// - The prefix is found anywhere, without case, with any spacing between its words ("hackathon  6TH"),
//   but not inside a longer word or number ("Hackathon 16th" is not "Hackathon 6th").
// - After the prefix: an optional kind ("Article", "Fundable Projects" with an optional project number
//   before "No"), an optional "No." / "No:" / "#" in any case, then a list of task numbers as in
//   claim comments ("24、26-28、30"). "【Hackathon 6th】No.9 …" is tolerated.
// - Partial: the title ends with "-part" (any case, spaces around the dash, an optional number after
//   it: "-part2"), or the tag itself ends with it ("No.9-part"). "multi-part" is an ordinary word.
// - Malformed: the prefix is there but no task number follows, the list is wrong (0, backwards, too
//   many) or runs on into something number-like ("No.9.5"). A GitHub revert ("Revert "【Hackathon …")
//   is Malformed too: it must not count as work on the task, but staff should see it.
// - An empty prefix finds nothing: every title is None.
// - Patterns (setting github.pr-titles, ';'-separated, "{n}" where the numbers stand:
//   "【Hackathon 7th PPSCI No.{n}】;【Hackathon 7th No.{n}】", "[Sprint #{n}]") replace the prefix when set.
//   Each is matched with the same tolerance: any bracket or none, any spacing, "No." in any case and
//   with or without its dot, its words not inside longer words or numbers. The first pattern whose text
//   is followed by task numbers wins (PrTitleRef::pattern); one whose text is there without numbers
//   makes the title Malformed. A pattern naming "Article" or "Fundable" gives that kind.
// - Organiser PRs that edit the event's pages ("Update 【Hackathon 6th】….md") are None, not Malformed.

namespace hd {

// The tasks a PR title refers to.
struct PrTitleRef
{
    enum class Kind {
        None,            // the title does not mention the edition
        Task,            // 【Hackathon 6th No.9】
        Article,         // 【Hackathon 6th Article No.3】
        Fundable,        // 【Hackathon 6th Fundable Projects No.1】
        FundableSubtask, // 【Hackathon 6th Fundable Projects 4 No.3、5】: project 4, sub-tasks 3 and 5
        Malformed        // mentions the edition but cannot be read: see reason
    };

    Kind kind = Kind::None;
    QList<int> numbers;   // sorted and unique
    int project = 0;      // FundableSubtask: the fundable project's number
    bool partial = false; // ends with "-part": a partial contribution
    QString reason;       // Malformed: what is wrong, translated
    int pattern = -1;     // with patterns: the index of the one that matched

    bool operator==(const PrTitleRef &) const = default;
};

PrTitleRef parsePrTitle(QStringView title, QStringView editionPrefix);

// The patterns of a github.pr-titles setting value: ';'-separated, blanks dropped.
QStringList prTitlePatterns(QStringView setting);
// What a PR search looks for to find the titles of a pattern: its words without brackets, "No." and
// "{n}" ("【Hackathon 7th PPSCI No.{n}】" → "Hackathon 7th PPSCI").
QString prTitleSearchWords(QStringView pattern);
// Why a pattern cannot be used (no "{n}", nothing before it), translated; empty when it is fine.
QString prTitlePatternProblem(QStringView pattern);

// Reads many titles of one edition without rebuilding the prefix's pattern each time.
class PrTitleParser
{
public:
    explicit PrTitleParser(QStringView editionPrefix);
    // With patterns (github.pr-titles) when there are any; else the prefix (github.prefix) as above.
    PrTitleParser(const QStringList &patterns, QStringView editionPrefix);

    PrTitleRef parse(QStringView title) const;
    const QString &editionPrefix() const { return m_prefix; }

private:
    struct Pattern
    {
        QString text;
        QRegularExpression re; // the text before "{n}", tolerant
        PrTitleRef::Kind kind = PrTitleRef::Kind::Task;
    };
    PrTitleRef parseWithPatterns(QStringView title) const;

    QString m_prefix;
    QRegularExpression m_prefixRe; // invalid when the prefix is empty
    QList<Pattern> m_patterns;
};

} // namespace hd
