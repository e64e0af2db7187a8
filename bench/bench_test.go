package bench

import (
	"context"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"mirlsp/eval"
	"mirlsp/internal/cpustat"
	"mirlsp/mir"
	"mirlsp/mirparse"
	"mirlsp/rustsrc"
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

// smallN is the `pub const N: T = BIG; // small: SMALL` line of a
// benchmark program (scripts/bench-vs-rustc.sh makes the same change).
var smallN = regexp.MustCompile(`(?m)^(pub const N: [a-z0-9]+ = )[0-9_]+;( // small: ([0-9_]+))`)

// lowerRust lowers bench/NAME.rs with mirlsp's Rust front end, at its
// benchmark size or, if small, with N set to its small value.
func lowerRust(t testing.TB, name string, small bool) []*mir.File {
	t.Helper()
	src, err := os.ReadFile(name + ".rs")
	if err != nil {
		t.Fatal(err)
	}
	if small {
		if !smallN.Match(src) {
			t.Fatalf("%s.rs has no 'pub const N: T = BIG; // small: SMALL' line", name)
		}
		src = smallN.ReplaceAll(src, []byte("${1}${3};${2}"))
	}
	read := func(path string) ([]byte, error) {
		if path == name+".rs" {
			return src, nil
		}
		return nil, fs.ErrNotExist
	}
	c := rustsrc.Load(name+".rs", read)
	for _, f := range c.Files {
		if len(f.Errors) > 0 {
			t.Fatalf("%s.rs: %v", name, f.Errors[0].Msg)
		}
	}
	return rustsrc.Lower(c).Files
}

// evalResult evaluates RESULT in files with a fresh program and evaluator
// (the evaluator memoizes) and no step limit, and renders it.
func evalResult(t testing.TB, files ...*mir.File) string {
	cfg := eval.DefaultConfig
	cfg.StepLimit = math.MaxInt64
	ev := eval.NewEvaluator(eval.NewProgram(files...), cfg)
	it := ev.Prog.Item(constant)
	if it == nil {
		t.Fatalf("%s: no item %s", files[0].Name, constant)
	}
	res := ev.Eval(context.Background(), it)
	if res.Err != nil {
		t.Fatalf("%s: %s", files[0].Name, res)
	}
	got, err := ev.Render(res, eval.RenderOpts{})
	if err != nil {
		t.Fatalf("%s: render: %v", files[0].Name, err)
	}
	return got
}

// TestSmall checks that every benchmark constant, at its small size,
// evaluates to the value rustc printed, from rustc's MIR and from the
// Rust source.
func TestSmall(t *testing.T) {
	for _, name := range names(t) {
		t.Run(name, func(t *testing.T) {
			f := parse(t, filepath.Join("mir", name+".small.mir"))
			want := expected(t, filepath.Join("expected", name+".small.txt"))
			if got := evalResult(t, f); got != want {
				t.Errorf("%s = %s, rustc says %s", constant, got, want)
			}
			if got := evalResult(t, lowerRust(t, name, true)...); got != want {
				t.Errorf("from %s.rs: %s = %s, rustc says %s", name, constant, got, want)
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
			benchEval(b, name, parse(b, filepath.Join("mir", name+".mir")))
		})
	}
}

// BenchmarkEvalRS is BenchmarkEval on the MIR that mirlsp's Rust front end
// lowers from bench/NAME.rs (lowered once, outside the timer).
func BenchmarkEvalRS(b *testing.B) {
	for _, name := range names(b) {
		b.Run(name, func(b *testing.B) {
			benchEval(b, name, lowerRust(b, name, false)...)
		})
	}
}

func benchEval(b *testing.B, name string, files ...*mir.File) {
	want := expected(b, filepath.Join("expected", name+".txt"))
	b.ResetTimer()
	cpu := int64(cpustat.Process())
	for i := 0; i < b.N; i++ {
		if got := evalResult(b, files...); got != want {
			b.Fatalf("%s = %.200s, rustc says %.200s", constant, got, want)
		}
	}
	b.ReportMetric(float64(int64(cpustat.Process())-cpu)/float64(b.N), "cpu-ns/op")
}
