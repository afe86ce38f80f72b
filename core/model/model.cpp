#include "claim.h"
#include "isotime.h"
#include "participant.h"
#include "pullrequest.h"
#include "task.h"
#include "track.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct TrTrack
{
    Q_DECLARE_TR_FUNCTIONS(TrackKind)
};
struct TrClaim
{
    Q_DECLARE_TR_FUNCTIONS(ClaimStatus)
};
} // namespace

QString trackKindKey(TrackKind kind)
{
    switch (kind) {
    case TrackKind::Tasks:
        return u"tasks"_s;
    case TrackKind::Camp:
        return u"camp"_s;
    case TrackKind::Articles:
        return u"articles"_s;
    case TrackKind::Fundable:
        return u"fundable"_s;
    }
    return {};
}

std::optional<TrackKind> trackKindFromKey(QStringView key)
{
    for (auto k : {TrackKind::Tasks, TrackKind::Camp, TrackKind::Articles, TrackKind::Fundable})
        if (key == trackKindKey(k))
            return k;
    return std::nullopt;
}

QString trackKindName(TrackKind kind)
{
    switch (kind) {
    case TrackKind::Tasks:
        return TrTrack::tr("Tasks");
    case TrackKind::Camp:
        return TrTrack::tr("Code camp");
    case TrackKind::Articles:
        return TrTrack::tr("Articles");
    case TrackKind::Fundable:
        return TrTrack::tr("Fundable projects");
    }
    return {};
}

QString claimStatusBadge(ClaimStatus status)
{
    static const QString badges[ClaimStatusCount] = {u"报名"_s,   u"提交RFC"_s,  u"完成设计文档"_s,
                                                     u"提交PR"_s, u"部分完成"_s, u"完成任务"_s};
    return badges[static_cast<int>(status)];
}

QString claimStatusColour(ClaimStatus status)
{
    static const QString colours[ClaimStatusCount] = {u"2ECC71"_s, u"F1C40F"_s, u"3498DB"_s,
                                                      u"F39C12"_s, u"FFC0CB"_s, u"9B59B6"_s};
    return colours[static_cast<int>(status)];
}

QString claimStatusName(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Registered:
        return TrClaim::tr("Claimed");
    case ClaimStatus::RfcSubmitted:
        return TrClaim::tr("RFC submitted");
    case ClaimStatus::DesignDone:
        return TrClaim::tr("Design doc merged");
    case ClaimStatus::PrSubmitted:
        return TrClaim::tr("PR submitted");
    case ClaimStatus::PartlyDone:
        return TrClaim::tr("Partly done");
    case ClaimStatus::Completed:
        return TrClaim::tr("Completed");
    }
    return {};
}

std::optional<ClaimStatus> claimStatusFromBadge(QStringView badge)
{
    for (int i = 0; i < ClaimStatusCount; ++i)
        if (badge.trimmed() == claimStatusBadge(static_cast<ClaimStatus>(i)))
            return static_cast<ClaimStatus>(i);
    return std::nullopt;
}

QString normalisedLogin(QStringView login)
{
    QStringView l = login.trimmed();
    if (l.startsWith(u'@'))
        l = l.mid(1);
    return l.toString().toLower();
}

bool isValidLogin(QStringView login)
{
    // GitHub: alphanumerics and single hyphens, not at the ends, at most 39 characters. Bots end in [bot].
    static const QRegularExpression re(u"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(\\[bot\\])?$"_s);
    return re.match(login).hasMatch();
}

bool isWebAddress(QStringView text)
{
    const QUrl url(text.trimmed().toString(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == u"https" || url.scheme() == u"http");
}

QString prStateKey(PullRequest::State state)
{
    switch (state) {
    case PullRequest::State::Open:
        return u"open"_s;
    case PullRequest::State::Closed:
        return u"closed"_s;
    case PullRequest::State::Merged:
        return u"merged"_s;
    }
    return {};
}

PullRequest::State prStateFromKey(QStringView key)
{
    if (key == u"merged")
        return PullRequest::State::Merged;
    if (key == u"closed")
        return PullRequest::State::Closed;
    return PullRequest::State::Open;
}

QString defenceKey(Task::Defence d)
{
    switch (d) {
    case Task::Defence::Passed:
        return u"passed"_s;
    case Task::Defence::Partly:
        return u"partly"_s;
    case Task::Defence::Failed:
        return u"failed"_s;
    case Task::Defence::Pending:
        break;
    }
    return u"pending"_s;
}

Task::Defence defenceFromKey(QStringView key)
{
    for (auto d : {Task::Defence::Passed, Task::Defence::Partly, Task::Defence::Failed})
        if (key == defenceKey(d))
            return d;
    return Task::Defence::Pending;
}

QString isoDateTimeText(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.offsetFromUtc() % 60 ? t.toUTC().toString(Qt::ISODate) : t.toString(Qt::ISODate);
}

} // namespace hd
