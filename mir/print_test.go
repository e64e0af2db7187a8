package mir

import (
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"mirlsp/internal/textdiff"
)

// Expected strings are verbatim rustc 1.95 output (reference §2, and
// --emit=mir of small test crates).

func tyOf(text string, kind TyKind, bits int) *Ty { return &Ty{Kind: kind, Bits: bits, Text: text} }

var (
	tU8    = tyOf("u8", TyUint, 8)
	tU16   = tyOf("u16", TyUint, 16)
	tU32   = tyOf("u32", TyUint, 32)
	tU64   = tyOf("u64", TyUint, 64)
	tU128  = tyOf("u128", TyUint, 128)
	tUsize = tyOf("usize", TyUint, 0)
	tI8    = tyOf("i8", TyInt, 8)
	tI32   = tyOf("i32", TyInt, 32)
	tI128  = tyOf("i128", TyInt, 128)
	tIsize = tyOf("isize", TyInt, 0)
	tBool  = tyOf("bool", TyBool, 0)
	tF32   = tyOf("f32", TyFloat, 32)
	tF64   = tyOf("f64", TyFloat, 64)
)

func pl(l int, proj ...Proj) Place { return Place{Local: Local(l), Proj: proj} }
func deref() Proj                  { return Proj{Kind: ProjDeref} }
func field(n int, t *Ty) Proj      { return Proj{Kind: ProjField, Field: n, Ty: t} }
func down(v string) Proj           { return Proj{Kind: ProjDowncast, Variant: v, VariantIdx: -1} }
func cp(p Place) Operand           { return Operand{Kind: OpCopy, Place: p} }
func mv(p Place) Operand           { return Operand{Kind: OpMove, Place: p} }
func cnst(c *Const) Operand        { return Operand{Kind: OpConst, Const: c} }
func path(s string) *Path          { return &Path{Text: s} }
func ci(v int64, t *Ty) *Const     { return &Const{Kind: ConstInt, Int: I128From(v), Ty: t} }

func TestFormatPlace(t *testing.T) {
	tests := []struct {
		p    Place
		want string
	}{
		{pl(1), "_1"},
		{pl(1, deref()), "(*_1)"},
		{pl(1, field(0, tU32)), "(_1.0: u32)"},
		{pl(1, down("Some"), field(0, tU8)), "((_1 as Some).0: u8)"},
		{pl(1, deref(), down("C"), field(0, tU16)), "(((*_1) as C).0: u16)"},
		{pl(1, deref(), field(0, tyOf("&u32", TyRef, 0)), deref()), "(*((*_1).0: &u32))"},
		{pl(1, Proj{Kind: ProjIndex, Index: 2}), "_1[_2]"},
		{pl(1, deref(), Proj{Kind: ProjIndex, Index: 2}), "(*_1)[_2]"},
		{pl(1, Proj{Kind: ProjConstIndex, Offset: 0, MinLen: 5}), "_1[0 of 5]"},
		{pl(1, deref(), Proj{Kind: ProjConstIndex, Offset: 1, MinLen: 2, FromEnd: true}), "(*_1)[-1 of 2]"},
		{pl(1, Proj{Kind: ProjSubslice, Offset: 1, MinLen: 4}), "_1[1..4]"},
		{pl(1, deref(), Proj{Kind: ProjSubslice, Offset: 1, MinLen: 0, FromEnd: true}), "(*_1)[1:]"},
		{pl(1, deref(), Proj{Kind: ProjSubslice, Offset: 0, MinLen: 1, FromEnd: true}), "(*_1)[:-1]"},
		{pl(1, deref(), Proj{Kind: ProjSubslice, Offset: 1, MinLen: 1, FromEnd: true}), "(*_1)[1:-1]"},
		{pl(1, Proj{Kind: ProjDowncast, VariantIdx: 3}), "(_1 as variant#3)"},
		{pl(1, Proj{Kind: ProjOpaqueCast, Ty: tU8}), "(_1 as u8)"},
		{pl(1, Proj{Kind: ProjSubtype, Ty: tU8}), "(_1 as subtype u8)"},
		{pl(1, Proj{Kind: ProjUnwrapBinder, Ty: tU8}, field(0, tU8)), "(unwrap_binder!(_1; u8).0: u8)"},
	}
	for _, tt := range tests {
		if got := FormatPlace(tt.p, nil); got != tt.want {
			t.Errorf("FormatPlace = %q, want %q", got, tt.want)
		}
	}
}

func TestFormatOperand(t *testing.T) {
	tests := []struct {
		op   Operand
		want string
	}{
		{cp(pl(1)), "copy _1"},
		{Operand{Kind: OpCopy, Place: pl(1), Bare: true}, "_1"},
		{mv(pl(5, field(1, tBool))), "move (_5.1: bool)"},
		{cnst(ci(4096, tUsize)), "const 4096_usize"},
		{cnst(&Const{Kind: ConstFn, Path: path("core::num::<impl u32>::pow")}), "core::num::<impl u32>::pow"},
		{cnst(&Const{Kind: ConstItem, Path: path("SUM::promoted[0]")}), "const SUM::promoted[0]"},
		{Operand{Kind: OpRuntime, Runtime: UbChecks}, "UbChecks"},
		{Operand{Kind: OpCopy, Place: pl(1, deref()), NoRetag: true}, "no_retag copy (*_1)"},
	}
	for _, tt := range tests {
		if got := FormatOperand(tt.op); got != tt.want {
			t.Errorf("FormatOperand = %q, want %q", got, tt.want)
		}
	}
}

func TestFormatConst(t *testing.T) {
	pOpt := path("Option::<u8>::Some")
	tests := []struct {
		c    *Const
		want string
	}{
		{ci(4096, tUsize), "4096_usize"},
		{ci(5, tU32), "5_u32"},
		{ci(-2, tI32), "-2_i32"},
		{ci(-1, tIsize), "-1_isize"},
		{ci(0, tU8), "0_u8"},
		{&Const{Kind: ConstInt, Int: U128{Lo: 0xffffffff80000000, Hi: ^uint64(0)}, Ty: tI32, Named: true}, "i32::MIN"},
		{&Const{Kind: ConstInt, Int: U128From(0x7fffffff), Ty: tI32, Named: true}, "i32::MAX"},
		{&Const{Kind: ConstInt, Int: U128From(255), Ty: tU8, Named: true}, "u8::MAX"},
		{&Const{Kind: ConstInt, Int: U128{^uint64(0), ^uint64(0)}, Ty: tU128, Named: true}, "u128::MAX"},
		{&Const{Kind: ConstInt, Int: U128From(1 << 63), Ty: tIsize, Named: true}, "isize::MIN"},
		{&Const{Kind: ConstInt, Int: U128From(42), Ty: tUsize, Old: true}, "42usize"},
		{&Const{Kind: ConstInt, Int: I128From(-2147483648), Ty: tI32, Old: true}, "-2147483648i32"},
		{&Const{Kind: ConstInt, Int: U128From(0x80), Ty: tI8}, "-128_i8"},
		{&Const{Kind: ConstInt, Int: I128From(-5), Ty: tI128}, "-5_i128"},
		{&Const{Kind: ConstInt, Int: U128{Lo: 0, Hi: 1}, Ty: tU128}, "18446744073709551616_u128"},
		{&Const{Kind: ConstInt, Int: U128From(2432902008176640000), Ty: tU64}, "2432902008176640000_u64"},
		{&Const{Kind: ConstAdt, Path: path("NonZero::<u32>"), Fields: []*Const{{Kind: ConstAdt, Path: path("core::num::niche_types::NonZeroU32Inner"),
			Fields: []*Const{{Kind: ConstInt, Int: U128From(1), Ty: tU32, Pattern: "1.."}}}}},
			"NonZero::<u32>(core::num::niche_types::NonZeroU32Inner(1_u32 is 1..))"},
		{&Const{Kind: ConstBool, Int: U128From(1)}, "true"},
		{&Const{Kind: ConstBool}, "false"},
		{&Const{Kind: ConstChar, Int: U128From('x')}, "'x'"},
		{&Const{Kind: ConstChar, Int: U128From('\n')}, `'\n'`},
		{&Const{Kind: ConstChar, Int: U128From(0x1F600)}, "'😀'"},
		{&Const{Kind: ConstChar, Int: U128From('\'')}, `'\''`},
		{&Const{Kind: ConstChar, Int: U128From('"')}, `'"'`},
		{&Const{Kind: ConstChar, Int: U128From(0x301)}, `'\u{301}'`},
		{&Const{Kind: ConstChar, Int: U128From(0x7f)}, `'\u{7f}'`},
		{&Const{Kind: ConstFloat, Ty: tF32, Text: "1"}, "1f32"},
		{&Const{Kind: ConstFloat, Ty: tF64, Text: "2.5f64"}, "2.5f64"},
		{&Const{Kind: ConstFloat, Ty: tF32, Text: "1.00000001E-10"}, "1.00000001E-10f32"},
		{&Const{Kind: ConstFloat, Ty: tF64, Text: "NaN"}, "NaN_f64"},
		{&Const{Kind: ConstFloat, Ty: tF64, Text: "+Inf"}, "+Inf_f64"},
		{&Const{Kind: ConstFloat, Ty: tF32, Int: U128From(0x80000000)}, "-0f32"},
		{&Const{Kind: ConstFloat, Ty: tF64, Int: U128From(0x4004000000000000)}, "2.5f64"},
		{&Const{Kind: ConstUnit}, "()"},
		{&Const{Kind: ConstStr, Bytes: []byte("hello")}, `"hello"`},
		{&Const{Kind: ConstStr, Bytes: []byte("hello\t\"é\u0301\x00\x7f")}, `"hello\t\"é\u{301}\0\u{7f}"`},
		{&Const{Kind: ConstByteStr, Bytes: []byte("abc")}, `b"abc"`},
		{&Const{Kind: ConstByteStr, Bytes: []byte("hi\x00\xff\n\\'\"")}, `b"hi\x00\xff\n\\\'\""`},
		{&Const{Kind: ConstByteStr, Bytes: []byte("xyz"), Deref: true}, `*b"xyz"`},
		{&Const{Kind: ConstTuple, Fields: []*Const{ci(7, tU8)}}, "(7_u8,)"},
		{&Const{Kind: ConstTuple, Fields: []*Const{ci(0, tU8), {Kind: ConstBool, Int: U128From(1)}}}, "(0_u8, true)"},
		{&Const{Kind: ConstArray, Fields: []*Const{ci(1, tU8), ci(2, tU8)}}, "[1_u8, 2_u8]"},
		{&Const{Kind: ConstAdt, Path: path("Option::<u8>::None")}, "Option::<u8>::None"},
		{&Const{Kind: ConstAdt, Path: pOpt, Fields: []*Const{ci(3, tU8)}}, "Option::<u8>::Some(3_u8)"},
		{&Const{Kind: ConstAdt, Path: path("T2"), Fields: []*Const{ci(1, tU8), ci(2, tU16)}}, "T2(1_u8, 2_u16)"},
		{&Const{Kind: ConstAdt, Path: path("Less")}, "Less"},
		{&Const{Kind: ConstAdt, Path: path("P"), Braces: 2, Names: []string{"x", "y"}, Fields: []*Const{ci(1, tI32), ci(-2, tI32)}},
			"P {{ x: 1_i32, y: -2_i32 }}"},
		{&Const{Kind: ConstAdt, Path: path("P"), Braces: 1, Names: []string{"x"}, Fields: []*Const{ci(1, tI32)}}, "P { x: 1_i32 }"},
		{&Const{Kind: ConstItem, Path: path("<T as std::mem::SizedTypeProperties>::SIZE")}, "<T as std::mem::SizedTypeProperties>::SIZE"},
		{&Const{Kind: ConstAlloc, Alloc: 1, Ty: tyOf("&u32", TyRef, 0)}, "{alloc1: &u32}"},
		{&Const{Kind: ConstAlloc, Alloc: 3, Ty: tyOf("&&[&str]", TyRef, 0)}, "{alloc3: &&[&str]}"},
		{&Const{Kind: ConstAlloc, Alloc: 1, Offset: 4, Ty: tyOf("&u8", TyRef, 0)}, "{alloc1+0x4: &u8}"},
		{&Const{Kind: ConstStatic, Text: "<static(DefId(0:31 ~ t2[ca31]::BIGS))>"}, "<static(DefId(0:31 ~ t2[ca31]::BIGS))>"},
		{&Const{Kind: ConstIntPtr, Ty: tyOf("*const u8", TyRawPtr, 0)}, "{0x0 as *const u8}"},
		{&Const{Kind: ConstTransmute, Int: U128From(1), Text: "2", Ty: tyOf("E", TyAdt, 0)}, "{transmute(0x0001): E}"},
		{&Const{Kind: ConstTransmute, Text: "()", Ty: tyOf("E", TyAdt, 0)}, "{transmute(()): E}"},
		{&Const{Kind: ConstZeroSized, Ty: tyOf("{closure@t14.rs:4:33: 4:36}", TyClosure, 0)}, "ZeroSized: {closure@t14.rs:4:33: 4:36}"},
		{&Const{Kind: ConstUnreachable, Ty: tyOf("Void", TyAdt, 0)}, "{unreachable(): Void}"},
		{&Const{Kind: ConstFnPtr, Path: path("q"), Ty: tyOf("fn() -> u32", TyFnPtr, 0)}, "{q as fn() -> u32}"},
		{&Const{Kind: ConstOpaque, Text: "Indirect { alloc_id: alloc1, offset: Size(0 bytes) }: T"}, "Indirect { alloc_id: alloc1, offset: Size(0 bytes) }: T"},
	}
	for _, tt := range tests {
		if got := FormatConst(tt.c); got != tt.want {
			t.Errorf("FormatConst = %q, want %q", got, tt.want)
		}
	}
}

func TestIntConst(t *testing.T) {
	tests := []struct {
		v    U128
		t    *Ty
		want string
	}{
		{I128From(-2147483648), tI32, "i32::MIN"},
		{U128From(0x80000000), tI32, "i32::MIN"},
		{U128From(2147483647), tI32, "i32::MAX"},
		{U128From(255), tU8, "u8::MAX"},
		{U128From(^uint64(0)), tUsize, "usize::MAX"},
		{U128From(0), tU8, "0_u8"},
		{I128From(-1), tI32, "-1_i32"},
		{U128{0, 1 << 63}, tI128, "i128::MIN"},
		{U128From(4096), tUsize, "4096_usize"},
	}
	for _, tt := range tests {
		if got := FormatConst(IntConst(tt.v, tt.t)); got != tt.want {
			t.Errorf("IntConst(%v, %s) = %q, want %q", tt.v, tt.t, got, tt.want)
		}
	}
}

func TestQuote(t *testing.T) {
	strs := []struct {
		in   string
		want string
	}{
		{"", `""`},
		{"tab\tquote\"nl\né", `"tab\tquote\"nl\né"`},
		{"it's", `"it's"`},
		{"back\\slash\r", `"back\\slash\r"`},
		{"\x00\x01\x1b\x7f", `"\0\u{1}\u{1b}\u{7f}"`},
		{"e\u0301", `"e\u{301}"`},
		{"\u200b\u00ad\u00a0 \u3000", `"\u{200b}\u{ad}\u{a0} \u{3000}"`},
		{"\u2028\ue000\U0010ffff", `"\u{2028}\u{e000}\u{10ffff}"`},
		{"日本😀", `"日本😀"`},
		// Lossy UTF-8: one U+FFFD per maximal invalid sequence.
		{"a\xffb", `"a�b"`},
		{"\xe2\x82A", `"�A"`},
		{"\xe2\x82", `"�"`},
		{"\xf0\x9f\x98", `"�"`},
		{"\xed\xa0\x80", `"���"`},
		{"\xc0\xaf", `"��"`},
		{"\x80\x80", `"��"`},
		{"\xf4\x90\x80\x80", `"����"`},
	}
	for _, tt := range strs {
		if got := QuoteStr([]byte(tt.in)); got != tt.want {
			t.Errorf("QuoteStr(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	chars := []struct {
		in   rune
		want string
	}{
		{'a', `'a'`}, {'\'', `'\''`}, {'"', `'"'`}, {'\\', `'\\'`}, {0, `'\0'`},
		{'\t', `'\t'`}, {'\r', `'\r'`}, {0x7f, `'\u{7f}'`}, {0x301, `'\u{301}'`},
		{0xe9, `'é'`}, {' ', `' '`}, {0xa0, `'\u{a0}'`}, {0x1F600, `'😀'`},
		// Unicode 16 (rustc 1.95), newer than Go's tables.
		{0xcc0, `'\u{cc0}'`}, {0x88f, "'\u088f'"}, {0x1b4e, "'\u1b4e'"},
	}
	for _, tt := range chars {
		if got := QuoteChar(tt.in); got != tt.want {
			t.Errorf("QuoteChar(%U) = %s, want %s", tt.in, got, tt.want)
		}
	}
	if got, want := QuoteByteStr([]byte("\t\r\n\\'\"\x00\x7f\x80 ~")), `b"\t\r\n\\\'\"\x00\x7f\x80 ~"`; got != want {
		t.Errorf("QuoteByteStr = %s, want %s", got, want)
	}
}

func TestFormatRvalue(t *testing.T) {
	agg := func(a *Aggregate) *Rvalue { return &Rvalue{Kind: RvAggregate, Agg: a} }
	tests := []struct {
		rv   *Rvalue
		want string
	}{
		{&Rvalue{Kind: RvUse, A: cnst(ci(1, tU64))}, "const 1_u64"},
		{&Rvalue{Kind: RvRepeat, A: cnst(ci(7, tU8)), Count: ci(16, tUsize)}, "[const 7_u8; 16]"},
		{&Rvalue{Kind: RvRepeat, A: cnst(ci(0, tU8)), Count: &Const{Kind: ConstItem, Path: path("N")}}, "[const 0_u8; N]"},
		{&Rvalue{Kind: RvRef, Place: pl(1)}, "&_1"},
		{&Rvalue{Kind: RvRef, Place: pl(1, deref()), Borrow: BorrowMut}, "&mut (*_1)"},
		{&Rvalue{Kind: RvRef, Place: pl(1), Borrow: BorrowFakeShallow}, "&fake shallow _1"},
		{&Rvalue{Kind: RvRef, Place: pl(1), Borrow: BorrowFake}, "&fake _1"},
		{&Rvalue{Kind: RvRef, Place: pl(1), Rare: &RvalueRare{Region: "'?3"}, Borrow: BorrowMut}, "&'?3 mut _1"},
		{&Rvalue{Kind: RvRef, Place: pl(1, deref(), down("C"), field(0, tU16))}, "&(((*_1) as C).0: u16)"},
		{&Rvalue{Kind: RvRef, Place: pl(1, deref(), Proj{Kind: ProjConstIndex, Offset: 1, MinLen: 2, FromEnd: true})}, "&(*_1)[-1 of 2]"},
		{&Rvalue{Kind: RvRawPtr, Place: pl(1, deref()), Borrow: BorrowFake}, "&raw const (fake) (*_1)"},
		{&Rvalue{Kind: RvRawPtr, Place: pl(1, deref())}, "&raw const (*_1)"},
		{&Rvalue{Kind: RvRawPtr, Place: pl(1), Borrow: BorrowMut}, "&raw mut _1"},
		{&Rvalue{Kind: RvThreadLocalRef, Path: path("T")}, "&/*tls*/ T"},
		{&Rvalue{Kind: RvThreadLocalRef, Path: path("T"), Borrow: BorrowMut}, "&/*tls*/ mut T"},
		{&Rvalue{Kind: RvCast, A: cnst(&Const{Kind: ConstFn, Path: path("add")}), Ty: tyOf("fn(u32, u32) -> u32", TyFnPtr, 0),
			Cast: CastPointerCoercion, Coercion: "ReifyFnPointer(Safe), Implicit"},
			"add as fn(u32, u32) -> u32 (PointerCoercion(ReifyFnPointer(Safe), Implicit))"},
		{&Rvalue{Kind: RvCast, A: cp(pl(1)), Ty: tU8, Cast: CastIntToInt}, "copy _1 as u8 (IntToInt)"},
		{&Rvalue{Kind: RvCast, A: mv(pl(1)), Ty: tyOf("&[u8]", TyRef, 0), Cast: CastPointerCoercion, Coercion: "Unsize, Implicit"},
			"move _1 as &[u8] (PointerCoercion(Unsize, Implicit))"},
		{&Rvalue{Kind: RvCast, A: cp(pl(1)), Ty: tU8, Cast: CastOther, Coercion: "Misc"}, "copy _1 as u8 (Misc)"},
		{&Rvalue{Kind: RvCast, A: cp(pl(1)), Ty: tyOf("fn(&u8)", TyFnPtr, 0), Cast: CastSubtype}, "copy _1 as fn(&u8) (Subtype)"},
		{&Rvalue{Kind: RvBinary, Op: BinCmp, A: cp(pl(1)), B: cp(pl(2))}, "Cmp(copy _1, copy _2)"},
		{&Rvalue{Kind: RvBinary, Op: BinSubWithOverflow, A: cp(pl(1)), B: cnst(ci(1, tU64))}, "SubWithOverflow(copy _1, const 1_u64)"},
		{&Rvalue{Kind: RvBinary, Op: BinCheckedSub, A: cnst(&Const{Kind: ConstItem, Path: path("FOO")}),
			B: cnst(&Const{Kind: ConstInt, Int: U128From(42), Ty: tUsize, Old: true})}, "CheckedSub(const FOO, const 42usize)"},
		{&Rvalue{Kind: RvUnary, Un: UnPtrMetadata, A: mv(pl(5))}, "PtrMetadata(move _5)"},
		{&Rvalue{Kind: RvUnary, Un: UnNeg, A: cp(pl(1))}, "Neg(copy _1)"},
		{&Rvalue{Kind: RvDiscriminant, Place: pl(1, deref())}, "discriminant((*_1))"},
		{&Rvalue{Kind: RvCopyForDeref, Place: pl(1, deref())}, "deref_copy (*_1)"},
		{&Rvalue{Kind: RvWrapBinder, A: mv(pl(1)), Ty: tU8}, "wrap_binder!(move _1; u8)"},
		{&Rvalue{Kind: RvNullary, Nullary: "SizeOf", Rare: &RvalueRare{Text: "T"}}, "SizeOf(T)"},
		{&Rvalue{Kind: RvNullary, Nullary: "UbChecks"}, "UbChecks()"},
		{&Rvalue{Kind: RvNullary, Nullary: "OffsetOf", Rare: &RvalueRare{Text: "P, [(0, 1)]"}}, "OffsetOf(P, [(0, 1)])"},
		{&Rvalue{Kind: RvLen, Place: pl(1, deref())}, "Len((*_1))"},
		{&Rvalue{Kind: RvShallowInitBox, A: mv(pl(4)), Ty: tU32}, "ShallowInitBox(move _4, u32)"},
		{agg(&Aggregate{Kind: AggTuple}), "()"},
		{agg(&Aggregate{Kind: AggTuple, Ops: []Operand{cnst(ci(2, tU32))}}), "(const 2_u32,)"},
		{agg(&Aggregate{Kind: AggTuple, Ops: []Operand{cnst(ci(1, tU8)), mv(pl(1)), cnst(ci(3, tU16))}}), "(const 1_u8, move _1, const 3_u16)"},
		{agg(&Aggregate{Kind: AggArray, Ops: []Operand{cnst(ci(1, tU32)), cnst(ci(2, tU32)), cnst(ci(3, tU32))}}), "[const 1_u32, const 2_u32, const 3_u32]"},
		{agg(&Aggregate{Kind: AggArray, Ops: []Operand{cnst(&Const{Kind: ConstStr, Bytes: []byte("a")}), cnst(&Const{Kind: ConstStr, Bytes: []byte("b")})}}), `[const "a", const "b"]`},
		{agg(&Aggregate{Kind: AggAdt, Path: path("Option::<u8>::Some"), Parens: true, Ops: []Operand{cnst(ci(5, tU8))}}), "Option::<u8>::Some(const 5_u8)"},
		{agg(&Aggregate{Kind: AggAdt, Path: path("E::B"), Parens: true, Ops: []Operand{mv(pl(1))}}), "E::B(move _1)"},
		{agg(&Aggregate{Kind: AggAdt, Path: path("Option::<u8>::None")}), "Option::<u8>::None"},
		{agg(&Aggregate{Kind: AggAdt, Path: path("E::C"), Named: true, Fields: []string{"z"}, Ops: []Operand{cp(pl(1))}}), "E::C { z: copy _1 }"},
		{agg(&Aggregate{Kind: AggAdt, Path: path("P"), Named: true, Fields: []string{"x", "y"}, Ops: []Operand{cnst(ci(1, tI32)), cnst(ci(-2, tI32))}}), "P { x: const 1_i32, y: const -2_i32 }"},
		{agg(&Aggregate{Kind: AggClosure, Text: "{closure@t8.rs:3:48: 3:56}", Fields: []string{"x", "y"}, Ops: []Operand{mv(pl(4)), mv(pl(5))}}),
			"{closure@t8.rs:3:48: 3:56} { x: move _4, y: move _5 }"},
		{agg(&Aggregate{Kind: AggClosure, Text: "{closure@t8.rs:3:48: 3:56}"}), "{closure@t8.rs:3:48: 3:56}"},
		{agg(&Aggregate{Kind: AggCoroutine, Text: "{coroutine@t16.rs:2:32: 2:41 (#0)}", Fields: []string{"x"}, Ops: []Operand{cp(pl(1))}}),
			"{coroutine@t16.rs:2:32: 2:41 (#0)} { x: copy _1 }"},
	}
	raw := agg(&Aggregate{Kind: AggRawPtr, Ops: []Operand{cp(pl(1)), cp(pl(2))}})
	raw.Ty = tyOf("[u8]", TySlice, 0)
	tests = append(tests, struct {
		rv   *Rvalue
		want string
	}{raw, "*const [u8] from (copy _1, copy _2)"})
	for _, tt := range tests {
		if got := FormatRvalue(tt.rv); got != tt.want {
			t.Errorf("FormatRvalue = %q, want %q", got, tt.want)
		}
	}
}

func TestFormatStmt(t *testing.T) {
	tests := []struct {
		s    *Stmt
		want string
	}{
		{&Stmt{Kind: StmtAssign, Place: pl(2), Rvalue: &Rvalue{Kind: RvBinary, Op: BinEq, A: cp(pl(1)), B: cnst(ci(0, tU64))}},
			"_2 = Eq(copy _1, const 0_u64)"},
		{&Stmt{Kind: StmtStorageLive, Local: 7}, "StorageLive(_7)"},
		{&Stmt{Kind: StmtStorageDead, Local: 7}, "StorageDead(_7)"},
		{&Stmt{Kind: StmtSetDiscriminant, Place: pl(13), Variant: 1}, "discriminant(_13) = 1"},
		{&Stmt{Kind: StmtRetag, Place: pl(13)}, "Retag(_13)"},
		{&Stmt{Kind: StmtRetag, Place: pl(1), Rare: &StmtRare{Text: "[fn entry] "}}, "Retag([fn entry] _1)"},
		{&Stmt{Kind: StmtPlaceMention, Place: pl(1)}, "PlaceMention(_1)"},
		{&Stmt{Kind: StmtFakeRead, Place: pl(2), Rare: &StmtRare{Text: "ForMatchGuard"}}, "FakeRead(ForMatchGuard, _2)"},
		{&Stmt{Kind: StmtFakeRead, Place: pl(6), Rare: &StmtRare{Text: "ForLet(None)"}}, "FakeRead(ForLet(None), _6)"},
		{&Stmt{Kind: StmtAscribeUserType, Place: pl(1), Rare: &StmtRare{Text: "o, UserTypeProjection { base: UserType(1), projs: [] }"}},
			"AscribeUserType(_1, o, UserTypeProjection { base: UserType(1), projs: [] })"},
		{&Stmt{Kind: StmtCoverage, Rare: &StmtRare{Text: "VirtualCounter(bcb0)"}}, "Coverage::VirtualCounter(bcb0)"},
		{&Stmt{Kind: StmtAssume, Ops: []Operand{cp(pl(7))}}, "assume(copy _7)"},
		{&Stmt{Kind: StmtCopyNonOverlapping, Ops: []Operand{cp(pl(2)), cp(pl(1)), cp(pl(3))}},
			"copy_nonoverlapping(dst = copy _2, src = copy _1, count = copy _3)"},
		{&Stmt{Kind: StmtConstEvalCounter}, "ConstEvalCounter"},
		{&Stmt{Kind: StmtNop}, "nop"},
		{&Stmt{Kind: StmtBackwardIncompatibleDropHint, Place: pl(3)}, "BackwardIncompatibleDropHint(_3)"},
		{&Stmt{Kind: StmtDeinit, Place: pl(10)}, "Deinit(_10)"},
	}
	for _, tt := range tests {
		if got := FormatStmt(tt.s); got != tt.want {
			t.Errorf("FormatStmt = %q, want %q", got, tt.want)
		}
	}
}

func TestFormatTerm(t *testing.T) {
	cont := Unwind{Kind: UnwindContinue}
	call := func(target BlockID, u Unwind) *Terminator {
		return &Terminator{Kind: TermCall, Place: pl(3), Func: cnst(&Const{Kind: ConstFn, Path: path("fact")}),
			Args: []Operand{mv(pl(4))}, Target: target, Unwind: u}
	}
	ovf := &AssertMsg{Kind: AssertOverflow, Op: BinSub, Template: "attempt to compute `{} - {}`, which would overflow",
		Args: []Operand{cp(pl(1)), cnst(ci(1, tU64))}}
	tests := []struct {
		t    *Terminator
		want string
	}{
		{&Terminator{Kind: TermGoto, Target: 6}, "goto -> bb6"},
		{&Terminator{Kind: TermSwitchInt, Discr: mv(pl(2)), Arms: []SwitchTarget{{Value: U128From(0), Target: 2}}, Otherwise: 1},
			"switchInt(move _2) -> [0: bb2, otherwise: bb1]"},
		{&Terminator{Kind: TermSwitchInt, Discr: mv(pl(2)), Arms: []SwitchTarget{{Value: U128From(0), Target: 4}, {Value: U128From(1), Target: 3}, {Value: U128From(2), Target: 2}}, Otherwise: 1},
			"switchInt(move _2) -> [0: bb4, 1: bb3, 2: bb2, otherwise: bb1]"},
		{&Terminator{Kind: TermSwitchInt, Discr: mv(pl(2)), Arms: []SwitchTarget{{Value: U128{^uint64(0), ^uint64(0)}, Target: 2}}, Otherwise: 1},
			"switchInt(move _2) -> [340282366920938463463374607431768211455: bb2, otherwise: bb1]"},
		{&Terminator{Kind: TermSwitchInt, Discr: Operand{Kind: OpMove, Place: pl(2)}, Arms: []SwitchTarget{{Text: "false", Target: 3}}, Otherwise: 2},
			"switchInt(move _2) -> [false: bb3, otherwise: bb2]"},
		{&Terminator{Kind: TermReturn, Target: NoBlock}, "return"},
		{&Terminator{Kind: TermUnreachable, Target: NoBlock}, "unreachable"},
		{&Terminator{Kind: TermResume, Target: NoBlock}, "resume"},
		{&Terminator{Kind: TermCoroutineDrop, Target: NoBlock}, "coroutine_drop"},
		{&Terminator{Kind: TermTerminate, Target: NoBlock, Rare: &TermRare{Text: "abi", Imaginary: NoBlock, DropEdge: NoBlock}}, "terminate(abi)"},
		{&Terminator{Kind: TermAbort, Target: NoBlock}, "abort"},
		{call(4, cont), "_3 = fact(move _4) -> [return: bb4, unwind continue]"},
		{call(1, Unwind{Kind: UnwindCleanup, Block: 5}), "_3 = fact(move _4) -> [return: bb1, unwind: bb5]"},
		{call(1, Unwind{Kind: UnwindUnreachable}), "_3 = fact(move _4) -> [return: bb1, unwind unreachable]"},
		{call(1, Unwind{Kind: UnwindTerminate, Reason: "abi"}), "_3 = fact(move _4) -> [return: bb1, unwind terminate(abi)]"},
		{call(NoBlock, cont), "_3 = fact(move _4) -> unwind continue"},
		{call(NoBlock, Unwind{Kind: UnwindCleanup, Block: 8}), "_3 = fact(move _4) -> bb8"},
		{&Terminator{Kind: TermCall, Place: pl(0), Func: cnst(&Const{Kind: ConstFn, Path: path("<{closure@t8.rs:3:48: 3:56} as Fn<(u32,)>>::call")}),
			Args: []Operand{mv(pl(6)), mv(pl(7))}, Target: 1, Unwind: cont},
			"_0 = <{closure@t8.rs:3:48: 3:56} as Fn<(u32,)>>::call(move _6, move _7) -> [return: bb1, unwind continue]"},
		{&Terminator{Kind: TermCall, Place: pl(0), Func: cnst(&Const{Kind: ConstFn, Path: path("std::mem::size_of::<[u8; 4054]>")}),
			Target: 1, Unwind: cont}, "_0 = std::mem::size_of::<[u8; 4054]>() -> [return: bb1, unwind continue]"},
		{&Terminator{Kind: TermTailCall, Target: NoBlock, Func: cnst(&Const{Kind: ConstFn, Path: path("callee")}), Args: []Operand{cp(pl(1))}},
			"tailcall callee(copy _1)"},
		{&Terminator{Kind: TermDrop, Place: pl(2), Target: 7, Unwind: cont}, "drop(_2) -> [return: bb7, unwind continue]"},
		{&Terminator{Kind: TermDrop, Place: pl(2), Target: 9, Unwind: Unwind{Kind: UnwindTerminate, Reason: "cleanup"}},
			"drop(_2) -> [return: bb9, unwind terminate(cleanup)]"},
		{&Terminator{Kind: TermDrop, Place: pl(1), Target: 2, Unwind: Unwind{Kind: UnwindCleanup, Block: 5}, Rare: &TermRare{DropEdge: 4, Imaginary: NoBlock}},
			"drop(_1) -> [return: bb2, unwind: bb5, drop: bb4]"},
		{&Terminator{Kind: TermAssert, Cond: mv(pl(5, field(1, tBool))), Msg: ovf, Target: 3, Unwind: cont},
			"assert(!move (_5.1: bool), \"attempt to compute `{} - {}`, which would overflow\", copy _1, const 1_u64) -> [success: bb3, unwind continue]"},
		{&Terminator{Kind: TermAssert, Cond: mv(pl(7)), Expected: true, Target: 1, Unwind: cont,
			Msg: &AssertMsg{Kind: AssertBoundsCheck, Args: []Operand{mv(pl(6)), cp(pl(2))}}},
			"assert(move _7, \"index out of bounds: the length is {} but the index is {}\", move _6, copy _2) -> [success: bb1, unwind continue]"},
		{&Terminator{Kind: TermAssert, Cond: mv(pl(2)), Expected: true, Target: 1, Unwind: cont,
			Msg: &AssertMsg{Kind: AssertOverflow, Op: BinShl, Args: []Operand{cnst(ci(12, tI32))}}},
			"assert(move _2, \"attempt to shift left by `{}`, which would overflow\", const 12_i32) -> [success: bb1, unwind continue]"},
		{&Terminator{Kind: TermYield, Place: pl(3), Rare: &TermRare{Value: cnst(ci(1, tU32)), DropEdge: 3, Imaginary: NoBlock}, Target: 1},
			"_3 = yield(const 1_u32) -> [resume: bb1, drop: bb3]"},
		{&Terminator{Kind: TermFalseEdge, Target: 8, Rare: &TermRare{Imaginary: 3, DropEdge: NoBlock}}, "falseEdge -> [real: bb8, imaginary: bb3]"},
		{&Terminator{Kind: TermFalseUnwind, Target: 2, Unwind: Unwind{Kind: UnwindCleanup, Block: 9}}, "falseUnwind -> [real: bb2, unwind: bb9]"},
		{&Terminator{Kind: TermFalseUnwind, Target: 2, Unwind: cont}, "falseUnwind -> [real: bb2, unwind continue]"},
		{&Terminator{Kind: TermInlineAsm, Rare: &TermRare{Text: `asm!("mov {0}, {1}", out(reg) _2, in(reg) copy _1, options())`, Imaginary: NoBlock, DropEdge: NoBlock}, Target: 1, Unwind: Unwind{Kind: UnwindUnreachable}},
			`asm!("mov {0}, {1}", out(reg) _2, in(reg) copy _1, options()) -> [return: bb1, unwind unreachable]`},
		// Pre-1.72 successor syntax.
		{&Terminator{Kind: TermAssert, Cond: Operand{Kind: OpCopy, Bare: true, Place: pl(1, field(1, tBool))}, Target: 1, Old: true,
			Msg: &AssertMsg{Kind: AssertOverflow, Op: BinSub, Old: true, Template: "attempt to subtract with overflow", Args: []Operand{cp(pl(2))}}},
			`assert(!(_1.1: bool), "attempt to subtract with overflow") -> bb1`},
		{&Terminator{Kind: TermCall, Place: pl(1), Func: cnst(&Const{Kind: ConstFn, Path: path("<std::vec::Vec<T>>::new")}), Target: 2, Old: true},
			"_1 = <std::vec::Vec<T>>::new() -> bb2"},
		{&Terminator{Kind: TermCall, Place: pl(2), Func: cnst(&Const{Kind: ConstFn, Path: path("<std::vec::Vec<T>>::push")}),
			Args: []Operand{mv(pl(3)), cnst(&Const{Kind: ConstInt, Int: U128From(1), Ty: tI32, Old: true})}, Target: 3, Unwind: Unwind{Kind: UnwindCleanup, Block: 4}, Old: true},
			"_2 = <std::vec::Vec<T>>::push(move _3, const 1i32) -> [return: bb3, unwind: bb4]"},
		{&Terminator{Kind: TermCall, Place: pl(2), Func: cnst(&Const{Kind: ConstFn, Path: path("f")}), Target: 3, Unwind: Unwind{Kind: UnwindTerminate}, Old: true},
			"_2 = f() -> [return: bb3, unwind terminate]"},
	}
	for _, tt := range tests {
		if got := FormatTerm(tt.t); got != tt.want {
			t.Errorf("FormatTerm =\n  %s\nwant\n  %s", got, tt.want)
		}
	}
}

func TestFormatAlloc(t *testing.T) {
	init := func(n int) []bool {
		b := make([]bool, n)
		for i := range b {
			b[i] = true
		}
		return b
	}
	ptr := func(off uint64, target int, toff uint64, imm bool) AllocPtr {
		return AllocPtr{Offset: off, Target: target, TargetOffset: toff, Imm: imm, Size: 8}
	}
	withPtrs := func(a *Alloc) *Alloc {
		a.Bytes = make([]byte, a.Size)
		if a.Init == nil {
			a.Init = init(int(a.Size))
		}
		return a
	}
	text40 := []byte("internal error: entered unreachable code")
	s := withPtrs(&Alloc{ID: 3, Kind: AllocStatic, Name: "S", Size: 16, Align: 8, Ptrs: []AllocPtr{ptr(0, 5, 0, true)}})
	s.Bytes[8] = 2
	a5 := withPtrs(&Alloc{ID: 5, Size: 32, Align: 8, Ptrs: []AllocPtr{ptr(0, 1, 0, true), ptr(16, 2, 0, true)}})
	a5.Bytes[8], a5.Bytes[24] = 1, 0x23
	mis := withPtrs(&Alloc{ID: 34, Kind: AllocStatic, Name: "MIS", Size: 24, Align: 8,
		Ptrs: []AllocPtr{ptr(0, 20, 3, true), ptr(16, 20, 0x27, true)}})
	mis.Bytes[8], mis.Bytes[9] = 1, 2
	for i := 10; i < 16; i++ {
		mis.Init[i] = false
	}
	pk := withPtrs(&Alloc{ID: 36, Kind: AllocStatic, Name: "PK", Size: 22, Align: 1, Ptrs: []AllocPtr{ptr(14, 20, 2, true)}})
	pk.Bytes[0] = 1
	for i := 1; i < 14; i++ {
		pk.Bytes[i] = 2
	}
	long := withPtrs(&Alloc{ID: 1, Size: 16, Align: 8, Ptrs: []AllocPtr{ptr(0, 123456, 0x123456, true)}})
	partial := &Alloc{ID: 9, Size: 2, Align: 1, Bytes: []byte{0x41, 0x10}, Init: init(2),
		Ptrs: []AllocPtr{{Offset: 1, Target: 4, Imm: true, Size: 1}}}
	tests := []struct {
		a    *Alloc
		want string
	}{
		{&Alloc{ID: 3, Size: 3, Align: 1, Bytes: []byte("abc"), Init: init(3)},
			"alloc3 (size: 3, align: 1) {\n    61 62 63                                        │ abc\n}"},
		{&Alloc{ID: 8, Size: 1, Align: 1, Bytes: []byte("x")}, // nil Init: all initialized
			"alloc8 (size: 1, align: 1) {\n    78                                              │ x\n}"},
		{&Alloc{ID: 27, Size: 40, Align: 1, Bytes: text40, Init: init(40)},
			"alloc27 (size: 40, align: 1) {\n" +
				"    0x00 │ 69 6e 74 65 72 6e 61 6c 20 65 72 72 6f 72 3a 20 │ internal error: \n" +
				"    0x10 │ 65 6e 74 65 72 65 64 20 75 6e 72 65 61 63 68 61 │ entered unreacha\n" +
				"    0x20 │ 62 6c 65 20 63 6f 64 65                         │ ble code\n}"},
		{&Alloc{ID: 20, Kind: AllocStatic, Name: "BIGS", Size: 40, Align: 1, Bytes: text40, Init: init(40)},
			"alloc20 (static: BIGS, size: 40, align: 1) {\n" +
				"    0x00 │ 69 6e 74 65 72 6e 61 6c 20 65 72 72 6f 72 3a 20 │ internal error: \n" +
				"    0x10 │ 65 6e 74 65 72 65 64 20 75 6e 72 65 61 63 68 61 │ entered unreacha\n" +
				"    0x20 │ 62 6c 65 20 63 6f 64 65                         │ ble code\n}"},
		{s, "alloc3 (static: S, size: 16, align: 8) {\n    ╾─────alloc5<imm>─────╼ 02 00 00 00 00 00 00 00 │ ╾──────╼........\n}"},
		{a5, "alloc5 (size: 32, align: 8) {\n" +
			"    0x00 │ ╾─────alloc1<imm>─────╼ 01 00 00 00 00 00 00 00 │ ╾──────╼........\n" +
			"    0x10 │ ╾─────alloc2<imm>─────╼ 23 00 00 00 00 00 00 00 │ ╾──────╼#.......\n}"},
		{withPtrs(&Alloc{ID: 17, Kind: AllocStatic, Name: "FPS", Size: 8, Align: 8, Ptrs: []AllocPtr{ptr(0, 18, 0, false)}}),
			"alloc17 (static: FPS, size: 8, align: 8) {\n    ╾───────alloc18───────╼                         │ ╾──────╼\n}"},
		{withPtrs(&Alloc{ID: 20, Kind: AllocStatic, Name: "DY", Size: 16, Align: 8, Ptrs: []AllocPtr{ptr(0, 22, 0, true), ptr(8, 23, 0, false)}}),
			"alloc20 (static: DY, size: 16, align: 8) {\n    ╾────alloc22<imm>─────╼ ╾───────alloc23───────╼ │ ╾──────╼╾──────╼\n}"},
		{withPtrs(&Alloc{ID: 25, Kind: AllocStatic, Name: "PTRS", Size: 24, Align: 8, Ptrs: []AllocPtr{ptr(0, 27, 0, true), ptr(8, 29, 0, true), ptr(16, 31, 0, true)}}),
			"alloc25 (static: PTRS, size: 24, align: 8) {\n" +
				"    0x00 │ ╾────alloc27<imm>─────╼ ╾────alloc29<imm>─────╼ │ ╾──────╼╾──────╼\n" +
				"    0x10 │ ╾────alloc31<imm>─────╼                         │ ╾──────╼\n}"},
		{withPtrs(&Alloc{ID: 33, Kind: AllocStatic, Name: "OFF", Size: 8, Align: 8, Ptrs: []AllocPtr{ptr(0, 20, 4, true)}}),
			"alloc33 (static: OFF, size: 8, align: 8) {\n    ╾──alloc20+0x4<imm>───╼                         │ ╾──────╼\n}"},
		{mis, "alloc34 (static: MIS, size: 24, align: 8) {\n" +
			"    0x00 │ ╾──alloc20+0x3<imm>───╼ 01 02 __ __ __ __ __ __ │ ╾──────╼..░░░░░░\n" +
			"    0x10 │ ╾──alloc20+0x27<imm>──╼                         │ ╾──────╼\n}"},
		{pk, "alloc36 (static: PK, size: 22, align: 1) {\n" +
			"    0x00 │ 01 02 02 02 02 02 02 02 02 02 02 02 02 02 ╾──── │ ..............╾─\n" +
			"    0x10 │ alloc20+0x2<imm>╼                               │ ─────╼\n}"},
		{long, "alloc1 (size: 16, align: 8) {\n    ╾a123456+0x123456<imm>╼ 00 00 00 00 00 00 00 00 │ ╾──────╼........\n}"},
		{partial, "alloc9 (size: 2, align: 1) {\n    41 ╾10a4<imm> (1 ptr byte)╼" + strings.Repeat(" ", 43) + "│ A━\n}"},
		{&Alloc{ID: 22, Kind: AllocStatic, Name: "UNINIT", Size: 4, Align: 1, Bytes: make([]byte, 4), Init: make([]bool, 4)},
			"alloc22 (static: UNINIT, size: 4, align: 1) {\n    __ __ __ __                                     │ ░░░░\n}"},
		{&Alloc{ID: 38, Size: 4, Align: 2, Bytes: []byte{2, 0, 1, 0}, Init: []bool{true, true, true, false}},
			"alloc38 (size: 4, align: 2) {\n    02 00 01 __                                     │ ...░\n}"},
		{&Alloc{ID: 4, Size: 0, Align: 1}, "alloc4 (size: 0, align: 1) {}"},
		{&Alloc{ID: 4, Size: 8, Align: 8, Elided: true}, "alloc4 (size: 8, align: 8) { .. }"},
		{&Alloc{ID: 18, Kind: AllocFn, Name: "q"}, "alloc18 (fn: q)"},
		{&Alloc{ID: 17, Kind: AllocVTable, Name: "impl Tr + Sync for u8"}, "alloc17 (vtable: impl Tr + Sync for u8)"},
		{&Alloc{ID: 20, Kind: AllocStaticUneval, Name: "BIGS"}, "alloc20 (static: BIGS)"},
		{&Alloc{ID: 2, Kind: AllocStaticError, Name: "E"}, "alloc2 (static: E, error during initializer evaluation)"},
		{&Alloc{ID: 2, Kind: AllocExternStatic, Name: "X"}, "alloc2 (extern static: X)"},
		{&Alloc{ID: 2, Kind: AllocDeallocated}, "alloc2 (deallocated)"},
	}
	for _, tt := range tests {
		if got := FormatAlloc(tt.a); got != tt.want {
			t.Errorf("FormatAlloc =\n%s\nwant\n%s", got, tt.want)
		}
	}
	// 256 bytes: the offset width grows to three digits.
	big := &Alloc{ID: 1, Size: 257, Align: 1, Bytes: make([]byte, 257)}
	got := FormatAlloc(big)
	if !strings.Contains(got, "\n    0x000 │ 00") || !strings.Contains(got, "\n    0x100 │ 00                                              │ .\n}") {
		t.Errorf("257-byte alloc offsets:\n%s", got)
	}
}

// fact is the optimized MIR of `const fn fact` (reference §2.9), then
// `const X: u64 = fact(5);`.
const factText = `// WARNING: This output format is intended for human consumers only
// and is subject to change without notice. Knock yourself out.
// HINT: See also -Z dump-mir for MIR at specific points during compilation.
fn fact(_1: u64) -> u64 {
    debug n => _1;
    let mut _0: u64;
    let mut _2: bool;
    let mut _3: u64;
    let mut _4: u64;
    let mut _5: (u64, bool);
    let mut _6: (u64, bool);

    bb0: {
        _2 = Eq(copy _1, const 0_u64);
        switchInt(move _2) -> [0: bb2, otherwise: bb1];
    }

    bb1: {
        _0 = const 1_u64;
        goto -> bb6;
    }

    bb2: {
        _5 = SubWithOverflow(copy _1, const 1_u64);
        assert(!move (_5.1: bool), "attempt to compute ` + "`{} - {}`" + `, which would overflow", copy _1, const 1_u64) -> [success: bb3, unwind continue];
    }

    bb3: {
        _4 = move (_5.0: u64);
        _3 = fact(move _4) -> [return: bb4, unwind continue];
    }

    bb4: {
        _6 = MulWithOverflow(copy _1, copy _3);
        assert(!move (_6.1: bool), "attempt to compute ` + "`{} * {}`" + `, which would overflow", copy _1, move _3) -> [success: bb5, unwind continue];
    }

    bb5: {
        _0 = move (_6.0: u64);
        goto -> bb6;
    }

    bb6: {
        return;
    }
}

// MIR FOR CTFE
fn fact(_1: u64) -> u64 {
    debug n => _1;
    let mut _0: u64;

    bb0: {
        ConstEvalCounter;
        return;
    }
}

const X: u64 = {
    let mut _0: u64;

    bb0: {
        ConstEvalCounter;
        _0 = fact(const 5_u64) -> [return: bb1, unwind continue];
    }

    bb1: {
        return;
    }
}

const S: &str = const "hello";

const B: &[u8] = {
    let mut _0: &[u8];
    let _1: &[u8; 2];

    bb0: {
        _1 = const b"hi";
        _0 = move _1 as &[u8] (PointerCoercion(Unsize, Implicit));
        return;
    }
}

alloc2 (size: 2, align: 1) {
    68 69                                           │ hi
}

const BA::{constant#0}: usize = const 3_usize;

off::{constant#0}: usize = {
    let mut _0: usize;

    bb0: {
        _0 = const 3_usize;
        return;
    }
}
`

func TestPrintFile(t *testing.T) {
	u64t, boolt := tU64, tBool
	pair := tyOf("(u64, bool)", TyTuple, 0)
	loc := func(t *Ty, mut bool) *LocalDecl { return &LocalDecl{Ty: t, Mut: mut} }
	ret := &Terminator{Kind: TermReturn, Target: NoBlock}
	ovf := func(op BinOp, tmpl string, a, b Operand) *AssertMsg {
		return &AssertMsg{Kind: AssertOverflow, Op: op, Template: tmpl, Args: []Operand{a, b}}
	}
	assign := func(p Place, rv *Rvalue) *Stmt { return &Stmt{Kind: StmtAssign, Place: p, Rvalue: rv} }
	one := cnst(ci(1, u64t))
	fact := &Item{Kind: ItemFn, Name: "fact", Body: &Body{
		ArgCount: 1,
		Locals: []*LocalDecl{loc(u64t, true), {Ty: u64t, Arg: true}, loc(boolt, true), loc(u64t, true), loc(u64t, true),
			loc(pair, true), loc(pair, true)},
		Debug: []*VarDebugInfo{{Name: "n", Place: &Place{Local: 1}}},
		Blocks: []*Block{
			{Index: 0, Stmts: []*Stmt{assign(pl(2), &Rvalue{Kind: RvBinary, Op: BinEq, A: cp(pl(1)), B: cnst(ci(0, u64t))})},
				Term: &Terminator{Kind: TermSwitchInt, Discr: mv(pl(2)), Arms: []SwitchTarget{{Target: 2}}, Otherwise: 1}},
			{Index: 1, Stmts: []*Stmt{assign(pl(0), &Rvalue{Kind: RvUse, A: one})}, Term: &Terminator{Kind: TermGoto, Target: 6}},
			{Index: 2, Stmts: []*Stmt{assign(pl(5), &Rvalue{Kind: RvBinary, Op: BinSubWithOverflow, A: cp(pl(1)), B: one})},
				Term: &Terminator{Kind: TermAssert, Cond: mv(pl(5, field(1, boolt))), Target: 3, Unwind: Unwind{Kind: UnwindContinue},
					Msg: ovf(BinSub, "", cp(pl(1)), one)}},
			{Index: 3, Stmts: []*Stmt{assign(pl(4), &Rvalue{Kind: RvUse, A: mv(pl(5, field(0, u64t)))})},
				Term: &Terminator{Kind: TermCall, Place: pl(3), Func: cnst(&Const{Kind: ConstFn, Path: path("fact")}), Args: []Operand{mv(pl(4))},
					Target: 4, Unwind: Unwind{Kind: UnwindContinue}}},
			{Index: 4, Stmts: []*Stmt{assign(pl(6), &Rvalue{Kind: RvBinary, Op: BinMulWithOverflow, A: cp(pl(1)), B: cp(pl(3))})},
				Term: &Terminator{Kind: TermAssert, Cond: mv(pl(6, field(1, boolt))), Target: 5, Unwind: Unwind{Kind: UnwindContinue},
					Msg: ovf(BinMul, "attempt to compute `{} * {}`, which would overflow", cp(pl(1)), mv(pl(3)))}},
			{Index: 5, Stmts: []*Stmt{assign(pl(0), &Rvalue{Kind: RvUse, A: mv(pl(6, field(0, u64t)))})}, Term: &Terminator{Kind: TermGoto, Target: 6}},
			{Index: 6, Term: ret},
		}}}
	ctfe := &Item{Kind: ItemFn, Name: "fact", CTFE: true, Body: &Body{
		ArgCount: 1, Locals: []*LocalDecl{loc(u64t, true), {Ty: u64t, Arg: true}},
		Debug:  []*VarDebugInfo{{Name: "n", Place: &Place{Local: 1}}},
		Blocks: []*Block{{Stmts: []*Stmt{{Kind: StmtConstEvalCounter}}, Term: ret}}}}
	x := &Item{Kind: ItemConst, Name: "X", Ty: u64t, Body: &Body{
		Locals: []*LocalDecl{loc(u64t, true)},
		Blocks: []*Block{
			{Stmts: []*Stmt{{Kind: StmtConstEvalCounter}}, Term: &Terminator{Kind: TermCall, Place: pl(0),
				Func: cnst(&Const{Kind: ConstFn, Path: path("fact")}), Args: []Operand{cnst(ci(5, u64t))}, Target: 1, Unwind: Unwind{Kind: UnwindContinue}}},
			{Index: 1, Term: ret},
		}}}
	strT := tyOf("&str", TyRef, 0)
	s := &Item{Kind: ItemConst, Name: "S", Ty: strT, Trivial: &Const{Kind: ConstStr, Bytes: []byte("hello")}}
	bsT, arrT := tyOf("&[u8]", TyRef, 0), tyOf("&[u8; 2]", TyRef, 0)
	b := &Item{Kind: ItemConst, Name: "B", Ty: bsT, Body: &Body{
		Locals: []*LocalDecl{loc(bsT, true), loc(arrT, false)},
		Blocks: []*Block{{Stmts: []*Stmt{
			assign(pl(1), &Rvalue{Kind: RvUse, A: cnst(&Const{Kind: ConstByteStr, Bytes: []byte("hi")})}),
			assign(pl(0), &Rvalue{Kind: RvCast, A: mv(pl(1)), Ty: bsT, Cast: CastPointerCoercion, Coercion: "Unsize, Implicit"}),
		}, Term: ret}}},
		Allocs: []*Alloc{{ID: 2, Size: 2, Align: 1, Bytes: []byte("hi")}}}
	ba := &Item{Kind: ItemAnonConst, ConstKeyword: true, Name: "BA::{constant#0}", Ty: tUsize, Trivial: ci(3, tUsize)}
	off := &Item{Kind: ItemAnonConst, Name: "off::{constant#0}", Ty: tUsize, Body: &Body{
		Locals: []*LocalDecl{loc(tUsize, true)},
		Blocks: []*Block{{Stmts: []*Stmt{assign(pl(0), &Rvalue{Kind: RvUse, A: cnst(ci(3, tUsize))})}, Term: ret}}}}
	f := &File{Items: []*Item{fact, ctfe, x, s, b, ba, off}}
	if got := f.String(); got != factText {
		t.Errorf("Print:\n%s", textdiff.First(got, factText))
	}
}

// scopesText is 1.95 -O output: debug lines, lets and nested scopes
// (per scope: debug lines, then lets, then child scopes), DBG lines and
// a fn signature whose return type differs from _0's.
const scopesText = `// MIR for ` + "`g`" + ` after built

| User Type Annotations
| 0: user_ty: Canonical { value: Ty(u32), max_universe: U0, var_kinds: [] }, span: a.rs:1:1: 1:2, inferred_ty: u32
|
fn g(_1: u32, _2: &mut Formatter<'_>) -> Result<(), std::fmt::Error> {
    debug a => _1;
    debug b => _2;
    let mut _0: std::result::Result<(), std::fmt::Error>;
    let mut _5: (u32, u32);
    scope 1 {
        debug c => _3;
        debug k => const 10_u32;
        let _3: u32;
        let _4: u32 as UserTypeProjection { base: UserType(0), projs: [] };
        scope 2 (inlined core::num::<impl u32>::wrapping_add) {
            debug ((a: (u32, u32)).0: u32) => _1;
        }
    }
    scope 3 (inlined #[track_caller] core::num::<impl u32>::unchecked_add) {
    }

    coverage Code { bcb: bcb0 } => cov.rs:1:1: 1:24 (#0);

    bb0: {
        // DBG: _2 = &_1;
        StorageLive(_3);
        // DBG: _3 = &?;
        goto -> bb1;
    }

    bb1 (cleanup): {
        resume;
    }
}
`

func TestPrintScopes(t *testing.T) {
	u32t := tU32
	it := &Item{Kind: ItemFn, Name: "g", Dump: "MIR for `g` after built",
		DumpHeader: []string{"| User Type Annotations",
			"| 0: user_ty: Canonical { value: Ty(u32), max_universe: U0, var_kinds: [] }, span: a.rs:1:1: 1:2, inferred_ty: u32", "|"},
		Ret: tyOf("Result<(), std::fmt::Error>", TyAdt, 0),
		Body: &Body{
			ArgCount: 2,
			Locals: []*LocalDecl{
				{Mut: true, Ty: tyOf("std::result::Result<(), std::fmt::Error>", TyAdt, 0)},
				{Ty: u32t, Arg: true}, {Ty: tyOf("&mut Formatter<'_>", TyRef, 0), Arg: true},
				{Ty: u32t, Scope: 1}, {Ty: u32t, Scope: 1, UserTy: []string{"UserTypeProjection { base: UserType(0), projs: [] }"}},
				{Mut: true, Ty: tyOf("(u32, u32)", TyTuple, 0)},
			},
			Debug: []*VarDebugInfo{
				{Name: "a", Place: &Place{Local: 1}},
				{Name: "b", Place: &Place{Local: 2}},
				{Name: "c", Place: &Place{Local: 3}, Scope: 1},
				{Name: "((a: (u32, u32)).0: u32)", Place: &Place{Local: 1}, Scope: 2},
				{Name: "k", Const: ci(10, u32t), Scope: 1},
			},
			Scopes: []*Scope{
				{Index: 3, Parent: -1, Inlined: "#[track_caller] core::num::<impl u32>::unchecked_add"},
				{Index: 1, Parent: -1},
				{Index: 2, Parent: 1, Inlined: "core::num::<impl u32>::wrapping_add"},
			},
			Coverage: []string{"coverage Code { bcb: bcb0 } => cov.rs:1:1: 1:24 (#0);"},
			Blocks: []*Block{
				{Stmts: []*Stmt{{Kind: StmtStorageLive, Local: 3, Rare: &StmtRare{Dbg: []string{"_2 = &_1;"}}}}, Dbg: []string{"_3 = &?;"},
					Term: &Terminator{Kind: TermGoto, Target: 1}},
				{Index: 1, Cleanup: true, Term: &Terminator{Kind: TermResume, Target: NoBlock}},
			},
		}}
	f := &File{Items: []*Item{it}}
	if got := f.String(); got != scopesText {
		t.Errorf("Print:\n%s", textdiff.First(got, scopesText))
	}
}

func TestPrintCoroutine(t *testing.T) {
	want := "fn gen::{closure#0}(_1: {coroutine@t16.rs:3:83: 3:85}, _2: ()) -> ()\nyields u32\n {\n" +
		"    let mut _0: ();\n\n    bb0: {\n        _3 = yield(const 1_u32) -> [resume: bb1, drop: bb2];\n    }\n}\n"
	it := &Item{Kind: ItemFn, Name: "gen::{closure#0}", Body: &Body{ArgCount: 2,
		Locals: []*LocalDecl{{Mut: true, Ty: tyOf("()", TyTuple, 0)}, {Ty: tyOf("{coroutine@t16.rs:3:83: 3:85}", TyClosure, 0)}, {Ty: tyOf("()", TyTuple, 0)}},
		Yield:  tU32,
		Blocks: []*Block{{Term: &Terminator{Kind: TermYield, Place: pl(3), Rare: &TermRare{Value: cnst(ci(1, tU32)), DropEdge: 2, Imaginary: NoBlock}, Target: 1}}}}}
	if got := FormatItem(it); got != want {
		t.Errorf("FormatItem:\n%s", textdiff.First(got, want))
	}
	prom := &Item{Kind: ItemPromoted, Name: "SUM::promoted[0]", Promoted: 0, Ty: tyOf("&[u32; 3]", TyRef, 0), Body: &Body{
		Locals: []*LocalDecl{{Mut: true, Ty: tyOf("&[u32; 3]", TyRef, 0)}}, Blocks: []*Block{{Term: &Terminator{Kind: TermReturn}}}}}
	want = "const SUM::promoted[0]: &[u32; 3] = {\n    let mut _0: &[u32; 3];\n\n    bb0: {\n        return;\n    }\n}\n"
	if got := FormatItem(prom); got != want {
		t.Errorf("FormatItem:\n%s", textdiff.First(got, want))
	}
	sm := &Item{Kind: ItemStaticMut, Name: "SM", Ty: tU32, Body: &Body{
		Locals: []*LocalDecl{{Mut: true, Ty: tU32}}, Blocks: []*Block{{Term: &Terminator{Kind: TermReturn}}}}}
	if got := FormatItem(sm); !strings.HasPrefix(got, "static mut SM: u32 = {\n") {
		t.Errorf("FormatItem(static mut) = %q", got)
	}
}

// TestEscapesCurrent re-derives escapes.go with the installed rustc when
// it is the version the table was generated with.
func TestEscapesCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: escapes.go not re-derived")
	}
	rustc, err := exec.LookPath("rustc")
	if err != nil {
		t.Skip("rustc not installed: escapes.go not re-derived")
	}
	ver, err := exec.Command(rustc, "--version").Output()
	if err != nil {
		t.Skipf("rustc --version: %v", err)
	}
	version := strings.TrimSpace(string(ver))
	have, err := os.ReadFile("escapes.go")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(have), "as of "+version+".") {
		t.Skipf("escapes.go was generated by another rustc than %s", version)
	}
	bin := filepath.Join(t.TempDir(), "escapes")
	if out, err := exec.Command(rustc, "-O", "-o", bin, "testdata/escapes.rs").CombinedOutput(); err != nil {
		t.Fatalf("rustc: %v\n%s", err, out)
	}
	want, err := exec.Command(bin, version).Output()
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != string(have) {
		t.Errorf("escapes.go is stale; run scripts/gen-escapes.sh")
	}
}

// TestFloatString checks rustc_apfloat's Display against rustc 1.95
// output (`const F: f64 = LIT;` printed as a trivial const).
func TestFloatString(t *testing.T) {
	f64 := func(v float64) U128 { return U128From(math.Float64bits(v)) }
	f32 := func(v float32) U128 { return U128From(uint64(math.Float32bits(v))) }
	tests := []struct {
		bits U128
		size int
		want string
	}{
		{f64(1), 64, "1"},
		{f64(0), 64, "0"},
		{f64(math.Copysign(0, -1)), 64, "-0"},
		{f64(0.1), 64, "0.10000000000000001"},
		{f64(0.3), 64, "0.29999999999999999"},
		{f64(2.5), 64, "2.5"},
		{f64(1234.5), 64, "1234.5"},
		{f64(9999), 64, "9999"},
		{f64(0.001), 64, "0.001"},
		{f64(0.0001), 64, "1.0E-4"},
		{f64(1e16), 64, "1.0E+16"},
		{f64(1e17), 64, "1.0E+17"},
		{f64(9007199254740992), 64, "9007199254740992"},
		{f64(8e28), 64, "7.9999999999999996E+28"},
		{f64(1e-7), 64, "9.9999999999999995E-8"},
		{f64(1e-45), 64, "9.9999999999999998E-46"},
		{f64(5e-324), 64, "4.9406564584124654E-324"},
		{f64(math.MaxFloat64), 64, "1.7976931348623157E+308"},
		{f64(math.Inf(1)), 64, "+Inf"},
		{f64(math.Inf(-1)), 64, "-Inf"},
		{f64(math.NaN()), 64, "NaN"},
		{f32(1), 32, "1"},
		{f32(0.1), 32, "0.100000001"},
		{f32(0.3), 32, "0.300000012"},
		{f32(0.001), 32, "0.00100000005"},
		{f32(0.0001), 32, "9.99999974E-5"},
		{f32(1e-10), 32, "1.00000001E-10"},
		{f32(1e17), 32, "9.99999984E+16"},
		{f32(16777216), 32, "16777216"},
		{f32(1e-45), 32, "1.40129846E-45"},
		{f32(82570.548), 32, "82570.5468"}, // low digits dropped before rounding
		{f32(80479378e-37), 32, "8.04793762E-30"},
		{f32(716682024906484113), 32, "7.16682019E+17"},
	}
	for _, tt := range tests {
		if got := FloatString(tt.bits, tt.size); got != tt.want {
			t.Errorf("FloatString(%#x, %d) = %s, want %s", tt.bits.Lo, tt.size, got, tt.want)
		}
	}
}
