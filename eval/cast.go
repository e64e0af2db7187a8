// cast.go evaluates casts: numeric conversions, pointer casts,
// coercions and transmutes.

package eval

import (
	"strings"

	"mirlsp/mir"
)

// cast evaluates `op as T (kind)` into a value of dest's layout.
func (in *interp) cast(f *frame, rv *mir.Rvalue, dest place) Operand {
	st := in.operandTy(f, &rv.A)
	if st == nil {
		st = dest.ty
	}
	v := in.operand(f, &rv.A, st)
	dt := f.ty(rv.Ty)
	dl := in.layout(dt)
	switch rv.Cast {
	case mir.CastIntToInt:
		from, ok := intTyOf(st)
		if !ok {
			if st.Kind == mir.TyAdt {
				// An enum cast: its discriminant.
				_, d := in.readDiscriminant(in.asPlace(v))
				to, _ := intTyOf(dt)
				return intOp(to.Truncate(d), to, dl)
			}
			fail(ErrUnsupported("cast from `%s`", st.Text))
		}
		to, ok := intTyOf(dt)
		if !ok {
			fail(ErrUnsupported("cast to `%s`", dt.Text))
		}
		return intOp(Cast(in.bits(v), from, to), to, dl)
	case mir.CastIntToFloat:
		from, _ := intTyOf(st)
		return Operand{Imm: ImmFromScalar(ScalarUint(IntToFloat(in.bits(v), from, dt.Bits), uint8(dt.Bits/8))), Layout: dl}
	case mir.CastFloatToInt:
		to, _ := intTyOf(dt)
		return intOp(FloatToInt(in.bits(v).Lo, st.Bits, to), to, dl)
	case mir.CastFloatToFloat:
		return Operand{Imm: ImmFromScalar(ScalarUint(FloatToFloat(in.bits(v).Lo, st.Bits, dt.Bits), uint8(dt.Bits/8))), Layout: dl}
	case mir.CastPtrToPtr, mir.CastFnPtrToPtr, mir.CastSubtype:
		return in.ptrCast(v, dl)
	case mir.CastTransmute:
		return in.transmute(v, st, dt, dl)
	case mir.CastPointerWithExposedProvenance:
		return Operand{Imm: ImmFromScalar(ScalarUint(in.bits(v).Lo, PtrSize)), Layout: dl}
	case mir.CastPointerExposeProvenance:
		fail(ErrUnsupported("exposing the address of a pointer is not possible at compile time"))
	case mir.CastPointerCoercion:
		return in.coerce(f, rv, v, st, dt, dl)
	}
	fail(ErrUnsupported("cast `%s` is not evaluated", rv.Coercion))
	return Operand{}
}

func intOp(v mir.U128, t IntTy, l *Layout) Operand {
	return Operand{Imm: ImmFromScalar(ScalarInt(v, uint8(t.Size()))), Layout: l}
}

// asPlace gives an operand a place (copying an immediate to memory).
func (in *interp) asPlace(v Operand) place {
	mp := in.toMem(v)
	return place{half: -1, mp: mp, ty: v.Layout.Ty, l: v.Layout, variant: -1}
}

// ptrCast keeps the pointer; a wide-to-thin cast drops the metadata.
func (in *interp) ptrCast(v Operand, dl *Layout) Operand {
	imm := in.immediate(v)
	if dl.Abi == AbiScalar && imm.Kind == ImmPair {
		imm = ImmFromScalar(imm.A)
	}
	return Operand{Imm: imm, Layout: dl}
}

// transmute reinterprets the bytes of v as type dt.
func (in *interp) transmute(v Operand, st, dt *mir.Ty, dl *Layout) Operand {
	sl := v.Layout
	if sl.Size != dl.Size {
		fail(ErrInvalidTransmute(sl.Size, dl.Size, st.Text, dt.Text))
	}
	if !v.Indirect && v.Imm.Kind == ImmScalar && sl.Abi == AbiScalar && dl.Abi == AbiScalar {
		// A scalar stays an immediate (a pointer transmuted to an
		// integer fails only where the integer is used or checked).
		return Operand{Imm: v.Imm, Layout: dl}
	}
	mp := in.toMem(v)
	if dl.Size == 0 {
		in.validateCopy(mp.Ptr, dl)
		return Operand{Indirect: true, Place: MemPlace{Ptr: mp.Ptr, Align: dl.Align}, Layout: dl}
	}
	// The bytes move to a place of the new type, with its alignment.
	dst := in.allocate(dl, AllocStack)
	if err := in.mem.Copy(mp.Ptr, dst, dl.Size, 1, dl.Align, true); err != nil {
		fail(err)
	}
	in.validateCopy(dst, dl)
	return Operand{Indirect: true, Place: MemPlace{Ptr: dst, Align: dl.Align}, Layout: dl}
}

// coerce evaluates PointerCoercion casts.
func (in *interp) coerce(f *frame, rv *mir.Rvalue, v Operand, st, dt *mir.Ty, dl *Layout) Operand {
	kind := rv.Coercion
	if i := strings.IndexAny(kind, "(,"); i >= 0 {
		kind = kind[:i]
	}
	switch kind {
	case "ReifyFnPointer":
		c := rv.A.Const
		if rv.A.Kind != mir.OpConst || c == nil || c.Path == nil {
			fail(ErrUnsupported("reifying a non-constant function"))
		}
		return Operand{Imm: ImmFromScalar(ScalarPtr(in.fnPtr(c.Path, c.Item))), Layout: dl}
	case "UnsafeFnPointer", "MutToConstPointer", "ArrayToPointer":
		return in.ptrCast(v, dl)
	case "Unsize":
		sp, dp := pointeeTy(st), pointeeTy(dt)
		if sp == nil || dp == nil {
			fail(ErrUnsupported("unsizing `%s` to `%s`", st.Text, dt.Text))
		}
		if sp.Kind == mir.TyArray && (dp.Kind == mir.TySlice) {
			imm := in.immediate(v)
			return Operand{Imm: ImmFromPair(imm.A, ScalarUint(uint64(sp.Len), PtrSize)), Layout: dl}
		}
		if dp.Kind == mir.TyDyn {
			return in.unsizeDyn(v, sp, dp, dl)
		}
		fail(ErrUnsupported("unsizing `%s` to `%s`", st.Text, dt.Text))
	}
	fail(ErrUnsupported("coercion `%s` is not evaluated", rv.Coercion))
	return Operand{}
}
