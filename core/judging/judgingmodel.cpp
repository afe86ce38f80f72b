#include "judgingmodel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Judging)
};
} // namespace

QString figureKey(Figure figure)
{
    switch (figure) {
    case Figure::Views:
        return u"views"_s;
    case Figure::Likes:
        return u"likes"_s;
    case Figure::Favourites:
        return u"favourites"_s;
    case Figure::Comments:
        return u"comments"_s;
    case Figure::Followers:
        return u"followers"_s;
    }
    return {};
}

std::optional<Figure> figureFromKey(QStringView key)
{
    for (Figure f : AllFigures)
        if (key.compare(figureKey(f), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

QString figureName(Figure figure)
{
    switch (figure) {
    case Figure::Views:
        return Tr::tr("Views");
    case Figure::Likes:
        return Tr::tr("Likes");
    case Figure::Favourites:
        return Tr::tr("Favourites");
    case Figure::Comments:
        return Tr::tr("Comments");
    case Figure::Followers:
        return Tr::tr("Followers");
    }
    return {};
}

QString conflictKindKey(JudgeConflict::Kind kind)
{
    switch (kind) {
    case JudgeConflict::Kind::Participant:
        return u"participant"_s;
    case JudgeConflict::Kind::Team:
        return u"team"_s;
    case JudgeConflict::Kind::Organisation:
        return u"organisation"_s;
    }
    return {};
}

std::optional<JudgeConflict::Kind> conflictKindFromKey(QStringView key)
{
    for (auto k : {JudgeConflict::Kind::Participant, JudgeConflict::Kind::Team, JudgeConflict::Kind::Organisation})
        if (key.compare(conflictKindKey(k), Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

QList<Criterion> Rubric::judgedCriteria() const
{
    QList<Criterion> out;
    for (const Criterion &c : criteria)
        if (c.judged())
            out.append(c);
    return out;
}

const Criterion *Rubric::criterion(qint64 id) const
{
    for (const Criterion &c : criteria)
        if (c.id == id)
            return &c;
    return nullptr;
}

QString sheetStatusKey(SheetStatus status)
{
    return status == SheetStatus::Submitted ? u"submitted"_s : u"draft"_s;
}

std::optional<SheetStatus> sheetStatusFromKey(QStringView key)
{
    if (key == u"draft")
        return SheetStatus::Draft;
    if (key == u"submitted")
        return SheetStatus::Submitted;
    return std::nullopt;
}

QString sheetStatusName(SheetStatus status)
{
    return status == SheetStatus::Submitted ? Tr::tr("Submitted") : Tr::tr("Draft");
}

} // namespace hd
