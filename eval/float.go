// float.go holds f32/f64 formatting as Rust prints it, rustc's float casts
// and arithmetic, and the parsing of MIR float constant texts.

package eval

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"mirlsp/mir"
)

// Canonical NaNs: rustc's CTFE machine returns the "preferred" quiet NaN
// (positive, payload 0) for every arithmetic result that is NaN.
const (
	NaN32Bits = 0x7fc00000
	NaN64Bits = 0x7ff8000000000000
)

// FormatF64 prints an f64 given by its bits like Rust: `{:?}` when debug,
// else `{}`.
func FormatF64(b uint64, debug bool) string {
	return formatFloat(math.Float64frombits(b), 64, debug)
}

// FormatF32 prints an f32 given by its bits like Rust's `{:?}` or `{}`.
func FormatF32(b uint32, debug bool) string {
	return formatFloat(float64(math.Float32frombits(b)), 32, debug)
}

// formatFloat implements core::fmt::float: Display prints the shortest
// round-trip digits in plain decimal notation; Debug prints at least one
// fractional digit and switches to exponent form (1e-7, 1.5e16) when the
// value is non-zero and below 1e-4 or at least 1e16
// (already_rounded_value_should_use_exponential).
func formatFloat(f float64, bitSize int, debug bool) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
	}
	abs := math.Abs(f)
	// Shortest digits that round-trip: "d.dddde±XX".
	s := strconv.FormatFloat(abs, 'e', -1, bitSize)
	i := strings.IndexByte(s, 'e')
	digits := strings.Replace(s[:i], ".", "", 1)
	exp, _ := strconv.Atoi(s[i+1:])
	digits, exp = tieUp(abs, bitSize, digits, exp)
	if debug && abs != 0 && (below1em4(abs, bitSize) || above1e16(abs, bitSize)) {
		r := sign + digits[:1]
		if len(digits) > 1 {
			r += "." + digits[1:]
		}
		return r + "e" + strconv.Itoa(exp)
	}
	if abs == 0 {
		digits, exp = "0", 0
	}
	// value = 0.DIGITS × 10^e
	e := exp + 1
	n := len(digits)
	var r string
	switch {
	case e <= 0:
		r = "0." + strings.Repeat("0", -e) + digits
	case e < n:
		r = digits[:e] + "." + digits[e:]
	default:
		r = digits + strings.Repeat("0", e-n)
		if debug {
			r += ".0"
		}
	}
	return sign + r
}

// tieUp adjusts Go's shortest digits to Rust's: when the value lies
// exactly halfway between two shortest candidates, Go picks the even one
// and Rust's flt2dec (Grisu with Dragon fallback) the upper one.
func tieUp(abs float64, bitSize int, digits string, exp int) (string, int) {
	n := len(digits)
	s2 := strconv.FormatFloat(abs, 'e', n, bitSize) // n+1 significant digits
	i := strings.IndexByte(s2, 'e')
	d2 := strings.Replace(s2[:i], ".", "", 1)
	if e2, _ := strconv.Atoi(s2[i+1:]); e2 != exp || d2 != digits+"5" {
		return digits, exp
	}
	exact, ok := new(big.Rat).SetString(s2)
	if !ok || exact.Cmp(new(big.Rat).SetFloat64(abs)) != 0 {
		return digits, exp
	}
	// Increment the last digit, carrying.
	b := []byte(digits)
	j := len(b) - 1
	for ; j >= 0 && b[j] == '9'; j-- {
		b[j] = '0'
	}
	if j < 0 {
		return "1" + string(b[:len(b)-1]), exp + 1
	}
	b[j]++
	return strings.TrimRight(string(b), "0"), exp
}

// The thresholds are compared in the float's own type, as Rust does.
func below1em4(abs float64, bitSize int) bool {
	if bitSize == 32 {
		return float32(abs) < float32(1e-4)
	}
	return abs < 1e-4
}

func above1e16(abs float64, bitSize int) bool {
	if bitSize == 32 {
		return float32(abs) >= float32(1e16)
	}
	return abs >= 1e16
}

// ParseFloatConst parses a MIR float constant (`1f32`, `2.5f64`, `-0f32`,
// `1.00000001E-10f32`, `NaN_f64`, `+Inf_f64`, `-Inf_f32`; also `1.5` with
// the width given by bitSize when there is no suffix) into its bits and
// width. NaN becomes the canonical quiet NaN.
func ParseFloatConst(text string, bitSize int) (bits uint64, size int, err error) {
	s := text
	switch {
	case strings.HasSuffix(s, "f32"):
		s, bitSize = s[:len(s)-3], 32
	case strings.HasSuffix(s, "f64"):
		s, bitSize = s[:len(s)-3], 64
	case strings.HasSuffix(s, "f16"), strings.HasSuffix(s, "f128"):
		return 0, 0, fmt.Errorf("unsupported float type in %q", text)
	}
	if bitSize != 32 && bitSize != 64 {
		return 0, 0, fmt.Errorf("float constant %q without a type", text)
	}
	s = strings.TrimSuffix(s, "_")
	var f float64
	switch strings.TrimLeft(s, "+-") {
	case "NaN":
		if bitSize == 32 {
			return NaN32Bits, 32, nil
		}
		return NaN64Bits, 64, nil
	case "Inf", "inf":
		f = math.Inf(1)
		if strings.HasPrefix(s, "-") {
			f = math.Inf(-1)
		}
	default:
		f, err = strconv.ParseFloat(s, bitSize)
		if err != nil {
			return 0, 0, fmt.Errorf("bad float constant %q", text)
		}
	}
	if bitSize == 32 {
		return uint64(math.Float32bits(float32(f))), 32, nil
	}
	return math.Float64bits(f), 64, nil
}

// IntToFloat converts an integer to a float of bitSize bits (32 or 64),
// rounding to nearest, ties to even, like `as`; it returns the bits.
func IntToFloat(v mir.U128, from IntTy, bitSize int) uint64 {
	neg := from.IsNeg(v)
	m := v
	if neg {
		m = from.SignExtend(v).Neg()
	}
	prec := uint(53)
	if bitSize == 32 {
		prec = 24
	}
	f := roundU128(m, prec)
	if neg {
		f = -f
	}
	if bitSize == 32 {
		return uint64(math.Float32bits(float32(f)))
	}
	return math.Float64bits(f)
}

// roundU128 rounds m to prec significant bits (ties to even) and returns
// it as a float64, which holds the rounded value exactly.
func roundU128(m mir.U128, prec uint) float64 {
	n := uint(128 - leadingZeros128(m))
	if n <= prec {
		return float64(m.Lo)
	}
	shift := n - prec
	top := shr128(m, shift).Lo
	rem := mir.U128{Lo: m.Lo, Hi: m.Hi}
	rem = mir.U128{Lo: rem.Lo & maskBits(shift).Lo, Hi: rem.Hi & maskBits(shift).Hi}
	half := shl128(mir.U128{Lo: 1}, shift-1)
	if c := cmp128(rem, half); c > 0 || (c == 0 && top&1 == 1) {
		top++ // may become 2^prec, still exact
	}
	return math.Ldexp(float64(top), int(shift))
}

// FloatToInt converts a float (bits of bitSize width) to an integer type
// like `as`: truncating toward zero, saturating at MIN/MAX, NaN to 0.
func FloatToInt(b uint64, bitSize int, to IntTy) mir.U128 {
	f := FloatValue(b, bitSize)
	if math.IsNaN(f) {
		return mir.U128{}
	}
	t := math.Trunc(f)
	if t == 0 {
		return mir.U128{}
	}
	if to.Signed {
		lim := math.Ldexp(1, int(to.Bits)-1)
		if t >= lim {
			return to.Max()
		}
		if t < -lim {
			return to.Min()
		}
	} else {
		if t < 0 {
			return mir.U128{}
		}
		if t >= math.Ldexp(1, int(to.Bits)) {
			return to.Max()
		}
	}
	m := floatMagnitude(math.Abs(t))
	if t < 0 {
		m = m.Neg()
	}
	return to.Truncate(m)
}

// floatMagnitude converts an integral non-negative float below 2^128 to U128.
func floatMagnitude(a float64) mir.U128 {
	if a < 1<<63 {
		return mir.U128{Lo: uint64(a)}
	}
	fr, exp := math.Frexp(a) // a = fr × 2^exp, fr in [0.5, 1)
	mant := uint64(fr * (1 << 53))
	return shl128(mir.U128{Lo: mant}, uint(exp-53))
}

// FloatValue returns the value of float bits of the given width as float64
// (exact for f32).
func FloatValue(b uint64, bitSize int) float64 {
	if bitSize == 32 {
		return float64(math.Float32frombits(uint32(b)))
	}
	return math.Float64frombits(b)
}

// FloatBits returns the bits of f rounded to the given width.
func FloatBits(f float64, bitSize int) uint64 {
	if bitSize == 32 {
		return uint64(math.Float32bits(float32(f)))
	}
	return math.Float64bits(f)
}

// FloatToFloat converts between f32 and f64 (rounding to nearest even);
// a NaN becomes the canonical NaN of the target.
func FloatToFloat(b uint64, from, to int) uint64 {
	f := FloatValue(b, from)
	if math.IsNaN(f) {
		return canonicalNaN(to)
	}
	return FloatBits(f, to)
}

func canonicalNaN(bitSize int) uint64 {
	if bitSize == 32 {
		return NaN32Bits
	}
	return NaN64Bits
}

// FloatBinOp computes Add, Sub, Mul, Div or Rem of two floats of the same
// width with IEEE rounding to that width; a NaN result is the canonical
// NaN, as rustc's CTFE produces. ok is false for other operators.
func FloatBinOp(op mir.BinOp, a, b uint64, bitSize int) (r uint64, ok bool) {
	if bitSize == 32 {
		z, ok := floatArith(op, math.Float32frombits(uint32(a)), math.Float32frombits(uint32(b)))
		if z != z {
			return NaN32Bits, ok
		}
		return uint64(math.Float32bits(z)), ok
	}
	z, ok := floatArith(op, math.Float64frombits(a), math.Float64frombits(b))
	if z != z {
		return NaN64Bits, ok
	}
	return math.Float64bits(z), ok
}

// floatArith is one IEEE operation in the precision of F.
func floatArith[F float32 | float64](op mir.BinOp, x, y F) (F, bool) {
	switch op {
	case mir.BinAdd:
		return x + y, true
	case mir.BinSub:
		return x - y, true
	case mir.BinMul:
		return x * y, true
	case mir.BinDiv:
		return x / y, true
	case mir.BinRem:
		// fmod is exact, so computing it in float64 is exact for float32.
		return F(math.Mod(float64(x), float64(y))), true
	}
	return 0, false
}

// FloatCmp compares two floats: -1, 0, +1, or ok false when unordered (NaN).
func FloatCmp(a, b uint64, bitSize int) (c int, ok bool) {
	x, y := FloatValue(a, bitSize), FloatValue(b, bitSize)
	switch {
	case x < y:
		return -1, true
	case x > y:
		return 1, true
	case x == y:
		return 0, true
	}
	return 0, false
}

// FloatNeg flips the sign bit.
func FloatNeg(b uint64, bitSize int) uint64 {
	if bitSize == 32 {
		return b ^ 1<<31
	}
	return b ^ 1<<63
}
