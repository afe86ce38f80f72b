#include "setupeditor.h"

#include "model/currency.h"
#include "model/error.h"

#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

const QStringList &SetupEditor::keys()
{
    static const QStringList all = {u"event.currency"_s,  u"event.time-zone"_s,    u"event.name"_s,
                                    u"event.organiser"_s, u"event.sponsor"_s,      u"event.language"_s,
                                    u"event.launch"_s,    u"event.rfc-deadline"_s, u"event.pr-deadline"_s,
                                    u"event.results"_s,   u"money.star-value"_s,   u"money.cap"_s,
                                    u"money.pool"_s,      u"claims.keywords"_s,    u"github.pr-titles"_s};
    return all;
}

SetupEditor::SetupEditor(const EventSetup &base, QWidget *parent)
    : QWidget(parent)
    , m_base(base)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Groups in the order a person fills them in; the labels are for people, the keys for `config`.
    const QList<std::pair<QString, QList<std::pair<QString, QString>>>> groups = {
        {tr("Identity"),
         {{u"event.name"_s, tr("&Name:")},
          {u"event.organiser"_s, tr("&Organiser:")},
          {u"event.sponsor"_s, tr("S&ponsor:")},
          {u"event.language"_s, tr("&Language on GitHub (zh_CN or en):")}}},
        {tr("Money"),
         {{u"event.currency"_s, tr("&Currency (ISO 4217):")},
          {u"money.star-value"_s, tr("&Star value:")},
          {u"money.cap"_s, tr("Cap per &person (0 = none):")},
          {u"money.pool"_s, tr("Prize p&ool:")}}},
        {tr("Time zone and deadlines"),
         {{u"event.time-zone"_s, tr("&Time zone:")},
          {u"event.launch"_s, tr("La&unch:")},
          {u"event.rfc-deadline"_s, tr("&Design document deadline:")},
          {u"event.pr-deadline"_s, tr("P&R deadline:")},
          {u"event.results"_s, tr("&Results:")}}},
        {tr("Conventions on GitHub"),
         {{u"claims.keywords"_s, tr("Claim &words (;-separated):")},
          {u"github.pr-titles"_s, tr("PR-&title patterns ({n} = task number):")}}},
    };
    for (const auto &[title, rows] : groups) {
        auto *box = new QGroupBox(title, this);
        auto *form = new QFormLayout(box);
        for (const auto &[key, label] : rows) {
            auto *edit = new QLineEdit(box);
            edit->setObjectName(key);
            edit->setToolTip(EventSettings::description(key));
            form->addRow(label, edit);
            m_fields.insert(key, edit);
            QString plain = label; // "Star value" for messages
            plain.remove(u'&');
            m_labels.insert(key, plain.left(plain.lastIndexOf(u':')));
            connect(edit, &QLineEdit::textEdited, this, [this] {
                markFields();
                emit edited();
            });
        }
        layout->addWidget(box);
    }
    QStringList codes;
    for (const Currency &c : Currency::all())
        codes << c.code;
    m_fields[u"event.currency"_s]->setCompleter(new QCompleter(codes, this));
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    auto *zoneCompleter = new QCompleter(zones, this);
    zoneCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    zoneCompleter->setFilterMode(Qt::MatchContains);
    m_fields[u"event.time-zone"_s]->setCompleter(zoneCompleter);
    m_fields[u"event.launch"_s]->setPlaceholderText(tr("e.g. 2026-05-04T10:00 (in the event's time zone)"));
    setBase(base);
}

void SetupEditor::setBase(const EventSetup &base)
{
    m_base = base;
    for (const QString &key : keys())
        m_fields[key]->setText(EventSettings::find(key)->read(base));
    markFields();
}

QString SetupEditor::value(const QString &key) const
{
    return m_fields.value(key) ? m_fields.value(key)->text() : QString();
}

QString SetupEditor::check(EventSetup *setup, QString *badKey) const
{
    for (const QString &key : keys()) {
        try {
            EventSettings::find(key)->write(*setup, value(key));
        } catch (const Error &e) {
            if (badKey)
                *badKey = key;
            return u"%1: %2"_s.arg(m_labels.value(key), e.message());
        }
    }
    return {};
}

QString SetupEditor::problem() const
{
    EventSetup setup = m_base;
    return check(&setup);
}

EventSetup SetupEditor::result() const
{
    EventSetup setup = m_base;
    check(&setup);
    return setup;
}

QStringList SetupEditor::changedKeys() const
{
    QStringList out;
    for (const QString &key : keys())
        if (value(key) != EventSettings::find(key)->read(m_base))
            out << key;
    return out;
}

void SetupEditor::markFields()
{
    // The field the checks refuse is outlined; the rest are plain.
    EventSetup setup = m_base;
    QString bad;
    check(&setup, &bad);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setStyleSheet(it.key() == bad ? u"border: 2px solid palette(highlight);"_s : QString());
}

} // namespace hd
