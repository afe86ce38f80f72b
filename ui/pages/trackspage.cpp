#include "trackspage.h"

#include "dialogs/trackdialog.h"
#include "eventsession.h"
#include "eventsetupeditor.h"
#include "messages.h"
#include "storage/eventrepository.h"

#include <QPushButton>

namespace hd {

TracksPage::TracksPage(EventSession *session, EventSetupEditor *editor, TableModel *model, QWidget *parent)
    : TablePage(model, parent)
    , m_session(session)
    , m_editor(editor)
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
{
    setActions([this] { addTrack(); }, [this](qint64 id) { editTrack(id); }, [this](qint64 id) { removeTrack(id); });
    addToBar(m_up);
    addToBar(m_down);
    connect(m_up, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            moveTrack(id, -1);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            moveTrack(id, +1);
    });
}

void TracksPage::showError(const QString &message)
{
    messages::warning(this, tr("Tracks"), message);
}

void TracksPage::addTrack()
{
    const EventRepository events(m_session->database());
    TrackDialog dialog(TrackService::Setup{}, Currency::of(events.requireEvent().currency), this);
    dialog.setSubmit([&] { return m_editor->addTrack(dialog.setup()); });
    if (dialog.exec() == QDialog::Accepted)
        selectId(m_editor->lastInsertedId());
}

void TracksPage::editTrack(qint64 id)
{
    const EventRepository events(m_session->database());
    if (!events.track(id))
        return;
    TrackDialog dialog(TrackService(m_session->database()).setup(id), Currency::of(events.requireEvent().currency),
                       this);
    dialog.setSubmit([&] { return m_editor->saveTrack(dialog.setup()); });
    dialog.exec();
}

void TracksPage::removeTrack(qint64 id)
{
    const EventRepository events(m_session->database());
    const auto track = events.track(id);
    if (!track)
        return;
    if (const auto why = events.trackRemovalBlocker(id)) {
        showError(tr("Track \"%1\" cannot be removed: %2. Remove those first.").arg(track->name, *why));
        return;
    }
    if (messages::question(this, tr("Remove track"), tr("Remove track \"%1\"?").arg(track->name)) != QMessageBox::Yes)
        return;
    if (const QString error = m_editor->removeTrack(id); !error.isEmpty())
        showError(error);
}

void TracksPage::moveTrack(qint64 id, int by)
{
    const QList<Track> all = EventRepository(m_session->database()).tracks();
    for (int i = 0; i < all.size(); ++i)
        if (all[i].id == id) {
            if (i + by < 0 || i + by >= all.size())
                return;
            if (const QString error = m_editor->moveTrack(id, i + by); !error.isEmpty())
                showError(error);
            selectId(id);
            return;
        }
}

} // namespace hd
