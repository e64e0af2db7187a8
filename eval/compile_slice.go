// compile_slice.go compiles reads through a reference to an integer slice
// or array — `_x = copy (*_r)[_i]` and `_n = PtrMetadata(copy _r)` —
// the statements of a loop scanning a slice constant. Like every
// compiled form they decline, without effect, whenever the general path
// might do anything else, and that path then reports any error.

package eval

import "mirlsp/mir"

// refElement returns, for a place `(*_r)[_i]` where _r is a reference to
// a slice or array of integers (an immediate local) and _i an integer
// local, a reader of the element.
func (c *compiler) refElement(pl *mir.Place) (reader, IntTy, bool) {
	if len(pl.Proj) != 2 || pl.Proj[0].Kind != mir.ProjDeref || pl.Proj[1].Kind != mir.ProjIndex {
		return nil, IntTy{}, false
	}
	r, i := int(pl.Local), int(pl.Proj[1].Index)
	ty := c.localTy(r)
	if ty == nil || ty.Kind != mir.TyRef || ty.Elem == nil || c.infos[r].kind != notFast || c.infos[i].kind != fastInt {
		return nil, IntTy{}, false
	}
	arr := ty.Elem
	slice := arr.Kind == mir.TySlice
	if !slice && !(arr.Kind == mir.TyArray && arr.LenSet) || arr.Elem == nil || arr.Elem.Kind == mir.TyBool || arr.Elem.Kind == mir.TyChar {
		return nil, IntTy{}, false
	}
	et, ok := intTyOf(arr.Elem)
	if !ok {
		return nil, IntTy{}, false
	}
	size, arrLen := et.Size(), uint64(arr.Len)
	return func(in *interp, f *frame) (mir.U128, bool) {
		ref, idx := &f.locals[r], &f.locals[i]
		if !ref.live || ref.inMem || !idx.live || idx.imm.Kind != ImmScalar || idx.imm.A.Prov != 0 {
			return mir.U128{}, false
		}
		n := arrLen
		if slice {
			if ref.imm.Kind != ImmPair || ref.imm.B.Prov != 0 || ref.imm.B.Bits.Hi != 0 {
				return mir.U128{}, false
			}
			n = ref.imm.B.Bits.Lo
		} else if ref.imm.Kind != ImmScalar {
			return mir.U128{}, false
		}
		k := idx.imm.A.Bits
		if ref.imm.A.Prov == 0 || k.Hi != 0 || k.Lo >= n {
			return mir.U128{}, false
		}
		p := ref.imm.A.Pointer()
		a := in.elemAlloc(f, p, size, false)
		if a == nil {
			return mir.U128{}, false
		}
		off := k.Lo * size
		if k.Lo > (1<<63)/size || p.Offset+off < p.Offset || p.Offset+off+size > a.Size {
			return mir.U128{}, false
		}
		p.Offset += off
		v, err := a.readScalar(p, size)
		if err != nil || v.Prov != 0 {
			return mir.U128{}, false
		}
		return v.Bits, true
	}, et, true
}

// ptrMetadata compiles `_n = PtrMetadata(copy _r)` for a reference to a
// slice held as an immediate pair, into an integer local.
func (c *compiler) ptrMetadata(pl *mir.Place, rv *mir.Rvalue) fastOp {
	if rv.Un != mir.UnPtrMetadata || rv.A.Kind != mir.OpCopy && rv.A.Kind != mir.OpMove || len(rv.A.Place.Proj) != 0 {
		return nil
	}
	r := int(rv.A.Place.Local)
	ty := c.localTy(r)
	d, dl, ok := c.dest(pl, fastInt)
	if !ok || dl.it != Usize || ty == nil || ty.Kind != mir.TyRef || ty.Elem == nil || ty.Elem.Kind != mir.TySlice || c.infos[r].kind != notFast {
		return nil
	}
	return func(in *interp, f *frame) bool {
		ref, l := &f.locals[r], &f.locals[d]
		if !ref.live || ref.inMem || ref.imm.Kind != ImmPair || ref.imm.B.Prov != 0 || !l.live {
			return false
		}
		setInt(l, ref.imm.B.Bits, 8)
		return true
	}
}
