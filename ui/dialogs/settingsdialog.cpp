#include "settingsdialog.h"

#include "eventsession.h"
#include "eventsetupeditor.h"
#include "setupeditor.h"

#include <QFormLayout>

namespace hd {

SettingsDialog::SettingsDialog(EventSession *session, EventSetupEditor *editor, QWidget *parent)
    : FormDialog(tr("Event settings"), parent)
    , m_setup(new SetupEditor(EventSettings(session->database()).load(), this))
{
    form()->addRow(m_setup);
    setValidator([this] { return m_setup->problem(); });
    setSubmit([this, editor] {
        QList<std::pair<QString, QString>> values;
        for (const QString &key : m_setup->changedKeys())
            values.append({key, m_setup->value(key)});
        return editor->changeSettings(values);
    });
    connect(m_setup, &SetupEditor::edited, this, &FormDialog::revalidate);
    revalidate();
}

} // namespace hd
