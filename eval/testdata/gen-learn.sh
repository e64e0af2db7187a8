#!/bin/sh
# Regenerates learn.mir and learn.out from learn.rs.
set -e
cd "$(dirname "$0")"
rustc --emit=mir -o learn.mir learn.rs
rustc learn.rs -o /tmp/mirlsp-learn
/tmp/mirlsp-learn > learn.out
