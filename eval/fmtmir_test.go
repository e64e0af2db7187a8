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
)

// fmtWant reads rustc's values of a testdata/fmt program (X.values.json:
// {:?}; X.pretty.json: {:#?} of its consts), by item name in header order.
func fmtWant(t *testing.T, path string) map[string][]string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var vf valuesFile
	if err := json.Unmarshal(raw, &vf); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	want := map[string][]string{}
	for _, it := range vf.Items {
		want[it.Name] = append(want[it.Name], it.Value)
	}
	return want
}

// TestFmtCorpusMIR evaluates rustc's MIR of testdata/fmt (X.mir, written
// by scripts/gen-fmt.sh), whose values print through hand-written
// Debug/Display/hex impls that run as MIR: every item rustc printed is
// equal to rustc's {:?} (X.values.json) or not evaluated with a reason,
// and so is every const's {:#?} (X.pretty.json).
func TestFmtCorpusMIR(t *testing.T) {
	files, _ := filepath.Glob("../testdata/fmt/*.mir")
	if len(files) == 0 {
		t.Fatal("no MIR files in testdata/fmt")
	}
	var total, equal, ptotal, pequal int
	// The consts and statics (the items the Rust front end's test counts;
	// the others are anon consts and promoteds).
	var named, namedEqual int
	reasons := map[string]int{}
	for _, path := range files {
		base := strings.TrimSuffix(path, ".mir")
		want := fmtWant(t, base+".values.json")
		pretty := fmtWant(t, base+".pretty.json")
		f := loadMIR(t, path)
		ev := eval.NewEvaluator(eval.NewProgram(f), eval.DefaultConfig)
		for _, it := range f.Items {
			if !it.Kind.IsData() {
				continue
			}
			ws := want[it.Name]
			if len(ws) == 0 {
				continue
			}
			want[it.Name] = ws[1:]
			var pw string
			if ps := pretty[it.Name]; len(ps) > 0 {
				pw, pretty[it.Name] = ps[0], ps[1:]
				ptotal++
			}
			total++
			isNamed := it.Kind == mir.ItemConst || it.Kind == mir.ItemStatic
			if isNamed {
				named++
			}
			res := ev.Eval(context.Background(), it)
			if res.Err != nil {
				if !res.Unsupported() {
					t.Errorf("%s: %s: error %s (rustc compiles it)", filepath.Base(path), it.Name, res.Err.Msg)
				}
				reasons[res.Err.Msg]++
				continue
			}
			for _, pr := range []bool{false, true} {
				w := ws[0]
				if pr {
					if pw == "" {
						continue
					}
					w = pw
				}
				got, err := ev.Render(res, eval.RenderOpts{Pretty: pr})
				if err != nil {
					if ee, ok := err.(*eval.EvalError); !ok || ee.Kind != eval.KindUnsupported || ee.Msg == "" {
						t.Errorf("%s: %s: render: %v", filepath.Base(path), it.Name, err)
					}
					if pr {
						reasons["{:#?}: "+err.Error()]++
					} else {
						reasons[err.Error()]++
					}
					continue
				}
				if got != w {
					t.Errorf("%s: %s (pretty %v) = %s, want %s", filepath.Base(path), it.Name, pr, got, w)
					continue
				}
				if pr {
					pequal++
				} else {
					equal++
					if isNamed {
						namedEqual++
					}
				}
			}
		}
		for name, ws := range want {
			for range ws {
				total++
				reasons["no item `"+name+"` in the MIR"]++
			}
		}
	}
	var rs []string
	for r := range reasons {
		rs = append(rs, r)
	}
	sort.Strings(rs)
	t.Logf("%d items: %d equal to rustc's {:?} (consts and statics: %d of %d); %d consts: %d equal to rustc's {:#?}", total, equal, namedEqual, named, ptotal, pequal)
	for _, r := range rs {
		t.Logf("  %3d  %s", reasons[r], r)
	}
	// The counts as measured; a change either way shows here.
	if wantEq, wantPretty := 91, 48; equal < wantEq || pequal < wantPretty {
		t.Errorf("%d equal to rustc's {:?} (want at least %d), %d to {:#?} (want at least %d)", equal, wantEq, pequal, wantPretty)
	}
}
