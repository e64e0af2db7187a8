#!/bin/sh
# Regenerates intops.out from intops.rs with the rustc on PATH.
set -e
cd "$(dirname "$0")"
rustc -O intops.rs -o /tmp/mirlsp-intops
/tmp/mirlsp-intops > intops.out
