#!/usr/bin/env bash
# The end-to-end specs inside a private D-Bus session with an unlocked gnome-keyring: the
# electron-double shell keeps the key in the real keychain adapter (keytar → Secret Service), so
# restart specs prove it persists. Arguments go to `playwright test` (e.g. --project browser).
# Without dbus-run-session or gnome-keyring the specs still run, and those that need the keychain
# fail, saying what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  echo "test:e2e: dbus-run-session or gnome-keyring-daemon is missing; the electron-double shell needs both (CI installs them)." >&2
  exec npx playwright test "$@"
fi

# "$@" passed through sh -c as its own arguments, so they keep their quoting.
exec dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec npx playwright test "$@"' test-e2e "$@"
