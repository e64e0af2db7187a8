#!/bin/sh
# Regenerate testdata/nesting with the installed rustc: the deep programs with rustc's MIR
# and values (a minute or two), and with --limits also rustc-limits.json, the depths rustc
# accepts for each nesting construct (about twenty minutes). See docs/nesting.md.
cd "$(dirname "$0")/.." || exit 1
go run ./internal/nesting/cmd/gennesting || exit 1
if [ "$1" = "--limits" ]; then
	exec go run ./internal/nesting/cmd/rustcnesting -o testdata/nesting/rustc-limits.json
fi
