#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace hd {

// How a track pays: each kind has its own reward rule.
enum class TrackKind { Tasks, Camp, Articles, Fundable };

QString trackKindKey(TrackKind kind); // "tasks", "camp", "articles", "fundable"
std::optional<TrackKind> trackKindFromKey(QStringView key);
QString trackKindName(TrackKind kind); // translated, for people

// One of the event's tracks with the parameters of its reward rule.
struct Track
{
    qint64 id = 0;
    int position = 0;
    QString name;
    TrackKind kind = TrackKind::Tasks;
    Fen budgetFen = 0;
    // articles: stage-1 slots and what each pays; fundable: payout threshold in percent;
    // camp: whether months beyond three raise the grade.
    int quota = 0;
    Stars quotaStars;
    int thresholdPercent = 0;
    bool monthsRule = false;
};

// A named group of tasks in a track ("框架 API 开发").
struct Direction
{
    qint64 id = 0;
    qint64 trackId = 0;
    int position = 0;
    QString name;
};

// A reward level of a track: a camp grade, an article rank. Pays stars or a cash amount.
struct RewardTier
{
    qint64 id = 0;
    qint64 trackId = 0;
    int position = 0;
    QString name;
    Stars stars;
    std::optional<Fen> cashFen;
};

} // namespace hd
