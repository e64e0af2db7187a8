package eval_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"mirlsp/eval"
	"mirlsp/mir"
	"mirlsp/mirparse"
)

// valuesFile is testdata/corpus/X.values.json, written by internal/corpusgen.
type valuesFile struct {
	Program string `json:"program"`
	Items   []struct {
		Name  string `json:"name"`
		Kind  string `json:"kind"`
		Type  string `json:"type"`
		Value string `json:"value"`
	} `json:"items"`
}

func loadMIR(t testing.TB, path string) *mir.File {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, errs := mirparse.Parse(filepath.Base(path), src)
	if len(errs) > 0 {
		t.Fatalf("%s: %v", path, errs)
	}
	return f
}

// TestCorpusValues evaluates every item of every corpus MIR file and
// compares its {:?} rendering with rustc's.
func TestCorpusValues(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.values.json")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	var total, ok, unsupported int
	reasons := map[string]int{}
	for _, vf := range files {
		raw, err := os.ReadFile(vf)
		if err != nil {
			t.Fatal(err)
		}
		var want valuesFile
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("%s: %v", vf, err)
		}
		// rustc's MIR, and for a third of the programs its -O MIR (whose
		// const fn bodies wrap instead of asserting): the same values.
		for _, suffix := range []string{".mir", ".O.mir"} {
			mirPath := strings.TrimSuffix(vf, ".values.json") + suffix
			if _, err := os.Stat(mirPath); err != nil {
				continue
			}
			f := loadMIR(t, mirPath)
			ev := eval.NewEvaluator(eval.NewProgram(f), eval.DefaultConfig)
			for _, w := range want.Items {
				total++
				it := ev.Prog.Item(w.Name)
				if it == nil {
					t.Errorf("%s: item %s not found", mirPath, w.Name)
					continue
				}
				res := ev.Eval(context.Background(), it)
				if res.Unsupported() {
					unsupported++
					reasons[res.Err.Msg]++
					t.Logf("%s: %s: unsupported: %s", filepath.Base(mirPath), w.Name, res.Err.Msg)
					continue
				}
				if res.Err != nil {
					t.Errorf("%s: %s: error %s, want %s", filepath.Base(mirPath), w.Name, res.Err.Msg, w.Value)
					continue
				}
				got, err := ev.Render(res, eval.RenderOpts{})
				if err != nil {
					unsupported++
					reasons["render: "+err.Error()]++
					t.Logf("%s: %s: render: %v", filepath.Base(mirPath), w.Name, err)
					continue
				}
				if got != w.Value {
					t.Errorf("%s: %s = %s, want %s", filepath.Base(mirPath), w.Name, got, w.Value)
					continue
				}
				ok++
			}
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
		if i < 25 {
			t.Logf("unsupported %4d × %s", r.v, r.k)
		}
	}
	t.Logf("%d items: %d equal to rustc, %d unsupported (%.1f%%)", total, ok, unsupported, 100*float64(unsupported)/float64(total))
	if float64(unsupported) > 0.03*float64(total) {
		t.Errorf("%d of %d items unsupported: more than 3%%", unsupported, total)
	}
}
