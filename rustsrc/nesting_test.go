package rustsrc_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"mirlsp/eval"
)

// TestNestingValues: programs nesting a few hundred levels deep (within
// rustc's limits; testdata/nesting, from internal/nesting/cmd/gennesting)
// lower and evaluate to rustc's value, every item.
func TestNestingValues(t *testing.T) {
	files, _ := filepath.Glob("../testdata/nesting/*.rs")
	if len(files) == 0 {
		t.Fatal("no testdata/nesting programs")
	}
	for _, path := range files {
		base := filepath.Base(path)
		want, wantBy := loadValues(t, strings.TrimSuffix(path, ".rs")+".values.json")
		if len(want.Items) == 0 {
			t.Fatalf("%s: no values", base)
		}
		_, prog := lower(t, path)
		ev := eval.NewEvaluator(eval.NewProgram(prog.Files...), eval.DefaultConfig)
		n := 0
		for _, it := range prog.Items {
			ws := wantBy[it.Name]
			if len(ws) == 0 {
				t.Errorf("%s: item %s is not in rustc's values", base, it.Name)
				continue
			}
			if it.MIR == nil {
				t.Errorf("%s: %s: not lowered: %s", base, it.Name, it.Unsupported)
				continue
			}
			res := ev.Eval(context.Background(), it.MIR)
			if res.Err != nil {
				t.Errorf("%s: %s: %s, want %s", base, it.Name, res.Err.Msg, ws[0])
				continue
			}
			got, err := ev.Render(res, eval.RenderOpts{})
			if err != nil || got != ws[0] {
				t.Errorf("%s: %s = %s (%v), want %s", base, it.Name, got, err, ws[0])
			}
			n++
		}
		if n == 0 {
			t.Errorf("%s: no item evaluated", base)
		}
	}
}
