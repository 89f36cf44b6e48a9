#!/usr/bin/env bash
# Retake the README's pictures: the window on the sample article (a real window under Xvfb) and the
# sample PDF brief rendered to PNG. Run after every UI or PDF change.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh test
sample=seeds/mali-french-troops-2013.txt
export QT_QPA_PLATFORM=xcb
export XDG_CONFIG_HOME="$(mktemp -d)"  # default window size, not the last session's
xvfb-run -a -s "-screen 0 1280x860x24" .venv/bin/python -m desktop_app --screenshot docs/screenshot.png \
  --smoke-test "$sample"
.venv/bin/python -m desktop_app brief "$sample" --date 2013-01-17 -o docs/sample-brief.pdf
pdftoppm -r 80 -png -singlefile docs/sample-brief.pdf docs/sample-brief
rm -f docs/sample-brief.pdf
echo "wrote docs/screenshot.png and docs/sample-brief.png"
