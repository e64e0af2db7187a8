package rustsrc_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"mirlsp/eval"
	"mirlsp/rustsrc"
)

// fmtRenders evaluates and renders every item of p ({:?}), or says why not.
func fmtRenders(p *rustsrc.Program) map[string]string {
	ev := eval.NewEvaluator(eval.NewProgram(p.Files...), eval.DefaultConfig)
	out := map[string]string{}
	for _, it := range p.Items {
		if it.MIR == nil {
			out[it.Name] = "not evaluated: " + it.Unsupported
			continue
		}
		res := ev.Eval(context.Background(), it.MIR)
		if res.Err != nil {
			out[it.Name] = "error: " + res.Err.Msg
			continue
		}
		s, err := ev.Render(res, eval.RenderOpts{})
		if err != nil {
			s = "not printed: " + err.Error()
		}
		out[it.Name] = s
	}
	return out
}

// TestFmtRelower edits the consts of testdata/fmt and of a program whose
// edits add instances of a generic ADT with a formatting impl: after
// Relower (or the full lowering it leaves an edit to) every item prints
// as after lowering the edited text from scratch, never through an
// instance whose impls were not compiled.
func TestFmtRelower(t *testing.T) {
	type prog struct{ name, src string }
	var progs []prog
	files, _ := filepath.Glob("../testdata/fmt/*.rs")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		progs = append(progs, prog{filepath.Base(f), string(raw)})
	}
	progs = append(progs, prog{"inst.rs", `use std::fmt;
pub struct Wrap<T>(pub T);
impl<T: fmt::Debug> fmt::Debug for Wrap<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "W<{:?}>", self.0) }
}
pub const A: Wrap<u8> = Wrap(1);
pub const B: u32 = 1;
`})
	constRE := regexp.MustCompile(`(?m)^pub const [A-Z_0-9]+: [^=]+= ([^;]*);$`)
	incremental := 0
	for _, pg := range progs {
		edits := []string{}
		for _, m := range constRE.FindAllStringSubmatchIndex(pg.src, -1) {
			// The initializer in parentheses.
			edits = append(edits, pg.src[:m[2]]+"("+pg.src[m[2]:m[3]]+")"+pg.src[m[3]:])
		}
		if pg.name == "inst.rs" {
			edits = append(edits,
				strings.Replace(pg.src, "Wrap<u8> = Wrap(1)", "Wrap<u16> = Wrap(1)", 1),
				strings.Replace(pg.src, "Wrap(1);", "{ let _w: Wrap<i64> = Wrap(3); Wrap(1) };", 1),
				strings.Replace(pg.src, "pub const B: u32 = 1;", "pub const B: Wrap<Wrap<char>> = Wrap(Wrap('x'));", 1))
		}
		for i, nt := range edits {
			c := rustsrc.Load("lib.rs", func(string) ([]byte, error) { return []byte(pg.src), nil })
			p := rustsrc.Lower(c)
			read := func(string) ([]byte, error) { return []byte(nt), nil }
			nc, np, _ := rustsrc.Relower(c, p, 0, []byte(nt))
			if nc == nil {
				np = rustsrc.Lower(rustsrc.Load("lib.rs", read))
			} else {
				incremental++
			}
			got := fmtRenders(np)
			want := fmtRenders(rustsrc.Lower(rustsrc.Load("lib.rs", read)))
			for name, w := range want {
				if g := got[name]; g != w || strings.Contains(g, "was not compiled for this instance") {
					t.Errorf("%s: edit %d (incremental %v): %s = %q, want %q", pg.name, i, nc != nil, name, g, w)
				}
			}
		}
	}
	if incremental == 0 {
		t.Error("no edit lowered incrementally")
	}
	t.Logf("%d edits lowered incrementally", incremental)
}
