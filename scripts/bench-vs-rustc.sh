#!/usr/bin/env bash
# Compare mirlsp's evaluation of the bench/*.rs constants with rustc's CTFE
# of the same constants, in one run, and print a table of the ratios.
#
# For each bench/NAME.rs (one big `pub const RESULT` whose size is
# `pub const N: T = BIG; // small: SMALL`):
#   1. rustc: compile NAME.rs with --emit=mir RUNS times, and the same file
#      with N = SMALL RUNS times; rustc's CTFE time for RESULT is
#      best(big) - best(small) (wall clock). The MIR of both is written to
#      bench/mir/NAME.mir and bench/mir/NAME.small.mir.
#   2. rustc's value: a binary that prints RESULT with {:?} is compiled and
#      run, for both sizes; its output goes to bench/expected/.
#   3. mirlsp: `go test ./bench -bench` (parse once, evaluate RESULT per
#      iteration, step limit off) RUNS times, best ns/op; plus the wall time
#      of `mirlsp eval --step-limit -1 bench/mir/NAME.mir` (best of RUNS).
#
# Usage: scripts/bench-vs-rustc.sh [NAME...]   (default: every bench/*.rs)
# Environment: RUNS (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}

if ! command -v rustc >/dev/null 2>&1; then
	echo "bench-vs-rustc: rustc is not installed; skipping the comparison (install rustc 1.95 to run it)"
	exit 0
fi
if ! command -v go >/dev/null 2>&1; then
	echo "bench-vs-rustc: go is not installed" >&2
	exit 2
fi
rustc_version=$(rustc --version)
case "$rustc_version" in
rustc\ 1.95.*) ;;
*) echo "bench-vs-rustc: warning: mirlsp follows rustc 1.95, this is $rustc_version" >&2 ;;
esac

if [ $# -gt 0 ]; then
	names=("$@")
else
	names=()
	for f in bench/*.rs; do
		names+=("$(basename "$f" .rs)")
	done
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p bench/mir bench/expected

# now_ns prints a monotonic-enough wall clock in nanoseconds.
now_ns() { date +%s%N; }

# best_wall RUNS CMD... runs CMD RUNS times and prints the smallest wall
# time in nanoseconds. CMD's output is discarded.
best_wall() {
	local n=$1 best= i t0 t1 d
	shift
	for ((i = 0; i < n; i++)); do
		t0=$(now_ns)
		"$@" >/dev/null 2>&1
		t1=$(now_ns)
		d=$((t1 - t0))
		if [ -z "$best" ] || [ "$d" -lt "$best" ]; then best=$d; fi
	done
	echo "$best"
}

# small_variant SRC DST writes SRC with N set to its `// small:` value.
small_variant() {
	sed -E 's|^(pub const N: [a-z0-9]+ = )[0-9_]+;( // small: ([0-9_]+))|\1\3;\2|' "$1" >"$2"
	if cmp -s "$1" "$2"; then
		echo "bench-vs-rustc: $1 has no 'pub const N: T = BIG; // small: SMALL' line" >&2
		exit 2
	fi
}

# rustc_mir SRC OUT: rustc's MIR of SRC (both sizes get the same crate name).
rustc_mir() { rustc --edition 2021 --crate-type lib --crate-name bench --emit=mir -o "$2" "$1"; }

# print_value SRC OUT: rustc's {:?} of RESULT in SRC.
print_value() {
	local bin=$tmp/print
	{
		cat "$1"
		printf '\nfn main() {\n    println!("{:?}", RESULT);\n}\n'
	} >"$tmp/print.rs"
	rustc --edition 2021 --crate-name bench -A warnings -o "$bin" "$tmp/print.rs"
	"$bin" >"$2"
}

commit=$(git describe --always --dirty 2>/dev/null || echo "no git")
echo "# mirlsp $commit; $rustc_version; $(go version); $(nproc) CPUs; $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //'); load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
echo "# best of $RUNS runs each"

declare -A rustc_ns
for name in "${names[@]}"; do
	src=bench/$name.rs
	[ -f "$src" ] || { echo "bench-vs-rustc: no $src" >&2; exit 2; }
	small_variant "$src" "$tmp/$name.small.rs"
	echo "## $name: rustc" >&2
	# The first compile of each writes the committed MIR (and shows errors).
	rustc_mir "$src" "bench/mir/$name.mir" 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
	rustc_mir "$tmp/$name.small.rs" "bench/mir/$name.small.mir" 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
	big=$(best_wall "$RUNS" rustc_mir "$src" "$tmp/$name.mir")
	small=$(best_wall "$RUNS" rustc_mir "$tmp/$name.small.rs" "$tmp/$name.small.mir")
	rustc_ns[$name]=$((big - small))
	print_value "$src" "bench/expected/$name.txt"
	print_value "$tmp/$name.small.rs" "bench/expected/$name.small.txt"
done

echo "## mirlsp: go test -bench" >&2
alt="^($(IFS='|'; echo "${names[*]}"))\$"
go test ./bench -run "^TestSmall\$/$alt" -bench "^BenchmarkEval\$/$alt" -benchtime 1x -count "$RUNS" >"$tmp/bench.out" || {
	cat "$tmp/bench.out" >&2
	exit 1
}
go build -o "$tmp/mirlsp" ./cmd/mirlsp

printf '\n%-10s %14s %14s %14s %10s\n' constant "rustc CTFE s" "mirlsp eval s" "mirlsp CLI s" "ratio"
for name in "${names[@]}"; do
	# Lines look like: BenchmarkEval/fib-2   1   123456789 ns/op
	ns=$(awk -v n="BenchmarkEval/$name" '$1 == n || index($1, n "-") == 1 { for (i = 2; i < NF; i++) if ($(i+1) == "ns/op") print $i }' "$tmp/bench.out" | sort -n | head -1)
	cli=$(best_wall "$RUNS" "$tmp/mirlsp" eval --step-limit -1 "bench/mir/$name.mir")
	awk -v name="$name" -v r="${rustc_ns[$name]}" -v m="$ns" -v c="$cli" 'BEGIN {
		printf "%-10s %14.3f %14.3f %14.3f %9.2fx\n", name, r / 1e9, m / 1e9, c / 1e9, r / m
	}'
done
echo "# ratio = rustc CTFE s / mirlsp eval s (above 1: mirlsp is faster)"
