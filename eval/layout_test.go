package eval

import (
	"bufio"
	"encoding/hex"
	"os"
	"strconv"
	"strings"
	"testing"

	"mirlsp/mir"
	"mirlsp/mirparse"
)

// parseTy parses a type text through the MIR parser (as the argument type
// of a tiny fn).
func parseTy(t testing.TB, text string) *mir.Ty {
	t.Helper()
	src := "fn f(_1: " + text + ") -> () {\n    bb0: {\n        return;\n    }\n}\n"
	f, errs := mirparse.Parse("t.mir", []byte(src))
	if len(errs) != 0 || len(f.Items) != 1 {
		t.Fatalf("parsing type %q: %v", text, errs)
	}
	return f.Items[0].Body.Locals[1].Ty
}

// adtSpec defines an ADT for tests: variants are "Name(T1, T2)",
// "Name { a: T1, b: T2 }", "Name" or "Name = 5"; a struct has one variant
// named like the struct.
func defineAdt(t testing.TB, r *Registry, kind AdtKind, name string, repr Repr, variants ...string) {
	t.Helper()
	d := &AdtDef{Name: name, Kind: kind, Repr: repr, VariantsKnown: true}
	next := int64(0)
	for _, v := range variants {
		vd := &VariantDef{FieldsKnown: true, discrKnown: true}
		if i := strings.Index(v, " = "); i >= 0 {
			next, _ = strconv.ParseInt(v[i+3:], 10, 64)
			v = v[:i]
		}
		vd.Discr = mir.I128From(next)
		next++
		switch {
		case strings.HasSuffix(v, ")"):
			i := strings.IndexByte(v, '(')
			vd.Name, vd.Ctor = v[:i], CtorTuple
			for _, ft := range splitTop(v[i+1 : len(v)-1]) {
				vd.Fields = append(vd.Fields, FieldDef{Ty: parseTy(t, ft), Param: -1})
			}
		case strings.HasSuffix(v, "}"):
			i := strings.IndexByte(v, '{')
			vd.Name, vd.Ctor = strings.TrimSpace(v[:i]), CtorNamed
			for _, f := range splitTop(v[i+1 : len(v)-1]) {
				n, ft, _ := strings.Cut(f, ":")
				vd.Fields = append(vd.Fields, FieldDef{Name: strings.TrimSpace(n), Ty: parseTy(t, strings.TrimSpace(ft)), Param: -1})
			}
		default:
			vd.Name = v
		}
		d.Variants = append(d.Variants, vd)
	}
	r.Define(parseTy(t, name), d)
}

// splitTop splits a comma-separated list at the top nesting level.
func splitTop(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, c := range s {
		switch c {
		case '(', '[', '<', '{':
			depth++
		case ')', ']', '>', '}':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, strings.TrimSpace(s[start:i]))
				start = i + 1
			}
		}
	}
	if strings.TrimSpace(s[start:]) != "" {
		out = append(out, strings.TrimSpace(s[start:]))
	}
	return out
}

// layoutsRegistry mirrors the ADTs of testdata/layouts.rs.
func layoutsRegistry(t testing.TB) *Registry {
	r := NewRegistry()
	u8t, u32t := U8, U32
	st := func(name string, repr Repr, v string) { defineAdt(t, r, AdtStruct, name, repr, v) }
	en := func(name string, repr Repr, vs ...string) { defineAdt(t, r, AdtEnum, name, repr, vs...) }
	st("P", Repr{}, "P { x: i32, y: i32 }")
	st("Mixed", Repr{}, "Mixed { a: u8, b: u32, c: u16 }")
	st("WithBool", Repr{}, "WithBool { a: u32, b: bool, c: u8 }")
	st("Wrap", Repr{}, "Wrap(u32, bool)")
	st("Unit", Repr{}, "Unit")
	st("Big", Repr{}, "Big { a: u8, b: u64, c: u8, d: u16, e: u128 }")
	st("NicheInner", Repr{}, "NicheInner { a: u8, b: (u16, bool) }")
	st("ArrNiche", Repr{}, "ArrNiche { a: [u8; 4], b: bool }")
	st("CMixed", Repr{C: true}, "CMixed { a: u8, b: u32, c: u16 }")
	st("CBig", Repr{C: true}, "CBig { a: u8, b: u64, c: u8 }")
	en("Color", Repr{}, "Red", "Green", "Blue")
	en("Big300", Repr{}, "A = 300", "B")
	en("Neg", Repr{}, "A = -1", "B = 1")
	en("R8", Repr{Int: &u8t}, "A", "B = 7")
	en("R32", Repr{Int: &u32t}, "A", "B")
	en("RC", Repr{C: true}, "A", "B")
	en("E", Repr{}, "A(u8)", "B(u32)", "C")
	en("Shape", Repr{}, "Circle(f64)", "Rect { w: u32, h: u32 }", "Empty")
	en("OnlyOne", Repr{}, "V(u32)")
	en("Void", Repr{})
	en("Infallible", Repr{})
	en("WithNever", Repr{}, "A(u8)", "B(std::convert::Infallible)")
	en("Jagged", Repr{}, "A(u32, bool)", "B(u8)", "C")
	en("RData", Repr{Int: &u8t}, "A(u32)", "B(u16)")
	en("RCData", Repr{C: true, Int: &u8t}, "A(u32)", "B(u8)")
	en("Many", Repr{}, "A(bool)", "B", "C", "D")
	en("ManyBig", Repr{}, "A(bool)", "B(u8)", "C")
	en("PtrLike", Repr{}, "A(&u8)", "B")
	return r
}

// TestLayoutsAgainstRustc checks sizes, alignments, field offsets and
// enum tag encodings against testdata/layouts.out (rustc's numbers).
func TestLayoutsAgainstRustc(t *testing.T) {
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
		ty := parseTy(t, w[1])
		l, err := r.LayoutOf(ty)
		if err != nil {
			t.Errorf("%s: %v", w[1], err)
			continue
		}
		n++
		switch w[0] {
		case "L":
			size, _ := strconv.ParseUint(w[2], 10, 64)
			align, _ := strconv.ParseUint(w[3], 10, 64)
			if l.Size != size || l.Align != align {
				t.Errorf("%s: size %d align %d, rustc %d %d", w[1], l.Size, l.Align, size, align)
			}
			if len(w) > 4 {
				var got []string
				for i := range strings.Split(w[4], ",") {
					got = append(got, strconv.FormatUint(l.FieldOffset(i), 10))
				}
				if g := strings.Join(got, ","); g != w[4] {
					t.Errorf("%s: offsets %s, rustc %s", w[1], g, w[4])
				}
			}
		case "V":
			v, _ := strconv.Atoi(w[2])
			b, _ := hex.DecodeString(w[3])
			if v < 0 {
				continue // a value for render_test.go only
			}
			if !l.Multiple {
				t.Errorf("%s: not a multi-variant layout", w[1])
				continue
			}
			off, size := l.TagOffset(), l.Tag.Size()
			var buf [16]byte
			copy(buf[:], b[off:off+size])
			tag := mir.U128{Lo: leU64(buf[:8]), Hi: leU64(buf[8:])}
			if got, ok := l.VariantOfTag(tag); !ok || got != v {
				t.Errorf("%s: tag %#x decodes to variant %d (%v), want %d", w[1], tag.Lo, got, ok, v)
			}
			if want, write := l.TagFor(v); write && want != tag {
				t.Errorf("%s: variant %d encodes as %#x, rustc stored %#x", w[1], v, want.Lo, tag.Lo)
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d layouts checked", n)
	}
}

func leU64(b []byte) uint64 {
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func TestLayoutUnknown(t *testing.T) {
	r := NewRegistry()
	_, err := r.LayoutOf(parseTy(t, "Foo"))
	if _, ok := err.(*ErrLayoutUnknown); !ok {
		t.Fatalf("got %v", err)
	}
	if err.Error() != "the layout of `Foo` is unknown: the definition of `Foo` is not shown in the file" {
		t.Errorf("got %q", err)
	}
}
