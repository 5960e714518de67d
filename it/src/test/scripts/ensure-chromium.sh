#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver when they are missing (browser tests drive the
# system browser offline; nothing else is downloaded).
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
echo "[polis] chromium/chromedriver missing: installing Debian packages chromium chromium-driver"
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "[polis] not root and no sudo: install chromium and chromium-driver, then run the tests again" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q chromium chromium-driver
