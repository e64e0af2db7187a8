#!/bin/sh
# Copy real crates from Debian's librust-*-dev packages (installed under
# /usr/share/cargo/registry) into testdata/crates/registry: Cargo.toml
# without its [[bench]], [[test]] and [[example]] targets (their files are
# not copied), build.rs and src/, and an empty .cargo-checksum.json so
# that cargo takes the directory as a directory source.
#   scripts/import-crates.sh NAME-VERSION...
set -e
cd "$(dirname "$0")/.."
src=${CARGO_REGISTRY:-/usr/share/cargo/registry}
for c in "$@"; do
	dst=testdata/crates/registry/$c
	rm -rf "$dst"
	mkdir -p "$dst"
	awk '/^\[\[(bench|test|example)\]\]/ {skip=1; next} /^\[/ {skip=0} !skip' "$src/$c/Cargo.toml" > "$dst/Cargo.toml"
	for d in src lib.rs; do if [ -e "$src/$c/$d" ]; then cp -r "$src/$c/$d" "$dst/"; fi; done
	case $c in
	httparse-*)
		# Trimmed: its build script only turns on SIMD modules (cfg
		# httparse_simd); without it the scalar fallback is compiled.
		sed -i '/^build *=/d' "$dst/Cargo.toml" ;;
	*) if [ -f "$src/$c/build.rs" ]; then cp "$src/$c/build.rs" "$dst/"; fi ;;
	esac
	echo '{"files":{},"package":null}' > "$dst/.cargo-checksum.json"
done
