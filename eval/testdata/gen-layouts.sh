#!/bin/sh
# Regenerates layouts.out from layouts.rs with the rustc on PATH.
set -e
cd "$(dirname "$0")"
rustc layouts.rs -o /tmp/mirlsp-layouts 2>/dev/null
/tmp/mirlsp-layouts > layouts.out
