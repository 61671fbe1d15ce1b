// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QPushButton;

namespace Inspector::Ui {

/**
 * @brief Asks which archive to open: a SQLite file (typed, picked with a non-modal QFileDialog, or
 * one of the recent ones) or a `postgresql://user@host/database` URL (no password: libpq reads
 * PGPASSWORD or ~/.pgpass). It only collects the choice: chosen() carries the text, the window
 * opens it. Window-modal with open(), never exec(). GUI thread.
 */
class OpenArchiveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenArchiveDialog)

public:
    explicit OpenArchiveDialog(const QStringList &recent, QWidget *parent = nullptr);
    ~OpenArchiveDialog() override;

    QString location() const;
    void setLocation(const QString &text);
    QComboBox *locationBox() const { return m_location; }

Q_SIGNALS:
    /// The user accepted a non-empty location.
    void chosen(const QString &location);

private:
    void browse();
    void updateButtons();

    QComboBox *m_location;
    QPushButton *m_open;
};

} // namespace Inspector::Ui
