#!/usr/bin/env bash
# `npm run bench` inside a private D-Bus session with an unlocked gnome-keyring, as test-e2e.sh runs
# the specs: the list figures run the app in the electron-double shell, which keeps the key in the
# real keychain adapter (keytar → Secret Service). Arguments go to scripts/bench/index.ts.
set -euo pipefail
cd "$(dirname "$0")/../.."

# The page figures are measured in the full Chromium, not in the lighter headless shell the e2e specs
# open their pages in (tests/harness/chromium.ts). Its page carries Chrome's form filling, which
# Electron has not: the keystroke figures err on the slow side (README, "Test").
if [ -z "${OMI_TRAY_CHROMIUM:-}" ] && [ -x /usr/bin/chromium ]; then export OMI_TRAY_CHROMIUM=/usr/bin/chromium; fi

if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  echo "bench: dbus-run-session or gnome-keyring-daemon is missing; the list figures need both." >&2
  exec npx tsx scripts/bench/index.ts "$@"
fi

exec dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec npx tsx scripts/bench/index.ts "$@"' bench "$@"
