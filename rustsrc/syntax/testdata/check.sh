#!/usr/bin/env bash
# check.sh: compile every Rust file under valid/ and golden/ with rustc, to
# show that the parser's test inputs are real, valid Rust. A file whose
# first lines hold "// check: ARGS" is compiled with those rustc arguments
# instead of the default "--edition 2021" ("+nightly" selects the toolchain).
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
for f in valid/*.rs golden/*.rs; do
	args=$(sed -n 's|^// check: ||p' "$f" | head -1)
	args=${args:---edition 2021}
	toolchain=()
	if [[ $args == +* ]]; then
		toolchain=("${args%% *}")
		args=${args#* }
	fi
	# shellcheck disable=SC2086
	if rustc "${toolchain[@]}" $args --crate-type lib -A warnings --out-dir "$out" "$f"; then
		echo "ok   $f"
	else
		echo "FAIL $f"
		status=1
	fi
done
exit $status
