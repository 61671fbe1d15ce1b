// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>

#include <optional>

#include "data/localresult.h"
#include "profiles/profile.h"

class QSettings;

namespace Inspector {

/**
 * @brief The user's connection profiles, kept in QSettings (group "profiles").
 *
 * Only the fields of Profile are written; a profile has no secret, so none can reach the settings
 * file (secrets go to a SecretStore). The built-in "Demo pod" profile is always offered first and is
 * never written, edited or removed. The store does not own the QSettings (tests pass one on a
 * temporary ini file). Lives on the thread that created it.
 */
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    ~ProfileStore() override;

    /// The demo profile first, then the user's profiles in the order they were added.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;

    /// Adds @p profile (a new id is made when it has none). An error when it does not validate or
    /// its id exists.
    Result<> add(const Profile &profile);
    /// Replaces the profile with the same id. An error when unknown, the demo, or invalid.
    Result<> update(const Profile &profile);
    /// A copy with a new id and "(copy)" in its name, added after the original. Secrets are not
    /// copied here (the store has none): the caller copies them through its SecretStore.
    Result<Profile> duplicate(const QString &id);
    /// An error for the demo or an unknown id. The caller removes the profile's secrets.
    Result<> remove(const QString &id);

    /// Reads the settings again (another instance may have written them).
    void reload();

Q_SIGNALS:
    void changed();

private:
    void save();

    QSettings *m_settings;
    QList<Profile> m_profiles; ///< the user's, without the demo
};

} // namespace Inspector
