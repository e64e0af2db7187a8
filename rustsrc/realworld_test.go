package rustsrc_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mirlsp/eval"
	"mirlsp/rustsrc"
)

// TestRealworld evaluates the realworld set (files and crates that
// compile with rustc, inside and outside the subset): no item may fail,
// and every value must be rustc's.
func TestRealworld(t *testing.T) {
	dir := "../testdata/realworld"
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Skipf("no realworld set: %v", err)
	}
	exists := func(p string) bool { _, err := os.Stat(p); return err == nil }
	var total, equal, unsupported int
	for _, e := range entries {
		var root, valuesPath string
		switch {
		case e.IsDir():
			root = rustsrc.FindRoot(filepath.Join(dir, e.Name(), "src", "lib.rs"), exists)
			valuesPath = filepath.Join(dir, e.Name()+".values.json")
		case strings.HasSuffix(e.Name(), ".rs"):
			root = filepath.Join(dir, e.Name())
			valuesPath = strings.TrimSuffix(root, ".rs") + ".values.json"
		default:
			continue
		}
		_, wantBy := loadValues(t, valuesPath)
		c := rustsrc.Load(root, os.ReadFile)
		p := rustsrc.Lower(c)
		ev := eval.NewEvaluator(eval.NewProgram(p.Files...), eval.DefaultConfig)
		for _, it := range p.Items {
			total++
			if it.MIR == nil {
				unsupported++
				continue
			}
			res := ev.Eval(context.Background(), it.MIR)
			if res.Unsupported() {
				unsupported++
				continue
			}
			if res.Err != nil {
				t.Errorf("%s: %s: error %s (rustc compiles it)", e.Name(), it.Name, res.Err.Msg)
				continue
			}
			ws := wantBy[it.Name]
			if len(ws) == 0 {
				continue
			}
			wantBy[it.Name] = ws[1:]
			got, err := ev.Render(res, eval.RenderOpts{})
			if err != nil {
				continue
			}
			if got != ws[0] {
				t.Errorf("%s: %s = %s, want %s", e.Name(), it.Name, got, ws[0])
				continue
			}
			equal++
		}
	}
	t.Logf("%d items: %d equal to rustc, %d unsupported", total, equal, unsupported)
}
