#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QSettings>
#include <optional>

// Keeps profiles (never secret values) in the application's QSettings. Cheap, synchronous and
// local: a few keys in an INI file.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    ProfileStore();
    explicit ProfileStore(const QString &settingsFile); // for tests and tools

    QStringList names() const; // sorted case-insensitively
    bool contains(const QString &name) const;
    std::optional<Profile> load(const QString &name) const;
    // Creates or replaces. false when the settings file cannot be written (read-only folder,
    // a broken file): errorString() says which file and what to do.
    bool save(const Profile &profile);
    void remove(const QString &name);
    // Moves every setting of from (the profile's own and what pages keep in its group, such as
    // the checklist's) to to. Secrets are moved by SecretStore. to must not exist.
    bool rename(const QString &from, const QString &to);
    // The same, keeping from: every setting of from is copied to to. to must not exist.
    bool duplicate(const QString &from, const QString &to);
    // Why the last write failed, translated, naming the file and the fix; empty when it did not.
    QString errorString() const { return m_error; }

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
    void copyGroup(const QString &from, const QString &to);
    bool checkWritten();
    mutable QSettings m_settings;
    QString m_error;
};
