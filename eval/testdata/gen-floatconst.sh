#!/bin/sh
# Regenerates floatconst.mir and floatconst.out from floatconst.rs.
set -e
cd "$(dirname "$0")"
rustc -O --emit=mir -o floatconst.mir floatconst.rs
rustc floatconst.rs -o /tmp/mirlsp-floatconst
/tmp/mirlsp-floatconst > floatconst.out
