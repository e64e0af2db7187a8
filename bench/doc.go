// Package bench holds the constants that compare mirlsp's evaluator with
// rustc's CTFE (see docs/performance.md): NAME.rs is the Rust source,
// mir/NAME.mir and mir/NAME.small.mir are rustc 1.95's --emit=mir output at
// the benchmark size and at a small size, and expected/ holds the values
// rustc prints for them. scripts/bench-vs-rustc.sh regenerates mir/ and
// expected/ and runs the comparison; this package's benchmarks time mirlsp.
package bench
