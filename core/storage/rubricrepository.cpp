#include "rubricrepository.h"

#include "judging/judgingrules.h"
#include "model/error.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/judgingresultrepository.h"
#include "storage/judgingrows.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Judging)
};

// "1-10; 完成度 35, 技术质量 30, 浏览量 (views) 10": a rubric in one line, for the log.
QString rubricSummary(const std::optional<Rubric> &r)
{
    if (!r)
        return {};
    QStringList parts;
    for (const Criterion &c : r->criteria)
        parts << (c.figure ? u"%1 (%2) %3"_s.arg(c.name, figureKey(*c.figure)).arg(c.weight)
                           : u"%1 %2"_s.arg(c.name).arg(c.weight));
    return u"%1-%2; %3"_s.arg(r->scaleMin).arg(r->scaleMax).arg(parts.join(u", "_s));
}

} // namespace

using judgingrows::trackName;

std::optional<Rubric> RubricRepository::rubric(qint64 trackId) const
{
    SqlQuery q(m_db, u"SELECT scale_min, scale_max FROM rubric WHERE track_id = ?"_s);
    q.bind(trackId).exec();
    if (!q.next())
        return std::nullopt;
    Rubric r;
    r.trackId = trackId;
    r.scaleMin = q.value(0).toInt();
    r.scaleMax = q.value(1).toInt();
    QHash<qint64, QList<Anchor>> anchors;
    SqlQuery a(m_db, u"SELECT a.criterion_id, a.score, a.text FROM criterion_anchor a JOIN criterion c ON "
                     u"c.id = a.criterion_id WHERE c.track_id = ? ORDER BY a.criterion_id, a.score"_s);
    a.bind(trackId).exec();
    while (a.next())
        anchors[a.value(0).toLongLong()].append({a.value(1).toInt(), a.value(2).toString()});
    SqlQuery c(m_db, u"SELECT id, name, description, weight, figure FROM criterion WHERE track_id = ? "
                     u"ORDER BY position, id"_s);
    c.bind(trackId).exec();
    while (c.next()) {
        Criterion crit;
        crit.id = c.value(0).toLongLong();
        crit.name = c.value(1).toString();
        crit.description = c.value(2).toString();
        crit.weight = c.value(3).toInt();
        if (!c.value(4).isNull())
            crit.figure = figureFromKey(c.value(4).toString());
        crit.anchors = anchors.value(crit.id);
        r.criteria.append(crit);
    }
    return r;
}

Rubric RubricRepository::requireRubric(qint64 trackId) const
{
    if (auto r = rubric(trackId))
        return *r;
    throw Error(Tr::tr("The track \"%1\" has no rubric yet.").arg(trackName(m_db, trackId)));
}

Rubric RubricRepository::saveRubric(const Rubric &rubric, const QString &actor)
{
    return writeRubric(rubric, false, actor, {});
}

Rubric RubricRepository::restoreRubric(qint64 trackId, const std::optional<Rubric> &state, const QString &actor,
                                       const QString &note)
{
    if (state) {
        Rubric r = *state;
        r.trackId = trackId;
        return writeRubric(r, true, actor, note);
    }
    // No rubric: remove the one there, unless judges have scored against it.
    const std::optional<Rubric> before = rubric(trackId);
    if (!before)
        return {};
    JudgingResultRepository(m_db).requireUnlocked(trackId);
    const int n = SqlQuery::scalar(m_db,
                                   u"SELECT count(*) FROM score sc JOIN criterion c ON c.id = sc.criterion_id "
                                   u"WHERE c.track_id = ?"_s,
                                   {trackId})
                      .toInt();
    if (n)
        throw Error(Tr::tr("The rubric of \"%1\" has %n score(s): it cannot be removed.", nullptr, n)
                        .arg(trackName(m_db, trackId)));
    Transaction tx(m_db);
    SqlQuery(m_db, u"DELETE FROM criterion WHERE track_id = ?"_s).bind(trackId).exec(); // anchors cascade
    SqlQuery(m_db, u"DELETE FROM rubric WHERE track_id = ?"_s).bind(trackId).exec();
    m_log.addLog({0, {}, actor, u"rubric"_s, trackId, {}, 0, {}, rubricSummary(before), {}, note});
    tx.commit();
    return {};
}

Rubric RubricRepository::writeRubric(const Rubric &rubric, bool restoring, const QString &actor, const QString &note)
{
    if (!EventRepository(m_db).track(rubric.trackId))
        throw Error(Tr::tr("There is no track %1.").arg(rubric.trackId));
    const QStringList problems = rubricProblems(rubric);
    if (!problems.isEmpty())
        throw Error(Tr::tr("The rubric of \"%1\" cannot be saved: %2")
                        .arg(trackName(m_db, rubric.trackId), problems.join(u' ')));
    JudgingResultRepository(m_db).requireUnlocked(rubric.trackId);
    const std::optional<Rubric> before = this->rubric(rubric.trackId);

    // What the change would do to scores already given.
    QSet<qint64> kept, recreated;
    for (const Criterion &c : rubric.criteria) {
        if (!c.id)
            continue;
        const QVariant track = SqlQuery::scalar(m_db, u"SELECT track_id FROM criterion WHERE id = ?"_s, {c.id});
        if (!track.isValid() && restoring) { // undo brings a removed criterion back under its id
            recreated.insert(c.id);
            continue;
        }
        if (!track.isValid() || track.toLongLong() != rubric.trackId)
            throw Error(Tr::tr("The criterion %1 (#%2) is not one of the rubric of \"%3\".")
                            .arg(c.name)
                            .arg(c.id)
                            .arg(trackName(m_db, rubric.trackId)));
        kept.insert(c.id);
        if (c.figure && SqlQuery::scalar(m_db, u"SELECT 1 FROM score WHERE criterion_id = ?"_s, {c.id}).isValid())
            throw Error(Tr::tr("%1 has scores from judges: it cannot become a derived criterion.").arg(c.name));
    }
    if (before) {
        for (const Criterion &c : before->criteria) {
            if (kept.contains(c.id))
                continue;
            const int n =
                SqlQuery::scalar(m_db, u"SELECT count(*) FROM score WHERE criterion_id = ?"_s, {c.id}).toInt();
            if (n)
                throw Error(
                    Tr::tr("%1 has %n score(s): it cannot be removed from the rubric.", nullptr, n).arg(c.name));
        }
    }
    const QVariant outside = SqlQuery::scalar(
        m_db,
        u"SELECT count(*) FROM score sc JOIN criterion c ON c.id = sc.criterion_id WHERE c.track_id = ? AND "
        u"(sc.value < ? OR sc.value > ?)"_s,
        {rubric.trackId, rubric.scaleMin, rubric.scaleMax});
    if (outside.toInt())
        throw Error(Tr::tr("%n score(s) already given lie outside the scale %1-%2.", nullptr, outside.toInt())
                        .arg(rubric.scaleMin)
                        .arg(rubric.scaleMax));
    const bool addsJudged = std::any_of(rubric.criteria.cbegin(), rubric.criteria.cend(), [&](const Criterion &c) {
        return c.judged() && (c.id == 0 || recreated.contains(c.id));
    });
    const int submitted = SqlQuery::scalar(m_db,
                                           u"SELECT count(*) FROM score_sheet sh JOIN submission s ON s.id = "
                                           u"sh.submission_id WHERE s.track_id = ? AND sh.status = 'submitted'"_s,
                                           {rubric.trackId})
                              .toInt();
    if (addsJudged && submitted)
        throw Error(Tr::tr("%n score sheet(s) of this track are already submitted: a new criterion would leave them "
                           "incomplete. Add criteria before judging starts.",
                           nullptr, submitted));

    Transaction tx(m_db);
    SqlQuery(m_db, u"INSERT INTO rubric (track_id, scale_min, scale_max) VALUES (?, ?, ?) ON CONFLICT (track_id) "
                   u"DO UPDATE SET scale_min = excluded.scale_min, scale_max = excluded.scale_max"_s)
        .bind(rubric.trackId, rubric.scaleMin, rubric.scaleMax)
        .exec();
    if (before)
        for (const Criterion &c : before->criteria)
            if (!kept.contains(c.id))
                SqlQuery(m_db, u"DELETE FROM criterion WHERE id = ?"_s).bind(c.id).exec();
    // Names are unique per track: move the kept ones out of the way first, so that swaps work.
    for (qint64 id : kept)
        SqlQuery(m_db, u"UPDATE criterion SET name = ? WHERE id = ?"_s).bind(u"\x01%1"_s.arg(id), id).exec();
    Rubric saved = rubric;
    for (qsizetype i = 0; i < saved.criteria.size(); ++i) {
        Criterion &c = saved.criteria[i];
        c.name = c.name.trimmed();
        const QVariant figure = c.figure ? QVariant(figureKey(*c.figure)) : QVariant(QMetaType::fromType<QString>());
        if (c.id && !recreated.contains(c.id)) {
            SqlQuery(m_db, u"UPDATE criterion SET position = ?, name = ?, description = ?, weight = ?, figure = ? "
                           u"WHERE id = ?"_s)
                .bind(int(i), c.name, c.description.trimmed(), c.weight)
                .bindValue(figure)
                .bind(c.id)
                .exec();
        } else {
            SqlQuery q(m_db, u"INSERT INTO criterion (id, track_id, position, name, description, weight, figure) "
                             u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
            q.bindValue(nullIfZero(c.id))
                .bind(rubric.trackId, int(i), c.name, c.description.trimmed(), c.weight)
                .bindValue(figure)
                .exec();
            c.id = q.lastInsertId();
        }
        SqlQuery(m_db, u"DELETE FROM criterion_anchor WHERE criterion_id = ?"_s).bind(c.id).exec();
        if (c.figure)
            c.anchors.clear();
        for (const Anchor &a : c.anchors)
            SqlQuery(m_db, u"INSERT INTO criterion_anchor (criterion_id, score, text) VALUES (?, ?, ?)"_s)
                .bind(c.id, a.score, a.text.trimmed())
                .exec();
    }
    saved = *this->rubric(rubric.trackId);
    const QString oldSummary = rubricSummary(before), newSummary = rubricSummary(saved);
    if (oldSummary != newSummary)
        m_log.addLog({0, {}, actor, u"rubric"_s, rubric.trackId, {}, 0, {}, oldSummary, newSummary, note});
    tx.commit();
    return saved;
}

} // namespace hd
