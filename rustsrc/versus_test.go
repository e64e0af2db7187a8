package rustsrc_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mirlsp/eval"
	"mirlsp/mirparse"
)

// TestRustVersusMIR evaluates every corpus program twice, from its Rust
// source and from rustc's MIR of it, and requires the same value (or
// the same error) for every item both evaluate.
func TestRustVersusMIR(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.rs")
	var same, compared int
	for _, path := range files {
		stem := strings.TrimSuffix(path, ".rs")
		raw, err := os.ReadFile(stem + ".values.json")
		if err != nil {
			t.Fatal(err)
		}
		var vals valuesFile
		if err := json.Unmarshal(raw, &vals); err != nil {
			t.Fatal(err)
		}
		src, err := os.ReadFile(stem + ".mir")
		if err != nil {
			t.Fatal(err)
		}
		mf, errs := mirparse.Parse(filepath.Base(stem)+".mir", src)
		if len(errs) > 0 {
			t.Fatalf("%s.mir: %v", stem, errs)
		}
		mev := eval.NewEvaluator(eval.NewProgram(mf), eval.DefaultConfig)
		_, prog := lower(t, path)
		rev := eval.NewEvaluator(eval.NewProgram(prog.Files...), eval.DefaultConfig)
		// rustc's header name of each rust path, in order (`_` repeats).
		mirNames := map[string][]string{}
		for _, v := range vals.Items {
			if v.Kind != "promoted" {
				mirNames[v.RustPath] = append(mirNames[v.RustPath], v.Name)
			}
		}
		for _, it := range prog.Items {
			names := mirNames[it.Name]
			if len(names) == 0 {
				continue
			}
			mirName := names[0]
			mirNames[it.Name] = names[1:]
			if it.MIR == nil {
				continue
			}
			mit := mev.Prog.Item(mirName)
			if mit == nil {
				continue
			}
			got := render(rev, rev.Eval(context.Background(), it.MIR))
			want := render(mev, mev.Eval(context.Background(), mit))
			if got == "" || want == "" {
				continue
			}
			compared++
			if got != want {
				t.Errorf("%s: %s: from Rust %s, from rustc's MIR %s", filepath.Base(path), it.Name, got, want)
				continue
			}
			same++
		}
	}
	t.Logf("%d items evaluated both ways: %d the same", compared, same)
	if compared == 0 {
		t.Error("nothing compared")
	}
}

// render is a result's value or error message; "" when not evaluated.
func render(ev *eval.Evaluator, r *eval.Result) string {
	if r.Unsupported() {
		return ""
	}
	if r.Err != nil {
		return "error: " + allocRE.ReplaceAllString(r.Err.Msg, "allocN")
	}
	s, err := ev.Render(r, eval.RenderOpts{})
	if err != nil {
		return ""
	}
	return s
}
