#!/bin/sh
# Fuzz the front end and the evaluator over the programs of testdata/ub
# (FuzzUB in rustsrc/ub_test.go: lowering, evaluation and rendering of
# mutated programs must never panic nor report an internal error) until
# a budget of CPU time is spent, and print the CPU time measured.
#
#   scripts/fuzz-ub.sh [CPU-SECONDS]     (default 600: ten CPU-minutes)
#
# The fuzzer runs in rounds of ROUND seconds (default 120) with one
# worker; each round's user+system time (the test binary and its worker
# processes, by /usr/bin/time) is added up until the budget is reached.
# A crashing input is written to rustsrc/testdata/fuzz/FuzzUB (as
# `go test -fuzz` does) and the script exits non-zero.
set -eu
cd "$(dirname "$0")/.."
budget=${1:-600}
round=${ROUND:-120}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test -c -o "$tmp/rustsrc.test" ./rustsrc
spent=0
rounds=0
execs=0
while awk -v s="$spent" -v b="$budget" 'BEGIN { exit !(s < b) }'; do
	rounds=$((rounds + 1))
	# The test binary runs in the package directory, as go test does.
	if ! (cd rustsrc && /usr/bin/time -f '%U %S' -o "$tmp/time" "$tmp/rustsrc.test" \
		-test.run '^$' -test.fuzz '^FuzzUB$' -test.fuzztime "${round}s" -test.parallel 1 \
		-test.fuzzcachedir "$tmp/cache" >"$tmp/out" 2>&1); then
		cat "$tmp/out"
		echo "fuzz-ub: FAILED in round $rounds after $spent CPU-seconds" >&2
		exit 1
	fi
	n=$(grep -o 'execs: [0-9]*' "$tmp/out" | tail -1 | cut -d' ' -f2)
	execs=$((execs + ${n:-0}))
	spent=$(awk -v s="$spent" '{ printf "%.1f", s + $1 + $2 }' "$tmp/time")
	echo "round $rounds: $(grep '^fuzz:' "$tmp/out" | tail -1); CPU so far ${spent}s"
done
echo "fuzz-ub: $rounds rounds, $execs executions, ${spent} CPU-seconds (budget ${budget}), no failure"
