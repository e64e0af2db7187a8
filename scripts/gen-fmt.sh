#!/bin/sh
# Check testdata/fmt (programs with hand-written Debug/Display impls; each
# compiles with rustc) and regenerate its values files from rustc's output.
cd "$(dirname "$0")/.." && exec go run ./internal/corpusgen/cmd/gencorpus -fmt "$@"
