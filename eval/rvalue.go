// rvalue.go evaluates assignments: operators, references, aggregates
// and discriminants.

package eval

import (
	"mirlsp/mir"
)

// assign evaluates rv into the place pl.
func (in *interp) assign(f *frame, pl *mir.Place, rv *mir.Rvalue) {
	dest := in.place(f, pl)
	switch rv.Kind {
	case mir.RvUse:
		in.write(dest, in.operand(f, &rv.A, dest.ty))
	case mir.RvCopyForDeref:
		in.write(dest, in.readPlace(in.place(f, &rv.Place)))
	case mir.RvRepeat:
		in.repeat(f, rv, dest)
	case mir.RvRef, mir.RvRawPtr:
		in.write(dest, in.addressOf(f, &rv.Place, dest.l, rv.Kind == mir.RvRef && rv.Borrow != mir.BorrowMut))
	case mir.RvCast:
		in.write(dest, in.cast(f, rv, dest))
	case mir.RvBinary:
		in.write(dest, in.binary(f, rv, dest))
	case mir.RvUnary:
		in.write(dest, in.unary(f, rv, dest))
	case mir.RvDiscriminant:
		p := in.place(f, &rv.Place)
		_, d := in.readDiscriminant(p)
		in.write(dest, Operand{Imm: ImmFromScalar(ScalarInt(d, uint8(dest.l.Size))), Layout: dest.l})
	case mir.RvAggregate:
		in.aggregate(f, rv, dest)
	case mir.RvLen:
		n := in.placeLen(in.place(f, &rv.Place))
		in.write(dest, Operand{Imm: ImmFromScalar(ScalarUint(n, PtrSize)), Layout: dest.l})
	case mir.RvNullary:
		in.write(dest, in.nullary(rv, dest))
	default:
		fail(ErrUnsupported("rvalue kind %d is not evaluated", rv.Kind))
	}
}

// addressOf is &p / &raw p: a pointer (with metadata for unsized places).
func (in *interp) addressOf(f *frame, pl *mir.Place, l *Layout, shared bool) Operand {
	p := in.place(f, pl)
	if p.loc != nil {
		fail(ErrUnsupported("borrow of an immediate local"))
	}
	ptr := p.mp.Ptr
	if shared && ptr.Alloc != 0 && in.isFreeze(p.ty, 0) {
		// rustc marks a shared reference to memory without interior
		// mutability immutable: no write may go through it or any
		// pointer derived from it.
		ptr.Imm = true
	}
	if p.mp.HasMeta {
		return Operand{Imm: ImmFromPair(ScalarPtr(ptr), p.mp.Meta), Layout: l}
	}
	return Operand{Imm: ImmFromScalar(ScalarPtr(ptr)), Layout: l}
}

// repeat is [op; n].
func (in *interp) repeat(f *frame, rv *mir.Rvalue, dest place) {
	if dest.loc != nil {
		fail(ErrUnsupported("array repeat into an immediate"))
	}
	et := dest.ty.Elem
	v := in.operand(f, &rv.A, et)
	el := in.layout(et)
	n := dest.l.Count
	if el.Size == 0 || n == 0 {
		return
	}
	// Write the first element, then double the initialized prefix.
	first := dest.mp.Ptr
	in.writeToMem(first, v, el)
	done := uint64(1)
	for done < n {
		k := min(done, n-done)
		dst := first
		dst.Offset += done * el.Size
		if err := in.mem.Copy(first, dst, k*el.Size, el.Align, el.Align, true); err != nil {
			fail(err)
		}
		done += k
	}
}

// intTyOf returns the integer view of an integer, bool or char type.
func intTyOf(t *mir.Ty) (IntTy, bool) {
	if t == nil {
		return IntTy{}, false
	}
	switch t.Kind {
	case mir.TyBool:
		return U8, true
	case mir.TyChar:
		return U32, true
	}
	return IntTyOf(t)
}

// binary evaluates a binary operator.
func (in *interp) binary(f *frame, rv *mir.Rvalue, dest place) Operand {
	lt, rt := in.operandTy(f, &rv.A), in.operandTy(f, &rv.B)
	if lt == nil {
		lt = rt
	}
	if rt == nil {
		rt = lt
	}
	if lt == nil {
		fail(ErrUnsupported("operands of unknown type"))
	}
	a := in.operand(f, &rv.A, lt)
	b := in.operand(f, &rv.B, rt)
	switch lt.Kind {
	case mir.TyFloat:
		return in.floatBinary(rv.Op, lt, a, b, dest)
	case mir.TyRawPtr, mir.TyRef, mir.TyFnPtr:
		return in.ptrBinary(rv.Op, lt, a, b, dest)
	}
	it, ok := intTyOf(lt)
	if !ok {
		fail(ErrUnsupported("operator %s on `%s`", rv.Op, lt.Text))
	}
	x, y := in.checkedBits(a, lt), in.checkedBits(b, rt)
	at := it
	if rv.Op.Base() == mir.BinShl || rv.Op.Base() == mir.BinShr {
		at, _ = intTyOf(rt)
	}
	return in.intBinary(rv.Op, it, at, x, y, dest.l)
}

// checkedBits returns the bits of a scalar of type t, checking that a
// bool or char holds a valid value, as rustc does where it reads them
// (comparisons, switches, operators).
func (in *interp) checkedBits(v Operand, t *mir.Ty) mir.U128 {
	s := in.scalar(v)
	if t != nil {
		switch t.Kind {
		case mir.TyBool:
			if _, err := s.ToBool(); err != nil {
				fail(err)
			}
		case mir.TyChar:
			if _, err := s.ToChar(); err != nil {
				fail(err)
			}
		}
	}
	b, err := s.ToBits()
	if err != nil {
		fail(err)
	}
	return b
}

// bits returns an integer scalar's bits (failing on pointers).
func (in *interp) bits(v Operand) mir.U128 {
	s := in.scalar(v)
	b, err := s.ToBits()
	if err != nil {
		fail(err)
	}
	return b
}

func boolOp(b bool, l *Layout) Operand {
	return Operand{Imm: ImmFromScalar(ScalarBool(b)), Layout: l}
}

// intBinary applies op to integers x, y of type it (at: the shift
// amount's type) with a result of layout rl.
func (in *interp) intBinary(op mir.BinOp, it, at IntTy, x, y mir.U128, rl *Layout) Operand {
	size := uint8(it.Size())
	val := func(v mir.U128) Operand { return Operand{Imm: ImmFromScalar(ScalarInt(v, size)), Layout: rl} }
	switch op {
	case mir.BinAdd:
		r, _ := it.Add(x, y)
		return val(r)
	case mir.BinSub:
		r, _ := it.Sub(x, y)
		return val(r)
	case mir.BinMul:
		r, _ := it.Mul(x, y)
		return val(r)
	case mir.BinDiv, mir.BinRem:
		if y.IsZero() {
			if op == mir.BinDiv {
				fail(ErrDivByZero(it, x))
			}
			fail(ErrRemByZero(it, x))
		}
		var r mir.U128
		var ovf bool
		if op == mir.BinDiv {
			r, ovf = it.Div(x, y)
		} else {
			r, ovf = it.Rem(x, y)
		}
		if ovf {
			fail(ErrOverflow(op, it, x, y))
		}
		return val(r)
	case mir.BinBitAnd:
		return val(it.And(x, y))
	case mir.BinBitOr:
		return val(it.Or(x, y))
	case mir.BinBitXor:
		return val(it.Xor(x, y))
	case mir.BinShl:
		r, _ := it.Shl(x, y, at)
		return val(r)
	case mir.BinShr:
		r, _ := it.Shr(x, y, at)
		return val(r)
	case mir.BinEq:
		return boolOp(x == y, rl)
	case mir.BinNe:
		return boolOp(x != y, rl)
	case mir.BinLt:
		return boolOp(it.Cmp(x, y) < 0, rl)
	case mir.BinLe:
		return boolOp(it.Cmp(x, y) <= 0, rl)
	case mir.BinGt:
		return boolOp(it.Cmp(x, y) > 0, rl)
	case mir.BinGe:
		return boolOp(it.Cmp(x, y) >= 0, rl)
	case mir.BinCmp:
		return Operand{Imm: ImmFromScalar(ScalarInt(mir.I128From(int64(it.Cmp(x, y))), uint8(rl.Size))), Layout: rl}
	case mir.BinAddWithOverflow, mir.BinSubWithOverflow, mir.BinMulWithOverflow,
		mir.BinCheckedAdd, mir.BinCheckedSub, mir.BinCheckedMul, mir.BinCheckedShl, mir.BinCheckedShr:
		var r mir.U128
		var ovf bool
		switch op.Base() {
		case mir.BinAdd:
			r, ovf = it.Add(x, y)
		case mir.BinSub:
			r, ovf = it.Sub(x, y)
		case mir.BinMul:
			r, ovf = it.Mul(x, y)
		case mir.BinShl:
			r, ovf = it.Shl(x, y, at)
		case mir.BinShr:
			r, ovf = it.Shr(x, y, at)
		}
		return Operand{Imm: ImmFromPair(ScalarInt(r, size), ScalarBool(ovf)), Layout: rl}
	case mir.BinAddUnchecked, mir.BinSubUnchecked, mir.BinMulUnchecked:
		var r mir.U128
		var ovf bool
		name := "unchecked_add"
		switch op {
		case mir.BinAddUnchecked:
			r, ovf = it.Add(x, y)
		case mir.BinSubUnchecked:
			r, ovf = it.Sub(x, y)
			name = "unchecked_sub"
		default:
			r, ovf = it.Mul(x, y)
			name = "unchecked_mul"
		}
		if ovf {
			fail(ErrUncheckedOverflow(name))
		}
		return val(r)
	case mir.BinShlUnchecked, mir.BinShrUnchecked:
		var r mir.U128
		var ovf bool
		name := "unchecked_shl"
		if op == mir.BinShlUnchecked {
			r, ovf = it.Shl(x, y, at)
		} else {
			r, ovf = it.Shr(x, y, at)
			name = "unchecked_shr"
		}
		if ovf {
			fail(ErrUncheckedShift(name, at, y))
		}
		return val(r)
	}
	fail(ErrUnsupported("integer operator %s", op))
	return Operand{}
}

// floatBinary applies op to floats.
func (in *interp) floatBinary(op mir.BinOp, t *mir.Ty, a, b Operand, dest place) Operand {
	x, y := in.bits(a).Lo, in.bits(b).Lo
	switch op {
	case mir.BinEq, mir.BinNe, mir.BinLt, mir.BinLe, mir.BinGt, mir.BinGe:
		c, ok := FloatCmp(x, y, t.Bits)
		var r bool
		switch op {
		case mir.BinEq:
			r = ok && c == 0
		case mir.BinNe:
			r = !ok || c != 0
		case mir.BinLt:
			r = ok && c < 0
		case mir.BinLe:
			r = ok && c <= 0
		case mir.BinGt:
			r = ok && c > 0
		case mir.BinGe:
			r = ok && c >= 0
		}
		return boolOp(r, dest.l)
	}
	r, ok := FloatBinOp(op, x, y, t.Bits)
	if !ok {
		fail(ErrUnsupported("float operator %s", op))
	}
	return Operand{Imm: ImmFromScalar(ScalarUint(r, uint8(t.Bits/8))), Layout: dest.l}
}

// ptrBinary: Offset, and comparisons of pointers.
func (in *interp) ptrBinary(op mir.BinOp, t *mir.Ty, a, b Operand, dest place) Operand {
	switch op {
	case mir.BinOffset:
		p := in.scalar(a).Pointer()
		n := in.bits(b)
		el := in.layout(t.Elem)
		q, err := in.mem.Offset(p, int64(n.Lo)*int64(el.Size))
		if err != nil {
			fail(err)
		}
		return Operand{Imm: ImmFromScalar(ScalarPtr(q)), Layout: dest.l}
	case mir.BinEq, mir.BinNe:
		x, y := in.immediate(a), in.immediate(b)
		eq, ok := ptrEqual(x.A, y.A)
		if ok && x.Kind == ImmPair && y.Kind == ImmPair {
			eq = eq && x.B == y.B
		}
		if !ok {
			fail(ErrRawPtrComparison())
		}
		if op == mir.BinNe {
			eq = !eq
		}
		return boolOp(eq, dest.l)
	}
	fail(ErrRawPtrComparison())
	return Operand{}
}

// ptrEqual compares two pointer scalars when const eval can.
func ptrEqual(x, y Scalar) (eq, ok bool) {
	switch {
	case !x.IsPtr() && !y.IsPtr():
		return x.Bits == y.Bits, true
	case x.IsPtr() && y.IsPtr():
		if x.Prov == y.Prov {
			return x.Bits == y.Bits, true
		}
		return false, false
	}
	// A pointer into an allocation is never null.
	if x.IsPtr() && y.Bits.IsZero() || y.IsPtr() && x.Bits.IsZero() {
		return false, true
	}
	return false, false
}

// unary evaluates Not, Neg and PtrMetadata.
func (in *interp) unary(f *frame, rv *mir.Rvalue, dest place) Operand {
	t := in.operandTy(f, &rv.A)
	if t == nil {
		t = dest.ty
	}
	v := in.operand(f, &rv.A, t)
	switch rv.Un {
	case mir.UnPtrMetadata:
		imm := in.immediate(v)
		if imm.Kind == ImmPair {
			return Operand{Imm: ImmFromScalar(imm.B), Layout: dest.l}
		}
		return in.zst(dest.ty)
	case mir.UnNot:
		if t.Kind == mir.TyBool {
			x := in.checkedBits(v, t)
			return boolOp(x.IsZero(), dest.l)
		}
		it, ok := IntTyOf(t)
		if !ok {
			fail(ErrUnsupported("`!` on `%s`", t.Text))
		}
		return Operand{Imm: ImmFromScalar(ScalarInt(it.Not(in.bits(v)), uint8(it.Size()))), Layout: dest.l}
	case mir.UnNeg:
		if t.Kind == mir.TyFloat {
			return Operand{Imm: ImmFromScalar(ScalarUint(FloatNeg(in.bits(v).Lo, t.Bits), uint8(t.Bits/8))), Layout: dest.l}
		}
		it, ok := IntTyOf(t)
		if !ok {
			fail(ErrUnsupported("`-` on `%s`", t.Text))
		}
		r, _ := it.Neg(in.bits(v))
		return Operand{Imm: ImmFromScalar(ScalarInt(r, uint8(it.Size()))), Layout: dest.l}
	}
	fail(ErrUnsupported("unary operator %s", rv.Un))
	return Operand{}
}

// nullary evaluates the pre-1.93 SizeOf(T)/AlignOf(T)/UbChecks().
func (in *interp) nullary(rv *mir.Rvalue, dest place) Operand {
	switch rv.Nullary {
	case "UbChecks", "ContractChecks":
		return boolOp(rv.Nullary == "UbChecks", dest.l)
	}
	fail(ErrUnsupported("`%s%s` is not evaluated", rv.Nullary, rv.Extra().Text))
	return Operand{}
}

// readDiscriminant returns the variant index and discriminant of an
// enum place (structs: variant 0, discriminant 0).
func (in *interp) readDiscriminant(p place) (int, mir.U128) {
	l := p.l
	if l.Uninhabited {
		fail(ErrUnreachable())
	}
	if !l.Multiple {
		v := l.Variant
		if l.Adt != nil && v < len(l.Adt.Variants) {
			return v, l.Adt.Variants[v].Discr
		}
		return v, mir.U128{}
	}
	tagL := l.Tag
	var tag Scalar
	if p.loc != nil {
		imm := p.loc.imm
		tag = imm.A
		if imm.Kind == ImmPair && l.TagOffset() != 0 {
			tag = imm.B
		}
	} else {
		ptr := p.mp.Ptr
		ptr.Offset += l.TagOffset()
		s, err := in.mem.ReadScalar(ptr, tagL.Size(), 1)
		if err != nil {
			fail(err)
		}
		tag = s
	}
	v, err := l.VariantOfScalar(tag)
	if err != nil {
		fail(err)
	}
	return v, l.Adt.Variants[v].Discr
}

// writeDiscriminant sets the variant of an enum place.
func (in *interp) writeDiscriminant(p place, v int) {
	l := p.l
	if !l.Multiple {
		return
	}
	tag, write := l.TagFor(v)
	if !write {
		return
	}
	if p.loc != nil {
		fail(ErrUnsupported("setting the discriminant of an immediate"))
	}
	ptr := p.mp.Ptr
	ptr.Offset += l.TagOffset()
	if err := in.mem.WriteScalar(ptr, ScalarInt(tag, uint8(l.Tag.Size())), l.Tag.Size(), 1); err != nil {
		fail(err)
	}
}

// aggregate builds a tuple, array, ADT or raw pointer into dest.
func (in *interp) aggregate(f *frame, rv *mir.Rvalue, dest place) {
	agg := rv.Agg
	if agg.Kind == mir.AggRawPtr {
		ptr := in.immediate(in.operand(f, &agg.Ops[0], nil))
		meta := in.operand(f, &agg.Ops[1], nil)
		if dest.l.Abi == AbiScalarPair {
			in.write(dest, Operand{Imm: ImmFromPair(ptr.A, in.scalar(meta)), Layout: dest.l})
		} else {
			in.write(dest, Operand{Imm: ImmFromScalar(ptr.A), Layout: dest.l})
		}
		return
	}
	if dest.loc != nil || dest.half >= 0 {
		// Build in memory, then store the immediate.
		ptr := in.allocate(dest.l, AllocStack)
		tmp := place{half: -1, mp: MemPlace{Ptr: ptr, Align: dest.l.Align}, ty: dest.ty, l: dest.l, variant: -1}
		in.aggregate(f, rv, tmp)
		in.write(dest, in.readPlace(tmp))
		return
	}
	fieldPlace := func(vl *Layout, i int, fty *mir.Ty) place {
		fl := in.layout(fty)
		off := fieldOffset(vl, i)
		q := place{half: -1, ty: fty, l: fl, variant: -1}
		q.mp = MemPlace{Ptr: dest.mp.Ptr, Align: alignOf(dest.mp.Align, off)}
		q.mp.Ptr.Offset += off
		return q
	}
	switch agg.Kind {
	case mir.AggTuple:
		if dest.ty.Kind != mir.TyTuple || len(dest.ty.Elems) != len(agg.Ops) {
			fail(ErrUnsupported("tuple of type `%s`", dest.ty.Text))
		}
		for i := range agg.Ops {
			fty := dest.ty.Elems[i]
			in.write(fieldPlace(dest.l, i, fty), in.operand(f, &agg.Ops[i], fty))
		}
	case mir.AggArray:
		et := dest.ty.Elem
		el := in.layout(et)
		for i := range agg.Ops {
			q := place{half: -1, ty: et, l: el, variant: -1}
			q.mp = MemPlace{Ptr: dest.mp.Ptr, Align: alignOf(dest.mp.Align, uint64(i)*el.Size)}
			q.mp.Ptr.Offset += uint64(i) * el.Size
			in.write(q, in.operand(f, &agg.Ops[i], et))
		}
	case mir.AggAdt:
		l := dest.l
		if l.Adt == nil {
			fail(ErrUnsupported("aggregate `%s` of type `%s`", agg.Path.Text, dest.ty.Text))
		}
		v := 0
		if l.Adt.Kind == AdtEnum {
			v = l.Adt.VariantByName(agg.Path.Last())
			if v < 0 {
				fail(ErrUnsupported("`%s` has no variant `%s`", dest.ty.Text, agg.Path.Last()))
			}
		}
		vl := l.ForVariant(v)
		for i := range agg.Ops {
			idx := i
			if agg.Named {
				idx = fieldIndexByName(l.Adt.Variants[v], agg.Fields[i])
			}
			fty, ok := in.reg.FieldTy(dest.ty, v, idx)
			if !ok {
				fail(ErrUnsupported("field %d of `%s`", idx, dest.ty.Text))
			}
			if l.Adt.Kind == AdtUnion {
				fl := in.layout(fty)
				q := place{half: -1, ty: fty, l: fl, variant: -1, mp: dest.mp}
				in.write(q, in.operand(f, &agg.Ops[i], fty))
				continue
			}
			in.write(fieldPlace(vl, idx, fty), in.operand(f, &agg.Ops[i], fty))
		}
		in.writeDiscriminant(dest, v)
	default:
		fail(ErrUnsupported("closures and coroutines are not evaluated"))
	}
}

// copyNonOverlapping executes copy_nonoverlapping(dst, src, count).
func (in *interp) copyNonOverlapping(f *frame, st *mir.Stmt) {
	dt := in.operandTy(f, &st.Ops[0])
	dst := in.scalar(in.operand(f, &st.Ops[0], dt)).Pointer()
	src := in.scalar(in.operand(f, &st.Ops[1], in.operandTy(f, &st.Ops[1]))).Pointer()
	n := in.bits(in.operand(f, &st.Ops[2], in.prog.usizeTy)).Lo
	el := in.layout(pointeeTy(dt))
	if err := in.mem.Copy(src, dst, n*el.Size, el.Align, el.Align, true); err != nil {
		fail(err)
	}
}
