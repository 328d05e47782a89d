#pragma once

// QScintilla's headers use the `signals` and `slots` keywords, which the project's
// QT_NO_KEYWORDS turns off: they are defined for these headers only.
#ifndef signals
#define signals Q_SIGNALS
#define SMSHOOK_QSCI_UNDEF_SIGNALS
#endif
#ifndef slots
#define slots Q_SLOTS
#define SMSHOOK_QSCI_UNDEF_SLOTS
#endif

#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qsciscintilla.h>

#ifdef SMSHOOK_QSCI_UNDEF_SIGNALS
#undef signals
#undef SMSHOOK_QSCI_UNDEF_SIGNALS
#endif
#ifdef SMSHOOK_QSCI_UNDEF_SLOTS
#undef slots
#undef SMSHOOK_QSCI_UNDEF_SLOTS
#endif
