// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Inspector::Ui {

/**
 * @brief Tools > ID converter: paste any message or stream id and see both forms (URL-safe, as the
 * API uses, and standard Base64, as the Symphony client shows), whether it is valid and why not,
 * with copy buttons and jumps to the stream or message. Conversion is Inspector::Ids; this class
 * only shows it. Lives on the GUI thread.
 */
class IdConverterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdConverterDialog)

public:
    explicit IdConverterDialog(QWidget *parent = nullptr);
    ~IdConverterDialog() override;

    void setId(const QString &id);

    QString id() const;
    bool isIdValid() const { return m_valid; }
    QString urlSafeId() const;
    QString standardId() const;
    /// The validity line shown under the input ("Valid id: 25 bytes." or the reason it is not).
    QString validityText() const;

Q_SIGNALS:
    void openStreamRequested(const QString &streamId);
    void openMessageRequested(const QString &messageId);

private:
    void update();
    void copy(const QString &text);

    QLineEdit *m_input;
    QLabel *m_validity;
    QLineEdit *m_urlSafe;
    QLineEdit *m_standard;
    QPushButton *m_copyUrlSafe;
    QPushButton *m_copyStandard;
    QPushButton *m_openStream;
    QPushButton *m_openMessage;
    bool m_valid = false;
};

} // namespace Inspector::Ui
