#!/bin/sh
# Regenerate testdata/ub (values and error expectations of the programs on
# undefined behaviour, unions, raw pointers, transmutes, statics and panics)
# with the installed rustc 1.95. Only the JSON files are written: the tests
# read the Rust programs themselves.
cd "$(dirname "$0")/.." && exec go run ./internal/corpusgen/cmd/gencorpus -dir testdata/ub -no-nightly -no-mir "$@"
