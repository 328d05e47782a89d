#pragma once

#include "secrets/KeychainError.h"

// Asks the session bus whether a Secret Service is there and its default collection unlocked.
// QtKeychain alone cannot tell a locked keyring from an entry that is not set (a read from a
// locked collection answers "entry not found"), so reads are preceded by this probe.
// Blocking D-Bus calls with short timeouts: run it off the UI thread.
namespace SecretServiceProbe {

KeychainError run();
// Drops libsecret's shared connection to the Secret Service (QtKeychain's libsecret backend goes
// through it), so that the next keychain call opens a session with the daemon now running. The
// library is the one QtKeychain loaded; without it, or off Linux, there is nothing to drop.
void reconnect();

} // namespace SecretServiceProbe
