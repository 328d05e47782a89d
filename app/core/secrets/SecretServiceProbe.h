#pragma once

#include "secrets/KeychainError.h"

// Asks the session bus whether a Secret Service is there and its default collection unlocked.
// QtKeychain alone cannot tell a locked keyring from an entry that is not set (a read from a
// locked collection answers "entry not found"), so reads are preceded by this probe.
// Blocking D-Bus calls with short timeouts: run it off the UI thread.
namespace SecretServiceProbe {

KeychainError run();

} // namespace SecretServiceProbe
