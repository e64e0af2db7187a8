#!/usr/bin/env bash
# Peak RSS of evaluating a repeat-filled array constant of 2^BITS bytes
# (default 28: 256 MiB), `pub const A: [u8; 1 << BITS] = [7; 1 << BITS];`,
# with the CLI (`mirlsp check`, and `mirlsp eval`, which also tries to
# print it) and in the language server (BenchmarkRustBigArray, 256 MiB
# only: open, diagnostics, hover, inlay hints). Prints each peak and its
# ratio to the array's size.
#
# Usage: scripts/bigarray-rss.sh [BITS]
set -euo pipefail
cd "$(dirname "$0")/.."
bits=${1:-28}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
size_mb=$(( (1 << bits) >> 20 ))
printf 'pub const A: [u8; 1 << %d] = [7; 1 << %d];\n' "$bits" "$bits" >"$tmp/a.rs"
go build -o "$tmp/mirlsp" ./cmd/mirlsp
echo "# array of $size_mb MiB; load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
for cmd in check eval; do
	/usr/bin/time -f "%M %e" -o "$tmp/time" "$tmp/mirlsp" "$cmd" "$tmp/a.rs" >"$tmp/out" 2>&1 || { cat "$tmp/out" >&2; exit 1; }
	read -r kb secs <"$tmp/time"
	awk -v c="$cmd" -v kb="$kb" -v s="$secs" -v mb="$size_mb" 'BEGIN { printf "mirlsp %-5s peak RSS %7.1f MiB = %.2fx the array, %s s\n", c, kb / 1024, kb / 1024 / mb, s }'
done
if [ "$bits" = 28 ]; then
	go test ./server -run '^$' -bench '^BenchmarkRustBigArray$' -benchtime 1x | awk '/^BenchmarkRustBigArray/ {
		for (i = 2; i < NF; i++) if ($(i+1) == "peak-rss-MB") printf "server        peak RSS %7.1f MiB = %.2fx the array\n", $i, $i / 256 }'
fi
