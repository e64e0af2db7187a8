package bench

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mirlsp/eval"
	"mirlsp/internal/cpustat"
	"mirlsp/mir"
	"mirlsp/mirparse"
)

// constant is the item every benchmark program evaluates.
const constant = "RESULT"

// names lists the benchmark programs (bench/NAME.rs).
func names(t testing.TB) []string {
	t.Helper()
	srcs, err := filepath.Glob("*.rs")
	if err != nil || len(srcs) == 0 {
		t.Fatalf("no benchmark programs: %v", err)
	}
	var out []string
	for _, s := range srcs {
		out = append(out, strings.TrimSuffix(s, ".rs"))
	}
	return out
}

func parse(t testing.TB, path string) *mir.File {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, errs := mirparse.Parse(path, src)
	if len(errs) > 0 {
		t.Fatalf("%s: %v", path, errs)
	}
	return f
}

func expected(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

// evalResult evaluates RESULT in f with a fresh program and evaluator (the
// evaluator memoizes) and no step limit, and renders it.
func evalResult(t testing.TB, f *mir.File) string {
	cfg := eval.DefaultConfig
	cfg.StepLimit = math.MaxInt64
	ev := eval.NewEvaluator(eval.NewProgram(f), cfg)
	it := ev.Prog.Item(constant)
	if it == nil {
		t.Fatalf("%s: no item %s", f.Name, constant)
	}
	res := ev.Eval(context.Background(), it)
	if res.Err != nil {
		t.Fatalf("%s: %s", f.Name, res)
	}
	got, err := ev.Render(res, eval.RenderOpts{})
	if err != nil {
		t.Fatalf("%s: render: %v", f.Name, err)
	}
	return got
}

// TestSmall checks that every benchmark constant, at its small size,
// evaluates to the value rustc printed.
func TestSmall(t *testing.T) {
	for _, name := range names(t) {
		t.Run(name, func(t *testing.T) {
			f := parse(t, filepath.Join("mir", name+".small.mir"))
			want := expected(t, filepath.Join("expected", name+".small.txt"))
			if got := evalResult(t, f); got != want {
				t.Errorf("%s = %s, rustc says %s", constant, got, want)
			}
		})
	}
}

// BenchmarkEval evaluates each benchmark constant at its full size per
// iteration (the MIR is parsed once, outside the timer) and checks the
// value against rustc's. Besides ns/op (wall clock) it reports cpu-ns/op,
// the process's CPU time per evaluation (GC threads included), which a
// busy machine inflates less.
func BenchmarkEval(b *testing.B) {
	for _, name := range names(b) {
		b.Run(name, func(b *testing.B) {
			f := parse(b, filepath.Join("mir", name+".mir"))
			want := expected(b, filepath.Join("expected", name+".txt"))
			b.ResetTimer()
			cpu := int64(cpustat.Process())
			for i := 0; i < b.N; i++ {
				if got := evalResult(b, f); got != want {
					b.Fatalf("%s = %s, rustc says %s", constant, got, want)
				}
			}
			b.ReportMetric(float64(int64(cpustat.Process())-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}
