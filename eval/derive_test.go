package eval

import (
	"fmt"
	"strings"
	"testing"

	"mirlsp/mir"
	"mirlsp/mirparse"
)

// TestNewProgramFrom: a program derived from the previous version of a
// workspace after one document changed equals one built from scratch,
// and edits that change names or shapes are built from scratch.
func TestNewProgramFrom(t *testing.T) {
	doc := func(prefix string, n, v int, extra string) *mir.File {
		var b strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "const %s%d: u64 = {\n    let mut _0: u64;\n\n    bb0: {\n        _0 = const %d_u64;\n        return;\n    }\n}\n\n", prefix, i, v+i)
		}
		b.WriteString(extra)
		f, errs := mirparse.Parse(prefix+".mir", []byte(b.String()))
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		return f
	}
	files := []*mir.File{doc("A", 3, 0, ""), doc("B", 3, 0, ""), doc("C", 3, 0, ""), doc("D", 3, 0, ""), doc("E", 3, 0, "")}
	p := NewProgramIn(NewGlobals(), files...)
	check := func(step string, q *Program, wantDerived bool) {
		t.Helper()
		fresh := NewProgramIn(p.Globals, q.Files...)
		for _, names := range []map[string]*mir.Item{fresh.byName, q.byName, q.nameOver} {
			for name := range names {
				if q.Item(name) != fresh.Item(name) {
					t.Fatalf("%s: %s is another item than in a fresh program", step, name)
				}
			}
		}
		for k, f := range fresh.Files {
			for _, it := range f.Items {
				if q.fileOf(it) != k || fresh.fileOf(it) != k {
					t.Fatalf("%s: %s lies in file %d, a fresh program says %d", step, it.Name, q.fileOf(it), fresh.fileOf(it))
				}
			}
		}
		if derived := q.Reg == p.Reg; derived != wantDerived {
			t.Fatalf("%s: derived=%v, want %v", step, derived, wantDerived)
		}
		ev := NewEvaluator(q, DefaultConfig)
		for _, f := range q.Files {
			for _, it := range f.Items {
				if r := ev.Eval(t.Context(), it); r.Err != nil {
					t.Fatalf("%s: %s: %v", step, it.Name, r.Err)
				}
			}
		}
	}
	// A value changes: derived.
	next := append([]*mir.File(nil), files...)
	next[1] = doc("B", 3, 7, "")
	q := NewProgramFrom(p, next...)
	check("value", q, true)
	// Another value on the derived program: still derived.
	next2 := append([]*mir.File(nil), next...)
	next2[3] = doc("D", 3, 9, "")
	check("second value", NewProgramFrom(q, next2...), true)
	// An item added: from scratch.
	next3 := append([]*mir.File(nil), files...)
	next3[1] = doc("B", 4, 0, "")
	check("item added", NewProgramFrom(p, next3...), false)
	// A name another file defines too: from scratch.
	next4 := append([]*mir.File(nil), files...)
	next4[1] = doc("A", 3, 0, "")
	check("duplicate name", NewProgramFrom(p, next4...), false)
	// Documents reordered: from scratch.
	next5 := []*mir.File{files[1], files[0], files[2], files[3], files[4]}
	check("reordered", NewProgramFrom(p, next5...), false)
	// An ADT shown: from scratch.
	next6 := append([]*mir.File(nil), files...)
	next6[2] = doc("C", 3, 0, "const CP: P = {\n    let mut _0: P;\n\n    bb0: {\n        _0 = P { x: const 1_u8 };\n        return;\n    }\n}\n")
	check("adt", NewProgramFrom(p, next6...), false)
	// An ADT declared (by the Rust front end): from scratch, so the
	// registry declares it.
	next7 := append([]*mir.File(nil), files...)
	next7[2] = doc("C", 3, 5, "")
	next7[2].Adts = []*mir.AdtDecl{{Ty: &mir.Ty{Kind: mir.TyAdt, Text: "P"}, Kind: mir.AdtStruct}}
	check("declared adt", NewProgramFrom(p, next7...), false)
}
