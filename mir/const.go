// const.go holds constants in every printed form, allocation dumps, and
// the 128-bit integer type they share with the evaluator.

package mir

import (
	"math/bits"
	"strconv"
)

// U128 is a 128-bit integer in two's complement (interpretation by type).
type U128 struct{ Lo, Hi uint64 }

// U128From returns v as a U128; SignExtend128 sign-extends.
func U128From(v uint64) U128 { return U128{Lo: v} }

// I128From returns the two's complement of v.
func I128From(v int64) U128 {
	if v < 0 {
		return U128{Lo: uint64(v), Hi: ^uint64(0)}
	}
	return U128{Lo: uint64(v)}
}

// Decimal formats u as an unsigned decimal number.
func (u U128) Decimal() string {
	if u.Hi == 0 {
		return strconv.FormatUint(u.Lo, 10)
	}
	var buf [40]byte
	i := len(buf)
	for !u.IsZero() {
		var r uint64
		u.Hi, r = bits.Div64(0, u.Hi, 10)
		u.Lo, r = bits.Div64(r, u.Lo, 10)
		i--
		buf[i] = byte('0' + r)
	}
	return string(buf[i:])
}

func (u U128) IsZero() bool { return u.Lo == 0 && u.Hi == 0 }

// Neg returns -u (two's complement).
func (u U128) Neg() U128 {
	lo, borrow := bits.Sub64(0, u.Lo, 0)
	hi, _ := bits.Sub64(0, u.Hi, borrow)
	return U128{lo, hi}
}

// Mul10Add returns u*10+d and whether it overflowed 128 bits.
func (u U128) Mul10Add(d uint64) (U128, bool) {
	hi1, lo := bits.Mul64(u.Lo, 10)
	hi2, hiLo := bits.Mul64(u.Hi, 10)
	hi, c := bits.Add64(hi1, hiLo, 0)
	lo, c2 := bits.Add64(lo, d, 0)
	hi, c3 := bits.Add64(hi, 0, c2)
	return U128{lo, hi}, hi2 != 0 || c != 0 || c3 != 0
}

// ConstKind is the printed form of a constant.
type ConstKind uint8

const (
	ConstInt         ConstKind = iota // 4096_usize, i32::MIN, (old) 42usize; Int, Ty
	ConstBool                         // true/false; Int 0/1
	ConstChar                         // 'x'; Int is the code point
	ConstFloat                        // 2.5f64, NaN_f64, +Inf_f32; Int.Lo holds the IEEE bits, Text the printed number
	ConstUnit                         // ()
	ConstStr                          // "hello"; Bytes
	ConstByteStr                      // b"abc"; Bytes; Deref for *b"abc"
	ConstTuple                        // (1_u8, true), (7_u8,); Fields
	ConstArray                        // [1_u8, 2_u8]; Fields
	ConstAdt                          // Option::<u8>::Some(5_u8), P {{ x: 1_i32 }}, Less; Path, Fields, Names
	ConstItem                         // FOO, SUM::promoted[0], f::{constant#0}, <A as Tr>::D; Path
	ConstFn                           // a fn item used as a value or callee: fact, core::num::<impl u32>::pow; Path
	ConstAlloc                        // {alloc1: &u32}, {alloc1+0x4: &u8}; Alloc, Offset, Ty
	ConstStatic                       // <static(DefId(0:9 ~ t4[e94a]::STAT))>; Text
	ConstIntPtr                       // {0x0 as *const u8}; Int, Ty
	ConstTransmute                    // {transmute(0x0001): T}; Int, Bytes size in Text; Ty
	ConstZeroSized                    // ZeroSized: T; Ty
	ConstUnreachable                  // {unreachable(): T}
	ConstScalar                       // old: Scalar(0x02): T, Scalar(alloc1+0): T
	ConstFnPtr                        // {fn_path as fn(..)}: Path, Ty
	ConstOpaque                       // any other printed form; Text
)

// Const is a constant operand or a value inside one.
type Const struct {
	Kind ConstKind
	// Deref marks *b"..." (a byte array by value).
	Deref bool
	// Named records that an integer was printed by name (i32::MIN);
	// Old that it was printed in the old suffix style (42usize).
	Named, Old bool
	// Ty is the constant's type when the text determines it (an integer
	// suffix, `: T` of a pointer constant, a float suffix); otherwise nil
	// and the context (the operand's use) gives the type.
	Ty *Ty
	// Int holds integer, bool and char values and float bits.
	Int U128
	// Bytes holds string and byte string contents.
	Bytes []byte
	// Path names an item, fn, ADT variant or struct.
	Path *Path
	// Fields are the components of tuples, arrays and ADTs; Names the
	// field names of a braced struct constant (P {{ x: 1_i32 }}).
	Fields []*Const
	Names  []string
	// Braces is 2 for the doubled-brace form and 1 for single braces.
	Braces int
	// Alloc and Offset locate a pointer constant.
	Alloc  int
	Offset uint64
	// Text keeps the printed form of what is only printed (floats,
	// DefIds, unevaluated old forms).
	Text string
	// Pattern is the range of a pattern-type integer printed as
	// `0_usize is 0..=9223372036854775807` ("0..=9223372036854775807").
	Pattern string
	Span    Span

	// Resolve: the item a ConstItem/ConstFn names when it is in the file,
	// and the allocation a ConstAlloc points at.
	Item     *Item
	AllocRef *Alloc
}

// AllocKind is the header kind of an allocation dump.
type AllocKind uint8

const (
	AllocMemory       AllocKind = iota // allocN (size: S, align: A) {...}
	AllocStatic                        // allocN (static: P, size: S, align: A) {...}
	AllocStaticUneval                  // allocN (static: P)
	AllocStaticError                   // allocN (static: P, error during initializer evaluation)
	AllocExternStatic                  // allocN (extern static: P)
	AllocFn                            // allocN (fn: INSTANCE)
	AllocVTable                        // allocN (vtable: impl DYN for TY)
	AllocDeallocated                   // allocN (deallocated)
)

// Alloc is an allocation dump following a body.
type Alloc struct {
	ID   int
	Kind AllocKind
	// Name is the static's path, the fn instance or the vtable text.
	Name        string
	Size, Align uint64
	// Bytes has Size entries; Init marks which are initialized.
	Bytes []byte
	Init  []bool
	Ptrs  []AllocPtr
	// Elided marks `{ .. }` (-Zdump-mir-exclude-alloc-bytes).
	Elided bool
	Span   Span
}

// AllocPtr is a pointer with provenance stored in an allocation.
type AllocPtr struct {
	Offset uint64 // where in this allocation the pointer is stored
	Target int    // the allocation it points into
	// TargetOffset is the offset into Target (allocN+0x4).
	TargetOffset uint64
	Imm          bool   // <imm> provenance
	Size         uint64 // bytes the pointer covers (8, or 1 for a partial byte)
	// Text is set when the target was not printed (" (8 ptr bytes)").
	Text string
}
