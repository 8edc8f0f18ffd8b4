#!/usr/bin/env bash
# Installs the Debian 12 packages Paydeck builds, tests and runs with — only those that are missing.
set -euo pipefail
packages=(
  build-essential cmake pkg-config git ca-certificates curl
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libqt6opengl6-dev libxkbcommon-dev libsqlite3-dev libssl-dev libsimdjson-dev qtkeychain-qt6-dev libxlsxwriter-dev openssl
  xvfb xauth fonts-dejavu-core
  python3-openpyxl sqlite3
)
# `install-deps.sh fuzz`: clang and its libFuzzer runtime as well (make fuzz).
if [ "${1:-}" = fuzz ]; then packages+=(clang libclang-rt-14-dev); fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
