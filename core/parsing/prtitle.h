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

    bool operator==(const PrTitleRef &) const = default;
};

PrTitleRef parsePrTitle(QStringView title, QStringView editionPrefix);

// Reads many titles of one edition without rebuilding the prefix's pattern each time.
class PrTitleParser
{
public:
    explicit PrTitleParser(QStringView editionPrefix);

    PrTitleRef parse(QStringView title) const;
    const QString &editionPrefix() const { return m_prefix; }

private:
    QString m_prefix;
    QRegularExpression m_prefixRe; // invalid when the prefix is empty
};

} // namespace hd
