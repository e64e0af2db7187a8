#!/bin/sh
# Check testdata/realworld (every file and crate compiles with rustc) and
# regenerate its values files.
cd "$(dirname "$0")/.." && exec go run ./internal/corpusgen/cmd/gencorpus -realworld "$@"
