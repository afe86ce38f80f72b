#pragma once

#include "fieldedits.h"

#include <QDialog>

#include <functional>

class QTableWidget;

namespace hd {

// Someone else saved fields the form edited while it was open: shows both values of each such field
// and asks whose to keep. Keep Mine writes the form's values; Take Theirs keeps theirs in those fields
// and saves the form's other edits; Cancel saves nothing and returns to the form.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDialog(const EditConflict &conflict, QWidget *parent = nullptr);

    OnConflict choice() const { return m_choice; }
    QTableWidget *table() const { return m_table; }

    // Runs `save` (OnConflict::Ask first); when it is refused for a conflict (`conflict` then says which),
    // asks with this dialog and saves again as chosen. Returns the error, or empty once saved.
    static QString save(QWidget *parent, const std::function<QString(OnConflict)> &save,
                        const std::function<EditConflict()> &conflict);

private:
    QTableWidget *m_table;
    OnConflict m_choice = OnConflict::Ask;
};

} // namespace hd
