#!/usr/bin/env bash
# Install NewsBrief's launcher, icons and AppStream data for the current user, so that the app shows
# in the menu, "Open with" offers it for text, Markdown, HTML, DOCX, PDF, EML and RTF files, and
# double-clicking an associated file opens it.
#   packaging/install-desktop.sh            # uses the bundle in dist/newsbrief (packaging/build.sh)
#   packaging/install-desktop.sh --source   # uses the source checkout's .venv (scripts/run.sh)
#   packaging/install-desktop.sh --uninstall
set -euo pipefail
cd "$(dirname "$0")/.."
ID=io.github.newsbrief.NewsBrief
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$DATA/applications/$ID.desktop" "$DATA/metainfo/$ID.metainfo.xml"
  find "$DATA/icons/hicolor" -name "$ID.*" -delete 2>/dev/null || true
  echo "removed NewsBrief's desktop entry"
  exit 0
fi
if [ "${1:-}" = "--source" ]; then
  exe="$(pwd)/.venv/bin/newsbrief-gui"
  [ -x "$exe" ] || { echo "error: run scripts/run.sh first (no $exe)" >&2; exit 2; }
else
  exe="$(pwd)/dist/newsbrief/newsbrief"
  [ -x "$exe" ] || { echo "error: build the bundle first with packaging/build.sh (no $exe)" >&2; exit 2; }
fi
mkdir -p "$DATA/applications" "$DATA/metainfo"
sed -e "s|^Exec=.*|Exec=\"$exe\" %F|" -e "s|^TryExec=.*|TryExec=$exe|" \
  "resources/$ID.desktop" > "$DATA/applications/$ID.desktop"
cp "resources/$ID.metainfo.xml" "$DATA/metainfo/"
for s in 16 32 48 64 128 256 512; do
  mkdir -p "$DATA/icons/hicolor/${s}x${s}/apps"
  cp "resources/icons/newsbrief-$s.png" "$DATA/icons/hicolor/${s}x${s}/apps/$ID.png"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps"
cp resources/icons/newsbrief.svg "$DATA/icons/hicolor/scalable/apps/$ID.svg"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "installed $DATA/applications/$ID.desktop (Exec=$exe)"
