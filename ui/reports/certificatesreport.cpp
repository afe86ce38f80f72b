// The certificates: one page per finisher (per track), camper who passed, ranked article and star of the
// event, ready to print and hand out.

#include "reportbuilders.h"
#include "reports/certificates.h"
#include "services/payoutdata.h"

using namespace Qt::StringLiterals;

namespace hd::reports {

std::unique_ptr<ReportDocument> certificates(const Context &ctx)
{
    const PayoutReport payouts = computePayouts(ctx.db);
    const QList<Certificate> all = loadCertificates(ctx.db, &payouts);
    const QString issued = eventDate(ctx, ctx.options.generatedAt);

    auto doc = newDocument(ctx, ReportKind::Certificates);
    if (all.isEmpty()) {
        doc->heading(ReportDocument::tr("Certificates"), 1);
        doc->paragraph(
            ReportDocument::tr("No certificates yet: nobody has finished a task, passed the code camp or won a "
                               "prize."),
            ReportDocument::Tone::Muted);
        return doc;
    }
    for (const Certificate &c : all) {
        doc->pageBreak();
        doc->centred(ctx.event.name, 14, true, 25);
        QString title;
        switch (c.kind) {
        case Certificate::Finisher:
            title = ReportDocument::tr("Certificate of Completion");
            break;
        case Certificate::CampPassed:
            title = ReportDocument::tr("Code Camp Certificate");
            break;
        case Certificate::ArticlePrize:
            title = ReportDocument::tr("Certificate of Award");
            break;
        case Certificate::StarOfTheEvent:
            title = ReportDocument::tr("Star of the Event");
            break;
        }
        doc->centred(title, 24, true, 16);
        doc->centred(ReportDocument::tr("This certifies that"), 11, false, 16);
        doc->centred(c.name.isEmpty() ? u"@"_s + c.login : c.name, 22, true, 6);
        if (!c.name.isEmpty())
            doc->centred(u"@"_s + c.login, 11, false, 2);
        switch (c.kind) {
        case Certificate::Finisher:
            doc->centred(
                ReportDocument::tr("completed %n task(s) of %1:", nullptr, int(c.items.size())).arg(c.trackName), 11,
                false, 10);
            for (const QString &item : c.items)
                doc->centred(item, 10.5, false, 2);
            break;
        case Certificate::CampPassed:
            doc->centred(c.grade.isEmpty()
                             ? ReportDocument::tr("passed the final defence of %1 with the project").arg(c.trackName)
                             : ReportDocument::tr("passed the final defence of %1 with the grade %2 for the project")
                                   .arg(c.trackName, c.grade),
                         11, false, 10);
            doc->centred(c.items.value(0), 10.5, false, 2);
            break;
        case Certificate::ArticlePrize:
            doc->centred(ReportDocument::tr("won prize %1 of %2 with the article").arg(c.rank).arg(c.trackName), 11,
                         false, 10);
            doc->centred(c.items.value(0), 10.5, false, 2);
            break;
        case Certificate::StarOfTheEvent:
            doc->centred(
                ReportDocument::tr("is one of the stars of the event, the people with the most stars, with %1 stars.")
                    .arg(c.stars.toString()),
                11, false, 10);
            break;
        }
        doc->centred(ctx.event.organiser.isEmpty() ? issued : u"%1 · %2"_s.arg(ctx.event.organiser, issued), 10, false,
                     30);
        doc->centred(u"______________________________"_s, 10, false, 14);
        doc->centred(ReportDocument::tr("for the organisers"), 9, false, 1);
    }
    return doc;
}

} // namespace hd::reports
