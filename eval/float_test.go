package eval

import (
	"bufio"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"mirlsp/mir"
)

func parseHex(t *testing.T, s string) uint64 {
	t.Helper()
	v, err := strconv.ParseUint(strings.TrimPrefix(s, "0x"), 16, 64)
	if err != nil {
		t.Fatalf("bad hex %q", s)
	}
	return v
}

// TestFloatsAgainstRustc replays testdata/floatfmt.out, produced by rustc
// from testdata/floatfmt.rs.
func TestFloatsAgainstRustc(t *testing.T) {
	f, err := os.Open("testdata/floatfmt.out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	counts := map[string]int{}
	for sc.Scan() {
		line := sc.Text()
		w := strings.Fields(line)
		counts[w[0]]++
		switch w[0] {
		case "fmt64", "fmt32":
			b := parseHex(t, w[1])
			var dbg, disp string
			if w[0] == "fmt64" {
				dbg, disp = FormatF64(b, true), FormatF64(b, false)
			} else {
				dbg, disp = FormatF32(uint32(b), true), FormatF32(uint32(b), false)
			}
			if dbg != w[2] || disp != w[3] {
				t.Errorf("%s: got %s %s", line, dbg, disp)
			}
		case "f2i", "f32i":
			it := intTyByName[w[1]]
			size := 64
			if w[0] == "f32i" {
				size = 32
			}
			got := FloatToInt(parseHex(t, w[2]), size, it)
			if s := it.Format(got); s != w[3] {
				t.Errorf("%s: got %s", line, s)
			}
		case "f64to32":
			if got := FloatToFloat(parseHex(t, w[1]), 64, 32); got != parseHex(t, w[2]) {
				t.Errorf("%s: got %#x", line, got)
			}
		case "i2f":
			it := intTyByName[w[1]]
			v := parseIntValue(t, it, w[2])
			if got := IntToFloat(v, it, 64); got != parseHex(t, w[3]) {
				t.Errorf("%s: f64 got %#x", line, got)
			}
			if got := IntToFloat(v, it, 32); got != parseHex(t, w[4]) {
				t.Errorf("%s: f32 got %#x", line, got)
			}
		case "op64", "op32":
			size := 64
			if w[0] == "op32" {
				size = 32
			}
			op := map[string]mir.BinOp{"add": mir.BinAdd, "sub": mir.BinSub, "mul": mir.BinMul, "div": mir.BinDiv, "rem": mir.BinRem}[w[1]]
			got, ok := FloatBinOp(op, parseHex(t, w[2]), parseHex(t, w[3]), size)
			want := canonicalNaN(size) // runtime NaNs differ from CTFE's; CTFE gives the canonical one
			if w[4] != "nan" {
				want = parseHex(t, w[4])
			}
			if !ok || got != want {
				t.Errorf("%s: got %#x", line, got)
			}
		case "ctfe":
			want := parseHex(t, w[2])
			var got uint64
			switch w[1] {
			case "nan_div64":
				got, _ = FloatBinOp(mir.BinDiv, 0, 0, 64)
			case "nan_sub64":
				inf := math.Float64bits(math.Inf(1))
				got, _ = FloatBinOp(mir.BinSub, inf, inf, 64)
			case "nan_div32":
				got, _ = FloatBinOp(mir.BinDiv, 0, 0, 32)
			case "nan_mul32":
				got, _ = FloatBinOp(mir.BinMul, uint64(math.Float32bits(float32(math.Inf(1)))), 0, 32)
			case "neg_nan_cast":
				got = FloatToFloat(NaN64Bits|1<<63, 64, 32)
			}
			if got != want {
				t.Errorf("%s: got %#x", line, got)
			}
		default:
			t.Fatalf("unknown line %q", line)
		}
	}
	for _, k := range []string{"fmt64", "fmt32", "f2i", "f32i", "f64to32", "i2f", "op64", "op32", "ctfe"} {
		if counts[k] == 0 {
			t.Errorf("no %s lines", k)
		}
	}
}

// TestParseFloatConst parses the float constants of testdata/floatconst.mir
// (rustc --emit=mir) and compares them with the bits rustc printed.
func TestParseFloatConst(t *testing.T) {
	mirText, err := os.ReadFile("testdata/floatconst.mir")
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.ReadFile("testdata/floatconst.out")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]uint64{}
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		w := strings.Fields(l)
		want[w[0]] = parseHex(t, w[1])
	}
	// `const D: f32 = const 1.00000001E-10f32;`, or for the non-finite
	// values, optimized `fn fe() -> f64 { ... _0 = const NaN_f64; ...`.
	header := regexp.MustCompile(`^(?:const (\w+): f(?:32|64) = |fn f(\w)\(\) -> f(?:32|64) \{)`)
	lit := regexp.MustCompile(`const ([-+0-9.A-Za-z_]+f(?:32|64))\b`)
	name := ""
	n := 0
	for _, l := range strings.Split(string(mirText), "\n") {
		if m := header.FindStringSubmatch(l); m != nil {
			name = m[1] + strings.ToUpper(m[2])
			l = l[len(m[0]):]
		}
		m := lit.FindStringSubmatch(l)
		if name == "" || m == nil {
			continue
		}
		got, _, err := ParseFloatConst(m[1], 0)
		if err != nil || got != want[name] {
			t.Errorf("%s = %s: got %#x (%v), want %#x", name, m[1], got, err, want[name])
		}
		name = ""
		n++
	}
	if n != len(want) {
		t.Errorf("checked %d constants of %d", n, len(want))
	}
}
