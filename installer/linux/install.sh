#!/bin/sh
# Installs the unpacked Inspector Desk bundle for every user of this Linux laptop (run as root from
# inside the unpacked folder): the program to /opt/inspector-desk, a menu entry and its icon.
# Upgrading is running it again from the newer bundle: /opt/inspector-desk is replaced whole, while
# each user's data stays in their own data folder (~/.local/share/InspectorDesk), which the new
# version migrates on the next sign-in. `install.sh --uninstall` removes the program, not the data.
# DESTDIR (empty by default) installs under another root, for packaging and for the tests.
set -eu
root=${DESTDIR:-}
prefix=$root/opt/inspector-desk
here=$(cd "$(dirname "$0")" && pwd)
apps=$root/usr/share/applications
icons=$root/usr/share/icons/hicolor/256x256/apps

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$prefix" "$apps/inspector-desk.desktop" "$icons/inspector-desk.png"
    echo "Inspector Desk removed (users' data folders were left as they are)."
    exit 0
fi
[ -x "$here/inspector-desk" ] || { echo "run install.sh from the unpacked bundle" >&2; exit 1; }
"$here/inspector-desk" --version >/dev/null
staging="$prefix.new"
rm -rf "$staging"
mkdir -p "$staging"
cp -a "$here/." "$staging/"
rm -rf "$prefix.old"
[ ! -d "$prefix" ] || mv "$prefix" "$prefix.old"
mv "$staging" "$prefix"
rm -rf "$prefix.old"
install -D -m 0644 "$here/inspector-desk.desktop" "$apps/inspector-desk.desktop"
install -D -m 0644 "$here/inspector-desk.png" "$icons/inspector-desk.png"
if [ -z "$root" ]; then
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q /usr/share/icons/hicolor || true
fi
echo "Inspector Desk $("$prefix/inspector-desk" --version | sed 's/^Inspector Desk //') installed in $prefix."
