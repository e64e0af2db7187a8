#!/bin/sh
# Compile testdata/crates (real crates and multi-crate projects) with cargo
# offline and rewrite their truth files (X.truth.json).
cd "$(dirname "$0")/.." && exec go run ./internal/corpusgen/cmd/gencorpus -crates "$@"
