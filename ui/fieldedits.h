#pragma once

// What the forms save: only the fields the user edited, written over the row as it is now, so that
// another program's change to the other fields (an import, a sync) is kept. EventEditor and
// JudgingEditor use it for tasks, participants, judges and submissions.

namespace hd {

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

} // namespace hd
