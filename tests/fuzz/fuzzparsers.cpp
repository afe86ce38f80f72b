#include "fuzzcommon.h"
#include "fuzzentries.h"

#include "io/csv.h"
#include "model/error.h"
#include "parsing/claimcomment.h"
#include "parsing/issuemarkdown.h"
#include "parsing/prtitle.h"

#include <algorithm>

// The readers of text (no database): issue tables, claim comments, PR titles, CSV.

using namespace Qt::StringLiterals;

namespace hd::fuzz {

namespace {

void checkNumbers(const QList<int> &list, int max, const char *what)
{
    check(std::is_sorted(list.begin(), list.end()), what);
    check(std::adjacent_find(list.begin(), list.end()) == list.end(), what);
    for (const int n : list)
        check(n >= 1 && n <= max, what);
}

} // namespace

void issueTable(const uint8_t *data, size_t size)
{
    const QString markdown = text(data, size);
    for (const TrackKind kind : {TrackKind::Tasks, TrackKind::Camp, TrackKind::Articles, TrackKind::Fundable}) {
        const IssueTaskList list = parseIssueBody(markdown, kind);
        for (const IssueTask &task : list.tasks)
            check(task.number >= 1, "a task row without a number");
        // What was read can be written again and reads back with the same tasks.
        const IssueTaskList again = parseIssueBody(writeIssueBody(list, kind), kind);
        check(again.tasks.size() == list.tasks.size(), "an issue table written does not read back");
    }
    parseIssueStars(markdown);
}

void claimComment(const uint8_t *data, size_t size)
{
    const ClaimComment r = parseClaimComment(text(data, size));
    switch (r.kind) {
    case ClaimComment::Kind::None:
        check(r.numbers.isEmpty() && r.reason.isEmpty(), "no claim with numbers or a reason");
        break;
    case ClaimComment::Kind::Claim:
    case ClaimComment::Kind::Submit:
        check(!r.numbers.isEmpty() && r.reason.isEmpty(), "a claim without numbers");
        break;
    case ClaimComment::Kind::Unreadable:
        check(r.numbers.isEmpty() && !r.reason.isEmpty(), "an unreadable claim without its reason");
        break;
    }
    for (const QList<int> &list : {r.numbers, r.otherWishes}) {
        check(list.size() <= MaxNumbersPerClaim, "too many numbers");
        checkNumbers(list, MaxTaskNumber, "claim numbers out of order or range");
    }
}

void prTitle(const uint8_t *data, size_t size)
{
    const QString title = text(data, size);
    const PrTitleRef r = parsePrTitle(title, u"Hackathon 6th"_s);
    checkNumbers(r.numbers, MaxTaskNumber, "PR title numbers out of order or range");
    check((r.kind == PrTitleRef::Kind::Malformed) == !r.reason.isEmpty(), "a reason only when malformed");
    check(r.kind != PrTitleRef::Kind::None || r.numbers.isEmpty(), "numbers in a title of no task");
    check(parsePrTitle(title, {}).kind == PrTitleRef::Kind::None, "an empty prefix finds a task");
}

void csv(const uint8_t *data, size_t size)
{
    QList<CsvRecord> records;
    try {
        records = parseCsv(bytes(data, size), u"fuzz.csv"_s);
    } catch (const Error &) {
        return;
    }
    QList<QStringList> fields;
    for (const CsvRecord &r : records) {
        check(!r.fields.isEmpty() && r.line >= 1, "an empty record or a record without its line");
        fields.append(r.fields);
    }
    QList<CsvRecord> again;
    try {
        again = parseCsv(writeCsv(fields));
    } catch (const Error &) {
        broken("written CSV does not parse");
    }
    check(again.size() == records.size(), "written CSV has another number of records");
    for (qsizetype i = 0; i < again.size(); ++i)
        check(again[i].fields == records[i].fields, "written CSV reads back with other fields");
}

} // namespace hd::fuzz
