#!/bin/sh
# Regenerate cache/testdata/adt/adt.mir (rustc --emit=mir of adt.rs: an
# enum whose variants only its derived Debug impl shows, and a const of it)
# with the installed rustc.
# Usage: scripts/gen-adtkeys.sh [OUTDIR]   (default: cache/testdata/adt)
set -e
cd "$(dirname "$0")/.."
out=${1:-cache/testdata/adt}
mkdir -p "$out"
rustc --edition 2021 --crate-type lib --emit=mir -A warnings -o "$out/adt.mir" cache/testdata/adt/adt.rs
