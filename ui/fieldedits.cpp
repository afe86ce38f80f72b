#include "fieldedits.h"

#include "model/error.h"
#include "storage/rowversion.h"

#include <QCoreApplication>

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FieldEdits)
};
} // namespace

bool savedSince(const Database &db, const QString &table, qint64 id, qint64 loadedVersion)
{
    const qint64 now = RowVersion::lock(db, table, id);
    return !loadedVersion || now != loadedVersion;
}

void refuseConflicting(const EditConflict &conflict)
{
    throw Error(Tr::tr("Someone else saved %1 while the form was open, with other values in fields you edited. "
                       "Nothing was saved.")
                    .arg(conflict.what));
}

} // namespace hd
