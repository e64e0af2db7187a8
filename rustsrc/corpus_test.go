package rustsrc_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"mirlsp/eval"
	"mirlsp/rustsrc"
)

// valuesFile is testdata/corpus/X.values.json (internal/corpusgen).
type valuesFile struct {
	Items []struct {
		Name     string `json:"name"`
		Kind     string `json:"kind"`
		RustPath string `json:"rust_path"`
		Value    string `json:"value"`
	} `json:"items"`
	Skipped []struct {
		Name string `json:"name"`
	} `json:"skipped"`
}

// loadValues reads a values file: its items by rust path (in order: the
// `const _` items repeat `_`), promoteds left out.
func loadValues(t testing.TB, path string) (valuesFile, map[string][]string) {
	t.Helper()
	var v valuesFile
	raw, err := os.ReadFile(path)
	if err != nil {
		return v, map[string][]string{}
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	by := map[string][]string{}
	for _, w := range v.Items {
		if w.Kind != "promoted" {
			by[w.RustPath] = append(by[w.RustPath], w.Value)
		}
	}
	return v, by
}

func lower(t testing.TB, path string) (*rustsrc.Crate, *rustsrc.Program) {
	t.Helper()
	c := rustsrc.Load(path, os.ReadFile)
	return c, rustsrc.Lower(c)
}

// TestCorpusValues lowers every corpus program, evaluates each item and
// compares its {:?} rendering with rustc's value.
func TestCorpusValues(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.rs")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	// The front end's own programs, with rustc's values (testdata/rustc).
	own, _ := filepath.Glob("testdata/rustc/corpus/*.rs")
	files = append(files, own...)
	var total, equal, unsupported int
	reasons := map[string]int{}
	for _, path := range files {
		want, wantBy := loadValues(t, strings.TrimSuffix(path, ".rs")+".values.json")
		_, prog := lower(t, path)
		ev := eval.NewEvaluator(eval.NewProgram(prog.Files...), eval.DefaultConfig)
		base := filepath.Base(path)
		for _, it := range prog.Items {
			ws, ok := wantBy[it.Name]
			var w string
			if ok && len(ws) > 0 {
				w, wantBy[it.Name] = ws[0], ws[1:]
			} else if it.Name == "_" {
				// rustc's values list only some `const _` items.
				continue
			}
			if !ok && skipped(want, it.Name) {
				// Items local to a body have no value in rustc's list.
				continue
			}
			if !ok {
				if it.Name != "_" {
					t.Errorf("%s: item %s is not in rustc's values", base, it.Name)
				}
				continue
			}
			total++
			if it.MIR == nil {
				unsupported++
				reasons[firstLine(it.Unsupported)]++
				t.Logf("%s: %s: unsupported: %s", base, it.Name, it.Unsupported)
				continue
			}
			res := ev.Eval(context.Background(), it.MIR)
			if res.Unsupported() {
				unsupported++
				reasons["eval: "+res.Err.Msg]++
				t.Logf("%s: %s: eval unsupported: %s", base, it.Name, res.Err.Msg)
				continue
			}
			if res.Err != nil {
				t.Errorf("%s: %s: error %s, want %s", base, it.Name, res.Err.Msg, w)
				continue
			}
			got, err := ev.Render(res, eval.RenderOpts{})
			if err != nil {
				unsupported++
				t.Logf("%s: %s: render: %v", base, it.Name, err)
				continue
			}
			if got != w {
				t.Errorf("%s: %s = %s, want %s", base, it.Name, got, w)
				continue
			}
			equal++
		}
	}
	type kv struct {
		k string
		v int
	}
	var rs []kv
	for k, v := range reasons {
		rs = append(rs, kv{k, v})
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].v > rs[j].v })
	for i, r := range rs {
		if i < 30 {
			t.Logf("unsupported %4d × %s", r.v, r.k)
		}
	}
	t.Logf("%d items: %d equal to rustc, %d unsupported", total, equal, unsupported)
	if equal == 0 {
		t.Error("no item evaluated")
	}
	if unsupported*20 > total {
		t.Errorf("%d of %d items unsupported: more than 5%%", unsupported, total)
	}
}

// skipped reports whether rustc's values list skips an item of this
// name (items local to a block or fn body).
func skipped(v valuesFile, name string) bool {
	last := name
	if i := strings.LastIndex(name, "::"); i >= 0 {
		last = name[i+2:]
	}
	for _, s := range v.Skipped {
		if s.Name == last || strings.HasSuffix(s.Name, "::"+last) {
			return true
		}
	}
	return false
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
