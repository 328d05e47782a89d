#pragma once

#include "profile/Profile.h"

#include <QSettings>
#include <optional>

// Keeps profiles (never secret values) in the application's QSettings. Cheap, synchronous and
// local: a few keys in an INI file.
class ProfileStore
{
public:
    ProfileStore();
    explicit ProfileStore(const QString &settingsFile); // for tests and tools

    QStringList names() const; // sorted case-insensitively
    bool contains(const QString &name) const;
    std::optional<Profile> load(const QString &name) const;
    void save(const Profile &profile); // creates or replaces
    void remove(const QString &name);
    // Moves the settings of from to to (secrets are moved by SecretStore). to must not exist.
    bool rename(const QString &from, const QString &to);

    // Other per-profile settings (e.g. what the checklist remembers), kept in the profile's group
    // so that they go when the profile is removed. key may hold '/' for a sub-group. Nothing is
    // written for a profile that does not exist (false).
    QVariant profileValue(const QString &name, const QString &key,
                          const QVariant &fallback = {}) const;
    bool setProfileValue(const QString &name, const QString &key, const QVariant &value);

    QString lastProfile() const;
    void setLastProfile(const QString &name);

    void sync() { m_settings.sync(); }

private:
    static QString groupFor(const QString &name);
    mutable QSettings m_settings;
};
