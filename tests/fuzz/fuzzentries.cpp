#include "fuzzentries.h"

#include "demo/demoevent.h"
#include "github/clock.h"
#include "github/httptransport.h"
#include "github/sync.h"
#include "io/csv.h"
#include "judging/judgepacket.h"
#include "model/error.h"
#include "parsing/claimcomment.h"
#include "parsing/issuemarkdown.h"
#include "parsing/prtitle.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace hd::fuzz {

namespace {

// Stops the run with a message: libFuzzer and the regression test both report the input.
[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

void check(bool ok, const char *what)
{
    if (!ok)
        broken(what);
}

QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "hackdesk_fuzz";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv); // never deleted: it outlives every Qt object of the run
}

void checkNumbers(const QList<int> &list, int max, const char *what)
{
    check(std::is_sorted(list.begin(), list.end()), what);
    check(std::adjacent_find(list.begin(), list.end()) == list.end(), what);
    for (const int n : list)
        check(n >= 1 && n <= max, what);
}

// Answers the sync's GETs with the parts of the input, in order: parts are separated by a line "=====";
// a part may start with a line "link: <url>; rel=\"next\"", sent as its Link header. After the last part
// every request gets an empty list.
class ScriptedTransport final : public HttpTransport
{
public:
    explicit ScriptedTransport(const QByteArray &script)
        : m_parts(splitOnLines(script))
    {
    }

    HttpResponse get(const HttpRequest &request, const CancelToken &cancel) override
    {
        Q_UNUSED(request)
        Q_UNUSED(cancel)
        HttpResponse r;
        r.status = 200;
        r.headers.insert("content-type", "application/json");
        if (m_next >= m_parts.size() || ++m_requests > 200) {
            r.body = "[]";
            return r;
        }
        QByteArray part = m_parts.at(m_next++);
        if (part.startsWith("link: ")) {
            const qsizetype end = part.indexOf('\n');
            r.headers.insert("link", part.mid(6, end < 0 ? -1 : end - 6));
            part = end < 0 ? QByteArray() : part.mid(end + 1);
        }
        r.body = part;
        return r;
    }

private:
    static QList<QByteArray> splitOnLines(const QByteArray &script)
    {
        QList<QByteArray> parts;
        QByteArray current;
        for (const QByteArray &line : script.split('\n')) {
            if (line == "=====") {
                parts.append(current);
                current.clear();
            } else {
                if (!current.isEmpty())
                    current += '\n';
                current += line;
            }
        }
        parts.append(current);
        return parts;
    }

    QList<QByteArray> m_parts;
    qsizetype m_next = 0;
    int m_requests = 0;
};

// One event for every sync of the run, with only the tasks track's issue to read.
const Database &syncEvent()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Database> db;
    if (!db) {
        db = std::make_unique<Database>(dir.filePath(u"fuzz.sqlite"_s));
        initEvent(*db);
        EventRepository events(*db);
        events.setSetting(u"github.api-url"_s, u"http://127.0.0.1:9/"_s);
        for (const Track &t : events.tracks())
            events.setSetting(u"track.%1.issue"_s.arg(t.id), QString());
        const Track tasks = events.resolveTrack(u"tasks"_s);
        events.setSetting(u"track.%1.issue"_s.arg(tasks.id), u"PaddlePaddle/Paddle#62905"_s);
    }
    return *db;
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

void githubJson(const uint8_t *data, size_t size)
{
    ensureApplication();
    const Database &db = syncEvent();
    SyncOptions options;
    options.full = true;
    options.maxRetries = 0;
    options.backoffMs = 0;
    options.maxWaitMs = 0;
    ScriptedTransport transport(bytes(data, size));
    ManualClock clock(QDateTime(QDate(2024, 4, 20), QTime(12, 0), QTimeZone::utc()));
    try {
        runSync(db, options, transport, clock);
    } catch (const Error &) {
    }
}

void judgePacket(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    QByteArray mac;
    try {
        const JudgePacket packet = JudgePacket::parse(input, u"fuzz.hdjudge"_s, &mac);
        // What parsed is what HackDesk writes: written again (with a MAC of its own key), it reads back.
        try {
            JudgePacket::fromBytes(packet.toBytes(), u"again.hdjudge"_s);
        } catch (const Error &) {
            broken("a packet that parsed does not read back once written");
        }
    } catch (const Error &) {
    }
    try {
        JudgePacket::fromBytes(input, u"fuzz.hdjudge"_s);
    } catch (const Error &) {
    }
}

} // namespace hd::fuzz
