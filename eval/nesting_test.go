package eval_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mirlsp/eval"
)

// TestNestingValues: rustc's MIR of programs nesting a few hundred levels
// deep (testdata/nesting, from internal/nesting/cmd/gennesting) evaluates
// to rustc's value, every item.
func TestNestingValues(t *testing.T) {
	files, _ := filepath.Glob("../testdata/nesting/*.values.json")
	if len(files) == 0 {
		t.Fatal("no testdata/nesting values")
	}
	for _, vf := range files {
		raw, err := os.ReadFile(vf)
		if err != nil {
			t.Fatal(err)
		}
		var want valuesFile
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("%s: %v", vf, err)
		}
		mirPath := strings.TrimSuffix(vf, ".values.json") + ".mir"
		base := filepath.Base(mirPath)
		ev := eval.NewEvaluator(eval.NewProgram(loadMIR(t, mirPath)), eval.DefaultConfig)
		for _, w := range want.Items {
			it := ev.Prog.Item(w.Name)
			if it == nil {
				t.Errorf("%s: item %s not found", base, w.Name)
				continue
			}
			res := ev.Eval(context.Background(), it)
			if res.Err != nil {
				t.Errorf("%s: %s: %s, want %s", base, w.Name, res.Err.Msg, w.Value)
				continue
			}
			got, err := ev.Render(res, eval.RenderOpts{})
			if err != nil || got != w.Value {
				t.Errorf("%s: %s = %.200s (%v), want %.200s", base, w.Name, got, err, w.Value)
			}
		}
	}
}
