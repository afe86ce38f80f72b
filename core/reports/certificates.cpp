#include "certificates.h"

#include "services/payoutdata.h"
#include "storage/payoutrepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Certificates)
};

// A certificate of `kind` for the person and track of `row`.
Certificate certificateOf(Certificate::Kind kind, const CertificateRow &row)
{
    Certificate c;
    c.kind = kind;
    c.login = row.login;
    c.name = row.name;
    c.trackName = row.trackName;
    return c;
}
} // namespace

QList<Certificate> loadCertificates(const Database &db, const PayoutReport *payouts)
{
    QList<Certificate> out;
    QHash<QString, int> trackPosition;

    const PayoutRepository rows(db);
    // Finishers of tasks and fundable projects: one certificate per person and track.
    for (const CertificateRow &r : rows.finishers()) {
        trackPosition.insert(r.trackName, r.trackPosition);
        const QString item = Tr::tr("No.%1 %2").arg(QString::number(r.number), r.title).trimmed();
        if (!out.isEmpty() && out.last().kind == Certificate::Finisher && out.last().login == r.login &&
            out.last().trackName == r.trackName) {
            out.last().items << item;
            continue;
        }
        Certificate c = certificateOf(Certificate::Finisher, r);
        c.items << item;
        out.append(c);
    }
    // Campers who passed their defence.
    for (const CertificateRow &r : rows.passedCampers()) {
        Certificate c = certificateOf(Certificate::CampPassed, r);
        trackPosition.insert(c.trackName, r.trackPosition);
        c.items << r.title;
        c.grade = r.grade;
        out.append(c);
    }
    // Ranked articles (stage 2 prizes).
    for (const CertificateRow &r : rows.rankedArticles()) {
        Certificate c = certificateOf(Certificate::ArticlePrize, r);
        trackPosition.insert(c.trackName, r.trackPosition);
        c.items << r.title;
        c.rank = r.rank;
        out.append(c);
    }
    // The stars of the event.
    PayoutReport computed;
    if (!payouts) {
        computed = computePayouts(db);
        payouts = &computed;
    }
    for (const QString &login : payouts->starsOfTheEvent) {
        const auto person = std::find_if(payouts->people.begin(), payouts->people.end(),
                                         [&](const PersonPayout &p) { return p.login == login; });
        Certificate c;
        c.kind = Certificate::StarOfTheEvent;
        c.login = login;
        if (person != payouts->people.end()) {
            c.name = person->name;
            c.stars = person->stars;
        }
        out.append(c);
    }

    std::stable_sort(out.begin(), out.end(), [&](const Certificate &a, const Certificate &b) {
        if (const int c = a.login.compare(b.login, Qt::CaseInsensitive))
            return c < 0;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return trackPosition.value(a.trackName) < trackPosition.value(b.trackName);
    });
    return out;
}

} // namespace hd
