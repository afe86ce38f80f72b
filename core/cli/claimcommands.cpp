#include "claimcommands.h"

#include "corecommands.h"
#include "model/error.h"
#include "services/manualclaims.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

int claimCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, Tr::tr("add or remove"), u"add|remove"_s);
    parser.addOption({u"track"_s, Tr::tr("The track: its id or kind (tasks, camp, articles, fundable)."), u"ID"_s});
    parser.addOption({u"task"_s, Tr::tr("The task's number in the track."), u"N"_s});
    parser.addOption({u"login"_s, Tr::tr("The claimant's GitHub login (new logins become participants)."), u"L"_s});
    parser.addOption({u"status"_s,
                      Tr::tr("add: the claim's status, one of claimed, submitted, merged, completed (default: claimed "
                             "for a new claim; an existing claim keeps its status)."),
                      u"STATUS"_s});
    if (auto code = parseCommandArgs(ctx, parser,
                                     Tr::tr("Adds, corrects or removes a claim by hand. A claim made by hand is marked "
                                            "so: a later sync never lowers or removes it. Status completed on a task "
                                            "without a finisher makes the claimant its finisher.")))
        return *code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (pos.size() != 1 || (action != u"add" && action != u"remove")) {
        ctx.err << Tr::tr("hackdesk claim: use \"claim add --track ID --task N --login L [--status S]\" or \"claim "
                          "remove --track ID --task N --login L\".")
                << Qt::endl;
        return 2;
    }
    for (const QString &option : {u"track"_s, u"task"_s, u"login"_s})
        if (parser.value(option).trimmed().isEmpty()) {
            ctx.err << Tr::tr("hackdesk claim %1: --%2 is missing.").arg(action, option) << Qt::endl;
            return 2;
        }
    bool ok = false;
    const int number = parser.value(u"task"_s).toInt(&ok);
    if (!ok || number <= 0) {
        ctx.err << Tr::tr("hackdesk claim %1: --task \"%2\" is not a task number (a whole number from 1).")
                       .arg(action, parser.value(u"task"_s))
                << Qt::endl;
        return 2;
    }
    std::optional<ClaimStatus> status;
    if (parser.isSet(u"status"_s)) {
        if (action == u"remove") {
            ctx.err << Tr::tr("hackdesk claim remove: --status is for claim add.") << Qt::endl;
            return 2;
        }
        status = claimStatusFromWord(parser.value(u"status"_s));
        if (!status) {
            ctx.err << Tr::tr("hackdesk claim add: --status \"%1\" is not one of %2.")
                           .arg(parser.value(u"status"_s), claimStatusWords().join(u", "_s))
                    << Qt::endl;
            return 2;
        }
    }

    Database &db = ctx.database();
    EventRepository(db).requireEvent();
    ManualClaims claims(db);
    const Task task = claims.requireTask(parser.value(u"track"_s).trimmed(), number);
    QString login = parser.value(u"login"_s).trimmed();
    if (login.startsWith(u'@'))
        login = login.mid(1);
    if (action == u"remove") {
        claims.remove(task.id, login);
        ctx.out << Tr::tr("Removed the claim of @%1 on task No.%2.").arg(login).arg(number) << Qt::endl;
        return 0;
    }
    ClaimEdit edit;
    edit.taskId = task.id;
    edit.login = login;
    edit.status = status;
    const ClaimEditResult r = claims.save(edit);
    ctx.out << (r.created ? Tr::tr("Added the claim of @%1 on task No.%2 (%3).")
                          : Tr::tr("Updated the claim of @%1 on task No.%2 (%3)."))
                   .arg(login)
                   .arg(number)
                   .arg(claimStatusName(r.status))
            << Qt::endl;
    if (r.participantAdded)
        ctx.out << Tr::tr("@%1 is a new participant.").arg(login) << Qt::endl;
    if (r.finisherSet)
        ctx.out << Tr::tr("Task No.%1 is completed: @%2 is its finisher.").arg(number).arg(login) << Qt::endl;
    if (r.finisherCleared.contains(task.id))
        ctx.out << Tr::tr("Task No.%1 no longer has a finisher and takes claims again.").arg(number) << Qt::endl;
    return 0;
}

} // namespace

QList<Command> claimCommands()
{
    return {
        {u"claim"_s, u"claim add|remove --track ID --task N --login L [--status claimed|submitted|merged|completed]"_s,
         Tr::tr("Add, correct or remove a claim by hand (a later sync never lowers or removes it)."), claimCommand},
    };
}

} // namespace hd
