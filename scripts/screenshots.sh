#!/usr/bin/env bash
# Retakes the README's screenshots (docs/screenshots/vscode-*.png): runs the
# VS Code part of the editors' test and, when it passes, copies its
# screenshots there. The tests themselves never write docs/.
#
# Usage: scripts/screenshots.sh   (then review and commit docs/screenshots/)
set -euo pipefail
cd "$(dirname "$0")/.."
EDITORS_SCREENSHOTS=1 exec scripts/editors-test.sh vscode
