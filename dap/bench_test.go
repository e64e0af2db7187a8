package dap

import (
	"context"
	"fmt"
	"math"
	"testing"

	"mirlsp/eval"
	"mirlsp/mir"
	"mirlsp/rustsrc"
)

// BenchmarkStepping evaluates a const fn's loop of 200,000 iterations
// plainly and under the debugger with a breakpoint that is never hit:
// the debugger's cost per statement (issue: at most 2× plain).
// Compare: go test ./dap -run XXX -bench Stepping
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
	for _, debug := range []bool{false, true} {
		b.Run(fmt.Sprintf("debug=%v", debug), func(b *testing.B) {
			for b.Loop() {
				cfg := eval.DefaultConfig
				cfg.StepLimit = math.MaxInt64
				if debug {
					// A breakpoint in return_zero, which never runs.
					r := newRun(&session{}, p, &bpSet{gen: 1, lines: map[int]map[int]int{0: {18: 1}}})
					cfg.Debug = r
				}
				ev := eval.NewEvaluator(eval.NewProgram(prog.Files...), cfg)
				res := ev.Eval(context.Background(), item)
				if res.Err != nil {
					b.Fatal(res.Err)
				}
			}
		})
	}
}
