// Importing and exporting a track-1 issue body of an event ten times the 6th edition: 2,000 tasks in 20
// directions with 10,000 claimant lines, in the event's own format (see tests/data/issues/tasks_6th.md).
// Each operation is reported against a baseline of the least work of the same size, measured in the same
// run. See docs/benchmarks.md.

#include "benchcommon.h"

#include "demo/demoevent.h"
#include "model/error.h"
#include "parsing/issuemarkdown.h"
#include "services/csvexchange.h"
#include "services/issueimport.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <iterator>
#include <memory>

using namespace Qt::StringLiterals;

namespace hd::bench {

// Keeps the line splits of the baselines from being optimised away (external linkage: never dead).
qsizetype sink = 0;

namespace {

struct Sizes
{
    int tasks = 2000;
    int claims = 10000;
    int directions = 20;
    int loginPool = 5000; // claimants are drawn from this many people
};

// What the generator put into the body, to check the parser and the import against.
struct Generated
{
    QString body;
    int tasks = 0;
    int claims = 0;
    int finishers = 0;
    int struck = 0;
    int prs = 0;
    QSet<QString> logins; // claimants, lower case
};

const char16_t *const directionNames[] = {
    u"框架 API 开发", u"框架其他开发任务", u"分布式",        u"科学计算",        u"合作伙伴",
    u"Paddle2ONNX",   u"套件开发",         u"文档",          u"编译器",          u"新 IR",
    u"动转静",        u"自动并行",         u"量化",          u"推理部署",        u"PaConvert",
    u"PaddleOCR",     u"PaddleNLP",        u"PaddleScience", u"PaddleDetection", u"硬件适配",
    u"类型提示",      u"单测补充",         u"性能优化",      u"稀疏计算",        u"复数支持",
};

const char16_t *const syllables[] = {u"zhang", u"wang", u"li",  u"zhao",  u"chen", u"liu",  u"yang", u"huang",
                                     u"Wu",    u"Zhou", u"xu",  u"sun",   u"Ma",   u"hu",   u"guo",  u"lin",
                                     u"He",    u"gao",  u"luo", u"zheng", u"Dev",  u"code", u"star", u"paddle"};

const char16_t *const badgeColours[] = {u"2ECC71", u"F1C40F", u"3498DB", u"F39C12", u"FFC0CB", u"9B59B6"};

// A login like GitHub's: letters, digits, single hyphens; unique by its trailing number.
QString makeLogin(QRandomGenerator &rng, int index)
{
    constexpr int n = int(std::size(syllables));
    QString login = QString::fromUtf16(syllables[rng.bounded(n)]) + QString::fromUtf16(syllables[rng.bounded(n)]);
    if (rng.bounded(3) == 0)
        login += u'-';
    return login + QString::number(index);
}

QString claimantEntry(const QString &login, ClaimStatus status, const QStringList &prs)
{
    QString s = u"@%1 <img src=\"https://img.shields.io/badge/状态-%2-%3\" />"_s.arg(
        login, claimStatusBadge(status), QString::fromUtf16(badgeColours[int(status)]));
    for (const QString &pr : prs)
        s += u' ' + pr;
    return s + u"<br>"_s;
}

// The body of the track-1 issue as the event's bot writes it: preamble, one table per direction, the
// dashboard and the leaderboard. Deterministic for a given seed.
Generated generateBody(const Sizes &sizes, quint32 seed)
{
    QRandomGenerator rng(seed);
    Generated g;
    g.tasks = sizes.tasks;

    QStringList pool;
    pool.reserve(sizes.loginPool);
    for (int i = 0; i < sizes.loginPool; ++i)
        pool.append(makeLogin(rng, i + 1));

    // Struck tasks (removed) have nobody; every claim goes to a random live task, one claim per person.
    QList<bool> struck(sizes.tasks);
    for (int i = 0; i < sizes.tasks; ++i)
        struck[i] = rng.bounded(100) == 0;
    QList<QStringList> claimants(sizes.tasks);
    for (int c = 0; c < sizes.claims;) {
        const int t = int(rng.bounded(sizes.tasks));
        if (struck[t])
            continue;
        const QString &login = pool.at(int(rng.bounded(sizes.loginPool)));
        if (claimants[t].contains(login))
            continue;
        claimants[t].append(login);
        ++c;
    }

    QString body;
    body.reserve(sizes.claims * 190 + sizes.tasks * 200);
    body += u"此 ISSUE 为 PaddlePaddle Hackathon 第六期活动的任务 ISSUE，更多详见 "
            u"[【PaddlePaddle Hackathon 第六期】活动总览](https://github.com/PaddlePaddle/Paddle/issues/62165)。\n\n"
            u"## 【开源贡献个人挑战赛】任务详情\n\n"
            u"- 报名：在本 ISSUE 下评论 `【报名】：任务编号`，例如 `【报名】：2、3`。\n"
            u"- 提交：PR 标题以 `【Hackathon 6th No.xxx】` 开头，如 `【Hackathon 6th No.9】Add cartesian_prod API to "
            u"Paddle`。\n"
            u"- 标有【需 RFC】的任务须先向 community 仓库提交设计文档，合入后再提交代码。\n"
            u"- 1 🌟 = ¥2,000；Paddle2ONNX 任务由合作伙伴捐赠，直接以现金奖励。\n"_s;

    const QString repos[] = {u"PaddlePaddle/Paddle"_s, u"PaddlePaddle/PaddleScience"_s, u"openvinotoolkit/openvino"_s,
                             u"PaddlePaddle/Paddle2ONNX"_s};
    const QString stars[] = {u"⭐️"_s, u"⭐"_s, u"🌟"_s};
    int nextPr = 60000;
    QHash<QString, int> finished; // login → tasks finished
    QStringList finisherOrder;
    const int perDirection = (sizes.tasks + sizes.directions - 1) / sizes.directions;
    for (int t = 0; t < sizes.tasks; ++t) {
        const int number = t + 1;
        const int dir = t / perDirection;
        if (t % perDirection == 0) {
            body += u"\n### "_s + QString::fromUtf16(directionNames[dir % int(std::size(directionNames))]) +
                    (dir >= int(std::size(directionNames)) ? u" %1"_s.arg(dir) : QString()) + u"\n\n"_s;
            body += u"| 序号 | 难度 | 任务 ISSUE | **队伍名称/状态/PR** | **完成队伍** |\n"
                    u"| :---: | :---: | :--- | :--- | :---: |\n"_s;
        }
        QString difficulty;
        const int roll = int(rng.bounded(100));
        if (roll < 2)
            difficulty = u"¥1,500"_s;
        else if (roll < 7)
            difficulty = u"0.5⭐"_s;
        else
            difficulty = stars[rng.bounded(3)].repeated(1 + rng.bounded(3));
        QString title =
            u"[为 Paddle 新增 api_%1 API](https://github.com/PaddlePaddle/Paddle/issues/%2)"_s.arg(number).arg(62000 +
                                                                                                               number);
        if (struck[t]) {
            body += u"| %1 | %2 | ~~%3~~ |  |  |\n"_s.arg(QString::number(number), difficulty, title);
            ++g.struck;
            continue;
        }
        if (rng.bounded(10) == 0)
            title += u"（需 RFC）"_s;

        const QStringList &who = claimants.at(t);
        const bool done = !who.isEmpty() && rng.bounded(100) < 60;
        const qsizetype finisher = done ? qsizetype(rng.bounded(int(who.size()))) : -1;
        QString cell;
        for (qsizetype i = 0; i < who.size(); ++i) {
            const ClaimStatus status =
                i == finisher ? ClaimStatus::Completed : static_cast<ClaimStatus>(rng.bounded(ClaimStatusCount - 1));
            QStringList prs;
            if (status != ClaimStatus::Registered) {
                const bool design = status <= ClaimStatus::DesignDone;
                const QString repo = design ? u"PaddlePaddle/community"_s : repos[dir % 4];
                const int count = rng.bounded(20) == 0 ? 2 : 1;
                for (int k = 0; k < count; ++k, ++nextPr)
                    prs << u"[#%1](https://github.com/%2/pull/%1)"_s.arg(QString::number(nextPr), repo);
                g.prs += count;
            }
            cell += claimantEntry(who.at(i), status, prs);
            g.logins.insert(who.at(i).toLower());
            ++g.claims;
        }
        QString finisherCell;
        if (finisher >= 0) {
            const QString &login = who.at(finisher);
            finisherCell = u'@' + login;
            if (!finished.contains(login))
                finisherOrder.append(login);
            ++finished[login];
            ++g.finishers;
        }
        body += u"| %1 | %2 | %3 | %4 | %5 |\n"_s.arg(QString::number(number), difficulty, title, cell, finisherCell);
        if (t % perDirection == perDirection - 1 && rng.bounded(4) == 0)
            body += u"\n需要先提交 RFC 的任务：%1、%2\n"_s.arg(number - 1).arg(number);
    }

    // The generated sections the reader skips.
    body += u"\n### 看板信息\n\n| 任务方向 | 任务数量 | 提交作品 / 任务认领 | 提交率 | 完成 | 完成率 |\n"
            u"| :---: | :---: | :---: | :---: | :---: | :---: |\n"_s;
    for (int d = 0; d < sizes.directions; ++d)
        body += u"| %1 | %2 | 60 / 90 | 67% | 50 | 50% |\n"_s.arg(
            QString::fromUtf16(directionNames[d % int(std::size(directionNames))]), QString::number(perDirection));
    body += u"| 合计 | %1 | 1200 / 1800 | 67% | %2 | 60% |\n\n#####\n\n### 统计信息\n\n> 排名不分先后"_s.arg(
        QString::number(sizes.tasks), QString::number(g.finishers));
    for (const QString &login : finisherOrder)
        body += u" @%1 (%2)"_s.arg(login).arg(finished.value(login));
    body += u"\n\n#####\n"_s;
    g.body = body;
    return g;
}

// A fresh HackDesk database with the 6th edition's event and tracks in a folder of its own.
struct FreshDb
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Track track;

    FreshDb()
    {
        db = std::make_unique<Database>(dir.filePath(u"bench.sqlite"_s));
        initEvent(*db);
        for (const Track &t : EventRepository(*db).tracks())
            if (t.kind == TrackKind::Tasks) {
                track = t;
                break;
            }
    }
};

// A bare SQLite file with two plain tables: the storage baselines.
class BareDb
{
public:
    BareDb()
    {
        static int counter = 0;
        m_name = u"bench-bare-%1"_s.arg(++counter);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
            db.setDatabaseName(m_dir.filePath(u"bare.sqlite"_s));
            if (!db.open())
                throw Error(db.lastError().text());
            // The same settings as hd::Database, so that commits cost alike.
            for (const QString &sql :
                 {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
                  u"CREATE TABLE task (id INTEGER PRIMARY KEY, number INTEGER NOT NULL UNIQUE, title TEXT NOT NULL, "
                  u"url TEXT NOT NULL, stars_milli INTEGER NOT NULL)"_s,
                  u"CREATE TABLE claim (id INTEGER PRIMARY KEY, task_number INTEGER NOT NULL, login TEXT NOT NULL, "
                  u"status INTEGER NOT NULL, prs TEXT NOT NULL, UNIQUE (task_number, login))"_s})
                exec(db, sql);
        }
    }
    ~BareDb() { QSqlDatabase::removeDatabase(m_name); }
    BareDb(const BareDb &) = delete;
    BareDb &operator=(const BareDb &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_name); }

    static void exec(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql))
            throw Error(q.lastError().text());
    }

private:
    QTemporaryDir m_dir;
    QString m_name;
};

QString prsText(const IssueClaimant &c)
{
    QStringList refs;
    for (const IssuePr &pr : c.prs)
        refs << u"%1#%2"_s.arg(pr.repo).arg(pr.number);
    return refs.isEmpty() ? u""_s : refs.join(u' '); // '' is not NULL
}

// Baseline for storage: split the body into lines, then insert every task and every claimant as a row of
// a bare table through prepared statements, in one transaction. With `prepareEachRow` the statement is
// prepared anew for every row, as the repositories do: not a baseline, a measure of what that costs.
int bareInsert(const BareDb &bare, QStringView body, const IssueTaskList &parsed, bool prepareEachRow = false)
{
    const QList<QStringView> lines = body.split(u'\n');
    QSqlDatabase db = bare.connection();
    db.transaction();
    const QString taskSql = u"INSERT INTO task (number, title, url, stars_milli) VALUES (?, ?, ?, ?)"_s;
    const QString claimSql = u"INSERT INTO claim (task_number, login, status, prs) VALUES (?, ?, ?, ?)"_s;
    QSqlQuery task(db), claim(db);
    task.prepare(taskSql);
    claim.prepare(claimSql);
    int rows = 0;
    for (const IssueTask &t : parsed.tasks) {
        if (prepareEachRow) {
            task = QSqlQuery(db);
            task.prepare(taskSql);
        }
        task.bindValue(0, t.number);
        task.bindValue(1, t.title);
        task.bindValue(2, t.url);
        task.bindValue(3, t.stars.milli());
        rows += task.exec() ? 1 : 0;
        for (const IssueClaimant &c : t.claimants) {
            if (prepareEachRow) {
                claim = QSqlQuery(db);
                claim.prepare(claimSql);
            }
            claim.bindValue(0, t.number);
            claim.bindValue(1, c.login);
            claim.bindValue(2, int(c.status));
            claim.bindValue(3, prsText(c));
            rows += claim.exec() ? 1 : 0;
        }
    }
    db.commit();
    sink += lines.size();
    return rows;
}

// Baseline for a no-change import: split the body into lines, then look every task and claimant up by its
// key through prepared statements, in one transaction.
int bareLookup(const BareDb &bare, QStringView body, const IssueTaskList &parsed)
{
    const QList<QStringView> lines = body.split(u'\n');
    QSqlDatabase db = bare.connection();
    db.transaction();
    QSqlQuery task(db), claim(db);
    task.prepare(u"SELECT id, title, url, stars_milli FROM task WHERE number = ?"_s);
    claim.prepare(u"SELECT id, status, prs FROM claim WHERE task_number = ? AND login = ?"_s);
    int found = 0;
    for (const IssueTask &t : parsed.tasks) {
        task.bindValue(0, t.number);
        task.exec();
        found += task.next() ? 1 : 0;
        for (const IssueClaimant &c : t.claimants) {
            claim.bindValue(0, t.number);
            claim.bindValue(1, c.login);
            claim.exec();
            found += claim.next() ? 1 : 0;
        }
    }
    db.commit();
    sink += lines.size();
    return found;
}

// Baseline for export: read every row back and join it into one text of about the body's size.
qsizetype bareRead(const BareDb &bare, qsizetype reserve)
{
    QSqlDatabase db = bare.connection();
    QHash<int, QString> cells;
    QSqlQuery claim(db);
    claim.exec(u"SELECT task_number, login, status, prs FROM claim ORDER BY id"_s);
    while (claim.next()) {
        QString &cell = cells[claim.value(0).toInt()];
        cell += u'@' + claim.value(1).toString() + u' ' + QString::number(claim.value(2).toInt()) + u' ' +
                claim.value(3).toString() + u"<br>"_s;
    }
    QString out;
    out.reserve(reserve);
    QSqlQuery task(db);
    task.exec(u"SELECT number, title, url, stars_milli FROM task ORDER BY number"_s);
    while (task.next()) {
        const int number = task.value(0).toInt();
        out += u"| "_s + QString::number(number) + u" | "_s + QString::number(task.value(3).toLongLong()) + u" | ["_s +
               task.value(1).toString() + u"]("_s + task.value(2).toString() + u") | "_s + cells.value(number) +
               u" |  |\n"_s;
    }
    return out.size();
}

// Baseline for parsing: split the body into lines and match one regular expression against each.
int splitAndMatch(QStringView body)
{
    static const QRegularExpression row(u"^\\|\\s*([^|]*?)\\s*\\|\\s*([^|]*?)\\s*\\|\\s*([^|]*?)\\s*\\|"
                                        u"\\s*([^|]*?)\\s*\\|\\s*([^|]*?)\\s*\\|\\s*$"_s);
    int matched = 0;
    for (QStringView line : body.split(u'\n'))
        matched += row.match(line).hasMatch() ? 1 : 0;
    return matched;
}

int claimCount(const IssueTaskList &list)
{
    int n = 0;
    for (const IssueTask &t : list.tasks)
        n += int(t.claimants.size());
    return n;
}

// The tasks of two lists agree on what the issue shows: numbers, stars, cash, titles, claimants with their
// badges and PRs, finishers, strikes. Returns the first difference, or nothing.
QString firstDifference(const IssueTaskList &a, const IssueTaskList &b)
{
    if (a.tasks.size() != b.tasks.size())
        return u"%1 tasks against %2"_s.arg(a.tasks.size()).arg(b.tasks.size());
    for (qsizetype i = 0; i < a.tasks.size(); ++i) {
        const IssueTask &x = a.tasks.at(i), &y = b.tasks.at(i);
        const QString where = u"task No.%1"_s.arg(x.number);
        if (x.number != y.number || x.stars != y.stars || x.cashFen != y.cashFen || x.title != y.title ||
            x.url != y.url || x.rfcRequired != y.rfcRequired || x.finisher != y.finisher || x.struck != y.struck ||
            x.direction != y.direction)
            return where + u" differs"_s;
        if (x.claimants.size() != y.claimants.size())
            return where + u": claimant count differs"_s;
        for (qsizetype k = 0; k < x.claimants.size(); ++k) {
            const IssueClaimant &c = x.claimants.at(k), &d = y.claimants.at(k);
            if (c.login != d.login || c.status != d.status || prsText(c) != prsText(d))
                return where + u": claimant @%1 differs"_s.arg(c.login);
        }
    }
    return {};
}

int runCsv(const Options &options);

int run(const Options &options)
{
    Sizes sizes;
    if (options.quick)
        sizes = {200, 1000, 10, 500};
    const Generated g = generateBody(sizes, 20240320);
    QTextStream out(stdout);
    out << u"Issue body: %1 tasks (%2 struck) in %3 directions, %4 claimant lines (%5 people, %6 PR links), "
           u"%7 finishers; %8 characters, %9 lines. %10 rounds."_s.arg(g.tasks)
               .arg(g.struck)
               .arg(sizes.directions)
               .arg(g.claims)
               .arg(g.logins.size())
               .arg(g.prs)
               .arg(g.finishers)
               .arg(g.body.size())
               .arg(g.body.count(u'\n'))
               .arg(options.runs)
        << Qt::endl;

    // What the baselines store: the parser's own result, so that they insert exactly what the import does.
    const IssueTaskList expected = parseIssueBody(g.body, TrackKind::Tasks);

    Suite suite(u"Issue import and export (track 1)"_s);
    int matched = 0;
    IssueTaskList parsed;
    std::unique_ptr<BareDb> bare;
    int inserted = 0, found = 0;
    qsizetype readChars = 0;
    std::unique_ptr<FreshDb> fresh;
    IssueImportReport first, again;
    QString exported;

    const int split = suite.baseline(u"baseline: split into lines + one regex match per line"_s,
                                     [&] { matched = splitAndMatch(g.body); });
    suite.add(u"parseIssueBody"_s, split, u"split + regex"_s,
              [&] { parsed = parseIssueBody(g.body, TrackKind::Tasks); });
    const int insert = suite.baseline(
        u"baseline: split + bare SQLite inserts (tasks + claims), 1 transaction"_s,
        [&] { inserted = bareInsert(*bare, g.body, expected); },
        [&] {
            bare.reset();
            bare = std::make_unique<BareDb>();
        });
    int reprepared = 0;
    suite.add(
        u"(for scale) the same bare inserts, each statement prepared anew"_s, insert, u"bare inserts"_s,
        [&] { reprepared = bareInsert(*bare, g.body, expected, true); },
        [&] {
            bare.reset();
            bare = std::make_unique<BareDb>();
        });
    const int lookup = suite.baseline(u"baseline: split + bare SQLite lookups by key, 1 transaction"_s,
                                      [&] { found = bareLookup(*bare, g.body, expected); });
    const int read = suite.baseline(u"baseline: bare SQLite read of all rows + join into text"_s,
                                    [&] { readChars = bareRead(*bare, g.body.size()); });
    suite.add(
        u"importIssueBody, first import (fresh database)"_s, insert, u"bare inserts"_s,
        [&] { first = importIssueBody(*fresh->db, fresh->track, g.body, false); },
        [&] {
            bare.reset();
            fresh.reset();
            fresh = std::make_unique<FreshDb>();
        });
    suite.add(u"importIssueBody, again (no change)"_s, lookup, u"bare lookups"_s,
              [&] { again = importIssueBody(*fresh->db, fresh->track, g.body, false); });
    // Part of every import since the storage issue: a copy of the database before rows are replaced.
    QString backup;
    suite.add(u"(for scale) the automatic backup an import makes first"_s, lookup, u"bare lookups"_s,
              [&] { backup = fresh->db->autoBackup(u"bench"_s); });
    suite.add(u"exportIssueBody"_s, read, u"bare read"_s,
              [&] { exported = exportIssueBody(*fresh->db, fresh->track); });
    suite.run(options.runs);

    suite.check(matched >= g.tasks, u"the baseline regex matched %1 rows, fewer than the tasks"_s.arg(matched));
    suite.check(inserted == g.tasks + g.claims, u"the bare insert stored %1 rows"_s.arg(inserted));
    suite.check(reprepared == g.tasks + g.claims,
                u"the bare insert, prepared per row, stored %1 rows"_s.arg(reprepared));
    suite.check(found == g.tasks + g.claims, u"the bare lookup found %1 rows"_s.arg(found));
    suite.check(readChars > 0, u"the bare read produced nothing"_s);
    suite.check(!backup.isEmpty(), u"the automatic backup wrote nothing"_s);

    suite.check(parsed.tasks.size() == g.tasks, u"parsed %1 tasks, not %2"_s.arg(parsed.tasks.size()).arg(g.tasks));
    suite.check(claimCount(parsed) == g.claims, u"parsed %1 claimants, not %2"_s.arg(claimCount(parsed)).arg(g.claims));
    suite.check(parsed.directions.size() == sizes.directions,
                u"parsed %1 directions, not %2"_s.arg(parsed.directions.size()).arg(sizes.directions));
    suite.check(parsed.problems.isEmpty(),
                u"the parser reported %1 problems, the first: line %2 %3"_s.arg(parsed.problems.size())
                    .arg(parsed.problems.value(0).line)
                    .arg(parsed.problems.value(0).reason));

    suite.check(first.tasksAdded == g.tasks, u"the import added %1 tasks, not %2"_s.arg(first.tasksAdded).arg(g.tasks));
    suite.check(first.claimsAdded == g.claims,
                u"the import added %1 claims, not %2"_s.arg(first.claimsAdded).arg(g.claims));
    suite.check(first.participantsAdded == g.logins.size(),
                u"the import added %1 participants, not %2"_s.arg(first.participantsAdded).arg(g.logins.size()));
    suite.check(first.finishersSet == g.finishers,
                u"the import set %1 finishers, not %2"_s.arg(first.finishersSet).arg(g.finishers));
    suite.check(first.prsAdded == g.prs, u"the import added %1 PRs, not %2"_s.arg(first.prsAdded).arg(g.prs));
    suite.check(first.problems.isEmpty(), u"the import reported %1 problems"_s.arg(first.problems.size()));
    const Database &db = *fresh->db;
    const int storedTasks =
        SqlQuery::scalar(db, u"SELECT count(*) FROM task WHERE track_id = ?"_s, {fresh->track.id}).toInt();
    const int storedClaims = SqlQuery::scalar(db, u"SELECT count(*) FROM claim"_s).toInt();
    suite.check(storedTasks == g.tasks, u"the database holds %1 tasks, not %2"_s.arg(storedTasks).arg(g.tasks));
    suite.check(storedClaims == g.claims, u"the database holds %1 claims, not %2"_s.arg(storedClaims).arg(g.claims));
    suite.check(
        !again.changedAnything(),
        u"the second import changed %1 things, the first: %2"_s.arg(again.changes.size()).arg(again.changes.value(0)));

    const IssueTaskList roundTrip = parseIssueBody(exported, TrackKind::Tasks);
    suite.check(roundTrip.problems.isEmpty(),
                u"the export reads back with %1 problems"_s.arg(roundTrip.problems.size()));
    if (const QString diff = firstDifference(parsed, roundTrip); !diff.isEmpty())
        suite.fail(u"the export does not read back as the import: "_s + diff);

    const int issueStatus = suite.print();
    return std::max(issueStatus, runCsv(options));
}

// The CSV kinds that once grew quadratically with their rows (each row read every stored application or
// sub-task again): camp applications and fundable sub-tasks at n and 4n rows, against a participants
// import of the same rows (one lookup by key per row: linear) in the same round. Linear imports keep the
// same ratio at both sizes.
QByteArray csvOf(const QString &header, int rows, const std::function<QString(int)> &row)
{
    QString text = header + u'\n';
    for (int i = 1; i <= rows; ++i)
        text += row(i) + u'\n';
    return text.toUtf8();
}

int runCsv(const Options &options)
{
    const int small = options.quick ? 250 : 1000;
    Suite suite(u"CSV imports: applications and sub-tasks at %1 and %2 rows"_s.arg(small).arg(4 * small));
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    int round = 0;
    QList<int> campProjects;
    auto freshEvent = [&] {
        db.reset();
        db = std::make_unique<Database>(dir.filePath(u"csv%1.sqlite"_s.arg(++round)));
        addDemoData(*db);
        if (campProjects.isEmpty())
            for (const Task &t : TaskRepository(*db).all(EventRepository(*db).resolveTrack(u"camp"_s).id))
                campProjects.append(t.number);
    };
    freshEvent(); // reads the camp's projects for the applications' first choices
    QHash<QString, CsvImportResult> results;
    for (const int rows : {small, 4 * small}) {
        const QByteArray people = csvOf(u"login,name,email,organisation"_s, rows,
                                        [](int i) { return u"bench-person-%1,名字 %1,p%1@example.com,大学"_s.arg(i); });
        const QByteArray applications =
            csvOf(u"track,login,first_choice,other_wishes,reassignment,stage,project"_s, rows, [&](int i) {
                return u"camp,bench-camper-%1,%2,,1,applied,"_s.arg(i).arg(campProjects.value(i % campProjects.size()));
            });
        const QByteArray subTasks = csvOf(u"track,project,number,title,assignee,prs,done,weight"_s, rows, [](int i) {
            return u"fundable,3,%1,子任务 %1,dev-%1,#%1,%2,1"_s.arg(i).arg(i % 2);
        });
        const QString n = QString::number(rows);
        const int baseline = suite.baseline(
            u"baseline: import-csv participants, %1 rows"_s.arg(n),
            [&, people, n] { results[u"participants "_s + n] = CsvExchange(*db).importCsv(CsvKind::Participants, people); },
            freshEvent);
        suite.add(
            u"import-csv applications, %1 rows"_s.arg(n), baseline, u"participants"_s,
            [&, applications, n] {
                results[u"applications "_s + n] = CsvExchange(*db).importCsv(CsvKind::Applications, applications);
            },
            freshEvent);
        suite.add(
            u"import-csv sub-tasks, %1 rows"_s.arg(n), baseline, u"participants"_s,
            [&, subTasks, n] { results[u"sub-tasks "_s + n] = CsvExchange(*db).importCsv(CsvKind::SubTasks, subTasks); },
            freshEvent);
    }
    suite.run(options.runs);
    for (const int rows : {small, 4 * small})
        for (const QString &kind : {u"participants"_s, u"applications"_s, u"sub-tasks"_s}) {
            const CsvImportResult r = results.value(kind + u' ' + QString::number(rows));
            suite.check(r.added + r.updated == rows,
                        u"%1 of %2 rows: %3 added, %4 updated"_s.arg(kind).arg(rows).arg(r.added).arg(r.updated));
        }
    const double growth = [&] {
        const double a = suite.sample(u"import-csv applications, %1 rows"_s.arg(4 * small)).median;
        const double b = suite.sample(u"import-csv applications, %1 rows"_s.arg(small)).median;
        return b > 0 ? a / b : 0;
    }();
    QTextStream(stdout) << u"applications: 4× the rows took %1× the time"_s.arg(growth, 0, 'f', 1) << Qt::endl;
    return suite.print();
}

} // namespace

} // namespace hd::bench

int main(int argc, char *argv[])
{
    return hd::bench::benchMain<QCoreApplication>(
        argc, argv,
        u"Usage: bench_import [--quick] [--runs N]\n"
        u"Times parsing, importing and exporting a track-1 issue body of 2,000 tasks and 10,000 "
        u"claimant lines (--quick: 200 and 1,000) against baselines measured in the same run."_s,
        hd::bench::run);
}
