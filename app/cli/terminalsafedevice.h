// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QPointer>

namespace Inspector::Cli {

/**
 * @brief A write-only filter in front of standard output for JSON and JSON Lines: what a terminal
 * would act on but a JSON writer leaves raw (DEL, the C1 controls U+0080 to U+009F, the bidi
 * overrides and isolates) is written as a `\uXXXX` escape (Text::escapeTerminalControls).
 *
 * Only for JSON text: every such byte is inside a JSON string there, so the values stay the same,
 * only their spelling changes. The filter keeps state across write() calls: the start of a UTF-8
 * sequence that could be one of those characters is held until its next byte comes, so a sequence
 * split between two writes is still recognised. Everything else is written on at once. A failed
 * write of the target fails the write here, with the target's errorString(). flush() flushes the
 * target (a file device); close() writes what is held (an incomplete sequence, as it is) and flushes.
 */
class TerminalSafeDevice final : public QIODevice
{
    Q_OBJECT

public:
    /// Opens itself write-only on @p target, which must stay alive while this is open.
    explicit TerminalSafeDevice(QIODevice *target, QObject *parent = nullptr);
    ~TerminalSafeDevice() override;

    bool isSequential() const override { return true; }
    void close() override;

    /// Flushes the target when it is a file device (standard output); false with errorString() on failure.
    bool flush();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool writeOn(const QByteArray &bytes);

    QPointer<QIODevice> m_target;
    QByteArray m_held; ///< at most 2 bytes: the start of a sequence that may have to be escaped
};

} // namespace Inspector::Cli
