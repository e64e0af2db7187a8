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

// TestRealWorldMIR evaluates every const-like item of rustc's MIR of the
// no-false-errors set (testdata/realworld: real-world-style files and
// crates that compile): no item may end in an error, and every value
// rustc printed must be rendered the same or not at all.
func TestRealWorldMIR(t *testing.T) {
	files, _ := filepath.Glob("../testdata/realworld/*.mir")
	if len(files) < 20 {
		t.Fatalf("only %d MIR files in the realworld set", len(files))
	}
	var total, equal, unsupported int
	for _, path := range files {
		raw, err := os.ReadFile(strings.TrimSuffix(path, ".mir") + ".values.json")
		if err != nil {
			t.Fatal(err)
		}
		var want valuesFile
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		// Items a macro defines several times share one header name; their
		// values are listed in header order, like the items.
		values := map[string][]string{}
		for _, w := range want.Items {
			values[w.Name] = append(values[w.Name], w.Value)
		}
		f := loadMIR(t, path)
		headers := map[string]int{}
		for _, it := range f.Items {
			if it.Kind.IsData() {
				headers[it.Name]++
			}
		}
		// Compare a name's items only when rustc gave one value per item.
		aligned := map[string]bool{}
		for name, ws := range values {
			aligned[name] = len(ws) == headers[name]
		}
		ev := eval.NewEvaluator(eval.NewProgram(f), eval.DefaultConfig)
		for _, it := range f.Items {
			if !it.Kind.IsData() {
				continue
			}
			total++
			w, known := "", false
			if ws := values[it.Name]; aligned[it.Name] && len(ws) > 0 {
				w, known = ws[0], true
				values[it.Name] = ws[1:]
			}
			res := ev.Eval(context.Background(), it)
			if res.Unsupported() {
				unsupported++
				continue
			}
			if res.Err != nil {
				t.Errorf("%s: %s: error %q on a program rustc compiles", filepath.Base(path), it.Name, res.Err.Msg)
				continue
			}
			if !known {
				continue
			}
			got, err := ev.Render(res, eval.RenderOpts{})
			if err != nil {
				unsupported++
				continue
			}
			if got != w {
				t.Errorf("%s: %s = %s, want %s", filepath.Base(path), it.Name, got, w)
				continue
			}
			equal++
		}
	}
	t.Logf("%d items: %d equal to rustc, %d unsupported", total, equal, unsupported)
}
