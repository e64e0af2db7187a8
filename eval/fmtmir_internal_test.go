package eval

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"mirlsp/mir"
	"mirlsp/mirparse"
)

// TestDecodeFmtTemplates decodes every format template of rustc's MIR of
// testdata/fmt (`Arguments::new::<N, M>(const b"..", args)`): each is read
// to its end in exactly N bytes, and its placeholders and counts refer to
// the M arguments only, every argument used.
func TestDecodeFmtTemplates(t *testing.T) {
	files, _ := filepath.Glob("../testdata/fmt/*.mir")
	n := 0
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, errs := mirparse.Parse(filepath.Base(path), src)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		for _, it := range f.Items {
			if it.Body == nil {
				continue
			}
			consts := map[mir.Local][]byte{}
			for _, b := range it.Body.Blocks {
				for _, st := range b.Stmts {
					if st.Kind == mir.StmtAssign && st.Rvalue != nil && st.Rvalue.Kind == mir.RvUse && st.Rvalue.A.Kind == mir.OpConst &&
						st.Rvalue.A.Const != nil && st.Rvalue.A.Const.Kind == mir.ConstByteStr {
						consts[st.Place.Local] = st.Rvalue.A.Const.Bytes
					}
				}
				tm := b.Term
				if tm == nil || tm.Kind != mir.TermCall || tm.Func.Const == nil || tm.Func.Const.Path == nil {
					continue
				}
				segs := tm.Func.Const.Path.Segs
				if len(segs) < 2 || segs[len(segs)-1].Name != "new" || segs[len(segs)-2].Name != "Arguments" {
					continue
				}
				ga := segs[len(segs)-1].Args
				tmpl, ok := consts[tm.Args[0].Place.Local]
				if len(ga) != 2 || !ok {
					t.Errorf("%s: %s: Arguments::new without its template", path, it.Name)
					continue
				}
				wantN, _ := strconv.Atoi(ga[0].Text)
				m, _ := strconv.Atoi(ga[1].Text)
				n++
				pieces, read, err := decodeFmtTemplate(tmpl)
				if err != nil || read != wantN || len(tmpl) != wantN {
					t.Errorf("%s: %s: template %q: read %d of %d bytes: %v", path, it.Name, tmpl, read, wantN, err)
					continue
				}
				used := make([]bool, m)
				use := func(i int) {
					if i < 0 || i >= m {
						t.Errorf("%s: %s: template %q refers to argument %d of %d", path, it.Name, tmpl, i, m)
						return
					}
					used[i] = true
				}
				for _, p := range pieces {
					if !p.IsArg {
						continue
					}
					use(p.Arg)
					if p.WidthArg >= 0 {
						use(p.WidthArg)
					}
					if p.PrecArg >= 0 {
						use(p.PrecArg)
					}
				}
				for i, u := range used {
					if !u {
						t.Errorf("%s: %s: template %q leaves argument %d unused", path, it.Name, tmpl, i)
					}
				}
			}
		}
	}
	if n < 30 {
		t.Errorf("only %d templates in testdata/fmt's MIR", n)
	}
}

// TestDecodeFmtTemplateBad: a truncated or malformed template is an
// error, never a panic.
func TestDecodeFmtTemplateBad(t *testing.T) {
	for _, b := range [][]byte{nil, {0x05, 'a'}, {0x80, 0xff}, {0xC1, 0x20}, {0xC2, 1}, {0xC4}, {0xC8, 0}, {0x90, 0}, {0x01, 'a'}} {
		if _, _, err := decodeFmtTemplate(b); err == nil {
			t.Errorf("%q: decoded", b)
		}
	}
}

func FuzzDecodeFmtTemplate(f *testing.F) {
	f.Add([]byte("\x020x\xc0\x00"))
	f.Add([]byte("\xc3 \x00\x00(\x08\x00\x02: \xc5 \x00 p\x01\x00\x03\xc2\xb0C\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		pieces, n, err := decodeFmtTemplate(b)
		if err == nil && (n > len(b) || n == 0) {
			t.Fatalf("%q: read %d", b, n)
		}
		_ = pieces
	})
}
