package eval

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
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

// TestRenderFastVsGeneral renders arrays of every primitive element type
// from bytes (random, extreme and invalid values, partly uninitialized,
// holding a pointer) on the byte-level path of render_fast.go and on the
// general per-element path, with and without MaxElems and MaxBytes, and
// requires the same text or the same error.
func TestRenderFastVsGeneral(t *testing.T) {
	r := NewRegistry()
	rng := rand.New(rand.NewPCG(1, 2))
	tys := []string{"u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64", "usize", "isize", "u128", "i128", "bool", "char", "f32", "f64"}
	opts := []RenderOpts{{}, {MaxElems: 3}, {MaxBytes: 1}, {MaxBytes: 7}, {MaxBytes: 40}, {MaxElems: 5, MaxBytes: 9}, {Pretty: true}}
	for _, elem := range tys {
		for _, n := range []int{1, 2, 5, 17} {
			ty := parseTy(t, fmt.Sprintf("[%s; %d]", elem, n))
			l, err := r.LayoutOf(ty)
			if err != nil {
				t.Fatal(err)
			}
			for trial := range 12 {
				b := make([]byte, l.Size)
				for i := range b {
					switch trial % 4 {
					case 0:
						b[i] = byte(rng.IntN(256))
					case 1:
						b[i] = 0xff
					case 2:
						b[i] = byte(rng.IntN(2)) // valid bools, small values
					default:
						b[i] = []byte{0, 1, 0x80, 0x7f, 0xd8, 0x10}[rng.IntN(6)]
					}
				}
				m := NewMemory(NewGlobals(), 1)
				a := AllocationFromBytes(b, l.Align, AllocStack, true)
				switch trial {
				case 5:
					a.SetInit(l.Size-1, l.Size, false)
				case 9:
					if l.Size >= PtrSize {
						a.insertProv(provEntry{Offset: 0, Target: Pointer{Alloc: 7}, Frag: -1})
					}
				}
				p := m.Add(a)
				for _, o := range opts {
					fast, errF := (&Renderer{Mem: m, Reg: r, Opts: o}).Render(ty, p)
					gen, errG := (&Renderer{Mem: m, Reg: r, Opts: o, generalOnly: true}).Render(ty, p)
					if fast != gen || fmt.Sprint(errF) != fmt.Sprint(errG) {
						t.Errorf("%s % x %+v:\nfast    %q %v\ngeneral %q %v", ty, b, o, fast, errF, gen, errG)
					}
				}
			}
		}
	}
}

// TestRenderTooLarge: an array whose {:?} passes the limit on printed
// text fails on both paths with the same error, and one just below it
// prints the same text. It prints 64 MiB several times (seconds).
func TestRenderTooLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("renders 64 MiB of text on the general path")
	}
	r := NewRegistry()
	for _, c := range []struct {
		elem string
		n    int
		fill byte
	}{{"u8", maxRenderBytes / 3, 7}, {"u8", maxRenderBytes/3 + 1, 7}, {"u8", maxRenderBytes/5 + 1, 200}, {"bool", maxRenderBytes/6 + 1, 0}} {
		ty := parseTy(t, fmt.Sprintf("[%s; %d]", c.elem, c.n))
		b := bytes.Repeat([]byte{c.fill}, c.n)
		m := NewMemory(NewGlobals(), 1)
		p := m.Add(AllocationFromBytes(b, 1, AllocStack, true))
		fast, errF := (&Renderer{Mem: m, Reg: r}).Render(ty, p)
		gen, errG := (&Renderer{Mem: m, Reg: r, generalOnly: true}).Render(ty, p)
		if fast != gen || fmt.Sprint(errF) != fmt.Sprint(errG) {
			t.Errorf("%s: fast %d bytes %v, general %d bytes %v", ty, len(fast), errF, len(gen), errG)
		}
	}
}

// BenchmarkRender prints arrays of 100,000 elements as the CLI does
// (no limits): the `print` case's rendering half.
func BenchmarkRender(b *testing.B) {
	r := NewRegistry()
	for _, elem := range []string{"u8", "i32", "u64", "bool", "char", "(u8, u8)"} {
		b.Run(elem, func(b *testing.B) {
			ty := parseTy(b, fmt.Sprintf("[%s; 100000]", elem))
			l, err := r.LayoutOf(ty)
			if err != nil {
				b.Fatal(err)
			}
			buf := make([]byte, l.Size)
			for i := range buf {
				buf[i] = byte(i * 7 % 251)
				switch {
				case elem == "bool":
					buf[i] &= 1
				case elem == "char" && i%4 != 0:
					buf[i] = 0
				}
			}
			m := NewMemory(NewGlobals(), 1)
			p := m.Add(AllocationFromBytes(buf, l.Align, AllocStack, true))
			rd := &Renderer{Mem: m, Reg: r}
			b.ResetTimer()
			for b.Loop() {
				if _, err := rd.Render(ty, p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
