// shims.go implements the core/std functions that MIR files call but do
// not define: panics, integer/char/slice/str/pointer methods, Option
// helpers, mem functions and intrinsics.

package eval

import (
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"mirlsp/mir"
)

// shimCall is one call of a native function.
type shimCall struct {
	in   *interp
	f    *frame
	t    *mir.Terminator
	path *mir.Path
	args []Operand
	tys  []*mir.Ty
	dest place
	// argBuf and tyBuf back args and tys for calls of up to 4 arguments.
	argBuf [4]Operand
	tyBuf  [4]*mir.Ty
}

// generic returns the i-th generic argument of the callee's last segment.
func (sc *shimCall) generic(i int) *mir.Ty {
	segs := sc.path.Segs
	for j := len(segs) - 1; j >= 0; j-- {
		if len(segs[j].Args) > i {
			return sc.f.ty(segs[j].Args[i])
		}
	}
	fail(ErrUnsupported("`%s` without its generic arguments", sc.path.Text))
	return nil
}

func (sc *shimCall) arg(i int) Operand {
	if i >= len(sc.args) {
		fail(ErrUnsupported("`%s` called with %d arguments", sc.path.Text, len(sc.args)))
	}
	return sc.args[i]
}

// val returns argument i and its type, looking through a reference
// (methods taking &self: char::is_ascii_digit, Option::is_some).
func (sc *shimCall) val(i int) (Operand, *mir.Ty) {
	v := sc.arg(i)
	var t *mir.Ty
	if i < len(sc.tys) {
		t = sc.tys[i]
	}
	if t != nil && t.Kind == mir.TyRef && t.Elem.Kind != mir.TySlice && t.Elem.Kind != mir.TyStr {
		p := sc.in.deref(v, t)
		return sc.in.readPlace(p), t.Elem
	}
	return v, t
}

func (sc *shimCall) bits(i int) mir.U128 { v, _ := sc.val(i); return sc.in.bits(v) }
func (sc *shimCall) u64(i int) uint64    { return sc.bits(i).Lo }

// intTy is the integer type of argument i.
func (sc *shimCall) intTy(i int) IntTy {
	if _, t := sc.val(i); t != nil {
		if it, ok := intTyOf(t); ok {
			return it
		}
	}
	if segs := sc.path.Segs; i == 0 && len(segs) >= 2 {
		o := strings.TrimSuffix(strings.TrimPrefix(segs[len(segs)-2].Name, "<impl "), ">")
		if isIntName(o) {
			it, _ := intTyOf(sc.in.prog.primTy(o))
			return it
		}
	}
	fail(ErrUnsupported("`%s`: argument %d is not an integer", sc.path.Text, i))
	return IntTy{}
}

// ret builds results of the destination's layout.
func (sc *shimCall) int(v mir.U128, t IntTy) Operand { return intOp(t.Truncate(v), t, sc.dest.l) }
func (sc *shimCall) uint(v uint64) Operand {
	return Operand{Imm: ImmFromScalar(ScalarUint(v, uint8(sc.dest.l.Size))), Layout: sc.dest.l}
}
func (sc *shimCall) bool(b bool) Operand { return boolOp(b, sc.dest.l) }

// pair builds a (T, bool) result.
func (sc *shimCall) pair(v mir.U128, t IntTy, b bool) Operand {
	return Operand{Imm: ImmFromPair(ScalarInt(v, uint8(t.Size())), ScalarBool(b)), Layout: sc.dest.l}
}

// option builds Some(v) (v non-nil) or None in the destination's type.
func (sc *shimCall) option(v *Operand) Operand {
	if v == nil {
		return sc.variant("None", nil)
	}
	return sc.variant("Some", v)
}

// variant builds the result: the named variant of an enum, with v as its
// only field (none when nil).
func (sc *shimCall) variant(name string, v *Operand) Operand {
	in, l := sc.in, sc.dest.l
	if l.Adt == nil {
		fail(ErrUnsupported("`%s` returns `%s`", sc.path.Text, sc.dest.ty.Text))
	}
	ptr := in.allocate(l, AllocStack)
	p := place{half: -1, mp: MemPlace{Ptr: ptr, Align: l.Align}, ty: sc.dest.ty, l: l, variant: -1}
	vi := l.Adt.VariantByName(name)
	if vi < 0 {
		fail(ErrUnsupported("`%s` has no variant %s", sc.dest.ty.Text, name))
	}
	if v != nil {
		fty, _ := in.reg.FieldTy(sc.dest.ty, vi, 0)
		fl := in.layout(fty)
		off := l.ForVariant(vi).FieldOffset(0)
		q := place{half: -1, ty: fty, l: fl, variant: -1, mp: MemPlace{Ptr: ptr, Align: alignOf(l.Align, off)}}
		q.mp.Ptr.Offset += off
		in.write(q, *v)
	}
	in.writeDiscriminant(p, vi)
	return in.readPlace(p)
}

// optionPayload reads an Option argument: (payload, true) or (_, false).
func (sc *shimCall) optionPayload(i int) (Operand, bool) {
	in := sc.in
	v, _ := sc.val(i)
	p := in.asPlace(v)
	vi, _ := in.readDiscriminant(p)
	if p.l.Adt == nil || p.l.Adt.Variants[vi].Name != "Some" {
		return Operand{}, false
	}
	fty, _ := in.reg.FieldTy(p.ty, vi, 0)
	fl := in.layout(fty)
	off := p.l.ForVariant(vi).FieldOffset(0)
	q := place{half: -1, ty: fty, l: fl, variant: -1, mp: MemPlace{Ptr: p.mp.Ptr, Align: alignOf(p.mp.Align, off)}}
	q.mp.Ptr.Offset += off
	return in.readPlace(q), true
}

// panic raises rustc's "evaluation panicked: msg".
func (sc *shimCall) panic(msg string) { fail(ErrPanic(msg)) }

// failInCore fails with err inside core's method `name` of integer type
// it: rustc shows the frame of the core fn where the arithmetic failed
// (core's source has no span in the program).
func (sc *shimCall) failInCore(err *EvalError, it IntTy, name string) {
	sc.failInside(err, "core::num::<impl "+it.Name()+">::"+name)
}

// failInside fails with err inside the core fns named (outermost first),
// as rustc's frames name them.
func (sc *shimCall) failInside(err *EvalError, fns ...string) {
	sc.in.locate(err)
	for _, fn := range fns {
		err.Frames = append(err.Frames, Frame{Func: fn})
	}
	fail(err)
}

// run executes the shim; ok is false when there is no value to store.
func (sc *shimCall) run() (res Operand, ok bool) {
	owner, name := sc.in.calleeKeyOf(sc.path)
	in := sc.in
	switch name {
	// Panics (every edition's path).
	case "begin_panic", "panic_str", "panic_display", "panic_str_2015", "panic_explicit", "unreachable_display":
		if len(sc.args) == 0 {
			sc.panic("explicit panic")
		}
		sc.panic(in.panicMessage(sc.arg(0)))
	case "panic", "panic_nounwind", "panic_fmt", "const_panic_fmt", "panic_nounwind_fmt":
		if len(sc.args) == 0 {
			sc.panic("explicit panic")
		}
		sc.panic(in.panicMessage(sc.arg(0)))
	case "from_str", "new_const", "from_str_nonconst":
		if owner == "Arguments" {
			// Arguments is kept as the &str it was built from.
			v := in.immediate(sc.arg(0))
			if v.Kind != ImmPair {
				v = in.immediate(in.readPlace(in.deref(sc.arg(0), sc.tys[0])))
			}
			return Operand{Imm: v, Layout: sc.dest.l}, true
		}
	case "unreachable_unchecked":
		fail(ErrUnreachable())
	case "black_box", "identity":
		return sc.arg(0), true
	case "read_unaligned", "read_volatile":
		p := in.deref(sc.arg(0), sc.tys[0])
		p.mp.Align = 1 // read_unaligned: any alignment
		if name == "read_unaligned" && p.l.Size > 0 {
			// core copies the bytes with copy_nonoverlapping::<u8>.
			if _, err := in.mem.Check(p.mp.Ptr, p.l.Size, 1, OpMemoryAccess, false); err != nil {
				sc.failInside(err, "std::ptr::copy_nonoverlapping::<u8>")
			}
		}
		return in.copyOut(in.readPlace(p)), true
	case "cold_path", "precondition_check", "assert_unsafe_precondition_check":
		return Operand{}, false
	}
	if name == "type_name" && owner == "any" {
		return sc.typeName(), true
	}
	if name == "index" && strings.HasPrefix(owner, "<str as Index<") && len(sc.args) == 2 {
		return sc.strRangeIndex(strings.TrimSuffix(strings.TrimPrefix(owner, "<str as Index<"), ">>")), true
	}
	if name == "branch" && owner == "<Result<(), std::fmt::Error> as Try>" {
		return sc.fmtResultBranch(), true
	}
	if name == "fmt" && len(sc.args) == 2 {
		if tr := fmtTraitOf(owner); tr != "" {
			// <T as std::fmt::Debug>::fmt(&x, f)
			return sc.fmtTraitCall(tr), true
		}
	}
	switch owner {
	case "Formatter":
		return sc.formatterMethod(name), true
	case "DebugBuilder", "DebugStruct", "DebugTuple", "DebugList", "DebugSet", "DebugMap":
		return sc.builderMethod(name), true
	case "Argument":
		return sc.argumentNew(name), true
	case "Arguments":
		if name == "new" {
			return sc.argumentsNew(), true
		}
	case "<Formatter<'_> as std::fmt::Write>", "<Formatter<'_> as core::fmt::Write>", "<Formatter<'_> as Write>":
		return sc.formatterMethod(name), true
	case "rt":
		if strings.HasPrefix(name, "mirlsp_") {
			return sc.fmtRt(strings.TrimPrefix(name, "mirlsp_")), true
		}
	case "Utf8Error":
		return sc.utf8ErrorMethod(name), true
	case "Duration":
		return sc.durationMethod(name), true
	case "Vec", "String":
		return sc.vecMethod(owner, name), true
	case "ManuallyDrop", "Cell", "UnsafeCell":
		return sc.wrapperMethod(owner, name), true
	case "MaybeUninit":
		return sc.maybeUninit(name)
	case "int":
		if strings.HasPrefix(name, "is_ascii") || strings.HasPrefix(name, "to_ascii_") || name == "eq_ignore_ascii_case" {
			// u8's ASCII methods are char's on the byte.
			return sc.charMethod(name), true
		}
		return sc.intMethod(name), true
	case "float":
		return sc.floatMethod(name), true
	case "char", "methods":
		return sc.charMethod(name), true
	case "[T]", "ascii":
		return sc.sliceMethod(name), true
	case "Result":
		return sc.resultMethod(name)
	case "NonZero":
		return sc.nonZeroMethod(name), true
	case "str":
		return sc.strMethod(name), true
	case "ptr", "const_ptr", "mut_ptr":
		if segs := sc.path.Segs; owner == "ptr" && len(segs) >= 2 && !strings.HasPrefix(segs[len(segs)-2].Name, "<impl ") &&
			(name == "copy" || name == "copy_nonoverlapping" || name == "write" || name == "swap" || name == "replace") {
			// core::ptr's free functions, below.
			break
		}
		return sc.ptrMethod(name), true
	case "Option":
		return sc.optionMethod(name)
	}
	switch name {
	case "size_of", "align_of", "min_align_of", "size_of_val", "align_of_val":
		var t *mir.Ty
		if name == "size_of_val" || name == "align_of_val" {
			t = pointeeTy(sc.tys[0])
		} else {
			t = sc.generic(0)
		}
		if t != nil && t.Kind == mir.TyDyn && (name == "size_of_val" || name == "align_of_val") {
			return sc.dynSizeOrAlign(name, t), true
		}
		if !in.reg.reprVisible(t) {
			fail(ErrUnsupported("the layout of `%s` depends on #[repr] attributes, which MIR does not show", t.Text))
		}
		l := in.layout(t)
		if name == "size_of" || name == "size_of_val" {
			if !l.Sized && t.Kind == mir.TyAdt {
				return sc.uint(sc.unsizedStructSize(t, l)), true
			}
			if !l.Sized {
				p := in.deref(sc.arg(0), sc.tys[0])
				return sc.uint(in.placeLen(p) * in.layout(elemTy(p.ty, p.l)).Size), true
			}
			return sc.uint(l.Size), true
		}
		return sc.uint(l.Align), true
	case "copy", "copy_nonoverlapping":
		if owner == "ptr" || owner == "intrinsics" || strings.HasPrefix(sc.path.Text, "core::ptr::") {
			el := in.layout(pointeeTy(sc.tys[0]))
			src, dst := in.scalar(sc.arg(0)).Pointer(), in.scalar(sc.arg(1)).Pointer()
			hi, size := bits.Mul64(sc.u64(2), el.Size)
			if hi != 0 || size > 1<<63-1 {
				fail(ErrUnsupported("`%s` of more bytes than an `isize` counts", name))
			}
			if err := in.mem.Copy(src, dst, size, el.Align, el.Align, name == "copy_nonoverlapping"); err != nil {
				sc.failInside(err, "std::ptr::"+name+"::<"+pointeeTy(sc.tys[0]).Text+">")
			}
			return Operand{}, false
		}
	case "write":
		if owner == "ptr" || strings.HasPrefix(sc.path.Text, "core::ptr::write") {
			in.write(in.deref(sc.arg(0), sc.tys[0]), sc.arg(1))
			return Operand{}, false
		}
	case "swap":
		if owner == "mem" || owner == "" || owner == "ptr" {
			t := pointeeTy(sc.tys[0])
			l := in.layout(t)
			a := in.deref(sc.arg(0), sc.tys[0])
			b := in.deref(sc.arg(1), sc.tys[1])
			tmp := in.copyOut(in.readPlace(a))
			in.write(a, in.readPlace(b))
			in.write(b, tmp)
			_ = l
			return Operand{}, false
		}
	case "replace":
		if owner == "mem" || owner == "" || owner == "ptr" {
			a := in.deref(sc.arg(0), sc.tys[0])
			old := in.copyOut(in.readPlace(a))
			in.write(a, sc.arg(1))
			return old, true
		}
	case "take":
		if owner == "mem" {
			fail(ErrUnsupported("`mem::take` is not evaluated"))
		}
	case "null", "null_mut":
		return Operand{Imm: ImmFromScalar(ScalarUint(0, PtrSize)), Layout: sc.dest.l}, true
	case "from_ref", "from_mut":
		if owner == "slice" {
			p := in.immediate(sc.arg(0))
			return Operand{Imm: ImmFromPair(p.A, ScalarUint(1, PtrSize)), Layout: sc.dest.l}, true
		}
	case "from_utf8", "from_utf8_mut":
		if owner == "str" || owner == "" && strings.Contains(sc.dest.ty.Text, "Utf8Error") {
			return sc.fromUTF8(), true
		}
	case "from_raw_parts", "from_raw_parts_mut":
		p := in.immediate(sc.arg(0))
		return Operand{Imm: ImmFromPair(p.A, ScalarUint(sc.u64(1), PtrSize)), Layout: sc.dest.l}, true
	case "exact_div":
		it := sc.intTy(0)
		x, y := sc.bits(0), sc.bits(1)
		q, ovf := it.Div(x, y)
		if y.IsZero() || ovf {
			fail(ErrExactDiv(it, x, y))
		}
		if r, _ := it.Rem(x, y); !r.IsZero() {
			fail(ErrExactDiv(it, x, y))
		}
		return sc.int(q, it), true
	}
	sc.notEvaluated()
	return Operand{}, false
}

// intMethod implements core::num::<impl iN/uN>::name.
func (sc *shimCall) intMethod(name string) Operand {
	in := sc.in
	if name == "from_str_radix" {
		return sc.fromStrRadix()
	}
	if name == "from_le_bytes" || name == "from_be_bytes" || name == "from_ne_bytes" {
		it, _ := intTyOf(sc.dest.ty)
		p := in.asPlace(sc.arg(0))
		b, err := in.mem.ReadBytes(p.mp.Ptr, it.Size())
		if err != nil {
			fail(err)
		}
		var v mir.U128
		for i := range b {
			j := i
			if name == "from_be_bytes" {
				j = len(b) - 1 - i
			}
			sh, _ := U128.Shl(mir.U128From(uint64(b[j])), mir.U128From(uint64(8*i)), U32)
			v = U128.Or(v, sh)
		}
		return sc.int(v, it)
	}
	it := sc.intTy(0)
	x := sc.bits(0)
	y := func() mir.U128 { return sc.bits(1) }
	some := func(v mir.U128) Operand {
		o := sc.int(v, it)
		o.Layout = in.layout(sc.fieldTy0())
		return sc.option(&o)
	}
	none := func() Operand { return sc.option(nil) }
	u32ty := U32
	switch name {
	case "count_ones":
		return sc.int(mir.U128From(uint64(it.CountOnes(x))), u32ty)
	case "count_zeros":
		return sc.int(mir.U128From(uint64(uint(it.Bits)-it.CountOnes(x))), u32ty)
	case "leading_zeros":
		return sc.int(mir.U128From(uint64(it.LeadingZeros(x))), u32ty)
	case "trailing_zeros":
		return sc.int(mir.U128From(uint64(it.TrailingZeros(x))), u32ty)
	case "leading_ones":
		return sc.int(mir.U128From(uint64(it.LeadingZeros(it.Not(x)))), u32ty)
	case "trailing_ones":
		return sc.int(mir.U128From(uint64(it.TrailingZeros(it.Not(x)))), u32ty)
	case "rotate_left":
		return sc.int(it.RotateLeft(x, uint(y().Lo%uint64(it.Bits))), it)
	case "rotate_right":
		return sc.int(it.RotateRight(x, uint(y().Lo%uint64(it.Bits))), it)
	case "swap_bytes":
		return sc.int(it.SwapBytes(x), it)
	case "reverse_bits":
		return sc.int(it.ReverseBits(x), it)
	case "to_le", "from_le", "to_be", "from_be":
		if name == "to_be" || name == "from_be" {
			return sc.int(it.SwapBytes(x), it)
		}
		return sc.int(x, it)
	case "is_power_of_two":
		return sc.bool(it.CountOnes(x) == 1)
	case "is_positive":
		return sc.bool(!x.IsZero() && !it.IsNeg(x))
	case "is_negative":
		return sc.bool(it.IsNeg(x))
	case "min", "max":
		c := it.Cmp(x, y())
		if name == "min" && c <= 0 || name == "max" && c >= 0 {
			return sc.int(x, it)
		}
		return sc.int(y(), it)
	case "wrapping_add", "wrapping_sub", "wrapping_mul":
		r := sc.arith(it, name[len("wrapping_"):], x, y())
		return sc.int(r.v, it)
	case "wrapping_neg":
		r, _ := it.Neg(x)
		return sc.int(r, it)
	case "wrapping_shl", "wrapping_shr":
		at := sc.intTy(1)
		var r mir.U128
		if name == "wrapping_shl" {
			r, _ = it.Shl(x, y(), at)
		} else {
			r, _ = it.Shr(x, y(), at)
		}
		return sc.int(r, it)
	case "wrapping_div", "wrapping_rem":
		d := y()
		if d.IsZero() {
			sc.panic(map[string]string{"wrapping_div": "attempt to divide by zero", "wrapping_rem": "attempt to calculate the remainder with a divisor of zero"}[name])
		}
		if name == "wrapping_div" {
			r, _ := it.Div(x, d)
			return sc.int(r, it)
		}
		if it.IsMinusOne(d) {
			return sc.int(mir.U128{}, it)
		}
		r, _ := it.Rem(x, d)
		return sc.int(r, it)
	case "overflowing_add", "overflowing_sub", "overflowing_mul":
		r := sc.arith(it, name[len("overflowing_"):], x, y())
		return sc.pair(r.v, it, r.ovf)
	case "overflowing_neg":
		r, ovf := it.Neg(x)
		return sc.pair(r, it, ovf)
	case "checked_add", "checked_sub", "checked_mul":
		r := sc.arith(it, name[len("checked_"):], x, y())
		if r.ovf {
			return none()
		}
		return some(r.v)
	case "checked_div", "checked_rem", "checked_div_euclid", "checked_rem_euclid":
		d := y()
		if d.IsZero() {
			return none()
		}
		var r mir.U128
		var ovf bool
		switch name {
		case "checked_div":
			r, ovf = it.Div(x, d)
		case "checked_rem":
			r, ovf = it.Rem(x, d)
		case "checked_div_euclid":
			r, ovf = divEuclid(it, x, d)
		default:
			r, ovf = remEuclid(it, x, d)
		}
		if ovf {
			return none()
		}
		return some(r)
	case "checked_neg":
		r, ovf := it.Neg(x)
		if ovf {
			return none()
		}
		return some(r)
	case "checked_shl", "checked_shr":
		at := sc.intTy(1)
		if amt := y(); amt.Hi != 0 || amt.Lo >= uint64(it.Bits) {
			return none()
		}
		var r mir.U128
		if name == "checked_shl" {
			r, _ = it.Shl(x, y(), at)
		} else {
			r, _ = it.Shr(x, y(), at)
		}
		return some(r)
	case "checked_pow":
		r, ovf := ipow(it, x, uint32(y().Lo))
		if ovf {
			return none()
		}
		return some(r)
	case "saturating_add", "saturating_sub", "saturating_mul":
		op := name[len("saturating_"):]
		r := sc.arith(it, op, x, y())
		if !r.ovf {
			return sc.int(r.v, it)
		}
		return sc.int(saturate(it, op, x, y()), it)
	case "saturating_pow":
		r, ovf := ipow(it, x, uint32(y().Lo))
		if ovf {
			if it.Signed && it.IsNeg(x) && y().Lo%2 == 1 {
				return sc.int(it.Min(), it)
			}
			return sc.int(it.Max(), it)
		}
		return sc.int(r, it)
	case "pow":
		r, ovf := ipow(it, x, uint32(y().Lo))
		if ovf {
			a, b := powOverflow(it, x, uint32(y().Lo))
			sc.failInCore(ErrOverflow(mir.BinMul, it, a, b), it, name)
		}
		return sc.int(r, it)
	case "wrapping_pow":
		r, _ := ipow(it, x, uint32(y().Lo))
		return sc.int(r, it)
	case "overflowing_pow":
		r, ovf := ipow(it, x, uint32(y().Lo))
		return sc.pair(r, it, ovf)
	case "abs":
		if it.IsNeg(x) {
			r, ovf := it.Neg(x)
			if ovf {
				sc.failInCore(ErrNegOverflow(it, x), it, name)
			}
			return sc.int(r, it)
		}
		return sc.int(x, it)
	case "wrapping_abs":
		if it.IsNeg(x) {
			r, _ := it.Neg(x)
			return sc.int(r, it)
		}
		return sc.int(x, it)
	case "unsigned_abs":
		ut := IntTy{Bits: it.Bits, Ptr: it.Ptr}
		if it.IsNeg(x) {
			r, _ := it.Neg(x)
			return sc.int(r, ut)
		}
		return sc.int(x, ut)
	case "signum":
		switch {
		case x.IsZero():
			return sc.int(mir.U128{}, it)
		case it.IsNeg(x):
			return sc.int(it.FromInt64(-1), it)
		}
		return sc.int(mir.U128From(1), it)
	case "abs_diff":
		ut := IntTy{Bits: it.Bits, Ptr: it.Ptr}
		a, b := x, y()
		if it.Cmp(a, b) < 0 {
			a, b = b, a
		}
		r, _ := ut.Sub(a, b)
		return sc.int(r, ut)
	case "rem_euclid", "div_euclid":
		d := y()
		if d.IsZero() {
			// rustc reports these at the call, without core's frame.
			if name == "rem_euclid" {
				fail(ErrRemByZero(it, x))
			}
			fail(ErrDivByZero(it, x))
		}
		var r mir.U128
		var ovf bool
		if name == "rem_euclid" {
			r, ovf = remEuclid(it, x, d)
		} else {
			r, ovf = divEuclid(it, x, d)
		}
		if ovf {
			if name == "rem_euclid" {
				fail(ErrOverflow(mir.BinRem, it, x, d))
			}
			fail(ErrOverflow(mir.BinDiv, it, x, d))
		}
		return sc.int(r, it)
	case "ilog2", "checked_ilog2":
		if x.IsZero() || it.IsNeg(x) {
			if name == "checked_ilog2" {
				return none()
			}
			sc.panic("argument of integer logarithm must be positive")
		}
		r := mir.U128From(uint64(uint(it.Bits) - 1 - it.LeadingZeros(x)))
		if name == "checked_ilog2" {
			o := sc.int(r, U32)
			o.Layout = in.layout(sc.fieldTy0())
			return sc.option(&o)
		}
		return sc.int(r, U32)
	case "ilog10":
		if x.IsZero() || it.IsNeg(x) {
			sc.panic("argument of integer logarithm must be positive")
		}
		n := uint64(0)
		ten := mir.U128From(10)
		for v := x; ; n++ {
			q, _ := U128.Div(v, ten)
			if q.IsZero() {
				break
			}
			v = q
		}
		return sc.int(mir.U128From(n), U32)
	case "isqrt":
		if it.IsNeg(x) {
			sc.panic("argument of integer square root cannot be negative")
		}
		return sc.int(isqrt128(x), it)
	case "next_power_of_two":
		// core: one_less_than_next_power_of_two() + 1.
		m := mir.U128{}
		if U128.Cmp(x, mir.U128From(1)) > 0 {
			p, _ := it.Sub(x, mir.U128From(1))
			m, _ = U128.Shr(it.Max(), mir.U128From(uint64(it.LeadingZeros(p))), U32)
		}
		r, ovf := it.Add(m, mir.U128From(1))
		if ovf {
			sc.failInCore(ErrOverflow(mir.BinAdd, it, m, mir.U128From(1)), it, name)
		}
		return sc.int(r, it)
	case "saturating_neg":
		r, ovf := it.Neg(x)
		if ovf {
			return sc.int(it.Max(), it)
		}
		return sc.int(r, it)
	case "saturating_abs":
		if it.IsNeg(x) {
			r, ovf := it.Neg(x)
			if ovf {
				return sc.int(it.Max(), it)
			}
			return sc.int(r, it)
		}
		return sc.int(x, it)
	case "overflowing_abs":
		if it.IsNeg(x) {
			r, ovf := it.Neg(x)
			return sc.pair(r, it, ovf)
		}
		return sc.pair(x, it, false)
	case "checked_abs":
		if it.IsNeg(x) {
			r, ovf := it.Neg(x)
			if ovf {
				return none()
			}
			return some(r)
		}
		return some(x)
	case "saturating_div":
		d := y()
		if d.IsZero() {
			sc.panic("attempt to divide by zero")
		}
		r, ovf := it.Div(x, d)
		if ovf {
			return sc.int(it.Max(), it)
		}
		return sc.int(r, it)
	case "overflowing_div", "overflowing_rem":
		d := y()
		if d.IsZero() {
			if name == "overflowing_div" {
				sc.panic("attempt to divide by zero")
			}
			sc.panic("attempt to calculate the remainder with a divisor of zero")
		}
		if name == "overflowing_div" {
			r, ovf := it.Div(x, d)
			if ovf {
				return sc.pair(x, it, true)
			}
			return sc.pair(r, it, false)
		}
		if it.IsMinusOne(d) {
			_, ovf := it.Div(x, d)
			return sc.pair(mir.U128{}, it, ovf)
		}
		r, _ := it.Rem(x, d)
		return sc.pair(r, it, false)
	case "overflowing_shl", "overflowing_shr":
		at := sc.intTy(1)
		var r mir.U128
		var ovf bool
		if name == "overflowing_shl" {
			r, ovf = it.Shl(x, y(), at)
		} else {
			r, ovf = it.Shr(x, y(), at)
		}
		return sc.pair(r, it, ovf)
	case "saturating_add_signed", "wrapping_add_signed", "checked_add_signed", "overflowing_add_signed":
		st := IntTy{Bits: it.Bits, Signed: true, Ptr: it.Ptr}
		d := y()
		wide := I128Or(true)
		sum, _ := wide.Add(x, st.SignExtend(d))
		ovf := wide.Cmp(sum, mir.U128{}) < 0 || wide.Cmp(sum, it.Max()) > 0
		r := it.Truncate(sum)
		switch name {
		case "wrapping_add_signed":
			return sc.int(r, it)
		case "overflowing_add_signed":
			return sc.pair(r, it, ovf)
		case "checked_add_signed":
			if ovf {
				return none()
			}
			return some(r)
		}
		if ovf {
			if st.IsNeg(d) {
				return sc.int(mir.U128{}, it)
			}
			return sc.int(it.Max(), it)
		}
		return sc.int(r, it)
	case "div_ceil":
		d := y()
		if d.IsZero() {
			fail(ErrDivByZero(it, x))
		}
		q, _ := it.Div(x, d)
		if r, _ := it.Rem(x, d); !r.IsZero() && (!it.Signed || it.IsNeg(r) == it.IsNeg(d)) {
			q, _ = it.Add(q, it.Truncate(mir.U128From(1)))
		}
		return sc.int(q, it)
	case "next_multiple_of":
		d := y()
		if d.IsZero() {
			sc.failInCore(ErrRemByZero(it, x), it, name)
		}
		r, _ := it.Rem(x, d)
		if r.IsZero() {
			return sc.int(x, it)
		}
		diff, _ := it.Sub(d, r)
		s, ovf := it.Add(x, diff)
		if ovf {
			sc.failInCore(ErrOverflow(mir.BinAdd, it, x, diff), it, name)
		}
		return sc.int(s, it)
	case "ilog":
		b := y()
		if x.IsZero() || it.IsNeg(x) {
			sc.panic("argument of integer logarithm must be positive")
		}
		if it.Cmp(b, it.Truncate(mir.U128From(2))) < 0 {
			sc.panic("base of integer logarithm must be at least 2")
		}
		n := uint64(0)
		for v := x; it.Cmp(v, b) >= 0; n++ {
			v, _ = it.Div(v, b)
		}
		return sc.int(mir.U128From(n), U32)
	case "checked_next_power_of_two":
		p := mir.U128From(1)
		for U128.Cmp(p, x) < 0 {
			p, _ = U128.Shl(p, mir.U128From(1), U32)
		}
		if U128.Cmp(p, it.Max()) > 0 {
			return none()
		}
		return some(p)
	case "to_le_bytes", "to_be_bytes", "to_ne_bytes":
		b := make([]byte, it.Size())
		for i := range b {
			sh, _ := U128.Shr(x, mir.U128From(uint64(8*i)), U32)
			b[i] = byte(sh.Lo)
		}
		if name == "to_be_bytes" {
			for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
		}
		ptr := in.bytesAlloc(b)
		return Operand{Indirect: true, Place: MemPlace{Ptr: ptr, Align: 1}, Layout: sc.dest.l}
	case "unchecked_add", "unchecked_sub", "unchecked_mul":
		r := sc.arith(it, name[len("unchecked_"):], x, y())
		if r.ovf {
			fail(ErrUncheckedOverflow(name))
		}
		return sc.int(r.v, it)
	case "unchecked_shl", "unchecked_shr":
		at := sc.intTy(1)
		var r mir.U128
		var ovf bool
		if name == "unchecked_shl" {
			r, ovf = it.Shl(x, y(), at)
		} else {
			r, ovf = it.Shr(x, y(), at)
		}
		if ovf {
			fail(ErrUncheckedShift(name, at, y()))
		}
		return sc.int(r, it)
	case "unchecked_neg":
		r, ovf := it.Neg(x)
		if ovf {
			fail(ErrUncheckedOverflow(name))
		}
		return sc.int(r, it)
	case "checked_ilog10":
		if x.IsZero() || it.IsNeg(x) {
			return none()
		}
		n := uint64(0)
		for v := x; ; n++ {
			q, _ := U128.Div(v, mir.U128From(10))
			if q.IsZero() {
				break
			}
			v = q
		}
		o := sc.int(mir.U128From(n), U32)
		o.Layout = in.layout(sc.fieldTy0())
		return sc.option(&o)
	case "is_multiple_of":
		d := y()
		if d.IsZero() {
			return sc.bool(x.IsZero())
		}
		r, _ := it.Rem(x, d)
		return sc.bool(r.IsZero())
	case "unbounded_shl", "unbounded_shr":
		amt := y()
		if amt.Hi != 0 || amt.Lo >= uint64(it.Bits) {
			if name == "unbounded_shr" && it.IsNeg(x) {
				return sc.int(it.Truncate(mir.U128{Lo: ^uint64(0), Hi: ^uint64(0)}), it)
			}
			return sc.int(mir.U128{}, it)
		}
		var r mir.U128
		if name == "unbounded_shl" {
			r, _ = it.Shl(x, amt, sc.intTy(1))
		} else {
			r, _ = it.Shr(x, amt, sc.intTy(1))
		}
		return sc.int(r, it)
	case "cast_signed", "cast_unsigned":
		to := IntTy{Bits: it.Bits, Signed: name == "cast_signed", Ptr: it.Ptr}
		return sc.int(x, to)
	case "midpoint":
		a, b := x, y()
		s, _ := I128Or(it.Signed).Add(it.SignExtend(a), it.SignExtend(b))
		r, _ := I128Or(it.Signed).Shr(s, mir.U128From(1), U32)
		return sc.int(r, it)
	}
	sc.notEvaluated()
	return Operand{}
}

// fieldTy0 is T of the destination Option<T>.
func (sc *shimCall) fieldTy0() *mir.Ty {
	if sc.dest.l.Adt == nil {
		fail(ErrUnsupported("`%s` returns `%s`, not an Option", sc.path.Text, sc.dest.ty.String()))
	}
	vi := sc.dest.l.Adt.VariantByName("Some")
	t, ok := sc.in.reg.FieldTy(sc.dest.ty, vi, 0)
	if !ok {
		fail(ErrUnsupported("`%s` is not an Option", sc.dest.ty.Text))
	}
	return t
}

type arithResult struct {
	v   mir.U128
	ovf bool
}

func (sc *shimCall) arith(it IntTy, op string, x, y mir.U128) arithResult {
	var r arithResult
	switch op {
	case "add":
		r.v, r.ovf = it.Add(x, y)
	case "sub":
		r.v, r.ovf = it.Sub(x, y)
	case "mul":
		r.v, r.ovf = it.Mul(x, y)
	default:
		fail(ErrUnsupported("integer operation `%s`", op))
	}
	return r
}

// saturate is the bound an overflowing saturating op clamps to.
func saturate(it IntTy, op string, x, y mir.U128) mir.U128 {
	if !it.Signed {
		if op == "sub" {
			return mir.U128{}
		}
		return it.Max()
	}
	switch op {
	case "add":
		if it.IsNeg(y) {
			return it.Min()
		}
	case "sub":
		if !it.IsNeg(y) {
			return it.Min()
		}
	case "mul":
		if it.IsNeg(x) != it.IsNeg(y) {
			return it.Min()
		}
	}
	return it.Max()
}

// ipow is x**e with an overflow flag (wrapping result), by squaring as
// core's pow does.
// powOverflow returns the operands of the multiplication that overflows
// in core's pow as CTFE runs it (the loop for exponents not known
// statically).
func powOverflow(it IntTy, base mir.U128, e uint32) (mir.U128, mir.U128) {
	acc := it.Truncate(mir.U128From(1))
	for i := 0; i < 64 && e > 0; i++ {
		if e&1 == 1 {
			r, ovf := it.Mul(acc, base)
			if ovf {
				return acc, base
			}
			acc = r
			if e == 1 {
				break
			}
		}
		e /= 2
		b, ovf := it.Mul(base, base)
		if ovf {
			return base, base
		}
		base = b
	}
	return acc, base
}

func ipow(it IntTy, x mir.U128, e uint32) (mir.U128, bool) {
	r := it.Truncate(mir.U128From(1))
	if e == 0 {
		return r, false
	}
	ovf := false
	base := x
	for e > 1 {
		var o bool
		if e&1 == 1 {
			r, o = it.Mul(r, base)
			ovf = ovf || o
		}
		e /= 2
		base, o = it.Mul(base, base)
		ovf = ovf || o
	}
	r, o := it.Mul(r, base)
	return r, ovf || o
}

func remEuclid(it IntTy, x, d mir.U128) (mir.U128, bool) {
	r, ovf := it.Rem(x, d)
	if ovf {
		return r, true
	}
	if it.IsNeg(r) {
		if it.IsNeg(d) {
			r, _ = it.Sub(r, d)
		} else {
			r, _ = it.Add(r, d)
		}
	}
	return r, false
}

func divEuclid(it IntTy, x, d mir.U128) (mir.U128, bool) {
	q, ovf := it.Div(x, d)
	if ovf {
		return q, true
	}
	if r, _ := it.Rem(x, d); it.IsNeg(r) {
		one := it.Truncate(mir.U128From(1))
		if it.IsNeg(d) {
			q, _ = it.Add(q, one)
		} else {
			q, _ = it.Sub(q, one)
		}
	}
	return q, false
}

// isqrt128 is the integer square root of an unsigned 128-bit value.
func isqrt128(x mir.U128) mir.U128 {
	if x.Hi == 0 {
		r := uint64(0)
		for b := uint64(1) << 31; b > 0; b >>= 1 {
			c := r | b
			if hi, lo := bits.Mul64(c, c); hi == 0 && lo <= x.Lo {
				r = c
			}
		}
		return mir.U128From(r)
	}
	u := U128
	var r mir.U128
	for i := 63; i >= 0; i-- {
		c := u.Or(r, mir.U128From(1<<uint(i)))
		sq, ovf := u.Mul(c, c)
		if !ovf && u.Cmp(sq, x) <= 0 {
			r = c
		}
	}
	return r
}

// charMethod implements char methods.
func (sc *shimCall) charMethod(name string) Operand {
	c := rune(sc.bits(0).Lo)
	switch name {
	case "is_ascii_digit":
		return sc.bool(c >= '0' && c <= '9')
	case "is_ascii_alphabetic":
		return sc.bool(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
	case "is_ascii_alphanumeric":
		return sc.bool(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
	case "is_ascii_uppercase":
		return sc.bool(c >= 'A' && c <= 'Z')
	case "is_ascii_lowercase":
		return sc.bool(c >= 'a' && c <= 'z')
	case "is_ascii_whitespace":
		return sc.bool(c == ' ' || c == '\t' || c == '\n' || c == '\x0c' || c == '\r')
	case "is_ascii_hexdigit":
		return sc.bool(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')
	case "is_ascii_punctuation":
		return sc.bool(c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~')
	case "is_ascii":
		return sc.bool(c < 0x80)
	case "is_ascii_control":
		return sc.bool(c < 0x20 || c == 0x7f)
	case "is_ascii_graphic":
		return sc.bool(c > 0x20 && c < 0x7f)
	case "is_whitespace":
		return sc.bool(unicode.IsSpace(c) || c == 0x85 || c == 0x200e || c == 0x200f || c == 0x2028 || c == 0x2029)
	case "is_alphabetic":
		return sc.bool(unicode.IsLetter(c))
	case "is_numeric":
		return sc.bool(unicode.IsNumber(c))
	case "is_control":
		return sc.bool(unicode.IsControl(c))
	case "eq_ignore_ascii_case":
		d := rune(sc.bits(1).Lo)
		return sc.bool(asciiLower(c) == asciiLower(d))
	case "encode_utf8":
		in := sc.in
		buf := in.deref(sc.arg(1), sc.tys[1])
		enc := []byte(string(c))
		if uint64(len(enc)) > in.placeLen(buf) {
			sc.panic("encode_utf8: need " + strconv.Itoa(len(enc)) + " bytes to encode U+" + strings.ToUpper(strconv.FormatInt(int64(c), 16)) + ", but the buffer has " + strconv.FormatUint(in.placeLen(buf), 10))
		}
		if err := in.mem.WriteBytes(buf.mp.Ptr, enc); err != nil {
			fail(err)
		}
		return Operand{Imm: ImmFromPair(ScalarPtr(buf.mp.Ptr), ScalarUint(uint64(len(enc)), PtrSize)), Layout: sc.dest.l}
	case "len_utf16":
		if c >= 0x10000 {
			return sc.uint(2)
		}
		return sc.uint(1)
	case "len_utf8":
		n := uint64(4)
		switch {
		case c < 0x80:
			n = 1
		case c < 0x800:
			n = 2
		case c < 0x10000:
			n = 3
		}
		return sc.uint(n)
	case "to_ascii_uppercase":
		if c >= 'a' && c <= 'z' {
			c -= 32
		}
		return sc.uint(uint64(c))
	case "to_ascii_lowercase":
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		return sc.uint(uint64(c))
	case "to_digit", "is_digit":
		radix := uint32(sc.bits(1).Lo)
		if radix < 2 || radix > 36 {
			sc.panic("to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive")
		}
		d := digitValue(rune(c))
		if name == "is_digit" {
			return sc.bool(d < radix)
		}
		if d >= radix {
			return sc.option(nil)
		}
		o := Operand{Imm: ImmFromScalar(ScalarUint(uint64(d), 4)), Layout: sc.in.layout(sc.fieldTy0())}
		return sc.option(&o)
	case "from_u32":
		if c > 0x10FFFF || c >= 0xD800 && c <= 0xDFFF {
			return sc.option(nil)
		}
		o := Operand{Imm: ImmFromScalar(ScalarUint(uint64(c), 4)), Layout: sc.in.layout(sc.fieldTy0())}
		return sc.option(&o)
	case "from_digit":
		d, radix := uint32(sc.bits(0).Lo), uint32(sc.bits(1).Lo)
		if radix < 2 || radix > 36 {
			sc.panic("from_digit: radix is too high (maximum 36)")
		}
		if d >= radix {
			return sc.option(nil)
		}
		r := '0' + rune(d)
		if d >= 10 {
			r = 'a' + rune(d-10)
		}
		o := Operand{Imm: ImmFromScalar(ScalarUint(uint64(r), 4)), Layout: sc.in.layout(sc.fieldTy0())}
		return sc.option(&o)
	}
	sc.notEvaluated()
	return Operand{}
}

// asciiMethod implements is_ascii and eq_ignore_ascii_case of str and [u8].
func (sc *shimCall) asciiMethod(name string) Operand {
	b := sc.in.sliceBytes(sc.arg(0))
	if name == "is_ascii" {
		for _, c := range b {
			if c >= 0x80 {
				return sc.bool(false)
			}
		}
		return sc.bool(true)
	}
	c := sc.in.sliceBytes(sc.arg(1))
	if len(b) != len(c) {
		return sc.bool(false)
	}
	for i := range b {
		if asciiLower(rune(b[i])) != asciiLower(rune(c[i])) {
			return sc.bool(false)
		}
	}
	return sc.bool(true)
}

func asciiLower(c rune) rune {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

// maybeUninit implements MaybeUninit<T>: a union of () and T, so its
// bytes are T's bytes, possibly uninitialized.
func (sc *shimCall) maybeUninit(name string) (Operand, bool) {
	in := sc.in
	switch name {
	case "uninit", "uninit_array":
		return Operand{Layout: sc.dest.l}, true
	case "zeroed":
		l := sc.dest.l
		ptr := in.allocate(l, AllocStack)
		a, _ := in.mem.Get(ptr.Alloc)
		a.SetInit(0, l.Size, true) // the bytes of a fresh allocation are zero
		return Operand{Indirect: true, Place: MemPlace{Ptr: ptr, Align: l.Align}, Layout: l}, true
	case "new":
		v := sc.arg(0)
		if v.Indirect {
			return Operand{Indirect: true, Place: v.Place, Layout: sc.dest.l}, true
		}
		return Operand{Imm: v.Imm, Layout: sc.dest.l}, true
	case "assume_init", "assume_init_read":
		v := sc.arg(0)
		if name == "assume_init_read" {
			v = in.readPlace(in.deref(v, sc.tys[0]))
		}
		mp := in.toMem(v)
		out := Operand{Indirect: true, Place: MemPlace{Ptr: mp.Ptr, Align: sc.dest.l.Align}, Layout: sc.dest.l}
		if sc.dest.l.Abi == AbiScalarPair && in.firstHalfUninit(out) {
			in.writeBytes(sc.dest, in.copyOut(out))
			return Operand{}, false
		}
		if sc.dest.l.Abi == AbiScalar || sc.dest.l.Abi == AbiScalarPair {
			// A typed copy of a scalar or a scalar pair reads (and
			// checks) its bytes.
			return Operand{Imm: in.immediate(out), Layout: sc.dest.l}, true
		}
		return in.copyOut(out), true
	case "as_ptr", "as_mut_ptr", "assume_init_ref", "assume_init_mut":
		return Operand{Imm: in.immediate(sc.arg(0)), Layout: sc.dest.l}, true
	case "write":
		p := in.deref(sc.arg(0), sc.tys[0])
		in.writeToMem(p.mp.Ptr, sc.arg(1), in.layout(sc.tys[1]))
		return Operand{Imm: in.immediate(sc.arg(0)), Layout: sc.dest.l}, true
	}
	sc.notEvaluated()
	return Operand{}, false
}

// fromUTF8 is core::str::from_utf8: Ok(&str) or Err(Utf8Error {
// valid_up_to, error_len }).
func (sc *shimCall) fromUTF8() Operand {
	in := sc.in
	imm := in.immediate(sc.arg(0))
	b := in.sliceBytes(sc.arg(0))
	l := sc.dest.l
	if l.Adt == nil {
		fail(ErrUnsupported("`%s` returns `%s`", sc.path.Text, sc.dest.ty.Text))
	}
	ptr := in.allocate(l, AllocStack)
	p := place{half: -1, mp: MemPlace{Ptr: ptr, Align: l.Align}, ty: sc.dest.ty, l: l, variant: -1}
	validUpTo, errLen := utf8Valid(b)
	vi := l.Adt.VariantByName("Ok")
	var payload Operand
	fty, _ := in.reg.FieldTy(sc.dest.ty, vi, 0)
	if validUpTo == len(b) {
		payload = Operand{Imm: imm, Layout: in.layout(fty)}
	} else {
		vi = l.Adt.VariantByName("Err")
		fty, _ = in.reg.FieldTy(sc.dest.ty, vi, 0)
		el := in.layout(fty)
		optTy, _ := in.reg.FieldTy(fty, 0, 1)
		var opt Operand
		{
			ol := in.layout(optTy)
			optPtr := in.allocate(ol, AllocStack)
			op := place{half: -1, mp: MemPlace{Ptr: optPtr, Align: ol.Align}, ty: optTy, l: ol, variant: -1}
			ov := ol.Adt.VariantByName("None")
			if errLen > 0 {
				ov = ol.Adt.VariantByName("Some")
				q := optPtr
				q.Offset += ol.ForVariant(ov).FieldOffset(0)
				in.writeToMem(q, Operand{Imm: ImmFromScalar(ScalarUint(uint64(errLen), 1)), Layout: in.layout(in.prog.u8Ty)}, in.layout(in.prog.u8Ty))
			}
			in.writeDiscriminant(op, ov)
			opt = in.readPlace(op)
		}
		payload = in.buildStruct(fty, el, []Operand{{Imm: ImmFromScalar(ScalarUint(uint64(validUpTo), PtrSize)), Layout: in.layout(in.prog.usizeTy)}, opt})
	}
	q := ptr
	q.Offset += l.ForVariant(vi).FieldOffset(0)
	in.writeToMem(q, payload, payload.Layout)
	in.writeDiscriminant(p, vi)
	return in.readPlace(p)
}

// fromStrRadix is core::num::<impl T>::from_str_radix: Ok(T) or
// Err(ParseIntError { kind }), parsed as core parses: an optional sign
// (`-` only for signed types), then digits, the first error winning.
func (sc *shimCall) fromStrRadix() Operand {
	in := sc.in
	l := sc.dest.l
	if l.Adt == nil || l.Adt.VariantByName("Ok") < 0 {
		fail(ErrUnsupported("`%s` returns `%s`", sc.path.Text, sc.dest.ty.Text))
	}
	ok := l.Adt.VariantByName("Ok")
	tTy, _ := in.reg.FieldTy(sc.dest.ty, ok, 0)
	it, isInt := intTyOf(tTy)
	if !isInt {
		fail(ErrUnsupported("`%s` returns `%s`", sc.path.Text, sc.dest.ty.Text))
	}
	src := in.sliceBytes(sc.arg(0))
	radix := sc.u64(1)
	if radix < 2 || radix > 36 {
		owner := "core::num::<impl " + it.Name() + ">::"
		sc.failInside(ErrPanic("from_ascii_radix: radix must lie in the range `[2, 36]`"), owner+"from_str_radix", owner+"from_ascii_radix")
	}
	v, kind := parseIntRadix(src, radix, it)
	if kind == "" {
		o := intOp(v, it, in.layout(tTy))
		return sc.variant("Ok", &o)
	}
	eTy, _ := in.reg.FieldTy(sc.dest.ty, l.Adt.VariantByName("Err"), 0)
	kl := in.layout(tyIntErrorKind)
	kp := in.allocate(kl, AllocStack)
	kpl := place{half: -1, mp: MemPlace{Ptr: kp, Align: kl.Align}, ty: tyIntErrorKind, l: kl, variant: -1}
	in.writeDiscriminant(kpl, kl.Adt.VariantByName(kind))
	e := in.buildStruct(eTy, in.layout(eTy), []Operand{in.readPlace(kpl)})
	return sc.variant("Err", &e)
}

// digitValue is c's value as a digit of radix up to 36 (0-9, then a-z
// or A-Z), or 0xff for any other char.
func digitValue(c rune) uint32 {
	switch {
	case c >= '0' && c <= '9':
		return uint32(c - '0')
	case c >= 'a' && c <= 'z':
		return uint32(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return uint32(c-'A') + 10
	}
	return 0xff
}

// parseIntRadix parses src as core's from_str_radix does; kind names the
// IntErrorKind variant of a failure ("" on success).
func parseIntRadix(src []byte, radix uint64, it IntTy) (mir.U128, string) {
	if len(src) == 0 {
		return mir.U128{}, "Empty"
	}
	digits, positive := src, true
	switch {
	case len(src) == 1 && (src[0] == '+' || src[0] == '-'):
		return mir.U128{}, "InvalidDigit"
	case src[0] == '+':
		digits = src[1:]
	case src[0] == '-' && it.Signed:
		digits, positive = src[1:], false
	}
	r := it.FromUint64(radix)
	var acc mir.U128
	for _, c := range digits {
		mul, movf := it.Mul(acc, r)
		d := uint64(digitValue(rune(c)))
		if d >= radix {
			return mir.U128{}, "InvalidDigit"
		}
		overflow := "PosOverflow"
		if !positive {
			overflow = "NegOverflow"
		}
		if movf {
			return mir.U128{}, overflow
		}
		var aovf bool
		if positive {
			acc, aovf = it.Add(mul, it.FromUint64(d))
		} else {
			acc, aovf = it.Sub(mul, it.FromUint64(d))
		}
		if aovf {
			return mir.U128{}, overflow
		}
	}
	return acc, ""
}

// utf8ErrorMethod implements Utf8Error::valid_up_to and error_len.
func (sc *shimCall) utf8ErrorMethod(name string) Operand {
	in := sc.in
	v, t := sc.val(0)
	p := in.asPlace(v)
	if t == nil || p.l.Adt == nil || p.l.Adt.Name != "Utf8Error" {
		fail(ErrUnsupported("`%s` on a value that is not a Utf8Error", sc.path.Text))
	}
	field := func(i int, size uint64) Scalar {
		q := p.mp.Ptr
		q.Offset += p.l.FieldOffset(i)
		s, err := in.mem.ReadScalar(q, size, 1)
		if err != nil {
			fail(err)
		}
		return s
	}
	switch name {
	case "valid_up_to":
		return sc.uint(field(0, PtrSize).Bits.Lo)
	case "error_len":
		// Option<u8> inside, Option<usize> outside.
		fty, _ := in.reg.FieldTy(p.ty, 0, 1)
		q := place{half: -1, ty: fty, l: in.layout(fty), variant: -1}
		off := p.l.FieldOffset(1)
		q.mp = MemPlace{Ptr: p.mp.Ptr, Align: alignOf(p.mp.Align, off)}
		q.mp.Ptr.Offset += off
		vi, _ := in.readDiscriminant(q)
		if q.l.Adt.Variants[vi].Name != "Some" {
			return sc.option(nil)
		}
		b := q.mp.Ptr
		b.Offset += q.l.ForVariant(vi).FieldOffset(0)
		s, err := in.mem.ReadScalar(b, 1, 1)
		if err != nil {
			fail(err)
		}
		o := Operand{Imm: ImmFromScalar(ScalarUint(s.Bits.Lo, PtrSize)), Layout: in.layout(sc.fieldTy0())}
		return sc.option(&o)
	}
	sc.notEvaluated()
	return Operand{}
}

// utf8Valid returns how many bytes of b form valid UTF-8 and, at the
// first error, the length of the invalid sequence (0: b ends early).
func utf8Valid(b []byte) (validUpTo, errLen int) {
	i := 0
	for i < len(b) {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			// Measure the invalid sequence as core does.
			need := 0
			switch c := b[i]; {
			case c >= 0xC2 && c <= 0xDF:
				need = 2
			case c >= 0xE0 && c <= 0xEF:
				need = 3
			case c >= 0xF0 && c <= 0xF4:
				need = 4
			}
			if need == 0 {
				return i, 1
			}
			k := 1
			for k < need && i+k < len(b) && b[i+k]&0xC0 == 0x80 {
				k++
			}
			if i+k == len(b) && k < need {
				return i, 0
			}
			return i, k
		}
		i += n
	}
	return len(b), 0
}

// reverseElems reverses the elements [a, b) of the array or slice at p.
func (in *interp) reverseElems(p place, a, b uint64) {
	for i, j := a, b; i+1 < j; i, j = i+1, j-1 {
		x, y := in.index(p, i, true), in.index(p, j-1, true)
		tmp := in.copyOut(in.readPlace(x))
		in.write(x, in.readPlace(y))
		in.write(y, tmp)
	}
}

// buildStruct builds a value of struct type ty from its fields.
func (in *interp) buildStruct(ty *mir.Ty, l *Layout, fields []Operand) Operand {
	ptr := in.allocate(l, AllocStack)
	for i, v := range fields {
		q := ptr
		q.Offset += l.FieldOffset(i)
		in.writeToMem(q, v, v.Layout)
	}
	return Operand{Indirect: true, Place: MemPlace{Ptr: ptr, Align: l.Align}, Layout: l}
}

// buildTuple builds a tuple value of type ty from its fields.
func (in *interp) buildTuple(ty *mir.Ty, fields []Operand) Operand {
	l := in.layout(ty)
	ptr := in.allocate(l, AllocStack)
	for i, v := range fields {
		q := ptr
		q.Offset += l.FieldOffset(i)
		in.writeToMem(q, v, v.Layout)
	}
	return Operand{Indirect: true, Place: MemPlace{Ptr: ptr, Align: l.Align}, Layout: l}
}

// floatMethod implements f32/f64 methods.
func (sc *shimCall) floatMethod(name string) Operand {
	in := sc.in
	switch name {
	case "from_bits":
		t := sc.dest.ty
		return Operand{Imm: ImmFromScalar(ScalarUint(sc.bits(0).Lo, uint8(t.Bits/8))), Layout: sc.dest.l}
	case "from_le_bytes", "from_be_bytes", "from_ne_bytes":
		t := sc.dest.ty
		p := in.asPlace(sc.arg(0))
		bs, err := in.mem.ReadBytes(p.mp.Ptr, uint64(t.Bits/8))
		if err != nil {
			fail(err)
		}
		var v uint64
		for i := range bs {
			j := i
			if name == "from_be_bytes" {
				j = len(bs) - 1 - i
			}
			v |= uint64(bs[j]) << (8 * i)
		}
		return Operand{Imm: ImmFromScalar(ScalarUint(v, uint8(t.Bits/8))), Layout: sc.dest.l}
	}
	v, t := sc.val(0)
	if t == nil || t.Kind != mir.TyFloat {
		fail(ErrUnsupported("`%s` on a non-float", sc.path.Text))
	}
	b := in.bits(v).Lo
	f := FloatValue(b, t.Bits)
	float := func(x float64) Operand {
		return Operand{Imm: ImmFromScalar(ScalarUint(FloatBits(x, t.Bits), uint8(t.Bits/8))), Layout: sc.dest.l}
	}
	switch name {
	case "to_bits":
		return sc.uint(b)
	case "is_nan":
		return sc.bool(math.IsNaN(f))
	case "is_infinite":
		return sc.bool(math.IsInf(f, 0))
	case "is_finite":
		return sc.bool(!math.IsInf(f, 0) && !math.IsNaN(f))
	case "is_sign_negative":
		return sc.bool(math.Signbit(f))
	case "is_sign_positive":
		return sc.bool(!math.Signbit(f))
	case "is_normal":
		return sc.bool(f != 0 && !math.IsInf(f, 0) && !math.IsNaN(f) && math.Abs(f) >= minNormal(t.Bits))
	case "is_subnormal":
		return sc.bool(f != 0 && !math.IsInf(f, 0) && !math.IsNaN(f) && math.Abs(f) < minNormal(t.Bits))
	case "abs":
		return Operand{Imm: ImmFromScalar(ScalarUint(b&^(1<<(t.Bits-1)), uint8(t.Bits/8))), Layout: sc.dest.l}
	case "copysign":
		s := sc.bits(1).Lo & (1 << (t.Bits - 1))
		return Operand{Imm: ImmFromScalar(ScalarUint(b&^(1<<(t.Bits-1))|s, uint8(t.Bits/8))), Layout: sc.dest.l}
	case "min", "max":
		g := FloatValue(sc.bits(1).Lo, t.Bits)
		switch {
		case math.IsNaN(f):
			return float(g)
		case math.IsNaN(g):
			return float(f)
		case name == "min":
			if g < f || g == f && math.Signbit(g) {
				return float(g)
			}
			return float(f)
		default:
			if g > f || g == f && !math.Signbit(g) {
				return float(g)
			}
			return float(f)
		}
	case "signum":
		switch {
		case math.IsNaN(f):
			return float(f)
		case math.Signbit(f):
			return float(-1)
		}
		return float(1)
	case "recip":
		r, _ := FloatBinOp(mir.BinDiv, FloatBits(1, t.Bits), b, t.Bits)
		return Operand{Imm: ImmFromScalar(ScalarUint(r, uint8(t.Bits/8))), Layout: sc.dest.l}
	case "floor", "ceil", "round", "trunc", "round_ties_even", "fract":
		var r float64
		switch name {
		case "floor":
			r = math.Floor(f)
		case "ceil":
			r = math.Ceil(f)
		case "round":
			r = math.Round(f)
		case "trunc":
			r = math.Trunc(f)
		case "round_ties_even":
			r = math.RoundToEven(f)
		default:
			// self - self.trunc(), in the float's own precision.
			d, _ := FloatBinOp(mir.BinSub, b, FloatBits(math.Trunc(f), t.Bits), t.Bits)
			return Operand{Imm: ImmFromScalar(ScalarUint(d, uint8(t.Bits/8))), Layout: sc.dest.l}
		}
		return float(r)
	case "mul_add":
		g, h := FloatValue(sc.bits(1).Lo, t.Bits), FloatValue(sc.bits(2).Lo, t.Bits)
		if t.Bits == 32 {
			// A fused f32 multiply-add is exact in f64 before rounding
			// only when no double rounding can occur; compute it in
			// f64 and round once, which fma in f64 guarantees for
			// f32 inputs.
			return float(float64(float32(math.FMA(f, g, h))))
		}
		return float(math.FMA(f, g, h))
	case "to_degrees", "to_radians":
		var k float64
		switch {
		case name == "to_degrees" && t.Bits == 32:
			k = float64(float32(57.2957795130823208767981548141051703))
		case name == "to_degrees":
			k = 180.0 / math.Pi
		case t.Bits == 32:
			k = float64(float32(math.Pi / 180.0))
		default:
			k = math.Pi / 180.0
		}
		r, _ := FloatBinOp(mir.BinMul, b, FloatBits(k, t.Bits), t.Bits)
		return Operand{Imm: ImmFromScalar(ScalarUint(r, uint8(t.Bits/8))), Layout: sc.dest.l}
	case "clamp":
		lo, hi := FloatValue(sc.bits(1).Lo, t.Bits), FloatValue(sc.bits(2).Lo, t.Bits)
		if !(lo <= hi) {
			sc.panic(fmt.Sprintf("min > max, or either was NaN. min = %s, max = %s", floatDebug(sc.bits(1).Lo, t.Bits), floatDebug(sc.bits(2).Lo, t.Bits)))
		}
		r := f
		if r < lo {
			r = lo
		}
		if r > hi {
			r = hi
		}
		return float(r)
	case "to_le_bytes", "to_be_bytes", "to_ne_bytes":
		bs := make([]byte, t.Bits/8)
		for i := range bs {
			bs[i] = byte(b >> (8 * i))
		}
		if name == "to_be_bytes" {
			for i, j := 0, len(bs)-1; i < j; i, j = i+1, j-1 {
				bs[i], bs[j] = bs[j], bs[i]
			}
		}
		ptr := in.bytesAlloc(bs)
		return Operand{Indirect: true, Place: MemPlace{Ptr: ptr, Align: 1}, Layout: sc.dest.l}
	}
	sc.notEvaluated()
	return Operand{}
}

// floatDebug is `{:?}` of a float of the given width.
func floatDebug(b uint64, bits int) string {
	if bits == 32 {
		return FormatF32(uint32(b), true)
	}
	return FormatF64(b, true)
}

func minNormal(bits int) float64 {
	if bits == 32 {
		return 1.17549435e-38
	}
	return 2.2250738585072014e-308
}

// resultMethod implements Result methods.
func (sc *shimCall) resultMethod(name string) (Operand, bool) {
	in := sc.in
	v, _ := sc.val(0)
	p := in.asPlace(v)
	vi, _ := in.readDiscriminant(p)
	if p.l.Adt == nil || vi < 0 || vi >= len(p.l.Adt.Variants) {
		// Not a Result value (malformed MIR naming a Result method).
		sc.notEvaluated()
	}
	ok := p.l.Adt.Variants[vi].Name == "Ok"
	vname := p.l.Adt.Variants[vi].Name
	// payload is the place of the active variant's field.
	payload := func() place {
		fty, _ := in.reg.FieldTy(p.ty, vi, 0)
		off := p.l.ForVariant(vi).FieldOffset(0)
		q := place{half: -1, ty: fty, l: in.layout(fty), variant: -1, mp: MemPlace{Ptr: p.mp.Ptr, Align: alignOf(p.mp.Align, off)}}
		q.mp.Ptr.Offset += off
		return q
	}
	switch name {
	case "as_ref", "as_mut":
		// &Result<T, E> to Result<&T, &E>: a pointer to the payload.
		q := payload()
		if sc.dest.l.Adt == nil {
			sc.notEvaluated()
		}
		fty, _ := in.reg.FieldTy(sc.dest.ty, sc.dest.l.Adt.VariantByName(vname), 0)
		o := Operand{Imm: ImmFromScalar(ScalarPtr(q.mp.Ptr)), Layout: in.layout(fty)}
		return sc.variant(vname, &o), true
	case "copied":
		// Result<&T, E> to Result<T, E>.
		q := payload()
		var o Operand
		if ok {
			o = in.copyOut(in.readPlace(in.deref(in.readPlace(q), q.ty)))
		} else {
			o = in.copyOut(in.readPlace(q))
		}
		return sc.variant(vname, &o), true
	case "is_ok":
		return sc.bool(ok), true
	case "is_err":
		return sc.bool(!ok), true
	case "unwrap", "expect":
		if !ok {
			fail(ErrUnsupported("`%s` on an Err formats the error with Debug", sc.path.Text))
		}
		return in.readPlace(payload()), true
	}
	sc.notEvaluated()
	return Operand{}, false
}

// nonZeroMethod implements NonZero::new and get.
func (sc *shimCall) nonZeroMethod(name string) Operand {
	switch name {
	case "new":
		x := sc.bits(0)
		if x.IsZero() {
			return sc.option(nil)
		}
		o := Operand{Imm: ImmFromScalar(ScalarInt(x, uint8(sc.in.layout(sc.fieldTy0()).Size))), Layout: sc.in.layout(sc.fieldTy0())}
		return sc.option(&o)
	case "get":
		return sc.uint(sc.bits(0).Lo)
	}
	sc.notEvaluated()
	return Operand{}
}

// sliceMethod implements [T] methods on &[T].
func (sc *shimCall) sliceMethod(name string) Operand {
	in := sc.in
	switch name {
	case "len", "is_empty":
		n := in.placeLen(in.deref(sc.arg(0), sc.tys[0]))
		if name == "len" {
			return sc.uint(n)
		}
		return sc.bool(n == 0)
	case "first", "last":
		p := in.deref(sc.arg(0), sc.tys[0])
		n := in.placeLen(p)
		if n == 0 {
			return sc.option(nil)
		}
		i := uint64(0)
		if name == "last" {
			i = n - 1
		}
		e := in.index(p, i, true)
		o := Operand{Imm: ImmFromScalar(ScalarPtr(e.mp.Ptr)), Layout: in.layout(sc.fieldTy0())}
		return sc.option(&o)
	case "as_ptr", "as_mut_ptr":
		return Operand{Imm: ImmFromScalar(in.immediate(sc.arg(0)).A), Layout: sc.dest.l}
	case "is_ascii", "eq_ignore_ascii_case":
		return sc.asciiMethod(name)
	case "trim_ascii", "trim_ascii_start", "trim_ascii_end":
		b := in.sliceBytes(sc.arg(0))
		start, end := 0, len(b)
		isWS := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\x0c' || c == '\r' }
		if name != "trim_ascii_end" {
			for start < end && isWS(b[start]) {
				start++
			}
		}
		if name != "trim_ascii_start" {
			for end > start && isWS(b[end-1]) {
				end--
			}
		}
		ptr := in.immediate(sc.arg(0)).A.Pointer()
		ptr.Offset += uint64(start)
		return Operand{Imm: ImmFromPair(ScalarPtr(ptr), ScalarUint(uint64(end-start), PtrSize)), Layout: sc.dest.l}
	case "first_chunk", "last_chunk":
		p := in.deref(sc.arg(0), sc.tys[0])
		n := in.placeLen(p)
		k := uint64(sc.generic(0).Len)
		if g := sc.generic(0); g.Kind == mir.TyOther {
			v, err := strconv.ParseUint(strings.TrimSuffix(g.Text, "_usize"), 10, 64)
			if err != nil {
				fail(ErrUnsupported("`%s` with chunk size `%s`", sc.path.Text, g.Text))
			}
			k = v
		}
		if k > n {
			return sc.option(nil)
		}
		el := in.layout(elemTy(p.ty, p.l))
		ptr := in.immediate(sc.arg(0)).A.Pointer()
		if name == "last_chunk" {
			ptr.Offset += (n - k) * el.Size
		}
		o := Operand{Imm: ImmFromScalar(ScalarPtr(ptr)), Layout: in.layout(sc.fieldTy0())}
		return sc.option(&o)
	case "copy_from_slice":
		dst := in.deref(sc.arg(0), sc.tys[0])
		src := in.deref(sc.arg(1), sc.tys[1])
		n, m := in.placeLen(dst), in.placeLen(src)
		if n != m {
			sc.panic("copy_from_slice: source slice length (" + strconv.FormatUint(m, 10) + ") does not match destination slice length (" + strconv.FormatUint(n, 10) + ")")
		}
		el := in.layout(elemTy(dst.ty, dst.l))
		if err := in.mem.Copy(src.mp.Ptr, dst.mp.Ptr, n*el.Size, el.Align, el.Align, true); err != nil {
			fail(err)
		}
		return Operand{Layout: sc.dest.l}
	case "swap":
		p := in.deref(sc.arg(0), sc.tys[0])
		n, a, b := in.placeLen(p), sc.u64(1), sc.u64(2)
		if a >= n {
			fail(ErrBounds(n, a))
		}
		if b >= n {
			fail(ErrBounds(n, b))
		}
		x, y := in.index(p, a, true), in.index(p, b, true)
		tmp := in.copyOut(in.readPlace(x))
		in.write(x, in.readPlace(y))
		in.write(y, tmp)
		return Operand{Layout: sc.dest.l}
	case "reverse":
		p := in.deref(sc.arg(0), sc.tys[0])
		in.reverseElems(p, 0, in.placeLen(p))
		return Operand{Layout: sc.dest.l}
	case "rotate_left", "rotate_right":
		p := in.deref(sc.arg(0), sc.tys[0])
		n, k := in.placeLen(p), sc.u64(1)
		if k > n {
			// core asserts k <= len, with frames inside core.
			fail(ErrUnsupported("`%s` by %d of a slice of length %d", name, k, n))
		}
		if name == "rotate_right" {
			k = n - k
		}
		in.reverseElems(p, 0, k)
		in.reverseElems(p, k, n)
		in.reverseElems(p, 0, n)
		return Operand{Layout: sc.dest.l}
	case "as_flattened", "as_flattened_mut":
		imm := in.immediate(sc.arg(0))
		var inner *mir.Ty
		if outer := pointeeTy(sc.tys[0]); outer != nil {
			inner = outer.Elem
		}
		if inner == nil || inner.Kind != mir.TyArray {
			fail(ErrUnsupported("`%s` of a slice whose elements are not arrays", name))
		}
		k := uint64(inner.Len)
		return Operand{Imm: ImmFromPair(imm.A, ScalarUint(imm.B.Bits.Lo*k, PtrSize)), Layout: sc.dest.l}
	case "split_at", "split_at_mut", "split_at_checked", "split_at_mut_checked":
		p := in.deref(sc.arg(0), sc.tys[0])
		n, mid := in.placeLen(p), sc.u64(1)
		checked := strings.HasSuffix(name, "_checked")
		if mid > n {
			if checked {
				return sc.option(nil)
			}
			sc.panic("mid > len")
		}
		el := in.layout(elemTy(p.ty, p.l))
		ptr := in.immediate(sc.arg(0)).A
		rest := ptr.Pointer()
		rest.Offset += mid * el.Size
		halves := []Operand{
			{Imm: ImmFromPair(ptr, ScalarUint(mid, PtrSize)), Layout: in.layout(sc.tys[0])},
			{Imm: ImmFromPair(ScalarPtr(rest), ScalarUint(n-mid, PtrSize)), Layout: in.layout(sc.tys[0])},
		}
		if checked {
			o := in.buildTuple(sc.fieldTy0(), halves)
			return sc.option(&o)
		}
		return in.buildTuple(sc.dest.ty, halves)
	case "split_first", "split_last", "split_first_mut", "split_last_mut":
		p := in.deref(sc.arg(0), sc.tys[0])
		n := in.placeLen(p)
		if n == 0 {
			return sc.option(nil)
		}
		el := in.layout(elemTy(p.ty, p.l))
		ptr := in.immediate(sc.arg(0)).A.Pointer()
		one, rest := ptr, ptr
		if strings.HasPrefix(name, "split_first") {
			rest.Offset += el.Size
		} else {
			one.Offset += (n - 1) * el.Size
		}
		pair := in.layout(sc.fieldTy0())
		tt := sc.fieldTy0()
		o := in.buildTuple(tt, []Operand{
			{Imm: ImmFromScalar(ScalarPtr(one)), Layout: in.layout(tt.Elems[0])},
			{Imm: ImmFromPair(ScalarPtr(rest), ScalarUint(n-1, PtrSize)), Layout: in.layout(tt.Elems[1])},
		})
		o.Layout = pair
		return sc.option(&o)
	}
	sc.notEvaluated()
	return Operand{}
}

// notEvaluated fails the call as one no shim implements.
func (sc *shimCall) notEvaluated() {
	fail(ErrUnsupported("call of `%s` is not evaluated", sc.path.Text))
}

// strMethod implements str methods on &str.
func (sc *shimCall) strMethod(name string) Operand {
	in := sc.in
	imm := in.immediate(sc.arg(0))
	switch name {
	case "len":
		return sc.uint(imm.B.Bits.Lo)
	case "is_empty":
		return sc.bool(imm.B.Bits.IsZero())
	case "is_ascii", "eq_ignore_ascii_case":
		return sc.asciiMethod(name)
	case "is_char_boundary":
		b := in.sliceBytes(sc.arg(0))
		i := sc.u64(1)
		return sc.bool(i == 0 || i == uint64(len(b)) || i < uint64(len(b)) && (b[i] < 0x80 || b[i] >= 0xC0))
	case "as_bytes", "as_ptr":
		if sc.dest.l.Abi == AbiScalar {
			return Operand{Imm: ImmFromScalar(imm.A), Layout: sc.dest.l}
		}
		return Operand{Imm: imm, Layout: sc.dest.l}
	case "split_at", "split_at_checked":
		b := in.sliceBytes(sc.arg(0))
		mid, n := sc.u64(1), uint64(len(b))
		checked := name == "split_at_checked"
		if mid > n || mid < n && b[mid] >= 0x80 && b[mid] < 0xC0 {
			if checked {
				return sc.option(nil)
			}
			// core's message names the char and its byte range.
			fail(ErrUnsupported("`%s` at byte %d, which is not a char boundary of the string", sc.path.Text, mid))
		}
		rest := imm.A.Pointer()
		rest.Offset += mid
		strRef := in.layout(in.prog.strRefTy)
		halves := []Operand{
			{Imm: ImmFromPair(imm.A, ScalarUint(mid, PtrSize)), Layout: strRef},
			{Imm: ImmFromPair(ScalarPtr(rest), ScalarUint(n-mid, PtrSize)), Layout: strRef},
		}
		if checked {
			o := in.buildTuple(sc.fieldTy0(), halves)
			return sc.option(&o)
		}
		return in.buildTuple(sc.dest.ty, halves)
	}
	sc.notEvaluated()
	return Operand{}
}

// ptrMethod implements raw pointer methods.
func (sc *shimCall) ptrMethod(name string) Operand {
	in := sc.in
	p := in.scalar(sc.arg(0))
	switch name {
	case "is_null":
		eq, ok := ptrEqual(p, Scalar{Size: PtrSize})
		if !ok {
			fail(ErrRawPtrComparison())
		}
		return sc.bool(eq)
	case "add", "offset", "sub", "wrapping_add", "wrapping_sub", "wrapping_offset":
		el := in.layout(pointeeTy(sc.tys[0]))
		n := int64(sc.bits(1).Lo)
		if name == "sub" || name == "wrapping_sub" {
			n = -n
		}
		if name == "wrapping_add" || name == "wrapping_sub" || name == "wrapping_offset" {
			q := p.Pointer()
			q.Offset = uint64(int64(q.Offset) + n*int64(el.Size))
			return Operand{Imm: ImmFromScalar(ScalarPtr(q)), Layout: sc.dest.l}
		}
		q, err := in.mem.Offset(p.Pointer(), n*int64(el.Size))
		if err != nil {
			fail(err)
		}
		return Operand{Imm: ImmFromScalar(ScalarPtr(q)), Layout: sc.dest.l}
	case "offset_from", "offset_from_unsigned":
		q := in.scalar(sc.arg(1))
		if p.Prov != q.Prov {
			sc.failInside(ErrOffsetFromDifferentAllocs("ptr_offset_from"), "std::ptr::const_ptr::<impl "+sc.tys[0].Text+">::"+name)
		}
		el := in.layout(pointeeTy(sc.tys[0]))
		d := (int64(p.Bits.Lo) - int64(q.Bits.Lo)) / int64(max(el.Size, 1))
		return Operand{Imm: ImmFromScalar(ScalarInt(mir.I128From(d), PtrSize)), Layout: sc.dest.l}
	case "read":
		v := in.readPlace(in.deref(sc.arg(0), sc.tys[0]))
		return in.copyOut(v)
	case "write":
		in.write(in.deref(sc.arg(0), sc.tys[0]), sc.arg(1))
		return Operand{Layout: sc.dest.l}
	case "cast", "cast_mut", "cast_const":
		return Operand{Imm: ImmFromScalar(p), Layout: sc.dest.l}
	case "byte_add", "byte_sub", "byte_offset", "wrapping_byte_add", "wrapping_byte_sub", "wrapping_byte_offset":
		n := int64(sc.bits(1).Lo)
		if strings.HasSuffix(name, "_sub") {
			n = -n
		}
		if strings.HasPrefix(name, "wrapping_") {
			q := p.Pointer()
			q.Offset = uint64(int64(q.Offset) + n)
			return Operand{Imm: ImmFromScalar(ScalarPtr(q)), Layout: sc.dest.l}
		}
		q, err := in.mem.Offset(p.Pointer(), n)
		if err != nil {
			fail(err)
		}
		return Operand{Imm: ImmFromScalar(ScalarPtr(q)), Layout: sc.dest.l}
	case "write_unaligned":
		d := in.deref(sc.arg(0), sc.tys[0])
		d.mp.Align = 1
		in.write(d, sc.arg(1))
		return Operand{Layout: sc.dest.l}
	}
	sc.notEvaluated()
	return Operand{}
}

// optionMethod implements Option methods.
func (sc *shimCall) optionMethod(name string) (Operand, bool) {
	switch name {
	case "unwrap":
		v, ok := sc.optionPayload(0)
		if !ok {
			sc.panic("called `Option::unwrap()` on a `None` value")
		}
		return v, true
	case "expect":
		v, ok := sc.optionPayload(0)
		if !ok {
			sc.panic(sc.in.panicMessage(sc.arg(1)))
		}
		return v, true
	case "unwrap_or":
		if v, ok := sc.optionPayload(0); ok {
			return v, true
		}
		return sc.arg(1), true
	case "is_some", "is_none":
		_, ok := sc.optionPayload(0)
		return sc.bool(ok == (name == "is_some")), true
	case "unwrap_unchecked":
		v, ok := sc.optionPayload(0)
		if !ok {
			fail(ErrUnreachable())
		}
		return v, true
	case "take", "replace":
		p := sc.in.deref(sc.arg(0), sc.tys[0])
		old := sc.in.copyOut(sc.in.readPlace(p))
		if name == "take" {
			sc.in.write(p, sc.option(nil))
		} else {
			o := sc.arg(1)
			sc.in.write(p, sc.option(&o))
		}
		return old, true
	case "copied", "cloned":
		in := sc.in
		v, ok := sc.optionPayload(0)
		if !ok {
			return sc.option(nil), true
		}
		o := in.copyOut(in.readPlace(in.deref(v, v.Layout.Ty)))
		return sc.option(&o), true
	case "flatten":
		v, ok := sc.optionPayload(0)
		if !ok {
			return sc.option(nil), true
		}
		return v, true
	case "as_ref", "as_mut":
		in := sc.in
		p := in.deref(sc.arg(0), sc.tys[0])
		vi, _ := in.readDiscriminant(p)
		if p.l.Adt.Variants[vi].Name != "Some" {
			return sc.option(nil), true
		}
		ptr := p.mp.Ptr
		ptr.Offset += p.l.ForVariant(vi).FieldOffset(0)
		o := Operand{Imm: ImmFromScalar(ScalarPtr(ptr)), Layout: in.layout(sc.fieldTy0())}
		return sc.option(&o), true
	}
	sc.notEvaluated()
	return Operand{}, false
}

// coreConst evaluates associated consts of core that a file names:
// core::num::<impl u32>::MAX / MIN / BITS, core::f64::<impl f64>::NAN and
// the other float constants, core::f64::consts::PI, char::MAX.
func (in *interp) coreConst(p *mir.Path) (Operand, bool) {
	owner, name := calleeKey(p)
	segs := p.Segs
	typeName := ""
	if len(segs) >= 2 {
		o := segs[len(segs)-2].Name
		typeName = strings.TrimSuffix(strings.TrimPrefix(o, "<impl "), ">")
	}
	switch owner {
	case "int":
		it, _ := intTyOf(&mir.Ty{Kind: intKind(typeName), Bits: intBits(typeName), Text: typeName})
		l := in.layout(in.prog.primTy(typeName))
		switch name {
		case "MAX":
			return intOp(it.Max(), it, l), true
		case "MIN":
			return intOp(it.Min(), it, l), true
		case "BITS":
			return intOp(mir.U128From(uint64(it.Bits)), U32, in.layout(in.prog.primTy("u32"))), true
		}
	case "float":
		bits := 64
		if typeName == "f32" {
			bits = 32
		}
		v, ok := floatConsts[name]
		if !ok {
			if name == "MANTISSA_DIGITS" || name == "DIGITS" || name == "RADIX" || name == "MAX_EXP" || name == "MIN_EXP" ||
				name == "MAX_10_EXP" || name == "MIN_10_EXP" {
				return intOp(mir.I128From(floatIntConsts[typeName+"::"+name]), floatIntTy(name), in.layout(in.prog.primTy(floatIntTyName(name)))), true
			}
			return Operand{}, false
		}
		f := v[1]
		if bits == 32 {
			f = v[0]
		}
		return Operand{Imm: ImmFromScalar(ScalarUint(FloatBits(f, bits), uint8(bits/8))), Layout: in.layout(in.prog.primTy(typeName))}, true
	case "consts":
		if len(segs) >= 3 {
			t := segs[len(segs)-3].Name
			if f, ok := mathConsts[name]; ok && (t == "f32" || t == "f64") {
				bits := 64
				if t == "f32" {
					bits = 32
				}
				return Operand{Imm: ImmFromScalar(ScalarUint(FloatBits(f, bits), uint8(bits/8))), Layout: in.layout(in.prog.primTy(t))}, true
			}
		}
	case "char":
		switch name {
		case "MAX":
			return Operand{Imm: ImmFromScalar(ScalarUint(0x10FFFF, 4)), Layout: in.layout(in.prog.primTy("char"))}, true
		case "REPLACEMENT_CHARACTER":
			return Operand{Imm: ImmFromScalar(ScalarUint(0xFFFD, 4)), Layout: in.layout(in.prog.primTy("char"))}, true
		}
	}
	return Operand{}, false
}

func intKind(name string) mir.TyKind {
	if strings.HasPrefix(name, "i") {
		return mir.TyInt
	}
	return mir.TyUint
}

func intBits(name string) int {
	n, _ := strconv.Atoi(strings.TrimLeft(name, "iu"))
	return n
}

// floatConsts holds [f32, f64] values of the associated float consts.
var floatConsts = map[string][2]float64{
	"NAN":          {math.NaN(), math.NaN()},
	"INFINITY":     {math.Inf(1), math.Inf(1)},
	"NEG_INFINITY": {math.Inf(-1), math.Inf(-1)},
	"MAX":          {math.MaxFloat32, math.MaxFloat64},
	"MIN":          {-math.MaxFloat32, -math.MaxFloat64},
	"MIN_POSITIVE": {1.17549435e-38, 2.2250738585072014e-308},
	"EPSILON":      {1.1920929e-7, 2.220446049250313e-16},
}

var floatIntConsts = map[string]int64{
	"f32::MANTISSA_DIGITS": 24, "f64::MANTISSA_DIGITS": 53, "f32::DIGITS": 6, "f64::DIGITS": 15,
	"f32::RADIX": 2, "f64::RADIX": 2, "f32::MAX_EXP": 128, "f64::MAX_EXP": 1024, "f32::MIN_EXP": -125,
	"f64::MIN_EXP": -1021, "f32::MAX_10_EXP": 38, "f64::MAX_10_EXP": 308, "f32::MIN_10_EXP": -37, "f64::MIN_10_EXP": -307,
}

func floatIntTy(name string) IntTy {
	if name == "MAX_EXP" || name == "MIN_EXP" || name == "MAX_10_EXP" || name == "MIN_10_EXP" {
		return I32
	}
	return U32
}

func floatIntTyName(name string) string {
	if floatIntTy(name) == I32 {
		return "i32"
	}
	return "u32"
}

// mathConsts are core::f64::consts (rounded to f32 for f32::consts).
var mathConsts = map[string]float64{
	"PI": math.Pi, "TAU": 2 * math.Pi, "E": math.E, "SQRT_2": math.Sqrt2, "LN_2": math.Ln2, "LN_10": math.Ln10,
	"LOG2_E": math.Log2E, "LOG10_E": math.Log10E, "FRAC_PI_2": math.Pi / 2, "FRAC_PI_3": math.Pi / 3,
	"FRAC_PI_4": math.Pi / 4, "FRAC_PI_6": math.Pi / 6, "FRAC_PI_8": math.Pi / 8, "FRAC_1_PI": 1 / math.Pi,
	"FRAC_2_PI": 2 / math.Pi, "FRAC_2_SQRT_PI": 2 / math.SqrtPi, "FRAC_1_SQRT_2": 1 / math.Sqrt2,
	"LOG2_10": math.Log2(10), "LOG10_2": math.Log10(2),
}

// I128Or is the 128-bit integer type of the given signedness.
func I128Or(signed bool) IntTy {
	if signed {
		return I128
	}
	return U128
}
