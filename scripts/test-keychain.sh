#!/usr/bin/env bash
# The keychain integration tests (the core store and the built app's adapter) against a real Secret Service: gnome-keyring in a private D-Bus
# session, unlocked with a throwaway password. Where that cannot be started the test is skipped
# loudly — except in CI (CI set), where a missing keychain fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

skip_or_fail() {
  if [ -n "${CI:-}" ]; then
    echo "test:keychain FAILED: $1 (CI is set, so the keychain test must run)." >&2
    exit 1
  fi
  echo "" >&2
  echo "==================================================================" >&2
  echo " test:keychain SKIPPED: $1" >&2
  echo " It needs dbus and gnome-keyring (CI installs both); the secret store was not tested." >&2
  echo "==================================================================" >&2
  echo "" >&2
  exit 0
}

command -v dbus-run-session >/dev/null 2>&1 || skip_or_fail "dbus-run-session is not installed"
command -v gnome-keyring-daemon >/dev/null 2>&1 || skip_or_fail "gnome-keyring-daemon is not installed"

# The Secret Service must accept a write (a locked keyring answers reads but refuses writes) before
# the test runs; the probe's own output explains a failure.
probe='node -e "const k = require(\"keytar\"); const s = \"Omi Tray keychain probe \" + process.pid; k.setPassword(s, \"probe\", \"x\").then(() => k.deletePassword(s, \"probe\")).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(3); })"'
if ! dbus-run-session -- sh -c "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; $probe" 2>/dev/null; then
  skip_or_fail "no unlocked Secret Service could be started in a D-Bus session"
fi

# One test loads the built keychain adapter (out/main/secret-store.js), so build the current source
# first; the build's own output explains a failure.
if ! build_output=$(npm run build 2>&1); then
  echo "$build_output" >&2
  echo "test:keychain FAILED: the build failed, so the built keychain adapter cannot be tested." >&2
  exit 1
fi

# Arguments are passed on to vitest (npm run coverage adds its coverage options).
exec dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec npx vitest run --config vitest.keychain.config.ts "$@"' sh "$@"
