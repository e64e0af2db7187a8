#!/bin/sh
# Regenerates errs.out (LINE<TAB>message for each E0080 error) from errs.rs.
set -e
cd "$(dirname "$0")"
rustc --crate-type=lib --emit=metadata -o /tmp/mirlsp-errs.rmeta errs.rs 2>/tmp/mirlsp-errs.txt || true
awk '/^error\[E0080\]: /{msg=substr($0, 15); next}
     msg != "" && /^ *--> errs.rs:/{split($2, p, ":"); print p[2] "\t" msg; msg=""}' /tmp/mirlsp-errs.txt > errs.out
