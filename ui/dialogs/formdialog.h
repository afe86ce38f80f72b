#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace hd {

// A form in a dialog: fields, a line that says what is wrong, and OK enabled only when the form is
// valid. On OK, the submit function saves; its error (if any) is shown and the dialog stays open.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FormDialog(const QString &title, QWidget *parent = nullptr);

    // Returns what is wrong with the form, or an empty string.
    void setValidator(std::function<QString()> validate) { m_validate = std::move(validate); }
    // Saves; returns an error message, or an empty string on success.
    void setSubmit(std::function<QString()> submit) { m_submit = std::move(submit); }

    QFormLayout *form() const { return m_form; }
    // A row showing text as it is (names and titles from GitHub may hold markup): returns its label.
    QLabel *addTextRow(const QString &label, const QString &text);
    QString problem() const;
    void accept() override;

public slots:
    void revalidate();

private:
    QFormLayout *m_form;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    std::function<QString()> m_validate;
    std::function<QString()> m_submit;
};

} // namespace hd
