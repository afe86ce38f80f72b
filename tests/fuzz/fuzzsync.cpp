#include "fuzzcommon.h"
#include "fuzzentries.h"

#include "demo/demoevent.h"
#include "github/clock.h"
#include "github/httptransport.h"
#include "github/sync.h"
#include "judging/judgepacket.h"
#include "model/error.h"
#include "services/editionprofile.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

// The readers that need the rest of the core: GitHub's replies (a whole sync), judge packets and edition
// profiles.

using namespace Qt::StringLiterals;

namespace hd::fuzz {

namespace {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "hackdesk_fuzz";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv); // never deleted: it outlives every Qt object of the run
}

// Answers the sync's GETs with the parts of the input, in order: parts are separated by a line "=====";
// a part may start with a line "link: <url>; rel=\"next\"", sent as its Link header. After the last part
// every request gets an empty list.
class ScriptedTransport final : public HttpTransport
{
public:
    explicit ScriptedTransport(const QByteArray &script)
        : m_parts(splitOnLines(script))
    {}

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
    // Never destroyed: it would close its connection after Qt's SQL driver registry is gone at exit.
    static Database *db = nullptr;
    if (!db) {
        db = new Database(dir.filePath(u"fuzz.sqlite"_s));
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

void editionProfile(const uint8_t *data, size_t size)
{
    EditionProfile profile;
    try {
        profile = EditionProfile::read(bytes(data, size));
    } catch (const Error &) {
        return;
    }
    // What was read, written, reads back and is written the same: every setting and field survives.
    const QByteArray written = profile.write();
    QByteArray again;
    try {
        again = EditionProfile::read(written).write();
    } catch (const Error &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        broken("a profile that was read does not read back once written");
    }
    if (again != written) {
        std::fprintf(stderr, "written:\n%s\nagain:\n%s\n", written.constData(), again.constData());
        broken("a profile written and read back is written differently");
    }
}

} // namespace hd::fuzz
