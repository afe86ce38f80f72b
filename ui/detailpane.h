#pragma once

#include <QList>
#include <QUrl>
#include <QWidget>

class QSplitter;
class QTextBrowser;

namespace hd {

class EventSession;
class ReloadGate;
class TablePage;

// Beside a table of tasks, participants or submissions: the one selected in detail. A task's or a
// person's claims as a timeline (when, who, status), their pull requests with their state, the links
// (task issue, PRs, profile) that open in the browser, and what the payouts give them; a submission's
// authors, task, links, judges and score. It follows the table's selection and reloads with the event
// (through a ReloadGate, when it is in view).
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Task, Person, Submission };

    DetailPane(EventSession *session, Kind kind, QWidget *parent = nullptr);

    // Shows the row selected in `table` whenever exactly one is.
    void follow(TablePage *table);
    // A splitter named `name` (its sizes are kept) in the table's place: the table, and this pane beside it
    // following its selection. The caller puts the splitter where the table was to go.
    QSplitter *besideTable(TablePage *table, const QString &name);
    // Shows this task, person or submission (0: the hint to select one).
    void showItem(qint64 id);
    qint64 shownId() const { return m_id; }
    void reload();

    QTextBrowser *browser() const { return m_browser; }
    // What the pane shows, as text; its links, in order.
    QString text() const;
    QList<QUrl> links() const;

private:
    QString html() const;
    QString taskHtml() const;
    QString personHtml() const;
    QString submissionHtml() const;
    QString hint() const;

    EventSession *m_session;
    Kind m_kind;
    qint64 m_id = 0;
    QTextBrowser *m_browser;
    ReloadGate *m_gate;
};

} // namespace hd
