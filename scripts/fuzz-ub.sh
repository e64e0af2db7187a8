#!/bin/sh
# Fuzz the front end and the evaluator over the programs of testdata/ub
# (FuzzUB in rustsrc/ub_test.go: lowering, evaluation and rendering of
# mutated programs must never panic nor report an internal error) until
# a budget of CPU time is spent, and print the CPU time measured.
#
#   scripts/fuzz-ub.sh [CPU-SECONDS]     (default 600: ten CPU-minutes)
#
# The fuzzer runs in rounds of ROUND seconds (default 120) with one
# worker; each round's user+system time (go test, the test binary and
# its worker process, by /usr/bin/time) is added up until the budget is
# reached.
# A crashing input is written to rustsrc/testdata/fuzz/FuzzUB (as
# `go test -fuzz` does) and the script exits non-zero.
set -eu
cd "$(dirname "$0")/.."
budget=${1:-600}
round=${ROUND:-120}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Build the instrumented binary and run the seed corpus once (not
# counted), so that the rounds' CPU time is fuzzing.
go test -run '^$' -fuzz '^FuzzUB$' -fuzztime 1x -parallel 1 ./rustsrc >/dev/null
spent=0
rounds=0
execs=0
while awk -v s="$spent" -v b="$budget" 'BEGIN { exit !(s < b) }'; do
	rounds=$((rounds + 1))
	# go test builds the fuzzing (coverage-instrumented) binary; the
	# corpus it grows is kept in go's cache between rounds.
	if ! /usr/bin/time -f '%U %S' -o "$tmp/time" go test -run '^$' -fuzz '^FuzzUB$' \
		-fuzztime "${round}s" -parallel 1 ./rustsrc >"$tmp/out" 2>&1; then
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
