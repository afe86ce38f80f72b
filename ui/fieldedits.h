#pragma once

// What the forms save: only the fields the user edited, written over the row as it is now, so that
// another program's change to the other fields (an import, a sync) is kept. When someone else saved one
// of the edited fields since the form read the row (its version moved), the save is refused with an
// EditConflict, unless the user has chosen whose value wins. EventEditor and JudgingEditor use it for
// tasks, participants, teams, judges and submissions.

#include <QList>
#include <QString>

namespace hd {

class Database;

// For each of `fields` in which `edited` differs from `loaded`, copies `from`'s value onto `to`; true when
// there were any. Redo passes the edited row as `from`, undo the row as it was before the redo.
template <typename T, typename... F>
bool copyEdited(const T &loaded, const T &edited, const T &from, T &to, F T::*...fields)
{
    bool any = false;
    (
        [&](auto field) {
            if (edited.*field != loaded.*field) {
                to.*field = from.*field;
                any = true;
            }
        }(fields),
        ...);
    return any;
}

// A field the form edited and someone else saved differently meanwhile, as the user reads both.
struct FieldConflict
{
    QString field;
    QString mine;
    QString theirs;
};

// A save refused because someone else saved the same fields of the row since the form read it.
struct EditConflict
{
    QString what; // "task No.3", "@octocat"
    QList<FieldConflict> fields;
    bool isEmpty() const { return fields.isEmpty(); }
};

// What a save does with fields someone else saved differently meanwhile: refuse and ask (with an
// EditConflict), write the form's values, or keep theirs (the form's other edits are saved).
enum class OnConflict { Ask, KeepMine, TakeTheirs };

// Finds the conflicts field by field: collects each field edited in the form (`edited` differs from
// `loaded`) that the row `now` holds differently from both, and copies their value into `theirs`.
template <typename T> class ConflictFinder
{
public:
    ConflictFinder(const T &loaded, const T &edited, const T &now, T &theirs)
        : m_loaded(loaded)
        , m_edited(edited)
        , m_now(now)
        , m_theirs(theirs)
    {}

    // `show` says a value of the field in words.
    template <typename V, typename Show> ConflictFinder &field(V T::*field, const QString &label, Show show)
    {
        if (m_edited.*field != m_loaded.*field && m_now.*field != m_loaded.*field && m_edited.*field != m_now.*field) {
            m_fields.append({label, show(m_edited.*field), show(m_now.*field)});
            m_theirs.*field = m_now.*field;
        }
        return *this;
    }
    QList<FieldConflict> fields() const { return m_fields; }

private:
    const T &m_loaded;
    const T &m_edited;
    const T &m_now;
    T &m_theirs;
    QList<FieldConflict> m_fields;
};

// Whether someone saved the row `id` of `table` since the form read it at `loadedVersion` (0: not known,
// so perhaps). Holds the row until the transaction ends.
bool savedSince(const Database &db, const QString &table, qint64 id, qint64 loadedVersion);
// Throws the error that refuses a save for `conflict`.
[[noreturn]] void refuseConflicting(const EditConflict &conflict);

// The first run of a form's save, in its transaction: when someone else saved the row since the form read
// it and `find` (a function filling a ConflictFinder) names fields the form edited that they saved
// differently, refuses the save (throws, filling `conflict`), unless `onConflict` says whose values win;
// then `edited` becomes what is to be written.
template <typename T, typename Find>
void checkConflicts(const Database &db, const QString &table, const T &loaded, T &edited, const T &now,
                    qint64 loadedVersion, OnConflict onConflict, EditConflict &conflict, Find find)
{
    if (!savedSince(db, table, loaded.id, loadedVersion))
        return;
    T theirs = edited;
    ConflictFinder<T> finder(loaded, edited, now, theirs);
    find(finder);
    conflict.fields = finder.fields();
    if (conflict.isEmpty() || onConflict == OnConflict::KeepMine)
        return;
    if (onConflict == OnConflict::TakeTheirs) {
        edited = theirs;
        return;
    }
    refuseConflicting(conflict);
}

} // namespace hd
