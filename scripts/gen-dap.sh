#!/bin/sh
# Regenerate testdata/dap (the programs the debug adapter's tests step
# through: rustc's MIR and the {:?} value of every item) with the
# installed rustc 1.95.
cd "$(dirname "$0")/.." && mkdir -p testdata/dap/errors && exec go run ./internal/corpusgen/cmd/gencorpus -dir testdata/dap -no-nightly "$@"
