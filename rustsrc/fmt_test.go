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

// TestFmtCorpus evaluates testdata/fmt, programs whose values print
// through hand-written Debug/Display/hex impls: every value mirlsp prints
// must be rustc's, and an item it does not print must say why.
func TestFmtCorpus(t *testing.T) {
	files, _ := filepath.Glob("../testdata/fmt/*.rs")
	if len(files) == 0 {
		t.Fatal("no programs in testdata/fmt")
	}
	var total, equal int
	reasons := map[string]int{}
	for _, f := range files {
		_, wantBy := loadValues(t, strings.TrimSuffix(f, ".rs")+".values.json")
		p := rustsrc.Lower(rustsrc.Load(f, os.ReadFile))
		ev := eval.NewEvaluator(eval.NewProgram(p.Files...), eval.DefaultConfig)
		for _, it := range p.Items {
			ws := wantBy[it.Name]
			if len(ws) == 0 {
				continue
			}
			wantBy[it.Name] = ws[1:]
			total++
			if it.MIR == nil {
				reasons[it.Unsupported]++
				continue
			}
			res := ev.Eval(context.Background(), it.MIR)
			if res.Err != nil {
				if !res.Unsupported() {
					t.Errorf("%s: %s: error %s (rustc compiles it)", f, it.Name, res.Err.Msg)
				}
				reasons[res.Err.Msg]++
				continue
			}
			got, err := ev.Render(res, eval.RenderOpts{})
			if err != nil {
				if ee, ok := err.(*eval.EvalError); !ok || ee.Kind != eval.KindUnsupported || ee.Msg == "" {
					t.Errorf("%s: %s: render: %v", f, it.Name, err)
				}
				reasons[err.Error()]++
				continue
			}
			if got != ws[0] {
				t.Errorf("%s: %s = %s, want %s", f, it.Name, got, ws[0])
				continue
			}
			equal++
		}
	}
	var rs []string
	for r, n := range reasons {
		if r == "" {
			t.Errorf("%d items not evaluated without a reason", n)
		}
		rs = append(rs, r)
	}
	sort.Strings(rs)
	t.Logf("%d items: %d equal to rustc, %d not printed", total, equal, total-equal)
	for _, r := range rs {
		t.Logf("  %3d  %s", reasons[r], r)
	}
	// The counts as measured; a change either way shows here.
	if want := 92; equal < want {
		t.Errorf("%d items equal to rustc, want at least %d", equal, want)
	}
}

// TestFmtPretty renders the consts of testdata/fmt as `{:#?}` (hover's
// form of values that do not fit on one line) and compares them with
// rustc's (X.pretty.json, scripts/gen-fmt.sh): equal, or not printed with
// a reason.
func TestFmtPretty(t *testing.T) {
	files, _ := filepath.Glob("../testdata/fmt/*.rs")
	var total, equal int
	for _, f := range files {
		raw, err := os.ReadFile(strings.TrimSuffix(f, ".rs") + ".pretty.json")
		if err != nil {
			t.Fatal(err)
		}
		var pf struct {
			Items []struct{ Name, Value string }
		}
		if err := json.Unmarshal(raw, &pf); err != nil {
			t.Fatal(err)
		}
		want := map[string]string{}
		for _, it := range pf.Items {
			want[it.Name] = it.Value
		}
		p := rustsrc.Lower(rustsrc.Load(f, os.ReadFile))
		ev := eval.NewEvaluator(eval.NewProgram(p.Files...), eval.DefaultConfig)
		for _, it := range p.Items {
			w, ok := want[it.Name]
			if !ok || it.MIR == nil {
				continue
			}
			total++
			res := ev.Eval(context.Background(), it.MIR)
			if res.Err != nil {
				continue
			}
			got, err := ev.Render(res, eval.RenderOpts{Pretty: true})
			if err != nil {
				if ee, ok := err.(*eval.EvalError); !ok || ee.Kind != eval.KindUnsupported || ee.Msg == "" {
					t.Errorf("%s: %s: render: %v", f, it.Name, err)
				}
				continue
			}
			if got != w {
				t.Errorf("%s: %s = %s, want %s", f, it.Name, got, w)
				continue
			}
			equal++
		}
	}
	t.Logf("%d consts: %d equal to rustc's {:#?}", total, equal)
	if want := 92; equal < want {
		t.Errorf("%d equal to rustc's {:#?}, want at least %d", equal, want)
	}
}
