package rustsrc_test

import (
	"bytes"
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"mirlsp/eval"
	"mirlsp/mir"
	"mirlsp/mirparse"
)

// TestShowMIR: the MIR `mirlsp mir` prints for every corpus program is
// MIR text mirlsp reads back without a syntax or resolution error (no
// inference variables in paths, every allocation dumped, one name per
// promoted), and evaluating it gives the values evaluating the Rust
// source gives (items the MIR text cannot show, such as the variants of
// an enum it never builds, are not evaluated; none is wrong).
func TestShowMIR(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.rs")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	ctx := context.Background()
	same := 0
	for _, path := range files {
		_, prog := lower(t, path)
		direct := eval.NewEvaluator(eval.NewProgram(prog.Files...), eval.DefaultConfig)
		for _, f := range prog.Files {
			var b bytes.Buffer
			if err := mir.Print(&b, f); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			pf, errs := mirparse.Parse(filepath.Base(path)+".mir", b.Bytes())
			if len(errs) > 0 {
				t.Errorf("%s: the printed MIR does not read back: %v", filepath.Base(path), errs[0])
				continue
			}
			printed := eval.NewEvaluator(eval.NewProgram(pf), eval.DefaultConfig)
			// A hand-written Debug impl runs from the source (mir.AdtDecl
			// .FmtFns); the printed MIR does not tie its fmt bodies to the
			// type, so such values are not compared.
			var byHand []string
			for _, d := range f.Adts {
				if len(d.FmtFns) > 0 {
					byHand = append(byHand, d.Ty.Text)
				}
			}
			names := map[string]int{}
			for _, it := range f.Items {
				names[it.Name]++
			}
			for i, it := range f.Items {
				if !it.Kind.IsData() || names[it.Name] > 1 || i >= len(pf.Items) || pf.Items[i].Name != it.Name {
					continue
				}
				want, got := direct.Eval(ctx, it), printed.Eval(ctx, pf.Items[i])
				if want.Err != nil || got.Unsupported() || slices.ContainsFunc(byHand, func(n string) bool { return it.Ty != nil && strings.Contains(it.Ty.Text, n) }) {
					continue
				}
				wv, _ := direct.Render(want, eval.RenderOpts{})
				gv, err := printed.Render(got, eval.RenderOpts{})
				if e, ok := err.(*eval.EvalError); ok && e.Kind == eval.KindUnsupported {
					// Not printed from the MIR (a Debug impl it cannot tie to
					// its type), with the reason: not wrong.
					continue
				}
				if got.Err != nil || err != nil || gv != wv {
					msg := gv
					if got.Err != nil {
						msg = got.Err.Msg
					}
					t.Errorf("%s: %s is %s from the source, %s from the printed MIR", filepath.Base(path), it.Name, wv, msg)
					continue
				}
				same++
			}
		}
	}
	t.Logf("%d items evaluate the same from the printed MIR", same)
}
