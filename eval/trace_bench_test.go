package eval_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"testing"

	"mirlsp/eval"
	"mirlsp/mir"
	"mirlsp/rustsrc"
)

// BenchmarkTraceLoop evaluates a const whose own body loops a million
// times, with and without a trace of its statements (MIR inlay hints):
// the traced body stays on the fast path.
func BenchmarkTraceLoop(b *testing.B) {
	const n = 1_000_000
	src := fmt.Sprintf("pub const SUM: u64 = {\n    let mut i: u64 = 0;\n    let mut s: u64 = 0;\n    while i < %d {\n        s = s.wrapping_add(i * 3);\n        i += 1;\n    }\n    s\n};\n", n)
	prog := rustsrc.Lower(rustsrc.Load("loop.rs", func(string) ([]byte, error) { return []byte(src), nil }))
	var item *mir.Item
	for _, it := range prog.Files[0].Items {
		if it.Name == "SUM" {
			item = it
		}
	}
	if item == nil {
		b.Fatal(errors.New("no SUM"))
	}
	for _, trace := range []bool{false, true} {
		b.Run(fmt.Sprintf("trace=%v", trace), func(b *testing.B) {
			cfg := eval.DefaultConfig
			cfg.StepLimit, cfg.Trace = math.MaxInt64, trace
			for b.Loop() {
				ev := eval.NewEvaluator(eval.NewProgram(prog.Files...), cfg)
				r := ev.Eval(context.Background(), item)
				if r.Err != nil || trace != (r.Trace != nil) {
					b.Fatalf("%v, trace %v", r.Err, r.Trace != nil)
				}
			}
		})
	}
}
