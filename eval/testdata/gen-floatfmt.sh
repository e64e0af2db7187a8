#!/bin/sh
# Regenerates floatfmt.out from floatfmt.rs with the rustc on PATH.
set -e
cd "$(dirname "$0")"
rustc floatfmt.rs -o /tmp/mirlsp-floatfmt
/tmp/mirlsp-floatfmt > floatfmt.out
