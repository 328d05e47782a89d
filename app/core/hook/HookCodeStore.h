#pragma once

#include <QString>

// The hook code kept per profile, as a .js file in the app's data folder
// (<AppDataLocation>/hooks/<profile>.js). Hook code holds no secret: it reads them from
// context.webtask.secrets.
namespace HookCodeStore {
QString path(const QString &profile);
bool hasCode(const QString &profile);
// The profile's code; empty when none was saved yet.
QString load(const QString &profile);
// Writes atomically (QSaveFile); false with a translated reason in *error.
bool save(const QString &profile, const QString &code, QString *error = nullptr);
// The code goes with its profile: renamed, copied for a duplicate, removed with it. True when
// there was nothing to do.
bool move(const QString &from, const QString &to);
bool copy(const QString &from, const QString &to);
bool remove(const QString &profile);
} // namespace HookCodeStore
