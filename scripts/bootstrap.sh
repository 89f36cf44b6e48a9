#!/usr/bin/env bash
# Set up everything NewsBrief needs on Debian/Ubuntu: the Debian packages Qt needs (when missing),
# a virtual environment in .venv and the Python packages. Idempotent; asks no questions.
# Usage: scripts/bootstrap.sh [app|test|build]
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${1:-app}"

# Debian packages: Qt's offscreen/xcb platform needs these; tests add a virtual screen and pdftoppm.
pkgs=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 python3-venv
      libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
      libxcb-xkb1 libxkbcommon-x11-0)
if [ "$profile" != app ]; then
  pkgs+=(xvfb xauth poppler-utils desktop-file-utils appstream binutils)
fi
if command -v dpkg >/dev/null 2>&1; then
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO=none; fi
    if [ "$SUDO" = none ]; then
      echo "NOTE: please install these Debian packages (needs root): ${missing[*]}" >&2
    else
      echo "Installing Debian packages: ${missing[*]}" >&2
      $SUDO apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
  fi
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
case "$profile" in
  app) extras="" ;;
  test) extras="[test,bench]" ;;
  build) extras="[test]" ;;
  *) echo "unknown profile $profile" >&2; exit 2 ;;
esac
stamp=".venv/.installed-$profile"
want="$(cat pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extras"
  echo "$want" > "$stamp"
fi
