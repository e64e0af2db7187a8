package eval

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"mirlsp/mirparse"
)

// TestLearnFromMIR learns the ADTs of testdata/learn.rs from its MIR and
// checks their layouts against the sizes rustc printed (learn.out).
func TestLearnFromMIR(t *testing.T) {
	src, err := os.ReadFile("testdata/learn.mir")
	if err != nil {
		t.Fatal(err)
	}
	f, errs := mirparse.Parse("learn.mir", src)
	if len(errs) != 0 {
		t.Fatalf("parse: %v", errs)
	}
	r := NewRegistry()
	for _, it := range f.Items {
		r.Learn(it.Body)
	}
	out, err := os.ReadFile("testdata/learn.out")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	for _, line := range lines[:len(lines)-1] {
		w := strings.Split(line, "\t")
		l, err := r.LayoutOf(parseTy(t, w[0]))
		if err != nil {
			t.Errorf("%s: %v", w[0], err)
			continue
		}
		if got := strconv.FormatUint(l.Size, 10) + "\t" + strconv.FormatUint(l.Align, 10); got != w[1]+"\t"+w[2] {
			t.Errorf("%s: size/align %q, rustc %q", w[0], got, w[1]+"\t"+w[2])
		}
	}
	d, _, ok := r.Lookup(parseTy(t, "Shape"))
	if !ok || !d.VariantsKnown || d.Variants[1].Name != "Rect" || d.Variants[1].Fields[1].Name != "h" || d.Variants[1].Ctor != CtorNamed {
		t.Errorf("Shape learned as %+v", d)
	}
	d, _, _ = r.Lookup(parseTy(t, "Small"))
	if d == nil || d.Repr.Int == nil || d.Variants[1].Discr.Lo != 9 {
		t.Errorf("Small learned as %+v", d)
	}
}
