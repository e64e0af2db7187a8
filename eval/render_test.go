package eval

import (
	"bufio"
	"encoding/hex"
	"os"
	"strings"
	"testing"

	"mirlsp/mir"
)

// TestRenderAgainstRustc renders the values of testdata/layouts.out (their
// bytes as rustc laid them out) and compares with rustc's `{:?}`.
func TestRenderAgainstRustc(t *testing.T) {
	r := layoutsRegistry(t)
	f, err := os.Open("testdata/layouts.out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		w := strings.Split(sc.Text(), "\t")
		if w[0] != "V" {
			continue
		}
		ty := parseTy(t, w[1])
		l, err := r.LayoutOf(ty)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := hex.DecodeString(w[3])
		m := NewMemory(NewGlobals(), 1)
		p := m.Add(AllocationFromBytes(b, l.Align, AllocStack, true))
		got, err := (&Renderer{Mem: m, Reg: r}).Render(ty, p)
		if err != nil || got != w[4] {
			t.Errorf("%s %s: got %q (%v), rustc %q", w[1], w[3], got, err, w[4])
		}
		n++
	}
	if n < 50 {
		t.Errorf("only %d values", n)
	}
}

func TestRenderStrAndTruncation(t *testing.T) {
	r := NewRegistry()
	m := NewMemory(NewGlobals(), 1)
	data := m.Add(AllocationFromBytes([]byte("tab\tquote\"é"), 1, AllocGlobal, false))
	ref, _ := m.Allocate(16, 8, AllocStack, true)
	m.WriteScalar(ref, ScalarPtr(data), 8, 8)
	m.WriteScalar(at(ref, 8), ScalarUint(12, 8), 8, 8)
	rd := &Renderer{Mem: m, Reg: r}
	if got, err := rd.Render(parseTy(t, "&str"), ref); err != nil || got != `"tab\tquote\"é"` {
		t.Errorf("&str: %q %v", got, err)
	}
	arr, _ := m.Allocate(4054*8, 8, AllocStack, true)
	m.WriteBytes(arr, make([]byte, 4054*8))
	rd.Opts.MaxElems = 3
	if got, err := rd.Render(parseTy(t, "[usize; 4054]"), arr); err != nil || got != "[0, 0, 0, …; 4054]" {
		t.Errorf("truncated array: %q %v", got, err)
	}
	rd.Opts = RenderOpts{MaxBytes: 20}
	if got, _ := rd.Render(parseTy(t, "[usize; 4054]"), arr); !strings.HasSuffix(got, "…") || len(got) > 30 {
		t.Errorf("byte cap: %q", got)
	}
	// A scalar ConstValue.
	if got, err := rd.RenderConst(ConstValue{Kind: ConstScalar, Scalar: ScalarUint(4054, 8)}, parseTy(t, "usize")); err != nil || got != "4054" {
		t.Errorf("const: %q %v", got, err)
	}
	if got, err := rd.RenderConst(ConstValue{Kind: ConstZeroSized}, parseTy(t, "()")); err != nil || got != "()" {
		t.Errorf("zst: %q %v", got, err)
	}
	if got, _ := RenderScalar(ScalarInt(mir.U128{Lo: 'x'}, 4), parseTy(t, "char")); got != "'x'" {
		t.Errorf("char: %q", got)
	}
}
