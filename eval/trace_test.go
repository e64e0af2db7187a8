package eval

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"mirlsp/mirparse"
)

// TestTraceFastPath: the traces of every item of rustc's MIR of the
// corpus programs (X.mir, not the -O and built variants) are the same
// whether the traced body runs on the fast path or every frame on the
// general path.
func TestTraceFastPath(t *testing.T) {
	all, _ := filepath.Glob("../testdata/corpus/*.mir")
	var files []string
	for _, f := range all {
		if strings.Count(filepath.Base(f), ".") == 1 {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	cfg := DefaultConfig
	cfg.Trace = true
	traces := func(path string, general bool) map[string]*Trace {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, _ := mirparse.Parse(filepath.Base(path), src)
		c := cfg
		c.generalOnly = general
		ev := NewEvaluator(NewProgram(f), c)
		out := map[string]*Trace{}
		for _, it := range f.Items {
			if it.Kind.IsData() {
				out[it.Name] = ev.Eval(context.Background(), it).Trace
			}
		}
		return out
	}
	compared, stmts := 0, 0
	for _, path := range files {
		fast, general := traces(path, false), traces(path, true)
		for name, g := range general {
			if !reflect.DeepEqual(fast[name], g) {
				t.Errorf("%s: %s: fast path trace %+v, general path %+v", filepath.Base(path), name, fast[name], g)
				continue
			}
			if g != nil {
				compared++
				for _, b := range g.Stmts {
					for _, s := range b {
						if s.Count > 0 {
							stmts++
						}
					}
				}
			}
		}
	}
	if compared == 0 || stmts == 0 {
		t.Fatal("no trace compared")
	}
	t.Logf("%d traces (%d statements run) equal on both paths", compared, stmts)
}
