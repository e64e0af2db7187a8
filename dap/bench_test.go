package dap

import (
	"context"
	"fmt"
	"math"
	"testing"
	"time"

	"mirlsp/eval"
	"mirlsp/internal/cpustat"
	"mirlsp/mir"
	"mirlsp/rustsrc"
)

// BenchmarkStepping evaluates a const fn's loop of 200,000 iterations
// plainly and under the debugger with a breakpoint that is never hit, and
// reports the CPU time of each and their ratio debug/plain (the issue
// asks for at most 2): go test ./dap -run XXX -bench Stepping
func BenchmarkStepping(b *testing.B) {
	const n = 200_000
	src := fmt.Sprintf("const fn f(k: u64) -> u64 {\n    k * 3 + 1\n}\npub const SUM: u64 = {\n    let mut i: u64 = 0;\n    let mut s: u64 = 0;\n    while i < %d {\n        s = s.wrapping_add(f(i));\n        i += 1;\n    }\n    if s == 0 {\n        return_zero()\n    } else {\n        s\n    }\n};\nconst fn return_zero() -> u64 {\n    0\n}\n", n)
	prog := rustsrc.Lower(rustsrc.Load("loop.rs", func(string) ([]byte, error) { return []byte(src), nil }))
	var item *mir.Item
	for _, it := range prog.Items {
		if it.Name == "SUM" {
			item = it.MIR
		}
	}
	if item == nil {
		b.Fatal("no SUM")
	}
	p := &program{files: prog.Files, paths: []string{"loop.rs"}, texts: [][]byte{[]byte(src)}, idx: []*mir.LineIndex{mir.NewLineIndex([]byte(src))}, root: item, rust: true,
		args: LaunchArgs{StepLimit: -1}}
	eval1 := func(debug bool) time.Duration {
		cfg := eval.DefaultConfig
		cfg.StepLimit = math.MaxInt64
		if debug {
			// A breakpoint in return_zero, which never runs.
			cfg.Debug = newRun(&session{}, p, &bpSet{gen: 1, lines: map[int]map[int]int{0: {18: 1}}})
		}
		ev := eval.NewEvaluator(eval.NewProgram(prog.Files...), cfg)
		c := cpustat.Process()
		res := ev.Eval(context.Background(), item)
		if res.Err != nil {
			b.Fatal(res.Err)
		}
		return cpustat.Process() - c
	}
	// Both evaluations in each iteration, their CPU time measured apart
	// (on a shared machine wall time is mostly waiting for a core).
	var plain, debug time.Duration
	for b.Loop() {
		plain += eval1(false)
		debug += eval1(true)
	}
	runs := float64(b.N)
	b.ReportMetric(float64(plain.Milliseconds())/runs, "plain-cpu-ms/op")
	b.ReportMetric(float64(debug.Milliseconds())/runs, "debug-cpu-ms/op")
	if plain > 0 {
		b.ReportMetric(float64(debug)/float64(plain), "debug/plain")
	}
}
