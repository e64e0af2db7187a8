#!/bin/sh
# Regenerate mir/escapes.go (Rust's Debug escaping table) with the installed rustc.
set -e
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rustc -O -o "$tmp/escapes" mir/testdata/escapes.rs
"$tmp/escapes" "$(rustc --version)" > mir/escapes.go
gofmt -l mir/escapes.go
