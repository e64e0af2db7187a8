package eval

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"mirlsp/mir"
)

var intTyByName = map[string]IntTy{
	"i8": I8, "i16": I16, "i32": I32, "i64": I64, "i128": I128, "isize": Isize,
	"u8": U8, "u16": U16, "u32": U32, "u64": U64, "u128": U128, "usize": Usize,
}

// parseIntValue parses a decimal (possibly negative) into a canonical value of t.
func parseIntValue(t *testing.T, it IntTy, s string) mir.U128 {
	t.Helper()
	neg := strings.HasPrefix(s, "-")
	v, ok := ParseU128(strings.TrimPrefix(s, "-"))
	if !ok {
		t.Fatalf("bad integer %q", s)
	}
	if neg {
		v = v.Neg()
	}
	return it.Truncate(v)
}

// TestIntOpsAgainstRustc replays testdata/intops.out, produced by rustc
// from testdata/intops.rs.
func TestIntOpsAgainstRustc(t *testing.T) {
	f, err := os.Open("testdata/intops.out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		w := strings.Fields(line)
		if len(w) != 6 {
			t.Fatalf("bad line %q", line)
		}
		it := intTyByName[w[0]]
		a := parseIntValue(t, it, w[2])
		wantOvf := w[5] == "true"
		var got mir.U128
		var ovf bool
		rt := it // type of the result
		switch op := w[1]; op {
		case "add", "sub", "mul", "div", "rem", "and", "or", "xor", "cmp":
			b := parseIntValue(t, it, w[3])
			switch op {
			case "add":
				got, ovf = it.Add(a, b)
			case "sub":
				got, ovf = it.Sub(a, b)
			case "mul":
				got, ovf = it.Mul(a, b)
			case "div":
				got, ovf = it.Div(a, b)
			case "rem":
				got, ovf = it.Rem(a, b)
			case "and":
				got = it.And(a, b)
			case "or":
				got = it.Or(a, b)
			case "xor":
				got = it.Xor(a, b)
			case "cmp":
				got, rt = I8.FromInt64(int64(it.Cmp(a, b))), I8
			}
		case "shl", "shr", "rotl", "rotr":
			s := parseIntValue(t, U32, w[3])
			switch op {
			case "shl":
				got, ovf = it.Shl(a, s, U32)
			case "shr":
				got, ovf = it.Shr(a, s, U32)
			case "rotl":
				got = it.RotateLeft(a, uint(s.Lo))
			case "rotr":
				got = it.RotateRight(a, uint(s.Lo))
			}
		case "neg":
			got, ovf = it.Neg(a)
		case "not":
			got = it.Not(a)
		case "ones":
			got, rt = U32.FromUint64(uint64(it.CountOnes(a))), U32
		case "lz":
			got, rt = U32.FromUint64(uint64(it.LeadingZeros(a))), U32
		case "tz":
			got, rt = U32.FromUint64(uint64(it.TrailingZeros(a))), U32
		case "swap":
			got = it.SwapBytes(a)
		case "rev":
			got = it.ReverseBits(a)
		default:
			to, ok := intTyByName[strings.TrimPrefix(op, "as_")]
			if !ok {
				t.Fatalf("unknown op %q", op)
			}
			got, rt = Cast(a, it, to), to
		}
		if s := rt.Format(got); s != w[4] || ovf != wantOvf {
			t.Errorf("%s: got %s %v", line, s, ovf)
		}
		n++
	}
	if n < 1000 {
		t.Fatalf("only %d cases", n)
	}
}

func TestFormatConst(t *testing.T) {
	cases := []struct {
		it   IntTy
		v    int64
		want string
	}{
		{Usize, 4096, "4096_usize"},
		{I32, -2, "-2_i32"},
		{I32, -2147483648, "i32::MIN"},
		{I32, 2147483647, "i32::MAX"},
		{U8, 255, "u8::MAX"},
		{U8, 0, "0_u8"},
		{I8, 0, "0_i8"},
		{Isize, -1, "-1_isize"},
		{U128, -1, "u128::MAX"},
		{Usize, -1, "usize::MAX"},
		{Isize, -1 << 63, "isize::MIN"},
		{I64, -1 << 63, "i64::MIN"},
		{I128, -5, "-5_i128"},
	}
	for _, c := range cases {
		if got := c.it.FormatConst(c.it.FromInt64(c.v)); got != c.want {
			t.Errorf("FormatConst(%v, %d) = %q, want %q", c.it, c.v, got, c.want)
		}
	}
	if got := I128.FormatConst(I128.Min()); got != "i128::MIN" {
		t.Errorf("got %q", got)
	}
	if got := I128.Format(I128.Min()); got != "-170141183460469231731687303715884105728" {
		t.Errorf("got %q", got)
	}
	if got := U128.Format(U128.Max()); got != "340282366920938463463374607431768211455" {
		t.Errorf("got %q", got)
	}
}

func TestDivmod128(t *testing.T) {
	// Cross-check against the 64-bit path and random-ish values.
	vals := []mir.U128{{Lo: 1}, {Lo: 7}, {Lo: ^uint64(0)}, {Hi: 1}, {Lo: 12345, Hi: 678}, {Lo: ^uint64(0), Hi: ^uint64(0)}, {Hi: 1 << 63}, {Lo: 3, Hi: 1 << 62}}
	for _, a := range vals {
		for _, b := range vals {
			q, r := divmod128(a, b)
			_, p := mul128(q, b)
			s, _ := add128(p, r)
			if s != a || cmp128(r, b) >= 0 {
				t.Errorf("divmod128(%v, %v) = %v, %v", a, b, q, r)
			}
		}
	}
	for _, s := range []string{"0", "1", "18446744073709551616", "340282366920938463463374607431768211455", "10000000000000000000", "99999999999999999999"} {
		v, ok := ParseU128(s)
		if !ok || formatU128(v) != s {
			t.Errorf("round trip %s: %v %s", s, ok, formatU128(v))
		}
	}
}

func BenchmarkIntAdd(b *testing.B) {
	x, y := U64.FromUint64(123456789), U64.FromUint64(987654321)
	for i := 0; i < b.N; i++ {
		x, _ = U64.Add(x, y)
	}
	sinkU128 = x
}

func BenchmarkIntMulI32(b *testing.B) {
	x, y := I32.FromInt64(-3), I32.FromInt64(7)
	var o bool
	for i := 0; i < b.N; i++ {
		x, o = I32.Mul(x, y)
	}
	sinkU128, sinkBool = x, o
}

func BenchmarkIntDivU128(b *testing.B) {
	x, y := U128.Max(), mir.U128{Lo: 12345, Hi: 7}
	for i := 0; i < b.N; i++ {
		sinkU128, _ = U128.Div(x, y)
	}
}

func BenchmarkFormatConst(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkString = Usize.FormatConst(Usize.FromUint64(uint64(i)))
	}
}

var (
	sinkU128   mir.U128
	sinkBool   bool
	sinkString string
)
