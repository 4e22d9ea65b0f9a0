#!/usr/bin/env bash
# Creates the project's virtual environment and installs what the app and its tests need:
# Python packages from pyproject.toml, and (where apt is there and we may use it) the
# Debian packages the tests call (Xvfb for screenshots, poppler-utils for PDF pages).
set -euo pipefail
python=${1:-python3.11}
venv=${2:-.venv}

need_debs=()
# Qt's xcb platform (the app under Xvfb for screenshots) needs the xcb-* libraries too.
# PyInstaller (tests/installer builds the bundle) needs objdump from binutils; the HQ backup restore
# test (installer/hq/restore_test.sh) needs pg_dump, pg_restore and psql.
for pair in "xvfb:Xvfb" "poppler-utils:pdftoppm" "binutils:objdump" "postgresql-client:pg_restore" \
    "libegl1:" "libgl1:" "libxkbcommon0:" "libfontconfig1:" \
    "libdbus-1-3:" "libxcb-cursor0:" "libxkbcommon-x11-0:" "libxcb-icccm4:" "libxcb-keysyms1:" \
    "libxcb-image0:" "libxcb-render-util0:" "libxcb-shape0:" "libxcb-xinerama0:"; do
    pkg=${pair%%:*}
    bin=${pair#*:}
    if [ -n "$bin" ]; then
        command -v "$bin" >/dev/null 2>&1 || need_debs+=("$pkg")
    else
        dpkg -s "$pkg" >/dev/null 2>&1 || need_debs+=("$pkg")
    fi
done
if [ ${#need_debs[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
    echo "Installing Debian packages: ${need_debs[*]}"
    $sudo apt-get update -qq || true
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need_debs[@]}" \
        || echo "warning: could not install ${need_debs[*]}; tests that need them will say so" >&2
fi

if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q -e ".[dev]"
# Compiled translations (.qm) are build outputs: made here from the Qt Linguist sources.
"$venv/bin/python" -m inspector_desk.ui.i18n build
