// operand.go evaluates operands and turns MIR constants into values.

package eval

import (
	"strings"

	"mirlsp/mir"
)

// operand evaluates op; ty is the type the context expects (used for
// constants whose text does not carry a type), or nil.
func (in *interp) operand(f *frame, op *mir.Operand, ty *mir.Ty) Operand {
	switch op.Kind {
	case mir.OpCopy, mir.OpMove:
		if len(op.Place.Proj) == 0 {
			// Fast path: a whole immediate local.
			if l := &f.locals[op.Place.Local]; l.live && l.layout != nil && !l.inMem {
				return Operand{Imm: l.imm, Layout: l.layout}
			}
		}
		return in.readPlace(in.place(f, &op.Place))
	case mir.OpConst:
		c := op.Const
		if c.Kind == mir.ConstItem && c.Item == nil && len(c.Path.Segs) == 1 {
			if v, ok := f.constParam(c.Path.Text); ok {
				return Operand{Imm: ImmFromScalar(ScalarUint(v, PtrSize)), Layout: in.layout(in.prog.usizeTy)}
			}
		}
		if v, ok := in.consts[c]; ok && f.sub == nil {
			return v
		}
		v := in.constOperand(c, f.ty(ty))
		if f.sub == nil && c.Ty != nil && (c.Kind == mir.ConstInt || c.Kind == mir.ConstBool || c.Kind == mir.ConstChar || c.Kind == mir.ConstFloat) {
			in.consts[c] = v
		}
		return v
	case mir.OpRuntime:
		// CTFE runs with UB checks and overflow checks on, contracts off.
		return Operand{Imm: ImmFromScalar(ScalarBool(op.Runtime != mir.ContractChecks)), Layout: in.layout(in.prog.boolTy)}
	}
	fail(ErrUnsupported("operand kind %d", op.Kind))
	return Operand{}
}

// operandTy is the type of an operand, or nil when only the context knows.
func (in *interp) operandTy(f *frame, op *mir.Operand) *mir.Ty {
	switch op.Kind {
	case mir.OpCopy, mir.OpMove:
		return in.placeTy(f, &op.Place)
	case mir.OpConst:
		c := op.Const
		if c.Ty != nil {
			return f.ty(c.Ty)
		}
		if c.Kind == mir.ConstItem && c.Item == nil && len(c.Path.Segs) == 1 {
			if _, ok := f.constParam(c.Path.Text); ok {
				return in.prog.usizeTy
			}
		}
		if c.Kind == mir.ConstItem && c.Item != nil && c.Item.Ty != nil {
			return c.Item.Ty
		}
		if c.Kind == mir.ConstItem && c.Item == nil {
			if it := in.prog.crossFile(c.Path, false); it != nil {
				return it.Ty
			}
			if v, ok := in.coreConst(c.Path); ok {
				return v.Layout.Ty
			}
			if owner, _ := calleeKey(c.Path); owner == "Duration" {
				return tyDuration
			}
		}
		if c.Kind == mir.ConstStr {
			return in.prog.strRefTy
		}
	case mir.OpRuntime:
		return in.prog.boolTy
	}
	return nil
}

// zst is the value of a zero-sized type.
func (in *interp) zst(ty *mir.Ty) Operand {
	l := in.layout(ty)
	return Operand{Indirect: true, Place: MemPlace{Ptr: Pointer{Offset: max(l.Align, 1)}, Align: l.Align}, Layout: l}
}

// constOperand turns a MIR constant into a value of type ty.
func (in *interp) constOperand(c *mir.Const, ty *mir.Ty) Operand {
	if c.Ty != nil && c.Kind != mir.ConstZeroSized {
		ty = c.Ty
	}
	switch c.Kind {
	case mir.ConstInt, mir.ConstBool, mir.ConstChar, mir.ConstFloat, mir.ConstIntPtr, mir.ConstTransmute:
		if ty == nil {
			fail(ErrUnsupported("constant `%s` of unknown type", constText(c)))
		}
		l := in.layout(ty)
		if l.Abi != AbiScalar {
			if l.Size == 0 {
				return in.zst(ty)
			}
			fail(ErrUnsupported("scalar constant of type `%s`", ty.Text))
		}
		return Operand{Imm: ImmFromScalar(ScalarInt(c.Int, uint8(l.A.Size()))), Layout: l}
	case mir.ConstUnit, mir.ConstZeroSized, mir.ConstFn:
		if ty == nil {
			ty = in.prog.unitTy
		}
		if c.Kind == mir.ConstZeroSized && c.Ty != nil {
			ty = c.Ty
		}
		return in.zst(ty)
	case mir.ConstStr:
		if ty == nil {
			ty = in.prog.strRefTy
		}
		ptr := in.bytesAlloc(c.Bytes)
		return Operand{Imm: ImmFromPair(ScalarPtr(ptr), ScalarUint(uint64(len(c.Bytes)), PtrSize)), Layout: in.layout(ty)}
	case mir.ConstByteStr:
		return in.byteStrOperand(c, ty)
	case mir.ConstTuple, mir.ConstArray, mir.ConstAdt:
		if ty == nil {
			fail(ErrUnsupported("constant `%s` of unknown type", constText(c)))
		}
		l := in.layout(ty)
		ptr := in.allocate(l, AllocStack)
		in.writeConst(MemPlace{Ptr: ptr, Align: l.Align}, c, ty, l)
		return Operand{Indirect: true, Place: MemPlace{Ptr: ptr, Align: l.Align}, Layout: l}
	case mir.ConstItem:
		if c.Item != nil {
			return in.itemValue(c.Item)
		}
		if it := in.prog.crossFile(c.Path, false); it != nil {
			return in.itemValue(it)
		}
		return in.externConst(c, ty)
	case mir.ConstAlloc:
		if ty == nil {
			fail(ErrUnsupported("pointer constant of unknown type"))
		}
		l := in.layout(ty)
		id := fileAllocID(in.curFile, in.home, c.Alloc)
		ptr := Pointer{Alloc: id, Offset: c.Offset, Imm: true}
		if l.Abi == AbiScalar {
			return Operand{Imm: ImmFromScalar(ScalarPtr(ptr)), Layout: l}
		}
		fail(ErrUnsupported("wide pointer constant `%s`", constText(c)))
	case mir.ConstFnPtr:
		if ty == nil {
			ty = c.Ty
		}
		return Operand{Imm: ImmFromScalar(ScalarPtr(in.fnPtr(c.Path, c.Item))), Layout: in.layout(ty)}
	case mir.ConstStatic:
		if it := in.staticByDefID(c.Text); it != nil && ty != nil {
			return Operand{Imm: ImmFromScalar(ScalarPtr(in.staticPtr(it))), Layout: in.layout(ty)}
		}
	}
	fail(ErrUnsupported("constant `%s` is not evaluated", constText(c)))
	return Operand{}
}

// constText is a constant's text for messages.
func constText(c *mir.Const) string {
	if c.Path != nil {
		return c.Path.Text
	}
	if c.Text != "" {
		return c.Text
	}
	return "…"
}

// bytesAlloc returns a pointer to an immutable allocation holding b
// (string and byte string literals).
func (in *interp) bytesAlloc(b []byte) Pointer {
	a := AllocationFromBytes(b, 1, AllocGlobal, false)
	return in.mem.Add(a)
}

// byteStrOperand is b"..." as &[u8; N], &[u8], or by value (*b"...").
func (in *interp) byteStrOperand(c *mir.Const, ty *mir.Ty) Operand {
	n := uint64(len(c.Bytes))
	if c.Deref {
		at := ty
		if at == nil {
			at = in.arrayTy(in.prog.u8Ty, n)
		}
		l := in.layout(at)
		ptr := in.bytesAlloc(c.Bytes)
		return Operand{Indirect: true, Place: MemPlace{Ptr: ptr, Align: 1}, Layout: l}
	}
	if ty == nil {
		ty = &mir.Ty{Kind: mir.TyRef, Elem: in.arrayTy(in.prog.u8Ty, n)}
		ty.Text = "&" + ty.Elem.Text
	}
	l := in.layout(ty)
	ptr := in.bytesAlloc(c.Bytes)
	if l.Abi == AbiScalarPair {
		return Operand{Imm: ImmFromPair(ScalarPtr(ptr), ScalarUint(n, PtrSize)), Layout: l}
	}
	return Operand{Imm: ImmFromScalar(ScalarPtr(ptr)), Layout: l}
}

// writeConst writes a destructured constant (tuple, array, ADT, or a
// leaf) of type ty into memory at mp.
func (in *interp) writeConst(mp MemPlace, c *mir.Const, ty *mir.Ty, l *Layout) {
	switch c.Kind {
	case mir.ConstTuple:
		if ty.Kind != mir.TyTuple || len(ty.Elems) != len(c.Fields) {
			fail(ErrUnsupported("tuple constant of type `%s`", ty.Text))
		}
		for i, fc := range c.Fields {
			in.writeConstField(mp, l, i, fc, ty.Elems[i])
		}
	case mir.ConstArray:
		if ty.Kind != mir.TyArray || uint64(len(c.Fields)) != l.Count {
			fail(ErrUnsupported("array constant of type `%s`", ty.Text))
		}
		el := in.layout(ty.Elem)
		for i, fc := range c.Fields {
			q := mp
			q.Ptr.Offset += uint64(i) * el.Size
			in.writeConst(q, fc, ty.Elem, el)
		}
	case mir.ConstAdt:
		if l.Adt == nil {
			fail(ErrUnsupported("constant `%s` of type `%s`", constText(c), ty.Text))
		}
		v := 0
		if l.Adt.Kind == AdtEnum {
			v = l.Adt.VariantByName(c.Path.Last())
			if v < 0 {
				fail(ErrUnsupported("`%s` has no variant `%s`", ty.Text, c.Path.Last()))
			}
		}
		vl := l.ForVariant(v)
		for i, fc := range c.Fields {
			idx := i
			if c.Names != nil {
				idx = fieldIndexByName(l.Adt.Variants[v], c.Names[i])
			}
			fty, ok := in.reg.FieldTy(ty, v, idx)
			if !ok {
				fail(ErrUnsupported("field %d of `%s`", idx, ty.Text))
			}
			in.writeConstField(mp, vl, idx, fc, fty)
		}
		in.writeDiscriminant(place{half: -1, mp: mp, ty: ty, l: l, variant: -1}, v)
	default:
		v := in.constOperand(c, ty)
		in.writeToMem(mp.Ptr, v, l)
	}
}

func (in *interp) writeConstField(mp MemPlace, l *Layout, i int, c *mir.Const, fty *mir.Ty) {
	fl := in.layout(fty)
	q := mp
	off := fieldOffset(l, i)
	q.Ptr.Offset += off
	q.Align = alignOf(mp.Align, off)
	in.writeConst(q, c, fty, fl)
}

func fieldIndexByName(v *VariantDef, name string) int {
	for i, f := range v.Fields {
		if f.Name == name {
			return i
		}
	}
	fail(ErrUnsupported("no field `%s` in `%s`", name, v.Name))
	return 0
}

// itemValue evaluates another item (a const, static or promoted) through
// the memo and returns its value.
func (in *interp) itemValue(it *mir.Item) Operand {
	if it.Kind == mir.ItemStaticMut && !in.staticRoot() {
		fail(ErrMutableGlobal())
	}
	res := in.ev.eval(in.ctx, it, in)
	if res.Err != nil {
		if res.Err.Kind == KindUnsupported || res.Err.Kind == KindLimit {
			fail(&EvalError{Kind: res.Err.Kind, Msg: res.Err.Msg})
		}
		e := ErrReferencedConst(it, res.Err)
		if n := len(in.stack); n > 0 {
			top := in.stack[n-1]
			e.Use, e.UseItem = top.currentSpan(), top.item
		}
		fail(e)
	}
	return in.constValueOperand(res.Value, res.Layout)
}

// constValueOperand turns a ConstValue back into an operand.
func (in *interp) constValueOperand(cv ConstValue, l *Layout) Operand {
	switch cv.Kind {
	case ConstScalar:
		return Operand{Imm: ImmFromScalar(cv.Scalar), Layout: l}
	case ConstZeroSized:
		return in.zst(l.Ty)
	case ConstSlice:
		return Operand{Imm: ImmFromPair(ScalarPtr(cv.Ptr), ScalarUint(cv.Len, PtrSize)), Layout: l}
	}
	return Operand{Indirect: true, Place: MemPlace{Ptr: cv.Ptr, Align: l.Align}, Layout: l}
}

// externConst evaluates a named constant that is not in the file: an ADT
// unit variant, or an associated const of core.
func (in *interp) externConst(c *mir.Const, ty *mir.Ty) Operand {
	last := c.Path.Last()
	if ty != nil {
		if l, err := in.reg.LayoutOf(ty); err == nil && l.Adt != nil {
			v := l.Adt.VariantByName(last)
			if l.Adt.Kind != AdtEnum && (last == l.Adt.Name || len(l.Adt.Variants) == 1) {
				v = 0
			}
			if v >= 0 && len(l.Adt.Variants[v].Fields) == 0 {
				ptr := in.allocate(l, AllocStack)
				p := place{half: -1, mp: MemPlace{Ptr: ptr, Align: l.Align}, ty: ty, l: l, variant: -1}
				in.writeDiscriminant(p, v)
				return in.readPlace(p)
			}
		}
	}
	// <T as std::mem::SizedTypeProperties>::SIZE / ::ALIGN
	if seg := c.Path.Segs[0]; seg.QSelf != nil && seg.QTrait != nil && seg.QTrait.Last() == "SizedTypeProperties" {
		l := in.layout(seg.QSelf)
		v := l.Size
		if last == "ALIGN" {
			v = l.Align
		}
		return Operand{Imm: ImmFromScalar(ScalarUint(v, PtrSize)), Layout: in.layout(in.prog.usizeTy)}
	}
	if v, ok := in.coreConst(c.Path); ok {
		return v
	}
	if owner, name := calleeKey(c.Path); owner == "Duration" {
		if v, ok := in.durationConst(name, ty); ok {
			return v
		}
	}
	fail(ErrUnsupported("constant `%s` is not defined in the file", c.Path.Text))
	return Operand{}
}

// staticByDefID finds the static named in `<static(DefId(0:9 ~ t4[e94a]::STAT))>`.
func (in *interp) staticByDefID(text string) *mir.Item {
	i := strings.Index(text, "::")
	if i < 0 {
		return nil
	}
	name := strings.TrimRight(text[i+2:], ")>")
	return in.prog.Item(name)
}
