// place.go evaluates places (locals with projections) and reads and
// writes them: immediate locals in the frame, everything else in memory.

package eval

import (
	"mirlsp/mir"
)

// place is an evaluated place: part of an immediate local, or memory.
type place struct {
	loc  *local // set for an immediate local
	half int8   // -1: the whole local; 0/1: a scalar of a pair
	mp   MemPlace
	ty   *mir.Ty
	l    *Layout
	// variant is the variant selected by a Downcast (-1 none).
	variant int
}

// bodyInfo is what the interpreter precomputes per body.
type bodyInfo struct {
	// inMem marks locals whose address is taken or whose places use
	// projections that need memory.
	inMem []bool
	// hasStorage marks locals with a StorageLive statement.
	hasStorage []bool
}

// bodyInfoKey is the key of a body's *bodyInfo in mir.Body.Memo.
type bodyInfoKey struct{}

// bodyInfo analyses b once.
func (p *Program) bodyInfo(b *mir.Body) *bodyInfo {
	if bi, ok := b.Memo.Load(bodyInfoKey{}); ok {
		return bi.(*bodyInfo)
	}
	bi := &bodyInfo{inMem: make([]bool, len(b.Locals)), hasStorage: make([]bool, len(b.Locals))}
	// A place needs its local in memory when it is borrowed, or projected
	// by anything but fields (of tuples) before a deref.
	mark := func(pl *mir.Place, borrowed bool) {
		if int(pl.Local) >= len(bi.inMem) {
			return
		}
		for _, pr := range pl.Proj {
			if pr.Kind == mir.ProjDeref {
				return
			}
			if pr.Kind != mir.ProjField {
				bi.inMem[pl.Local] = true
				return
			}
		}
		if borrowed {
			bi.inMem[pl.Local] = true
		}
	}
	var op func(o *mir.Operand)
	op = func(o *mir.Operand) {
		if o.Kind == mir.OpCopy || o.Kind == mir.OpMove {
			mark(&o.Place, false)
		}
	}
	for _, blk := range b.Blocks {
		for _, st := range blk.Stmts {
			switch st.Kind {
			case mir.StmtStorageLive:
				if int(st.Local) < len(bi.hasStorage) {
					bi.hasStorage[st.Local] = true
				}
			case mir.StmtAssign:
				mark(&st.Place, false)
				rv := st.Rvalue
				if rv.Kind == mir.RvCast && rv.Cast == mir.CastTransmute && len(st.Place.Proj) == 0 {
					// A transmute writes the bytes of its operand, which
					// may be partly uninitialized (padding): through memory.
					mark(&st.Place, true)
				}
				switch rv.Kind {
				case mir.RvRef, mir.RvRawPtr:
					mark(&rv.Place, true)
				case mir.RvDiscriminant, mir.RvLen, mir.RvCopyForDeref:
					mark(&rv.Place, false)
				case mir.RvAggregate:
					for i := range rv.Agg.Ops {
						op(&rv.Agg.Ops[i])
					}
				}
				op(&rv.A)
				op(&rv.B)
			case mir.StmtSetDiscriminant, mir.StmtDeinit:
				mark(&st.Place, true)
			}
			for i := range st.Ops {
				op(&st.Ops[i])
			}
		}
		if t := blk.Term; t != nil {
			switch t.Kind {
			case mir.TermCall:
				mark(&t.Place, false)
				for i := range t.Args {
					op(&t.Args[i])
				}
			case mir.TermDrop:
				mark(&t.Place, false)
			}
			op(&t.Discr)
			op(&t.Cond)
		}
	}
	v, _ := b.Memo.LoadOrStore(bodyInfoKey{}, bi)
	return v.(*bodyInfo)
}

// immLocal reports whether a local of layout l may be kept as an
// immediate: scalars, and scalar pairs of tuples and wide pointers (an
// ADT pair such as Option<u32> may hold uninitialized padding, so it
// lives in memory).
func immLocal(ty *mir.Ty, l *Layout) bool {
	if l.Adt != nil && l.Adt.Kind == AdtUnion {
		// A union may hold uninitialized bytes (MaybeUninit).
		return false
	}
	switch l.Abi {
	case AbiScalar:
		return true
	case AbiScalarPair:
		return ty.Kind == mir.TyTuple || ty.Kind == mir.TyRef || ty.Kind == mir.TyRawPtr
	}
	return false
}

// localPlace returns the place of local i of f.
func (in *interp) localPlace(f *frame, i int) place {
	ty := f.localTy(i)
	if !f.locals[i].live {
		fail(ErrDeadLocal())
	}
	l := in.initLocal(f, i)
	if !l.inMem {
		return place{loc: l, half: -1, ty: ty, l: l.layout, variant: -1}
	}
	return place{half: -1, mp: MemPlace{Ptr: l.ptr, Align: l.layout.Align}, ty: ty, l: l.layout, variant: -1}
}

// place evaluates a place of frame f.
func (in *interp) place(f *frame, pl *mir.Place) place {
	p := in.localPlace(f, int(pl.Local))
	for i := range pl.Proj {
		p = in.project(f, p, &pl.Proj[i])
	}
	return p
}

// project applies one projection.
func (in *interp) project(f *frame, p place, pr *mir.Proj) place {
	switch pr.Kind {
	case mir.ProjDeref:
		return in.deref(in.readPlace(p), p.ty)
	case mir.ProjField:
		fty := f.ty(pr.Ty)
		fl := in.layout(fty)
		vl := p.l
		if p.variant >= 0 {
			vl = p.l.ForVariant(p.variant)
		}
		if p.loc != nil {
			return in.immField(p, vl, pr.Field, fty, fl)
		}
		off := fieldOffset(vl, pr.Field)
		q := place{half: -1, ty: fty, l: fl, variant: -1}
		q.mp = p.mp
		q.mp.Ptr.Offset += off
		q.mp.Align = alignOf(p.mp.Align, off)
		if !fl.Sized {
			// The unsized tail keeps the metadata.
			q.mp.Meta, q.mp.HasMeta = p.mp.Meta, p.mp.HasMeta
		} else {
			q.mp.HasMeta = false
		}
		return q
	case mir.ProjDowncast:
		v := pr.VariantIdx
		if v < 0 {
			if p.l.Adt == nil {
				fail(ErrUnsupported("downcast of `%s` to `%s`", p.ty.Text, pr.Variant))
			}
			v = p.l.Adt.VariantByName(pr.Variant)
			if v < 0 {
				fail(ErrUnsupported("`%s` has no variant `%s`", p.ty.Text, pr.Variant))
			}
		}
		p.variant = v
		return p
	case mir.ProjIndex:
		idx := in.localUsize(f, int(pr.Index))
		return in.index(p, idx, true)
	case mir.ProjConstIndex:
		n := in.placeLen(p)
		idx := pr.Offset
		if pr.FromEnd {
			if n < pr.Offset {
				fail(ErrBounds(n, pr.Offset))
			}
			idx = n - pr.Offset
		}
		return in.index(p, idx, true)
	case mir.ProjSubslice:
		return in.subslice(p, pr)
	case mir.ProjOpaqueCast, mir.ProjSubtype, mir.ProjUnwrapBinder:
		p.ty = f.ty(pr.Ty)
		p.l = in.layout(p.ty)
		return p
	}
	fail(ErrUnsupported("projection kind %d", pr.Kind))
	return p
}

// fieldOffset is the offset of field i of a (variant) layout.
func fieldOffset(l *Layout, i int) uint64 {
	if l.Fields == FieldsArbitrary && i >= len(l.Offsets) {
		fail(ErrUnsupported("field %d of a layout with %d fields", i, len(l.Offsets)))
	}
	return l.FieldOffset(i)
}

// immField projects a field of an immediate local: a pair's halves, the
// scalar of a one-field wrapper, or a zero-sized field.
func (in *interp) immField(p place, vl *Layout, i int, ty *mir.Ty, fl *Layout) place {
	q := place{loc: p.loc, half: p.half, ty: ty, l: fl, variant: -1}
	if fl.IsZST() {
		q.loc, q.half = nil, -1
		q.mp = MemPlace{Ptr: Pointer{Offset: max(fl.Align, 1)}, Align: fl.Align}
		return q
	}
	if p.half >= 0 || vl.Abi == AbiScalar {
		return q
	}
	if vl.Abi == AbiScalarPair {
		if fieldOffset(vl, i) == 0 {
			q.half = 0
		} else {
			q.half = 1
		}
		return q
	}
	fail(ErrUnsupported("field of an immediate of type `%s`", p.ty.Text))
	return q
}

// deref turns a pointer value of type ptrTy into the place it points to.
func (in *interp) deref(v Operand, ptrTy *mir.Ty) place {
	pointee := pointeeTy(ptrTy)
	if pointee == nil {
		fail(ErrUnsupported("dereferencing a value of type `%s`", ptrTy.String()))
	}
	l := in.layout(pointee)
	imm := in.immediate(v)
	q := place{half: -1, ty: pointee, l: l, variant: -1}
	q.mp = MemPlace{Ptr: imm.A.Pointer(), Align: l.Align}
	if imm.Kind == ImmPair {
		q.mp.Meta, q.mp.HasMeta = imm.B, true
	}
	return q
}

// pointeeTy is T of &T, *const T, Box<T>.
func pointeeTy(t *mir.Ty) *mir.Ty {
	if t == nil {
		return nil
	}
	switch t.Kind {
	case mir.TyRef, mir.TyRawPtr:
		return t.Elem
	case mir.TyAdt:
		if t.Path != nil && t.Path.Last() == "Box" {
			if args := t.Path.Segs[len(t.Path.Segs)-1].Args; len(args) > 0 {
				return args[0]
			}
		}
	}
	return nil
}

// placeLen is the number of elements of an array or slice place.
func (in *interp) placeLen(p place) uint64 {
	if p.l.Sized {
		return p.l.Count
	}
	if !p.mp.HasMeta {
		fail(ErrUnsupported("length of an unsized place without metadata"))
	}
	n, err := p.mp.Meta.ToUint64()
	if err != nil {
		fail(err)
	}
	return n
}

// elemTy is the element type of an array, slice or str place.
func elemTy(t *mir.Ty, l *Layout) *mir.Ty {
	if t.Kind == mir.TyArray || t.Kind == mir.TySlice {
		return t.Elem
	}
	return l.Elem
}

// index is the place of element idx of an array or slice place.
func (in *interp) index(p place, idx uint64, check bool) place {
	n := in.placeLen(p)
	if check && idx >= n {
		fail(ErrBounds(n, idx))
	}
	et := elemTy(p.ty, p.l)
	el := in.layout(et)
	if p.loc != nil {
		// Arrays of one scalar element can be immediates.
		return place{loc: p.loc, half: p.half, ty: et, l: el, variant: -1}
	}
	off := idx * el.Size
	q := place{half: -1, ty: et, l: el, variant: -1}
	q.mp = MemPlace{Ptr: p.mp.Ptr, Align: alignOf(p.mp.Align, off)}
	if !p.l.Sized && off > 0 && p.mp.Ptr.Alloc != 0 {
		// A slice's length may lie (from_raw_parts): rustc's index is
		// in-bounds pointer arithmetic.
		if _, err := in.mem.Offset(p.mp.Ptr, int64(off)); err != nil {
			fail(err)
		}
	}
	q.mp.Ptr.Offset += off
	return q
}

// subslice is p[from..to] (arrays) or p[from:-to] (slices).
func (in *interp) subslice(p place, pr *mir.Proj) place {
	n := in.placeLen(p)
	from, to := pr.Offset, pr.MinLen
	end := to
	if pr.FromEnd {
		end = n - to
	}
	if from > end || end > n {
		fail(ErrUnsupported("subslice %d..%d of length %d", from, end, n))
	}
	et := elemTy(p.ty, p.l)
	el := in.layout(et)
	q := place{half: -1, variant: -1}
	q.mp = MemPlace{Ptr: p.mp.Ptr, Align: p.mp.Align}
	q.mp.Ptr.Offset += from * el.Size
	if p.ty.Kind == mir.TyArray {
		q.ty = in.arrayTy(et, end-from)
		q.l = in.layout(q.ty)
	} else {
		q.ty, q.l = p.ty, p.l
		q.mp.Meta, q.mp.HasMeta = ScalarUint(end-from, PtrSize), true
	}
	return q
}

// arrayTy returns the type [elem; n].
func (in *interp) arrayTy(elem *mir.Ty, n uint64) *mir.Ty {
	return &mir.Ty{Kind: mir.TyArray, Elem: elem, Len: int64(n), LenSet: true,
		Text: "[" + elem.Text + "; " + mir.U128From(n).Decimal() + "]"}
}

// localUsize reads local i as a usize.
func (in *interp) localUsize(f *frame, i int) uint64 {
	v := in.readPlace(in.localPlace(f, i))
	n, err := in.scalar(v).ToUint64()
	if err != nil {
		fail(err)
	}
	return n
}

// readPlace reads a place as an operand.
func (in *interp) readPlace(p place) Operand {
	if p.loc != nil {
		imm := p.loc.imm
		if p.half >= 0 {
			if imm.Kind != ImmPair {
				fail(ErrUnsupported("reading part of an uninitialized local"))
			}
			s := imm.A
			if p.half == 1 {
				s = imm.B
			}
			return Operand{Imm: ImmFromScalar(s), Layout: p.l}
		}
		return Operand{Imm: imm, Layout: p.l}
	}
	return Operand{Indirect: true, Place: p.mp, Layout: p.l}
}

// immediate returns v as an immediate, reading memory if needed.
func (in *interp) immediate(v Operand) Immediate {
	if v.Layout != nil && v.Layout.Size == 0 && v.Layout.Sized {
		// A zero-sized value has no bytes to read.
		return Immediate{Kind: ImmScalar}
	}
	if !v.Indirect {
		if v.Imm.Kind == ImmUninit && v.Layout != nil && v.Layout.Size > 0 && !v.Layout.A.Union {
			fail(ErrUninitUnknown())
		}
		return v.Imm
	}
	imm, ok, err := in.mem.ReadImmediateAt(v.Place.Ptr, v.Layout, placeAlign(v.Place, v.Layout))
	if err != nil {
		fail(err)
	}
	if !ok {
		fail(ErrUnsupported("reading a value of type `%s` as an immediate", v.Layout.Ty.String()))
	}
	return imm
}

// scalar returns v as a scalar.
func (in *interp) scalar(v Operand) Scalar {
	imm := in.immediate(v)
	if imm.Kind != ImmScalar {
		fail(ErrUnsupported("expected a scalar value"))
	}
	return imm.A
}

// write stores v into place p.
func (in *interp) write(p place, v Operand) {
	if p.loc != nil {
		if p.half >= 0 {
			s := in.scalar(v)
			if p.loc.imm.Kind != ImmPair {
				p.loc.imm = Immediate{Kind: ImmPair}
				p.loc.imm.A.Size = uint8(p.loc.layout.A.Size())
				p.loc.imm.B.Size = uint8(p.loc.layout.B.Size())
			}
			if p.half == 0 {
				p.loc.imm.A = s
			} else {
				p.loc.imm.B = s
			}
			return
		}
		if in.unionPartlyUninit(v) && in.spill(p.loc) {
			in.writeToMemAt(p.loc.ptr, v, p.l, p.l.Align)
			return
		}
		p.loc.imm = in.immediate(v)
		return
	}
	in.writeToMemAt(p.mp.Ptr, v, p.l, placeAlign(p.mp, p.l))
}

// unionPartlyUninit reports whether v, a value in memory whose scalar
// or scalar pair may be uninitialized (it holds a union such as
// MaybeUninit), has both initialized and uninitialized bytes. rustc
// does not read such a value as an immediate but copies its bytes.
func (in *interp) unionPartlyUninit(v Operand) bool {
	l := v.Layout
	if !v.Indirect || l == nil || !(l.Abi == AbiScalar && l.A.Union || l.Abi == AbiScalarPair && (l.A.Union || l.B.Union)) {
		return false
	}
	a, ok := in.mem.Get(v.Place.Ptr.Alloc)
	off := v.Place.Ptr.Offset
	if !ok || a.Kind == AllocFn || a.Kind == AllocVTable || off+l.Size > uint64(len(a.Bytes)) {
		return false
	}
	_, _, uninit := a.firstUninit(off, off+l.Size)
	return uninit && a.scanInit(off, off+l.Size, false) != off+l.Size
}

// firstHalfUninit reports whether v, a scalar pair in memory, has an
// uninitialized first half. rustc copies such a value as bytes (and
// reports it when it validates or uses it), while an uninitialized
// second half fails the typed copy.
func (in *interp) firstHalfUninit(v Operand) bool {
	if !v.Indirect || v.Layout == nil || v.Layout.Abi != AbiScalarPair || v.Layout.A.Union {
		return false
	}
	a, ok := in.mem.Get(v.Place.Ptr.Alloc)
	off := v.Place.Ptr.Offset
	return ok && a.Kind != AllocFn && a.Kind != AllocVTable && off+v.Layout.Size <= uint64(len(a.Bytes)) &&
		!a.allInit(off, off+v.Layout.A.Size())
}

// writeBytes stores v, a value in memory, into place p as a copy of its
// bytes; a local held as an immediate moves to memory to hold them.
func (in *interp) writeBytes(p place, v Operand) {
	if p.loc != nil && p.half < 0 && in.spill(p.loc) {
		in.writeToMemAt(p.loc.ptr, v, p.l, p.l.Align)
		return
	}
	in.write(p, v)
}

// spill moves a live local held as an immediate into memory, keeping it
// there until its frame ends. It reports false when no frame of the
// stack owns l.
func (in *interp) spill(l *local) bool {
	for _, f := range in.stack {
		for i := range f.locals {
			if &f.locals[i] != l {
				continue
			}
			if !l.live || l.inMem {
				return false
			}
			imm := l.imm
			l.inMem = true
			in.initLocal(f, i)
			if imm.Kind != ImmUninit {
				in.writeToMem(l.ptr, Operand{Imm: imm, Layout: l.layout}, l.layout)
			}
			return true
		}
	}
	return false
}

// placeAlign is the alignment an access to a place of layout l requires:
// the type's, or less for a field of a packed struct (rustc checks the
// place's alignment).
func placeAlign(mp MemPlace, l *Layout) uint64 {
	if mp.Align > 0 && mp.Align < l.Align {
		return mp.Align
	}
	return l.Align
}

// writeToMem stores v (of layout l) at ptr.
func (in *interp) writeToMem(ptr Pointer, v Operand, l *Layout) {
	in.writeToMemAt(ptr, v, l, l.Align)
}

// writeToMemAt stores v (of layout l) at ptr, a place of alignment align.
func (in *interp) writeToMemAt(ptr Pointer, v Operand, l *Layout, align uint64) {
	if l.Size == 0 {
		if _, err := in.mem.Check(ptr, 0, align, OpMemoryAccess, true); err != nil {
			fail(err)
		}
		return
	}
	if v.Indirect {
		if v.Place.Ptr == ptr {
			return
		}
		if err := in.mem.Copy(v.Place.Ptr, ptr, l.Size, placeAlign(v.Place, l), align, false); err != nil {
			fail(err)
		}
		return
	}
	if v.Imm.Kind == ImmUninit {
		if err := in.mem.WriteUninit(ptr, l.Size, align); err != nil {
			fail(err)
		}
		return
	}
	if err := in.mem.WriteImmediateAt(ptr, v.Imm, l, align); err != nil {
		fail(err)
	}
}

// writeLocal stores v into local i of f (arguments).
func (in *interp) writeLocal(f *frame, i int, v Operand) {
	in.write(in.localPlace(f, i), v)
}

// writeUninit de-initializes a place.
func (in *interp) writeUninit(p place) {
	if p.loc != nil {
		p.loc.imm = Immediate{}
		return
	}
	if err := in.mem.WriteUninit(p.mp.Ptr, p.l.Size, p.l.Align); err != nil {
		fail(err)
	}
}

// forceMem returns a memory place holding p's value (for immediates, a
// temporary copy).
func (in *interp) toMem(v Operand) MemPlace {
	if v.Indirect {
		return v.Place
	}
	ptr := in.allocate(v.Layout, AllocStack)
	in.writeToMem(ptr, v, v.Layout)
	return MemPlace{Ptr: ptr, Align: v.Layout.Align}
}

// placeTy computes the type of a place without evaluating it.
func (in *interp) placeTy(f *frame, pl *mir.Place) *mir.Ty {
	ty := f.localTy(int(pl.Local))
	for _, pr := range pl.Proj {
		switch pr.Kind {
		case mir.ProjDeref:
			ty = pointeeTy(ty)
			if ty == nil {
				fail(ErrUnsupported("dereferencing a non-pointer"))
			}
		case mir.ProjField, mir.ProjOpaqueCast, mir.ProjSubtype, mir.ProjUnwrapBinder:
			ty = f.ty(pr.Ty)
		case mir.ProjIndex, mir.ProjConstIndex:
			ty = elemTy(ty, in.layout(ty))
		case mir.ProjSubslice:
			if ty.Kind == mir.TyArray {
				ty = in.arrayTy(ty.Elem, uint64(ty.Len)-pr.Offset-pr.MinLen)
			}
		}
	}
	return ty
}
