#!/bin/sh
# Regenerate testdata/ (MIR, values, error expectations) with the installed rustc.
cd "$(dirname "$0")/.." && exec go run ./internal/corpusgen/cmd/gencorpus "$@"
