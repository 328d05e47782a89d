#pragma once

#include <QString>
#include <optional>

// Reads a secret value from standard input, never from the command line (argv is visible to
// every user of the machine through ps and /proc). On a terminal it prompts with echo off;
// from a pipe it reads everything and drops one trailing line break.
namespace SecretInput {

std::optional<QString> read(const QString &prompt);

} // namespace SecretInput
