#!/usr/bin/env bash
# Set up (first run only) and open NewsBrief on the sample article.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh app
exec .venv/bin/python -m desktop_app "${@:-seeds/mali-french-troops-2013.txt}"
