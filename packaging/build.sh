#!/usr/bin/env bash
# Build the packaged app (PyInstaller onedir) into dist/newsbrief/newsbrief, and the release tarball
# dist/newsbrief-<version>-linux-<arch>.tar.gz. Works from a fresh clone: sets up what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh build
.venv/bin/python -m pip install -q --disable-pip-version-check "pyinstaller>=6.10,<7"
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/newsbrief.spec
# Strip debug symbols from CPython's own libraries only: stripping numpy's bundled OpenBLAS breaks it.
if command -v strip >/dev/null; then
  find dist/newsbrief/_internal -maxdepth 1 -name 'libpython*.so*' -exec strip --strip-unneeded {} +
  find dist/newsbrief/_internal/python3* -name '*.so' -exec strip --strip-unneeded {} + 2>/dev/null || true
fi
version=$(.venv/bin/python -c "import desktop_app; print(desktop_app.__version__)")
tarball="dist/newsbrief-${version}-linux-$(uname -m).tar.gz"
tar -C dist -czf "$tarball" newsbrief
echo "built dist/newsbrief/newsbrief ($(du -sh dist/newsbrief | cut -f1) unpacked), $tarball ($(du -sh "$tarball" | cut -f1))"
