// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <optional>

#include "archive/location.h"
#include "archive/store.h"
#include "command.h"
#include "console.h"
#include "exitcode.h"
#include "messagequery.h"

namespace Inspector::Cli {

/**
 * @brief Common ground of the `archive …` commands: the ARCHIVE argument, the store, the time
 * window. The commands are in archivecommand.cpp (sync, info, upgrade, verify),
 * archivereadcommands.cpp (streams, messages, search, receipts, events) and
 * archiveanalysiscommands.cpp (diff, coverage).
 */
class ArchiveCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    /// The ARCHIVE argument, then what the command reads besides (validateOptions()).
    Result<> validate() final
    {
        Result<Archive::Location> location = Archive::Location::parse(cli().arguments().value(0));
        if (!location)
            return location.error();
        m_location = location.value();
        return validateOptions();
    }

protected:
    /// The arguments and options past ARCHIVE; none by default.
    virtual Result<> validateOptions() { return {}; }

    /// Opens the archive, or ends the command with the reason.
    bool openStore(Archive::Store::Mode mode)
    {
        Result<std::unique_ptr<Archive::Store>> store = Archive::Store::open(m_location, mode);
        if (!store) {
            console().error(store.error().message());
            done(mode == Archive::Store::Mode::Read ? Usage : LocalFileFailed);
            return false;
        }
        m_store = std::move(store).value();
        return true;
    }
    /// Opens the archive as its one writer (Store::openWriter), or ends the command with the reason.
    bool openWriter()
    {
        Result<std::unique_ptr<Archive::Store>> store = Archive::Store::openWriter(m_location);
        if (!store) {
            console().error(store.error().message());
            done(LocalFileFailed);
            return false;
        }
        m_store = std::move(store).value();
        return true;
    }
    /// The JSON object of stored bytes (the server's, kept verbatim).
    static QJsonObject objectOf(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }
    /// Ends the command on a failed read.
    void failLocal(const LocalError &error)
    {
        console().error(error.message());
        done(LocalFileFailed);
    }

    /// --since and --until (either form of time), for the commands that take them.
    Result<> readTimeWindow()
    {
        const Result<MessageQuery> window = MessageQuery::readTimeWindow(cli());
        if (!window)
            return window.error();
        if (cli().isSet(QStringLiteral("since")))
            m_since = window.value().since;
        m_until = window.value().until;
        return {};
    }

    Archive::Location m_location;
    std::unique_ptr<Archive::Store> m_store;
    std::optional<qint64> m_since; ///< readTimeWindow(): unset when not given
    std::optional<qint64> m_until;
};

} // namespace Inspector::Cli
