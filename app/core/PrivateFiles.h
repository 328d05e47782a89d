#pragma once

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

// Files that hold phone numbers, message bodies (one-time codes) or hook code: the delivery log,
// the per-profile hook code, exports. Readable and writable by their owner only (0600), in
// folders only the owner can list (0700). Files and folders the console finds already there are
// tightened when it opens them; folders it did not create outside its own data folder (a folder
// named in SMSHOOK_LOG_PATH, where an export is saved) are left as they are.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)
public:
    static constexpr QFileDevice::Permissions FileMode
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions FolderMode
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

    // <AppDataLocation>, and the organisation folder above it: the console's own.
    static QString dataFolder();

    // Creates folder and its missing parents. Each folder created, and folder itself when it is
    // in the console's data folder, gets FolderMode. False, with a translated reason, when the
    // folder cannot be made.
    static bool makeFolder(const QString &folder, QString *error = nullptr);
    // The file with FileMode: created empty when missing (so it never exists with wider
    // permissions), tightened when present. Its folder is made with makeFolder().
    static bool prepareFile(const QString &path, QString *error = nullptr);
    // FileMode on path when it exists; true when it does not.
    static bool tighten(const QString &path);
};
