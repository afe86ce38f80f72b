#include "judgedialog.h"

#include "dialogs/conflictdialog.h"

#include "eventsession.h"
#include "storage/judgeassignmentrepository.h"
#include "judgingeditor.h"
#include "messages.h"
#include "model/participant.h"
#include "storage/eventrepository.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

// Logins may also be separated by spaces; names of teams and organisations only by commas and the like.
QStringList splitLogins(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,，、;；]+"_s);
    QStringList out;
    for (QString login : text.split(separators, Qt::SkipEmptyParts)) {
        if (login.startsWith(u'@'))
            login = login.mid(1);
        if (!login.isEmpty() && !out.contains(login, Qt::CaseInsensitive))
            out << login;
    }
    return out;
}

QStringList splitNames(const QString &text)
{
    static const QRegularExpression separators(u"[,，、;；\\n]+"_s);
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString name = part.simplified();
        if (!name.isEmpty() && !out.contains(name, Qt::CaseInsensitive))
            out << name;
    }
    return out;
}

QString conflictsText(const QList<JudgeConflict> &conflicts, JudgeConflict::Kind kind)
{
    QStringList parts;
    for (const JudgeConflict &c : conflicts)
        if (c.kind == kind)
            parts << (kind == JudgeConflict::Kind::Participant ? u"@"_s + c.value : c.value);
    return parts.join(u", "_s);
}

} // namespace

JudgeDialog::JudgeDialog(EventSession *session, const Judge &judge, QWidget *parent)
    : FormDialog(judge.id ? tr("Edit judge @%1").arg(judge.login) : tr("New judge"), parent)
    , m_session(session)
    , m_original(judge)
    , m_login(new QLineEdit(judge.login, this))
    , m_name(new QLineEdit(judge.name, this))
    , m_organisation(new QLineEdit(judge.organisation, this))
    , m_tracks(new QListWidget(this))
    , m_participants(new QLineEdit(conflictsText(judge.conflicts, JudgeConflict::Kind::Participant), this))
    , m_teams(new QLineEdit(conflictsText(judge.conflicts, JudgeConflict::Kind::Team), this))
    , m_organisations(new QLineEdit(conflictsText(judge.conflicts, JudgeConflict::Kind::Organisation), this))
{
    m_login->setPlaceholderText(tr("GitHub login, e.g. zhang-wei"));
    m_organisation->setPlaceholderText(tr("e.g. 百度 (judges never judge their own organisation)"));
    for (const Track &t : EventRepository(session->database()).tracks()) {
        auto *item = new QListWidgetItem(t.name, m_tracks);
        item->setData(Qt::UserRole, t.id);
        item->setCheckState(judge.trackIds.contains(t.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_tracks->setMaximumHeight(110);
    m_participants->setPlaceholderText(tr("logins, e.g. @megemini, @lin-yichen"));
    m_teams->setPlaceholderText(tr("team names, separated by commas"));
    m_organisations->setPlaceholderText(tr("organisations, separated by commas"));

    form()->addRow(tr("&Login:"), m_login);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Organisation:"), m_organisation);
    form()->addRow(tr("&Tracks:"), m_tracks);
    form()->addRow(tr("Conflicts with &participants:"), m_participants);
    form()->addRow(tr("Conflicts with t&eams:"), m_teams);
    form()->addRow(tr("Conflicts with o&rganisations:"), m_organisations);

    setValidator([this] { return validate(); });
    setSubmit([this] { return submit(); });
    for (QLineEdit *e : {m_login, m_name, m_organisation, m_participants, m_teams, m_organisations})
        connect(e, &QLineEdit::textChanged, this, &FormDialog::revalidate);
    connect(m_tracks, &QListWidget::itemChanged, this, &FormDialog::revalidate);
    revalidate();
}

void JudgeDialog::setTracks(const QList<qint64> &trackIds)
{
    for (int i = 0; i < m_tracks->count(); ++i)
        m_tracks->item(i)->setCheckState(
            trackIds.contains(m_tracks->item(i)->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
}

Judge JudgeDialog::judge() const
{
    Judge j = m_original;
    j.login = m_login->text().trimmed();
    if (j.login.startsWith(u'@'))
        j.login = j.login.mid(1);
    j.name = m_name->text().trimmed();
    j.organisation = m_organisation->text().trimmed();
    j.trackIds.clear();
    for (int i = 0; i < m_tracks->count(); ++i)
        if (m_tracks->item(i)->checkState() == Qt::Checked)
            j.trackIds << m_tracks->item(i)->data(Qt::UserRole).toLongLong();
    std::sort(j.trackIds.begin(), j.trackIds.end());
    j.conflicts.clear();
    for (const QString &login : splitLogins(m_participants->text()))
        j.conflicts.append({JudgeConflict::Kind::Participant, login});
    for (const QString &team : splitNames(m_teams->text()))
        j.conflicts.append({JudgeConflict::Kind::Team, team});
    for (const QString &organisation : splitNames(m_organisations->text()))
        j.conflicts.append({JudgeConflict::Kind::Organisation, organisation});
    // The order the repository reads them back in, so that an unchanged judge compares equal.
    std::sort(j.conflicts.begin(), j.conflicts.end(), [](const JudgeConflict &a, const JudgeConflict &b) {
        const int kind = conflictKindKey(a.kind).compare(conflictKindKey(b.kind));
        return kind != 0 ? kind < 0 : a.value.compare(b.value, Qt::CaseInsensitive) < 0;
    });
    return j;
}

QString JudgeDialog::validate() const
{
    const Judge j = judge();
    if (j.login.isEmpty())
        return tr("Login: give the judge's GitHub login.");
    if (!isValidLogin(j.login))
        return tr("Login: \"%1\" is not a GitHub login (letters, digits and single hyphens, at most 39).").arg(j.login);
    if (const auto other = JudgeAssignmentRepository(m_session->database()).judgeByLogin(j.login);
        other && other->id != j.id)
        return tr("Login: there is already a judge @%1.").arg(other->login);
    if (j.trackIds.isEmpty())
        return tr("Tracks: tick at least one track the judge judges.");
    for (const QString &login : splitLogins(m_participants->text()))
        if (!isValidLogin(login))
            return tr("Conflicts with participants: \"%1\" is not a GitHub login.").arg(login);
    return {};
}

QString JudgeDialog::submit()
{
    JudgingEditor editor(m_session);
    const Judge j = judge();
    if (j.id) { // only what was edited, over the row as it is now
        const QString error = ConflictDialog::save(
            this, [&](OnConflict c) { return editor.updateJudge(m_original, j, m_version, c); },
            [&] { return editor.conflict(); });
        if (error.isEmpty() && !editor.notice().isEmpty())
            messages::information(this, tr("Edit judge"), editor.notice());
        return error;
    }
    const QString error = editor.addJudge(j);
    if (error.isEmpty())
        m_original.id = editor.lastInsertedId();
    return error;
}

} // namespace hd
