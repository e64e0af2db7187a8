#!/usr/bin/env bash
# Compare mirlsp's evaluation of the bench/*.rs constants with rustc's CTFE
# of the same constants, in one run, and print a table of the ratios.
#
# For each bench/NAME.rs (one big `pub const RESULT` whose size is
# `pub const N: T = BIG; // small: SMALL`):
#   1. rustc: compile NAME.rs with --emit=mir RUNS times, and the same file
#      with N = SMALL RUNS times; rustc's CTFE time for RESULT is
#      best(big) - best(small), for wall clock and for CPU time. The MIR of
#      both is written to bench/mir/NAME.mir and bench/mir/NAME.small.mir.
#   2. rustc's value: a binary that prints RESULT with {:?} is compiled and
#      run, for both sizes; its output goes to bench/expected/.
#   3. mirlsp: `go test ./bench -bench` (parse once, evaluate RESULT per
#      iteration, step limit off) RUNS times, best ns/op and cpu-ns/op,
#      via rustc's MIR (BenchmarkEval) and via mirlsp's Rust front end on
#      NAME.rs (BenchmarkEvalRS); plus the wall time of
#      `mirlsp eval --step-limit -1` on bench/mir/NAME.mir and on
#      bench/NAME.rs (parse, evaluate every item, print; best of RUNS).
# All ratios are rustc / mirlsp: above 1, mirlsp is faster. On a machine
# shared with other work the CPU-time ratio is the steadier one.
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

# best_time RUNS CMD... runs CMD RUNS times and prints the smallest wall
# time and the smallest CPU time (user + system of CMD and its children),
# in milliseconds. CMD's output is discarded.
best_time() {
	local n=$1 i t wall cpu bw= bc=
	shift
	for ((i = 0; i < n; i++)); do
		t=$( { TIMEFORMAT='%3R %3U %3S'; time "$@" >/dev/null 2>&1; } 2>&1 | tail -1)
		read -r wall u sy <<<"$t"
		wall=$(awk -v w="$wall" 'BEGIN { printf "%d", w * 1000 }')
		cpu=$(awk -v u="$u" -v s="$sy" 'BEGIN { printf "%d", (u + s) * 1000 }')
		if [ -z "$bw" ] || [ "$wall" -lt "$bw" ]; then bw=$wall; fi
		if [ -z "$bc" ] || [ "$cpu" -lt "$bc" ]; then bc=$cpu; fi
	done
	echo "$bw $bc"
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

declare -A rustc_wall rustc_cpu
for name in "${names[@]}"; do
	src=bench/$name.rs
	[ -f "$src" ] || { echo "bench-vs-rustc: no $src" >&2; exit 2; }
	small_variant "$src" "$tmp/$name.small.rs"
	echo "## $name: rustc" >&2
	# The first compile of each writes the committed MIR (and shows errors).
	rustc_mir "$src" "bench/mir/$name.mir" 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
	rustc_mir "$tmp/$name.small.rs" "bench/mir/$name.small.mir" 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
	read -r big_wall big_cpu <<<"$(best_time "$RUNS" rustc_mir "$src" "$tmp/$name.mir")"
	read -r small_wall small_cpu <<<"$(best_time "$RUNS" rustc_mir "$tmp/$name.small.rs" "$tmp/$name.small.mir")"
	rustc_wall[$name]=$((big_wall - small_wall))
	rustc_cpu[$name]=$((big_cpu - small_cpu))
	print_value "$src" "bench/expected/$name.txt"
	print_value "$tmp/$name.small.rs" "bench/expected/$name.small.txt"
done

echo "## mirlsp: go test -bench" >&2
alt="^($(IFS='|'; echo "${names[*]}"))\$"
go test ./bench -run "^TestSmall\$/$alt" -bench "^BenchmarkEval(RS)?\$/$alt" -benchtime 1x -count "$RUNS" >"$tmp/bench.out" || {
	cat "$tmp/bench.out" >&2
	exit 1
}
go build -o "$tmp/mirlsp" ./cmd/mirlsp

# metric BENCH NAME UNIT: the best UNIT of BENCH/NAME in the benchmark output.
# Lines look like: BenchmarkEval/fib-2   1   123456789 ns/op   120000000 cpu-ns/op
metric() {
	awk -v n="$1/$2" -v u="$3" '$1 == n || index($1, n "-") == 1 {
		for (i = 2; i < NF; i++) if ($(i+1) == u) print $i
	}' "$tmp/bench.out" | sort -n | head -1
}

printf '\n%-10s | %9s | %9s %7s %9s %7s | %9s %7s %9s %7s | %9s %9s\n' "" "rustc" ".mir" "" "" "" ".rs" "" "" "" ".mir" ".rs"
printf '%-10s | %9s | %9s %7s %9s %7s | %9s %7s %9s %7s | %9s %9s\n' constant "CPU s" "CPU s" ratio "wall s" "wall r." "CPU s" ratio "wall s" "wall r." "CLI s" "CLI s"
for name in "${names[@]}"; do
	read -r cli_mir _ <<<"$(best_time "$RUNS" "$tmp/mirlsp" eval --step-limit -1 "bench/mir/$name.mir")"
	read -r cli_rs _ <<<"$(best_time "$RUNS" "$tmp/mirlsp" eval --step-limit -1 "bench/$name.rs")"
	awk -v name="$name" -v rw="${rustc_wall[$name]}" -v rc="${rustc_cpu[$name]}" \
		-v mw="$(metric BenchmarkEval "$name" ns/op)" -v mc="$(metric BenchmarkEval "$name" cpu-ns/op)" \
		-v sw="$(metric BenchmarkEvalRS "$name" ns/op)" -v sc="$(metric BenchmarkEvalRS "$name" cpu-ns/op)" \
		-v cm="$cli_mir" -v cr="$cli_rs" 'BEGIN {
		rw /= 1e3; rc /= 1e3; mw /= 1e9; mc /= 1e9; sw /= 1e9; sc /= 1e9; cm /= 1e3; cr /= 1e3
		printf "%-10s | %9.3f | %9.4f %6.1fx %9.4f %6.1fx | %9.4f %6.1fx %9.4f %6.1fx | %9.3f %9.3f\n", name, rc,
			mc, (mc > 0 ? rc / mc : 0), mw, rw / mw, sc, (sc > 0 ? rc / sc : 0), sw, rw / sw, cm, cr
	}'
done
echo "# ratio = rustc CTFE time / mirlsp evaluation time (above 1: mirlsp is faster): CPU ratios compare CPU times, wall ratios wall times"
echo "# .mir: mirlsp evaluates rustc's MIR (bench/mir/NAME.mir); .rs: mirlsp lowers bench/NAME.rs with its own front end"
echo "# CLI s = wall time of mirlsp eval --step-limit -1 on the file (process start, parse, every item, printing)"
