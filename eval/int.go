// int.go holds sized integer arithmetic on mir.U128 and rustc's ConstInt formatting.

package eval

import (
	"math/bits"
	"strconv"

	"mirlsp/mir"
)

// IntTy is an integer type: its width and signedness. Values of an IntTy
// are kept canonical: truncated to Bits and zero-extended to 128 bits
// (rustc's ScalarInt representation); Signed only changes how they are
// interpreted. Ptr marks isize/usize, 64 bits wide on x86_64.
type IntTy struct {
	Bits   uint8 // 8, 16, 32, 64 or 128
	Signed bool
	Ptr    bool
}

// The integer types of Rust on x86_64.
var (
	I8    = IntTy{Bits: 8, Signed: true}
	I16   = IntTy{Bits: 16, Signed: true}
	I32   = IntTy{Bits: 32, Signed: true}
	I64   = IntTy{Bits: 64, Signed: true}
	I128  = IntTy{Bits: 128, Signed: true}
	Isize = IntTy{Bits: 64, Signed: true, Ptr: true}
	U8    = IntTy{Bits: 8}
	U16   = IntTy{Bits: 16}
	U32   = IntTy{Bits: 32}
	U64   = IntTy{Bits: 64}
	U128  = IntTy{Bits: 128}
	Usize = IntTy{Bits: 64, Ptr: true}
)

// PtrBits is the width of pointers, isize and usize (x86_64).
const PtrBits = 64

// PtrSize is the size of a thin pointer in bytes.
const PtrSize = PtrBits / 8

// IntTyOf returns the IntTy of an integer type (ok false for others).
func IntTyOf(t *mir.Ty) (IntTy, bool) {
	if t == nil || (t.Kind != mir.TyInt && t.Kind != mir.TyUint) {
		return IntTy{}, false
	}
	it := IntTy{Bits: uint8(t.Bits), Signed: t.Kind == mir.TyInt}
	if t.Bits == 0 {
		it.Bits, it.Ptr = PtrBits, true
	}
	return it, true
}

// Size is the size of the type in bytes.
func (t IntTy) Size() uint64 { return uint64(t.Bits) / 8 }

// Name is the Rust name of the type: i32, usize, u128.
func (t IntTy) Name() string {
	p := "u"
	if t.Signed {
		p = "i"
	}
	if t.Ptr {
		return p + "size"
	}
	return p + strconv.Itoa(int(t.Bits))
}

func (t IntTy) String() string { return t.Name() }

// Mask returns the all-ones value of the type's width.
func (t IntTy) Mask() mir.U128 { return maskBits(uint(t.Bits)) }

func maskBits(n uint) mir.U128 {
	switch {
	case n >= 128:
		return mir.U128{Lo: ^uint64(0), Hi: ^uint64(0)}
	case n >= 64:
		return mir.U128{Lo: ^uint64(0), Hi: (uint64(1) << (n - 64)) - 1}
	default:
		return mir.U128{Lo: (uint64(1) << n) - 1}
	}
}

// Truncate cuts v to the type's width (the canonical form).
func (t IntTy) Truncate(v mir.U128) mir.U128 {
	switch {
	case t.Bits == 128:
		return v
	case t.Bits == 64:
		return mir.U128{Lo: v.Lo}
	default:
		return mir.U128{Lo: v.Lo & (uint64(1)<<t.Bits - 1)}
	}
}

// SignExtend interprets the low Bits of v as signed and extends them to
// 128 bits; for unsigned types it returns Truncate(v).
func (t IntTy) SignExtend(v mir.U128) mir.U128 {
	v = t.Truncate(v)
	if !t.Signed || !t.IsNeg(v) || t.Bits == 128 {
		return v
	}
	return or128(v, not128(t.Mask()))
}

// IsNeg reports whether the canonical value v is negative.
func (t IntTy) IsNeg(v mir.U128) bool {
	if !t.Signed {
		return false
	}
	if t.Bits > 64 {
		return v.Hi>>(t.Bits-65)&1 != 0
	}
	return v.Lo>>(t.Bits-1)&1 != 0
}

// Min and Max return the extreme values of the type (canonical).
func (t IntTy) Min() mir.U128 {
	if !t.Signed {
		return mir.U128{}
	}
	return t.Truncate(shl128(mir.U128{Lo: 1}, uint(t.Bits-1)))
}

func (t IntTy) Max() mir.U128 {
	if !t.Signed {
		return t.Mask()
	}
	return maskBits(uint(t.Bits - 1))
}

// FromInt64 returns v as a canonical value of t (wrapping).
func (t IntTy) FromInt64(v int64) mir.U128 { return t.Truncate(mir.I128From(v)) }

// FromUint64 returns v as a canonical value of t (wrapping).
func (t IntTy) FromUint64(v uint64) mir.U128 { return t.Truncate(mir.U128{Lo: v}) }

// Uint64 returns v as a uint64 and whether it fits (a negative value
// never fits).
func (t IntTy) Uint64(v mir.U128) (uint64, bool) {
	if t.IsNeg(v) {
		return 0, false
	}
	return v.Lo, v.Hi == 0
}

// Int64 returns the signed interpretation of v and whether it fits.
func (t IntTy) Int64(v mir.U128) (int64, bool) {
	s := t.SignExtend(v)
	if !t.Signed {
		return int64(s.Lo), s.Hi == 0 && s.Lo>>63 == 0
	}
	neg := s.Hi>>63 != 0
	if neg {
		return int64(s.Lo), s.Hi == ^uint64(0) && s.Lo>>63 == 1
	}
	return int64(s.Lo), s.Hi == 0 && s.Lo>>63 == 0
}

// Add returns a+b wrapped and whether it overflowed (overflowing_add).
func (t IntTy) Add(a, b mir.U128) (mir.U128, bool) {
	full, carry := add128(a, b)
	r := t.Truncate(full)
	if t.Signed {
		return r, t.IsNeg(a) == t.IsNeg(b) && t.IsNeg(r) != t.IsNeg(a)
	}
	return r, carry || r != full
}

// Sub returns a-b wrapped and whether it overflowed (overflowing_sub).
func (t IntTy) Sub(a, b mir.U128) (mir.U128, bool) {
	full, _ := sub128(a, b)
	r := t.Truncate(full)
	if t.Signed {
		return r, t.IsNeg(a) != t.IsNeg(b) && t.IsNeg(r) != t.IsNeg(a)
	}
	return r, cmp128(a, b) < 0
}

// Mul returns a*b wrapped and whether it overflowed (overflowing_mul).
func (t IntTy) Mul(a, b mir.U128) (mir.U128, bool) {
	if !t.Signed {
		hi, lo := mul128(a, b)
		r := t.Truncate(lo)
		return r, !hi.IsZero() || r != lo
	}
	na, nb := t.IsNeg(a), t.IsNeg(b)
	ma, mb := t.abs(a), t.abs(b)
	hi, lo := mul128(ma, mb)
	r := t.Truncate(lo)
	if na != nb {
		r = t.Truncate(lo.Neg())
	}
	if !hi.IsZero() {
		return r, true
	}
	// |a*b| = lo must be <= MAX, or == MAX+1 when the result is negative.
	lim := add1(t.Max())
	if na != nb && !lo.IsZero() {
		return r, cmp128(lo, lim) > 0
	}
	return r, cmp128(lo, t.Max()) > 0
}

// abs returns the magnitude of a signed canonical value (MIN maps to
// 2^(Bits-1), which fits in 128 unsigned bits).
func (t IntTy) abs(v mir.U128) mir.U128 {
	if t.IsNeg(v) {
		return t.SignExtend(v).Neg()
	}
	return v
}

// Div returns a/b (truncating toward zero) and whether it overflowed
// (MIN / -1, which yields MIN). The caller checks b != 0.
func (t IntTy) Div(a, b mir.U128) (mir.U128, bool) {
	if !t.Signed {
		q, _ := divmod128(a, b)
		return q, false
	}
	if t.isMinusOne(b) && a == t.Min() {
		return a, true
	}
	q, _ := divmod128(t.abs(a), t.abs(b))
	if t.IsNeg(a) != t.IsNeg(b) {
		q = q.Neg()
	}
	return t.Truncate(q), false
}

// Rem returns a%b (sign of a) and whether it overflowed (MIN % -1,
// which yields 0). The caller checks b != 0.
func (t IntTy) Rem(a, b mir.U128) (mir.U128, bool) {
	if !t.Signed {
		_, r := divmod128(a, b)
		return r, false
	}
	if t.isMinusOne(b) && a == t.Min() {
		return mir.U128{}, true
	}
	_, r := divmod128(t.abs(a), t.abs(b))
	if t.IsNeg(a) {
		r = r.Neg()
	}
	return t.Truncate(r), false
}

func (t IntTy) isMinusOne(v mir.U128) bool { return t.Signed && v == t.Mask() }

// IsMinusOne reports whether v is -1 of a signed type (for the MIN / -1 check).
func (t IntTy) IsMinusOne(v mir.U128) bool { return t.isMinusOne(v) }

// shiftAmount reduces a shift amount of type at modulo t.Bits, like
// rustc (rem_euclid), and reports whether it was out of 0..Bits.
func (t IntTy) shiftAmount(amt mir.U128, at IntTy) (uint, bool) {
	s := uint(amt.Lo) & uint(t.Bits-1)
	if at.IsNeg(amt) {
		return s, true
	}
	return s, amt.Hi != 0 || amt.Lo >= uint64(t.Bits)
}

// Shl returns a << (amt mod Bits) and whether amt (of type at) was out of
// range 0..Bits (the overflow of a checked shift).
func (t IntTy) Shl(a, amt mir.U128, at IntTy) (mir.U128, bool) {
	s, ovf := t.shiftAmount(amt, at)
	return t.Truncate(shl128(a, s)), ovf
}

// Shr returns a >> (amt mod Bits), arithmetic for signed types, and
// whether amt was out of range.
func (t IntTy) Shr(a, amt mir.U128, at IntTy) (mir.U128, bool) {
	s, ovf := t.shiftAmount(amt, at)
	if t.Signed {
		return t.Truncate(sar128(t.SignExtend(a), s)), ovf
	}
	return shr128(a, s), ovf
}

// Neg returns -a and whether it overflowed (MIN of a signed type).
func (t IntTy) Neg(a mir.U128) (mir.U128, bool) {
	r := t.Truncate(a.Neg())
	if t.Signed {
		return r, a == t.Min()
	}
	return r, !a.IsZero()
}

// Not, And, Or and Xor are the bitwise operators.
func (t IntTy) Not(a mir.U128) mir.U128    { return t.Truncate(not128(a)) }
func (t IntTy) And(a, b mir.U128) mir.U128 { return mir.U128{Lo: a.Lo & b.Lo, Hi: a.Hi & b.Hi} }
func (t IntTy) Or(a, b mir.U128) mir.U128  { return or128(a, b) }
func (t IntTy) Xor(a, b mir.U128) mir.U128 { return mir.U128{Lo: a.Lo ^ b.Lo, Hi: a.Hi ^ b.Hi} }

// Cmp compares a and b as values of t: -1, 0 or +1.
func (t IntTy) Cmp(a, b mir.U128) int {
	if t.Signed {
		na, nb := t.IsNeg(a), t.IsNeg(b)
		if na != nb {
			if na {
				return -1
			}
			return 1
		}
	}
	return cmp128(a, b)
}

// Cast converts a canonical value of from to a canonical value of to
// (sign-extending from a signed source, then truncating): `as` between
// integer types.
func Cast(v mir.U128, from, to IntTy) mir.U128 {
	return to.Truncate(from.SignExtend(v))
}

// CountOnes returns the number of one bits (count_ones).
func (t IntTy) CountOnes(v mir.U128) uint {
	return uint(bits.OnesCount64(v.Lo) + bits.OnesCount64(v.Hi))
}

// LeadingZeros returns the number of leading zero bits in the type's width.
func (t IntTy) LeadingZeros(v mir.U128) uint {
	return uint(leadingZeros128(v)) - (128 - uint(t.Bits))
}

// TrailingZeros returns the number of trailing zero bits (Bits for 0).
func (t IntTy) TrailingZeros(v mir.U128) uint {
	if v.IsZero() {
		return uint(t.Bits)
	}
	if v.Lo != 0 {
		return uint(bits.TrailingZeros64(v.Lo))
	}
	return 64 + uint(bits.TrailingZeros64(v.Hi))
}

// RotateLeft rotates by n mod Bits; RotateRight likewise.
func (t IntTy) RotateLeft(v mir.U128, n uint) mir.U128 {
	n %= uint(t.Bits)
	if n == 0 {
		return v
	}
	return t.Truncate(or128(shl128(v, n), shr128(v, uint(t.Bits)-n)))
}

func (t IntTy) RotateRight(v mir.U128, n uint) mir.U128 {
	return t.RotateLeft(v, uint(t.Bits)-n%uint(t.Bits))
}

// SwapBytes reverses the byte order (swap_bytes).
func (t IntTy) SwapBytes(v mir.U128) mir.U128 {
	r := mir.U128{Lo: bits.ReverseBytes64(v.Hi), Hi: bits.ReverseBytes64(v.Lo)}
	return shr128(r, 128-uint(t.Bits))
}

// ReverseBits reverses the bit order (reverse_bits).
func (t IntTy) ReverseBits(v mir.U128) mir.U128 {
	r := mir.U128{Lo: bits.Reverse64(v.Hi), Hi: bits.Reverse64(v.Lo)}
	return shr128(r, 128-uint(t.Bits))
}

// Format prints v in decimal as Rust's Display/Debug do: -2, 4096.
func (t IntTy) Format(v mir.U128) string {
	if t.IsNeg(v) {
		return "-" + formatU128(t.SignExtend(v).Neg())
	}
	return formatU128(v)
}

// FormatConst prints v like rustc's ConstInt alternate Debug, used in
// MIR constants and CTFE error messages: 4096_usize, -2_i32, and MIN/MAX
// by name (i32::MIN, u8::MAX, usize::MAX; the unsigned MIN 0 is 0_u8).
func (t IntTy) FormatConst(v mir.U128) string {
	if v == t.Max() {
		return t.Name() + "::MAX"
	}
	if t.Signed && v == t.Min() {
		return t.Name() + "::MIN"
	}
	return t.Format(v) + "_" + t.Name()
}

// formatU128 prints an unsigned 128-bit value in decimal.
func formatU128(v mir.U128) string {
	if v.Hi == 0 {
		return strconv.FormatUint(v.Lo, 10)
	}
	const e19 = 10000000000000000000
	// v = q*1e19 + r; q < 2^128/1e19 < 2^65, so split again.
	qhi, rhi := bits.Div64(0, v.Hi, e19)
	qlo, r := bits.Div64(rhi, v.Lo, e19)
	q := mir.U128{Lo: qlo, Hi: qhi}
	tail := strconv.FormatUint(r, 10)
	pad := "0000000000000000000"[:19-len(tail)]
	return formatU128(q) + pad + tail
}

// ParseU128 parses an unsigned decimal integer (for tests and constants).
func ParseU128(s string) (mir.U128, bool) {
	if s == "" {
		return mir.U128{}, false
	}
	var v mir.U128
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return mir.U128{}, false
		}
		var ovf bool
		v, ovf = v.Mul10Add(uint64(c - '0'))
		if ovf {
			return mir.U128{}, false
		}
	}
	return v, true
}

// ---- 128-bit helpers ----

func add128(a, b mir.U128) (mir.U128, bool) {
	lo, c := bits.Add64(a.Lo, b.Lo, 0)
	hi, c := bits.Add64(a.Hi, b.Hi, c)
	return mir.U128{Lo: lo, Hi: hi}, c != 0
}

func add1(a mir.U128) mir.U128 { r, _ := add128(a, mir.U128{Lo: 1}); return r }

func sub128(a, b mir.U128) (mir.U128, bool) {
	lo, c := bits.Sub64(a.Lo, b.Lo, 0)
	hi, c := bits.Sub64(a.Hi, b.Hi, c)
	return mir.U128{Lo: lo, Hi: hi}, c != 0
}

// mul128 returns the 256-bit product a*b as (high, low) halves.
func mul128(a, b mir.U128) (hi, lo mir.U128) {
	// a = a1*2^64 + a0, b = b1*2^64 + b0.
	h00, l00 := bits.Mul64(a.Lo, b.Lo)
	h01, l01 := bits.Mul64(a.Lo, b.Hi)
	h10, l10 := bits.Mul64(a.Hi, b.Lo)
	h11, l11 := bits.Mul64(a.Hi, b.Hi)
	// word1 = h00 + l01 + l10
	w1, c1 := bits.Add64(h00, l01, 0)
	w1, c2 := bits.Add64(w1, l10, 0)
	// word2 = h01 + h10 + l11 + carries
	w2, c3 := bits.Add64(h01, h10, 0)
	w2, c4 := bits.Add64(w2, l11, 0)
	w2, c5 := bits.Add64(w2, c1+c2, 0)
	w3 := h11 + c3 + c4 + c5
	return mir.U128{Lo: w2, Hi: w3}, mir.U128{Lo: l00, Hi: w1}
}

func cmp128(a, b mir.U128) int {
	switch {
	case a.Hi < b.Hi:
		return -1
	case a.Hi > b.Hi:
		return 1
	case a.Lo < b.Lo:
		return -1
	case a.Lo > b.Lo:
		return 1
	}
	return 0
}

func not128(a mir.U128) mir.U128   { return mir.U128{Lo: ^a.Lo, Hi: ^a.Hi} }
func or128(a, b mir.U128) mir.U128 { return mir.U128{Lo: a.Lo | b.Lo, Hi: a.Hi | b.Hi} }

func shl128(a mir.U128, n uint) mir.U128 {
	switch {
	case n == 0:
		return a
	case n >= 128:
		return mir.U128{}
	case n >= 64:
		return mir.U128{Hi: a.Lo << (n - 64)}
	}
	return mir.U128{Lo: a.Lo << n, Hi: a.Hi<<n | a.Lo>>(64-n)}
}

func shr128(a mir.U128, n uint) mir.U128 {
	switch {
	case n == 0:
		return a
	case n >= 128:
		return mir.U128{}
	case n >= 64:
		return mir.U128{Lo: a.Hi >> (n - 64)}
	}
	return mir.U128{Lo: a.Lo>>n | a.Hi<<(64-n), Hi: a.Hi >> n}
}

// sar128 shifts a 128-bit two's complement value right arithmetically.
func sar128(a mir.U128, n uint) mir.U128 {
	if n == 0 {
		return a
	}
	if n >= 64 {
		if n > 127 {
			n = 127
		}
		return mir.U128{Lo: uint64(int64(a.Hi) >> (n - 64)), Hi: uint64(int64(a.Hi) >> 63)}
	}
	return mir.U128{Lo: a.Lo>>n | a.Hi<<(64-n), Hi: uint64(int64(a.Hi) >> n)}
}

func leadingZeros128(a mir.U128) int {
	if a.Hi != 0 {
		return bits.LeadingZeros64(a.Hi)
	}
	return 64 + bits.LeadingZeros64(a.Lo)
}

// divmod128 divides unsigned 128-bit values (b != 0).
func divmod128(a, b mir.U128) (q, r mir.U128) {
	if b.Hi == 0 {
		if a.Hi < b.Lo {
			q.Lo, r.Lo = bits.Div64(a.Hi, a.Lo, b.Lo)
			return q, r
		}
		var rh uint64
		q.Hi, rh = bits.Div64(0, a.Hi, b.Lo)
		q.Lo, r.Lo = bits.Div64(rh, a.Lo, b.Lo)
		return q, r
	}
	// The quotient fits in 64 bits; estimate it from the normalized top
	// word of b (Hacker's Delight, divlu2) and correct by at most one.
	n := uint(bits.LeadingZeros64(b.Hi))
	v1 := shl128(b, n).Hi
	u1 := shr128(a, 1)
	tq, _ := bits.Div64(u1.Hi, u1.Lo, v1)
	tq >>= 63 - n
	if tq != 0 {
		tq--
	}
	q = mir.U128{Lo: tq}
	_, p := mul128(q, b)
	r, _ = sub128(a, p)
	if cmp128(r, b) >= 0 {
		q.Lo++
		r, _ = sub128(r, b)
	}
	return q, r
}
