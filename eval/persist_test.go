package eval_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"mirlsp/eval"
)

// Every corpus result survives encoding: decoded into a fresh program
// with its own global memory, it renders as before.
func TestEncodeDecode(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/corpus/*.mir")
	n := 0
	for _, p := range paths {
		if strings.Contains(p, ".O.") || strings.Contains(p, ".built.") {
			continue
		}
		f := loadMIR(t, p)
		ev := eval.NewEvaluator(eval.NewProgram(f), eval.DefaultConfig)
		ev2 := eval.NewEvaluator(eval.NewProgram(f), eval.DefaultConfig)
		for _, it := range f.Items {
			if !it.Kind.IsData() {
				continue
			}
			r := ev.Eval(context.Background(), it)
			if r.Unsupported() {
				continue
			}
			data, err := ev.EncodeResult(r)
			if err != nil {
				t.Errorf("%s: %s: encode: %v", filepath.Base(p), it.Name, err)
				continue
			}
			r2, err := ev2.DecodeResult(it, data)
			if err != nil {
				t.Errorf("%s: %s: decode: %v", filepath.Base(p), it.Name, err)
				continue
			}
			if r.Err != nil {
				if r2.Err == nil || r2.Err.Msg != r.Err.Msg || r2.Err.Span != r.Err.Span {
					t.Errorf("%s: %s: error %v became %v", filepath.Base(p), it.Name, r.Err, r2.Err)
				}
				continue
			}
			want, err1 := ev.Render(r, eval.RenderOpts{})
			got, err2 := ev2.Render(r2, eval.RenderOpts{})
			if err1 != nil && err2 != nil && err1.Error() == err2.Error() {
				// Not rendered either way (a Debug impl written by hand).
				n++
				continue
			}
			if err1 != nil || err2 != nil || got != want {
				t.Errorf("%s: %s: %q (%v) became %q (%v)", filepath.Base(p), it.Name, want, err1, got, err2)
			}
			n++
		}
	}
	t.Logf("%d results round-tripped", n)
}
