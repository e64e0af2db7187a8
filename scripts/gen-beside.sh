#!/bin/sh
# Regenerate server/testdata/beside/ (a MIR file beside its Rust source,
# the MIR naming a constant it does not define) with the installed rustc:
#   ab.mir          rustc --emit=mir of ab.rs, with the header of `A`
#                   renamed to `A_MIR` (so the MIR's `B` names a constant
#                   only the Rust file defines)
#   ab.values.txt   rustc's {:?} of A and B, for ab.rs as written and with
#                   `A = 6` (the edit the server test makes)
# Usage: scripts/gen-beside.sh [OUTDIR]   (default: server/testdata/beside)
set -e
cd "$(dirname "$0")/.."
src=server/testdata/beside/ab.rs
out=${1:-server/testdata/beside}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
rustc --edition 2021 --crate-type lib --emit=mir -A warnings -o "$tmp/ab.mir" "$src"
sed 's/^const A: i32 = /const A_MIR: i32 = /' "$tmp/ab.mir" > "$out/ab.mir"
: > "$tmp/values.txt"
for a in 5 6; do
	sed "s/^pub const A: i32 = 5;/pub const A: i32 = $a;/" "$src" > "$tmp/ab$a.rs"
	cat "$tmp/ab$a.rs" - > "$tmp/main$a.rs" <<'RS'
fn main() {
    println!("A {:?}", A);
    println!("B {:?}", B);
}
RS
	rustc --edition 2021 -A warnings -o "$tmp/main$a" "$tmp/main$a.rs"
	echo "A = $a" >> "$tmp/values.txt"
	"$tmp/main$a" >> "$tmp/values.txt"
done
mv "$tmp/values.txt" "$out/ab.values.txt"
