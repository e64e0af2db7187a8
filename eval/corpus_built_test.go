package eval_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"mirlsp/eval"
)

// TestCorpusBuiltMIR evaluates the corpus programs' built MIR (X.built.mir,
// rustc's MIR before its optimizations: reborrows everywhere, derived
// Debug impls whose strings pass through them) and compares every value
// rustc printed once for its name (X.values.json): equal, or not printed.
func TestCorpusBuiltMIR(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.built.mir")
	var total, equal, wrong int
	for _, path := range files {
		want := fmtWant(t, strings.TrimSuffix(path, ".built.mir")+".values.json")
		f := loadMIR(t, path)
		ev := eval.NewEvaluator(eval.NewProgram(f), eval.DefaultConfig)
		for _, it := range f.Items {
			if !it.Kind.IsData() {
				continue
			}
			ws := want[it.Name]
			if len(ws) != 1 {
				continue
			}
			total++
			res := ev.Eval(context.Background(), it)
			if res.Err != nil {
				continue
			}
			got, err := ev.Render(res, eval.RenderOpts{})
			if err != nil {
				continue
			}
			if got != ws[0] {
				wrong++
				t.Errorf("%s: %s = %s, want %s", filepath.Base(path), it.Name, got, ws[0])
				continue
			}
			equal++
		}
	}
	t.Logf("%d items: %d equal to rustc's value, %d differ", total, equal, wrong)
	// The count as measured; a change either way shows here.
	if want := 1119; equal < want {
		t.Errorf("%d items equal to rustc's value, want at least %d", equal, want)
	}
}
