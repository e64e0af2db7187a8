#!/bin/sh
# Check testdata/fmt (programs with hand-written Debug/Display impls; each
# compiles with rustc) and regenerate its values files from rustc's output,
# then its pretty files (rustc's {:#?} of each const).
cd "$(dirname "$0")/.." && go run ./internal/corpusgen/cmd/gencorpus -fmt "$@" && exec go run ./internal/corpusgen/cmd/gencorpus -fmt-pretty "$@"
