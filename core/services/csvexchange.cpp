#include "csvexchange.h"

#include "manualclaims.h"
#include "model/currency.h"
#include "model/error.h"
#include "storage/programmerepository.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/taskrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvExchange)
};

// How many problems one error message lists before it only counts the rest.
constexpr int MaxListedProblems = 50;

// A bad row (or header) of an imported file.
struct Problem
{
    int line = 0;
    QString message;
};

// A data row: its line and its trimmed values by column name.
struct Row
{
    int line = 0;
    QHash<QString, QString> values;
    QStringList columns; // the header's, lower case: an optional column may be absent

    bool has(const QString &column) const { return columns.contains(column); }

    QString operator[](const QString &column) const { return values.value(column); }
};

[[noreturn]] void fail(const QString &source, const QList<Problem> &problems)
{
    const int count = int(problems.size());
    QString message = source.isEmpty()
                          ? Tr::tr("Nothing was imported: %n problem(s).", nullptr, count)
                          : Tr::tr("Nothing was imported from %1: %n problem(s).", nullptr, count).arg(source);
    for (int i = 0; i < count && i < MaxListedProblems; ++i)
        message += u'\n' + Tr::tr("line %1: %2").arg(problems[i].line).arg(problems[i].message);
    if (count > MaxListedProblems)
        message += u'\n' + Tr::tr("... and %n more.", nullptr, count - MaxListedProblems);
    throw Error(message);
}

// Free text as exported and imported: see spreadsheetText() in io/csv.h.
QString textCell(const QString &text)
{
    return spreadsheetText(text);
}

QString textValue(const QString &cell)
{
    return fromSpreadsheetText(cell);
}

std::optional<int> parseNumber(const QString &text)
{
    static const QRegularExpression re(u"^\\d{1,9}$"_s);
    if (!re.match(text).hasMatch())
        return std::nullopt;
    const int n = text.toInt();
    return n > 0 ? std::optional<int>(n) : std::nullopt;
}

std::optional<bool> parseFlag(const QString &text)
{
    const QString t = text.toLower();
    if (t.isEmpty() || t == u"0" || t == u"false" || t == u"no")
        return false;
    if (t == u"1" || t == u"true" || t == u"yes")
        return true;
    return std::nullopt;
}

QString flagText(bool flag)
{
    return flag ? u"1"_s : u"0"_s;
}

const QStringList statusKeys = {u"registered"_s, u"rfc"_s, u"design"_s, u"pr"_s, u"partial"_s, u"completed"_s};

std::optional<ClaimStatus> parseStatus(const QString &text)
{
    if (const auto s = claimStatusFromBadge(text))
        return s;
    const qsizetype i = statusKeys.indexOf(text.toLower());
    if (i < 0)
        return std::nullopt;
    return static_cast<ClaimStatus>(i);
}

// ISO 8601 and Excel's way of writing it; without an offset the time is in `zone`.
std::optional<QDateTime> parseDateTime(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression re(
        u"^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
        u"\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    QTimeZone tz = zone;
    if (const QString offset = m.captured(7); offset.compare(u"Z"_s, Qt::CaseInsensitive) == 0) {
        tz = QTimeZone::utc();
    } else if (!offset.isEmpty()) {
        const QString digits = offset.mid(1).remove(u':');
        const int seconds = digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60;
        if (seconds > 14 * 3600)
            return std::nullopt;
        tz = QTimeZone(offset.startsWith(u'-') ? -seconds : seconds);
    }
    const QDateTime dt(date, time, tz);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toTimeZone(zone);
}

// "1500" or "1500.50": an amount in the event's currency, as the cash column holds it.
QString cashText(Fen amount, const Currency &currency)
{
    QString s = amountText(amount, currency);
    if (const qsizetype dot = s.indexOf(u'.'); dot >= 0)
        s = s.leftJustified(dot + 1 + currency.minorDigits, u'0');
    return s;
}

Currency eventCurrency(const Database &db)
{
    return Currency::of(EventRepository(db).event().value_or(Event()).currency);
}

// The time zone the event's dates are written in; UTC when there is no event or the zone is unknown.
QTimeZone eventZone(const Database &db)
{
    if (const auto event = EventRepository(db).event()) {
        const QTimeZone zone(event->timeZone.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::utc();
}

// How exports name tracks: by kind, or by id when several tracks share the kind.
QHash<qint64, QString> trackLabels(const Database &db)
{
    const QList<Track> tracks = EventRepository(db).tracks();
    QHash<QString, int> perKind;
    for (const Track &t : tracks)
        ++perKind[trackKindKey(t.kind)];
    QHash<qint64, QString> labels;
    for (const Track &t : tracks)
        labels.insert(t.id, perKind.value(trackKindKey(t.kind)) == 1 ? trackKindKey(t.kind) : QString::number(t.id));
    return labels;
}

// Tracks resolved once per spelling, with the reason when there is no such track.
class TrackResolver
{
public:
    explicit TrackResolver(const Database &db)
        : m_events(db)
    {}

    std::optional<Track> resolve(const QString &idOrKind, QString *problem)
    {
        auto it = m_cache.find(idOrKind);
        if (it == m_cache.end()) {
            Entry e;
            try {
                e.track = m_events.resolveTrack(idOrKind);
            } catch (const StorageError &) {
                throw;
            } catch (const Error &error) {
                e.problem = error.message();
            }
            it = m_cache.insert(idOrKind, e);
        }
        if (!it->track)
            *problem = it->problem;
        return it->track;
    }

private:
    struct Entry
    {
        std::optional<Track> track;
        QString problem;
    };
    EventRepository m_events;
    QHash<QString, Entry> m_cache;
};

// Checks the header against the kind's columns and maps each record onto them.
QList<Row> tableRows(const QList<CsvRecord> &records, CsvKind kind, const QString &source)
{
    const QStringList columns = csvColumns(kind);
    if (records.isEmpty())
        fail(source, {{1, Tr::tr("the file is empty; its first line must be the header %1.").arg(columns.join(u','))}});

    const CsvRecord &header = records.first();
    QList<Problem> problems;
    QStringList names; // per field; empty for a column without a name
    QStringList unknown;
    for (const QString &field : header.fields) {
        const QString name = field.trimmed().toLower();
        if (!name.isEmpty() && names.contains(name))
            problems.append({header.line, Tr::tr("the column \"%1\" appears twice.").arg(name)});
        else if (!name.isEmpty() && !columns.contains(name))
            unknown.append(field.trimmed());
        names.append(name);
    }
    QStringList missing;
    const QStringList optional = csvOptionalColumns(kind);
    for (const QString &c : columns)
        if (!names.contains(c) && !optional.contains(c))
            missing.append(c);
    if (!unknown.isEmpty())
        problems.append({header.line, Tr::tr("unknown column(s) %1; the %2 columns are %3.")
                                          .arg(unknown.join(u", "_s), csvKindKey(kind), columns.join(u','))});
    if (!missing.isEmpty())
        problems.append({header.line, Tr::tr("missing column(s) %1; the first line must be the header %2.")
                                          .arg(missing.join(u", "_s), columns.join(u','))});
    if (!problems.isEmpty())
        fail(source, problems);

    // A row cut short would read its missing cells as empty (a task's stars 1 → 0): refused. Columns
    // without a name at the end of the header (a trailing comma) need no cells.
    qsizetype needed = names.size();
    while (needed > 0 && names[needed - 1].isEmpty())
        --needed;
    QList<Row> rows;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records[r];
        if (record.fields.size() < needed) {
            problems.append({record.line, Tr::tr("the row has %n field(s) but the header has %1; a cell is missing "
                                                 "(a row cut short?).",
                                                 nullptr, int(record.fields.size()))
                                              .arg(needed)});
            continue;
        }
        Row row{record.line, {}, names};
        bool empty = true;
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            const QString value = record.fields[i].trimmed();
            if (value.isEmpty())
                continue;
            empty = false;
            if (i >= names.size())
                problems.append(
                    {record.line,
                     Tr::tr("field %1 is beyond the header's %n column(s).", nullptr, int(names.size())).arg(i + 1)});
            else if (names[i].isEmpty())
                problems.append({record.line, Tr::tr("field %1 has a value but its column has no name.").arg(i + 1)});
            else
                row.values.insert(names[i], value);
        }
        if (!empty)
            rows.append(row);
    }
    if (!problems.isEmpty())
        fail(source, problems);
    return rows;
}

// Applies rows of one kind, collecting the problems of every row.
class Importer
{
public:
    Importer(const Database &db, const QString &source)
        : m_db(db)
        , m_source(source)
        , m_tracks(db)
    {}

    CsvImportResult run(CsvKind kind, const QList<Row> &rows)
    {
        Transaction tx(m_db);
        for (const Row &row : rows) {
            const qsizetype before = m_problems.size();
            try {
                switch (kind) {
                case CsvKind::Tasks:
                    importTask(row);
                    break;
                case CsvKind::Participants:
                    importParticipant(row);
                    break;
                case CsvKind::Claims:
                    importClaim(row);
                    break;
                case CsvKind::Applications:
                    importApplication(row);
                    break;
                case CsvKind::WeeklyReports:
                    importWeeklyReport(row);
                    break;
                case CsvKind::SubTasks:
                    importSubTask(row);
                    break;
                }
            } catch (const StorageError &) {
                throw; // the database itself failed: one cause, said once
            } catch (const Error &e) {
                // A refusal of the repositories; the row's own checks came first.
                if (m_problems.size() == before)
                    problem(row, e.message());
            }
        }
        if (!m_problems.isEmpty())
            fail(m_source, m_problems); // the transaction rolls back
        tx.commit();
        return m_result;
    }

private:
    void problem(const Row &row, const QString &message) { m_problems.append({row.line, message}); }

    // Checks a required field; false (with a problem) when it is empty.
    bool required(const Row &row, const QString &column)
    {
        if (!row[column].isEmpty())
            return true;
        problem(row, Tr::tr("%1 is empty.").arg(column));
        return false;
    }

    std::optional<Track> resolveTrack(const Row &row)
    {
        if (!required(row, u"track"_s))
            return std::nullopt;
        QString why;
        const auto t = m_tracks.resolve(row[u"track"_s], &why);
        if (!t)
            problem(row, why);
        return t;
    }

    std::optional<int> number(const Row &row, const QString &column)
    {
        if (!required(row, column))
            return std::nullopt;
        const auto n = parseNumber(row[column]);
        if (!n)
            problem(row, Tr::tr("%1 \"%2\" is not a positive whole number.").arg(column, row[column]));
        return n;
    }

    std::optional<QString> login(const Row &row)
    {
        if (!required(row, u"login"_s))
            return std::nullopt;
        QString l = row[u"login"_s];
        if (l.startsWith(u'@'))
            l = l.mid(1).trimmed();
        if (!isValidLogin(l)) {
            problem(row, Tr::tr("\"%1\" is not a GitHub login (letters, digits and single hyphens, at most 39).")
                             .arg(row[u"login"_s]));
            return std::nullopt;
        }
        return l;
    }

    std::optional<bool> flag(const Row &row, const QString &column)
    {
        const auto f = parseFlag(row[column]);
        if (!f)
            problem(row, Tr::tr("%1 \"%2\" is not one of 1, 0, true, false, yes, no.").arg(column, row[column]));
        return f;
    }

    void importTask(const Row &row)
    {
        const qsizetype before = m_problems.size();
        const auto track = resolveTrack(row);
        const auto num = number(row, u"number"_s);
        required(row, u"title"_s);
        Stars stars;
        if (const QString s = row[u"stars"_s]; s.startsWith(u'-')) {
            problem(row, Tr::tr("stars cannot be negative (%1).").arg(s));
        } else if (!s.isEmpty()) {
            if (const auto parsed = Stars::parse(s))
                stars = *parsed;
            else
                problem(row,
                        Tr::tr("stars \"%1\" is not a number of stars like 1 or 0.5 (at most three decimals).").arg(s));
        }
        std::optional<Fen> cash;
        if (const QString c = row[u"cash"_s]; c.startsWith(u'-')) {
            problem(row, Tr::tr("cash cannot be negative (%1).").arg(c));
        } else if (!c.isEmpty()) {
            const Currency currency = eventCurrency(m_db);
            cash = parseAmount(c, currency);
            if (!cash)
                problem(row, Tr::tr("cash \"%1\" is not an amount in %2 like 1500.").arg(c, currency.code));
        }
        const auto rfc = flag(row, u"rfc_required"_s);
        const auto locked = flag(row, u"locked"_s);
        const auto removed = flag(row, u"removed"_s);
        const auto atMost = flag(row, u"stars_at_most"_s);
        if (track && num) {
            const auto key = std::make_pair(track->id, *num);
            if (const auto it = m_taskLines.constFind(key); it != m_taskLines.cend())
                problem(row, Tr::tr("task No.%1 of track \"%2\" is already on line %3.")
                                 .arg(*num)
                                 .arg(row[u"track"_s])
                                 .arg(*it));
            else
                m_taskLines.insert(key, row.line);
        }
        if (m_problems.size() != before)
            return;

        TaskRepository tasks(m_db);
        const std::optional<Task> existing = tasks.byNumber(track->id, *num);
        Task t = existing.value_or(Task{});
        t.trackId = track->id;
        t.number = *num;
        t.title = textValue(row[u"title"_s]);
        t.url = textValue(row[u"url"_s]);
        t.directionId = EventRepository(m_db).ensureDirection(track->id, textValue(row[u"direction"_s]));
        t.stars = stars;
        if (row.has(u"stars_at_most"_s)) // an older file without the column keeps the bound
            t.starsAtMost = *atMost;
        t.cashFen = cash;
        t.rfcRequired = *rfc;
        t.locked = *locked;
        t.removed = *removed;
        if (!existing) {
            tasks.insert(t);
            ++m_result.added;
        } else if (t.title != existing->title || t.url != existing->url || t.directionId != existing->directionId ||
                   t.stars != existing->stars || t.starsAtMost != existing->starsAtMost ||
                   t.cashFen != existing->cashFen || t.rfcRequired != existing->rfcRequired ||
                   t.locked != existing->locked || t.removed != existing->removed) {
            tasks.update(t);
            ++m_result.updated;
        } else {
            ++m_result.unchanged;
        }
    }

    void importParticipant(const Row &row)
    {
        const qsizetype before = m_problems.size();
        const auto l = login(row);
        const QString email = textValue(row[u"email"_s]);
        if (!email.isEmpty() && !email.contains(u'@'))
            problem(row, Tr::tr("\"%1\" is not an e-mail address.").arg(email));
        if (l) {
            const QString key = normalisedLogin(*l);
            if (const auto it = m_loginLines.constFind(key); it != m_loginLines.cend()) {
                if (it->second == *l)
                    problem(row, Tr::tr("@%1 is already on line %2.").arg(*l).arg(it->first));
                else
                    problem(row, Tr::tr("@%1 is already on line %2 as @%3 (logins are the same whatever their case).")
                                     .arg(*l)
                                     .arg(it->first)
                                     .arg(it->second));
            } else {
                m_loginLines.insert(key, {row.line, *l});
            }
        }
        if (m_problems.size() != before)
            return;

        ParticipantRepository people(m_db);
        const std::optional<Participant> existing = people.byLogin(*l);
        if (existing && existing->login != *l) {
            problem(row, Tr::tr("@%1 is already in the event as @%2 (logins are the same whatever their case); write "
                                "it as @%2.")
                             .arg(*l, existing->login));
            return;
        }
        Participant p = existing.value_or(Participant{});
        p.login = *l;
        p.name = textValue(row[u"name"_s]);
        p.email = email;
        p.organisation = textValue(row[u"organisation"_s]);
        if (!existing) {
            people.insert(p);
            ++m_result.added;
        } else if (p.name != existing->name || p.email != existing->email || p.organisation != existing->organisation) {
            people.update(p);
            ++m_result.updated;
        } else {
            ++m_result.unchanged;
        }
    }

    // A track of the given kind, or a problem.
    std::optional<Track> trackOfKind(const Row &row, TrackKind kind)
    {
        auto t = resolveTrack(row);
        if (t && t->kind != kind) {
            problem(row, Tr::tr("track \"%1\" is not a %2 track.").arg(t->name, trackKindName(kind)));
            return std::nullopt;
        }
        return t;
    }

    // A whole number in [low, high], or a problem; empty = fallback.
    std::optional<int> bounded(const Row &row, const QString &column, int low, int high, std::optional<int> fallback)
    {
        const QString text = row[column];
        if (text.isEmpty() && fallback)
            return fallback;
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < low || n > high) {
            problem(row, Tr::tr("%1 \"%2\" is not a whole number from %3 to %4.").arg(column, text).arg(low).arg(high));
            return std::nullopt;
        }
        return n;
    }

    void importApplication(const Row &row)
    {
        const qsizetype before = m_problems.size();
        const auto track = trackOfKind(row, TrackKind::Camp);
        const auto l = login(row);
        const auto first = number(row, u"first_choice"_s);
        QList<int> wishes;
        for (const QString &part :
             QString(row[u"other_wishes"_s]).replace(u'、', u',').split(u',', Qt::SkipEmptyParts)) {
            const auto n = parseNumber(part.trimmed());
            if (!n)
                problem(row,
                        Tr::tr("other_wishes \"%1\" is not a list of project numbers.").arg(row[u"other_wishes"_s]));
            else if (!wishes.contains(*n))
                wishes.append(*n);
        }
        const auto consent =
            row[u"reassignment"_s].isEmpty() ? std::optional<bool>(true) : flag(row, u"reassignment"_s);
        std::optional<ApplicationStage> stage = ApplicationStage::Applied;
        if (!row[u"stage"_s].isEmpty()) {
            stage = applicationStageFromKey(row[u"stage"_s]);
            if (!stage)
                problem(row, Tr::tr("stage \"%1\" is not one of applied, resume, interview-scheduled, interviewed, "
                                    "accepted, waitlisted, rejected, withdrawn.")
                                 .arg(row[u"stage"_s]));
        }
        const auto project = bounded(row, u"project"_s, 1, 9999, 0);
        if (m_problems.size() != before)
            return;
        if (*stage == ApplicationStage::Accepted && *project == 0)
            return problem(row, Tr::tr("an accepted application needs its project."));
        CampApplication a;
        a.trackId = track->id;
        a.participantId = ParticipantRepository(m_db).ensure(*l);
        a.choices = {*first, wishes, *consent};
        ProgrammeRepository programmes(m_db);
        QHash<qint64, CampApplication> &known = applicationsOf(track->id);
        const auto found = known.constFind(a.participantId);
        const std::optional<CampApplication> existing =
            found == known.cend() ? std::nullopt : std::optional<CampApplication>(*found);
        const qint64 id = programmes.saveApplication(a);
        const bool sameStage = existing && existing->stage == *stage && existing->project == *project;
        if (!sameStage)
            programmes.setApplicationStage(id, *stage, *project);
        CampApplication stored = existing ? *existing : a;
        stored.id = id;
        stored.choices = a.choices;
        stored.stage = *stage;
        stored.project = *project;
        known.insert(a.participantId, stored);
        if (*stage == ApplicationStage::Accepted) {
            const auto task = TaskRepository(m_db).byNumber(track->id, *project);
            if (!task)
                return problem(row, Tr::tr("track \"%1\" has no project %2.").arg(track->name).arg(*project));
            ClaimRepository claims(m_db);
            if (!claims.find(task->id, a.participantId, 0)) {
                Claim c;
                c.taskId = task->id;
                c.participantId = a.participantId;
                claims.insert(c);
            }
        }
        if (!existing)
            ++m_result.added;
        else if (!sameStage || existing->choices.firstChoice != a.choices.firstChoice ||
                 existing->choices.otherWishes != a.choices.otherWishes ||
                 existing->choices.acceptsReassignment != a.choices.acceptsReassignment)
            ++m_result.updated;
        else
            ++m_result.unchanged;
    }

    void importWeeklyReport(const Row &row)
    {
        const qsizetype before = m_problems.size();
        const auto track = trackOfKind(row, TrackKind::Camp);
        const auto l = login(row);
        const auto week = bounded(row, u"week"_s, 1, 60, std::nullopt);
        const auto hours = bounded(row, u"hours"_s, 0, 168, std::nullopt);
        if (m_problems.size() != before)
            return;
        ProgrammeRepository programmes(m_db);
        const QHash<QString, CampApplication> &campers = campersOf(track->id);
        const auto found = campers.constFind(normalisedLogin(*l));
        const std::optional<CampApplication> camper =
            found == campers.cend() ? std::nullopt : std::optional<CampApplication>(*found);
        if (!camper)
            return problem(row, Tr::tr("@%1 has not applied to the code camp.").arg(*l));
        const QList<std::pair<int, int>> known = programmes.weeklyHours(camper->id);
        const bool had = std::any_of(known.cbegin(), known.cend(), [&](const auto &w) { return w.first == *week; });
        const bool same = std::find(known.cbegin(), known.cend(), std::pair<int, int>{*week, *hours}) != known.cend();
        programmes.setWeeklyReport(camper->id, *week, *hours, textValue(row[u"link"_s]));
        if (!had)
            ++m_result.added;
        else if (!same)
            ++m_result.updated;
        else
            ++m_result.unchanged;
    }

    void importSubTask(const Row &row)
    {
        const qsizetype before = m_problems.size();
        const auto track = trackOfKind(row, TrackKind::Fundable);
        const auto projectNumber = number(row, u"project"_s);
        const auto num = number(row, u"number"_s);
        required(row, u"title"_s);
        const auto done = flag(row, u"done"_s);
        const auto weight = bounded(row, u"weight"_s, 0, 1000, 0);
        if (m_problems.size() != before)
            return;
        const auto project = TaskRepository(m_db).byNumber(track->id, *projectNumber);
        if (!project)
            return problem(row, Tr::tr("track \"%1\" has no project %2.").arg(track->name).arg(*projectNumber));
        ProgrammeRepository programmes(m_db);
        const QString assignee = textValue(row[u"assignee"_s]);
        const SubTask s{*num,
                        textValue(row[u"title"_s]),
                        assignee.startsWith(u'@') ? assignee.mid(1) : assignee,
                        textValue(row[u"prs"_s]),
                        *done,
                        *weight};
        QHash<int, SubTask> &known = subTasksOf(project->id);
        const auto found = known.constFind(s.number);
        const std::optional<SubTask> existing = found == known.cend() ? std::nullopt : std::optional<SubTask>(*found);
        programmes.saveSubTask(project->id, s);
        known.insert(s.number, s);
        if (!existing)
            ++m_result.added;
        else if (existing->title != s.title || existing->assignee != s.assignee || existing->prs != s.prs ||
                 existing->done != s.done || existing->weight != s.weight)
            ++m_result.updated;
        else
            ++m_result.unchanged;
    }

    void importClaim(const Row &row)
    {
        const qsizetype before = m_problems.size();
        const auto track = resolveTrack(row);
        const auto num = number(row, u"task"_s);
        const auto l = login(row);
        std::optional<ClaimStatus> status;
        if (required(row, u"status"_s)) {
            status = parseStatus(row[u"status"_s]);
            if (!status) {
                QStringList badges;
                for (int i = 0; i < ClaimStatusCount; ++i)
                    badges.append(claimStatusBadge(static_cast<ClaimStatus>(i)));
                problem(row, Tr::tr("status \"%1\" is not one of %2 or %3.")
                                 .arg(row[u"status"_s], badges.join(u", "_s), statusKeys.join(u", "_s)));
            }
        }
        QDateTime claimedAt;
        if (const QString at = row[u"claimed_at"_s]; !at.isEmpty()) {
            if (!m_zone)
                m_zone = eventZone(m_db);
            if (const auto dt = parseDateTime(at, *m_zone))
                claimedAt = *dt;
            else
                problem(row,
                        Tr::tr("claimed_at \"%1\" is not a date and time like 2024-03-21T10:00:00+08:00.").arg(at));
        }
        TaskRepository tasks(m_db);
        std::optional<Task> task;
        if (track && num) {
            task = tasks.byNumber(track->id, *num);
            if (!task)
                problem(row, Tr::tr("track \"%1\" has no task No.%2.").arg(track->name).arg(*num));
        }
        if (task && l) {
            const auto key = std::make_pair(task->id, normalisedLogin(*l));
            if (const auto it = m_claimLines.constFind(key); it != m_claimLines.cend())
                problem(
                    row,
                    Tr::tr("the claim of @%1 on task No.%2 is already on line %3.").arg(*l).arg(task->number).arg(*it));
            else
                m_claimLines.insert(key, row.line);
        }
        if (m_problems.size() != before)
            return;

        ParticipantRepository people(m_db);
        qint64 participantId = 0;
        if (const auto p = people.byLogin(*l)) {
            participantId = p->id;
        } else {
            participantId = people.ensure(*l);
            ++m_result.participantsAdded;
        }
        ClaimRepository claims(m_db);
        const std::optional<Claim> existing = claims.find(task->id, participantId, 0);
        if (!existing) {
            Claim c;
            c.taskId = task->id;
            c.participantId = participantId;
            c.status = *status;
            c.claimedAt = claimedAt; // invalid: now
            claims.insert(c);
            ++m_result.added;
            completeIfDone(c);
            return;
        }
        Claim c = *existing;
        if (*status < existing->status)
            ++m_result.statusesKept;
        else
            c.status = *status;
        if (claimedAt.isValid())
            c.claimedAt = claimedAt;
        if (c.status != existing->status || c.claimedAt != existing->claimedAt) {
            c.updatedAt = QDateTime(); // now
            claims.update(c);
            ++m_result.updated;
        } else {
            ++m_result.unchanged;
        }
        completeIfDone(c);
    }

    // As in a sync: the first claim at 完成任务 (in file order) on a task without a finisher completes it.
    void completeIfDone(const Claim &c)
    {
        if (c.status == ClaimStatus::Completed && ManualClaims(m_db).complete(c.taskId, c.participantId))
            ++m_result.completed;
    }

    // What the database held before this import, with what it wrote since: read once per track or project
    // rather than once per row, so that an import takes time in proportion to its rows.
    QHash<qint64, CampApplication> &applicationsOf(qint64 trackId)
    {
        auto it = m_applications.find(trackId);
        if (it == m_applications.end()) {
            QHash<qint64, CampApplication> byParticipant;
            for (const CampApplication &a : ProgrammeRepository(m_db).applications(trackId))
                byParticipant.insert(a.participantId, a);
            it = m_applications.insert(trackId, byParticipant);
        }
        return *it;
    }

    const QHash<QString, CampApplication> &campersOf(qint64 trackId)
    {
        auto it = m_campers.find(trackId);
        if (it == m_campers.end()) {
            QHash<QString, CampApplication> byLogin;
            for (const CampApplication &a : ProgrammeRepository(m_db).applications(trackId))
                byLogin.insert(normalisedLogin(a.login), a);
            it = m_campers.insert(trackId, byLogin);
        }
        return *it;
    }

    QHash<int, SubTask> &subTasksOf(qint64 projectId)
    {
        auto it = m_subTasks.find(projectId);
        if (it == m_subTasks.end()) {
            QHash<int, SubTask> byNumber;
            for (const SubTask &st : ProgrammeRepository(m_db).subTasks(projectId))
                byNumber.insert(st.number, st);
            it = m_subTasks.insert(projectId, byNumber);
        }
        return *it;
    }

    const Database &m_db;
    QString m_source;
    TrackResolver m_tracks;
    QHash<qint64, QHash<qint64, CampApplication>> m_applications; // track → participant → application
    QHash<qint64, QHash<QString, CampApplication>> m_campers;     // track → normalised login → application
    QHash<qint64, QHash<int, SubTask>> m_subTasks;                // project → number → sub-task
    std::optional<QTimeZone> m_zone;
    QList<Problem> m_problems;
    CsvImportResult m_result;
    // Where each key first appeared in the file, to refuse a second row for the same thing.
    QHash<std::pair<qint64, int>, int> m_taskLines;
    QHash<QString, std::pair<int, QString>> m_loginLines; // normalised login -> line, spelling
    QHash<std::pair<qint64, QString>, int> m_claimLines;
};

} // namespace

QString csvKindKey(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Tasks:
        return u"tasks"_s;
    case CsvKind::Participants:
        return u"participants"_s;
    case CsvKind::Claims:
        return u"claims"_s;
    case CsvKind::Applications:
        return u"applications"_s;
    case CsvKind::WeeklyReports:
        return u"weekly-reports"_s;
    case CsvKind::SubTasks:
        return u"sub-tasks"_s;
    }
    return {};
}

std::optional<CsvKind> csvKindFromKey(QStringView key)
{
    for (auto k : {CsvKind::Tasks, CsvKind::Participants, CsvKind::Claims, CsvKind::Applications,
                   CsvKind::WeeklyReports, CsvKind::SubTasks})
        if (key == csvKindKey(k))
            return k;
    return std::nullopt;
}

QStringList csvColumns(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Tasks:
        return {u"track"_s, u"number"_s,       u"title"_s,  u"url"_s,     u"direction"_s,    u"stars"_s,
                u"cash"_s,  u"rfc_required"_s, u"locked"_s, u"removed"_s, u"stars_at_most"_s};
    case CsvKind::Participants:
        return {u"login"_s, u"name"_s, u"email"_s, u"organisation"_s};
    case CsvKind::Claims:
        return {u"track"_s, u"task"_s, u"login"_s, u"status"_s, u"claimed_at"_s};
    case CsvKind::Applications:
        return {u"track"_s,        u"login"_s, u"first_choice"_s, u"other_wishes"_s,
                u"reassignment"_s, u"stage"_s, u"project"_s};
    case CsvKind::WeeklyReports:
        return {u"track"_s, u"login"_s, u"week"_s, u"hours"_s, u"link"_s};
    case CsvKind::SubTasks:
        return {u"track"_s, u"project"_s, u"number"_s, u"title"_s, u"assignee"_s, u"prs"_s, u"done"_s, u"weight"_s};
    }
    return {};
}

QStringList csvOptionalColumns(CsvKind kind)
{
    if (kind == CsvKind::Tasks)
        return {u"stars_at_most"_s};
    return {};
}

CsvImportResult CsvExchange::importCsv(CsvKind kind, const QByteArray &bytes, const QString &source)
{
    const QList<Row> rows = tableRows(parseCsv(bytes, source), kind, source);
    return Importer(m_db, source).run(kind, rows);
}

CsvImportResult CsvExchange::importFile(CsvKind kind, const QString &path)
{
    const QList<Row> rows = tableRows(readCsvFile(path), kind, path);
    // Rows already there are updated: keep a copy first (not inside a caller's transaction).
    if (!rows.isEmpty() && !m_db.inTransaction())
        m_db.autoBackup(u"import-csv"_s);
    return Importer(m_db, path).run(kind, rows);
}

QList<QStringList> CsvExchange::exportRecords(CsvKind kind, int *skipped) const
{
    QList<QStringList> out{csvColumns(kind)};
    int left = 0;
    switch (kind) {
    case CsvKind::Tasks: {
        const QHash<qint64, QString> labels = trackLabels(m_db);
        QHash<qint64, QString> directions;
        for (const Direction &d : EventRepository(m_db).directions())
            directions.insert(d.id, d.name);
        const Currency currency = eventCurrency(m_db);
        for (const Task &t : TaskRepository(m_db).all())
            out.append({labels.value(t.trackId), QString::number(t.number), textCell(t.title), textCell(t.url),
                        textCell(directions.value(t.directionId)), t.stars.toString(),
                        t.cashFen ? cashText(*t.cashFen, currency) : QString(), flagText(t.rfcRequired),
                        flagText(t.locked), flagText(t.removed), flagText(t.starsAtMost)});
        break;
    }
    case CsvKind::Participants:
        for (const Participant &p : ParticipantRepository(m_db).all())
            out.append({p.login, textCell(p.name), textCell(p.email), textCell(p.organisation)});
        break;
    case CsvKind::Claims: {
        const QHash<qint64, QString> labels = trackLabels(m_db);
        const QTimeZone zone = eventZone(m_db);
        for (const ClaimRow &r : ClaimRepository(m_db).rows()) {
            if (!r.claim.participantId) {
                ++left;
                continue;
            }
            const QDateTime at = r.claim.claimedAt;
            out.append({labels.value(r.trackId), QString::number(r.taskNumber), r.claimant,
                        claimStatusBadge(r.claim.status),
                        at.isValid() ? at.toTimeZone(zone).toString(Qt::ISODate) : QString()});
        }
        break;
    }
    case CsvKind::Applications:
    case CsvKind::WeeklyReports: {
        const QHash<qint64, QString> labels = trackLabels(m_db);
        ProgrammeRepository programmes(m_db);
        for (const Track &t : EventRepository(m_db).tracks()) {
            if (t.kind != TrackKind::Camp)
                continue;
            for (const CampApplication &a : programmes.applications(t.id)) {
                if (kind == CsvKind::WeeklyReports) {
                    for (const WeeklyReport &w : programmes.weeklyReports(a.id))
                        out.append({labels.value(t.id), a.login, QString::number(w.week), QString::number(w.hours),
                                    textCell(w.link)});
                    continue;
                }
                QStringList wishes;
                for (int w : a.choices.otherWishes)
                    wishes << QString::number(w);
                out.append({labels.value(t.id), a.login, QString::number(a.choices.firstChoice), wishes.join(u','),
                            flagText(a.choices.acceptsReassignment), applicationStageKey(a.stage),
                            a.project > 0 ? QString::number(a.project) : QString()});
            }
        }
        break;
    }
    case CsvKind::SubTasks: {
        const QHash<qint64, QString> labels = trackLabels(m_db);
        ProgrammeRepository programmes(m_db);
        for (const Track &t : EventRepository(m_db).tracks()) {
            if (t.kind != TrackKind::Fundable)
                continue;
            for (const Task &project : TaskRepository(m_db).all(t.id))
                for (const SubTask &st : programmes.subTasks(project.id))
                    out.append({labels.value(t.id), QString::number(project.number), QString::number(st.number),
                                textCell(st.title), textCell(st.assignee), textCell(st.prs), flagText(st.done),
                                st.weight > 0 ? QString::number(st.weight) : QString()});
        }
        break;
    }
    }
    if (skipped)
        *skipped = left;
    return out;
}

QByteArray CsvExchange::exportCsv(CsvKind kind, CsvBom bom, int *skipped) const
{
    return writeCsv(exportRecords(kind, skipped), bom);
}

int CsvExchange::exportFile(CsvKind kind, const QString &path, int *skipped) const
{
    const QList<QStringList> records = exportRecords(kind, skipped);
    writeCsvFile(path, records, CsvBom::With);
    return int(records.size()) - 1;
}

} // namespace hd
