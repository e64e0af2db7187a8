// lower_pat.go lowers pattern tests (jumping to a failure block) and
// bindings.

package rustsrc

import (
	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

// patPlace applies a pattern's implicit derefs to the scrutinee place.
func (b *builder) patPlace(pt syntax.Pat, pl mir.Place) mir.Place {
	for i := 0; i < b.c.patDerefs[pt]; i++ {
		pl = deref(pl)
	}
	return pl
}

func (b *builder) patTy(pt syntax.Pat) *Type {
	t := res(b.c.patTy[pt])
	for i := 0; i < b.c.patDerefs[pt]; i++ {
		t = res(t.elem)
	}
	return t
}

func (b *builder) eqTest(pl mir.Place, op mir.Operand, failB mir.BlockID, sp mir.Span) {
	ok := b.temp(tyBool, sp)
	b.assign(ok, &mir.Rvalue{Kind: mir.RvBinary, Op: mir.BinEq, A: cp(pl), B: op}, sp)
	next := b.newBlock()
	b.switchBool(mv(ok), failB, next, sp)
	b.cur = next
}

// test jumps to failB unless the value at pl matches pt.
func (b *builder) test(pt syntax.Pat, pl mir.Place, failB mir.BlockID) {
	sp := pt.NodeSpan()
	switch p := pt.(type) {
	case *syntax.WildPat, *syntax.RestPat:
		return
	case *syntax.ParenPat:
		b.test(p.Pat, pl, failB)
		return
	case *syntax.IdentPat:
		if d := b.c.patDef[pt]; d != nil {
			b.pathTest(d, b.patPlace(pt, pl), b.patTy(pt), failB, sp)
			return
		}
		if p.Sub != nil {
			b.test(p.Sub, pl, failB)
		}
		return
	}
	pl = b.patPlace(pt, pl)
	t := b.patTy(pt)
	switch p := pt.(type) {
	case *syntax.LitPat:
		if lit, ok := p.Expr.(*syntax.Lit); ok && lit.Kind == syntax.LitByteStr && (t.kind == kSlice || t.kind == kArray) {
			bs, _ := lit.Unquote()
			b.byteStrTest(pl, t, []byte(bs), failB, sp)
			return
		}
		op, ok := b.constOperand(p.Expr)
		if !ok {
			fail("this literal pattern is not supported")
		}
		b.eqTest(pl, op, failB, sp)
	case *syntax.RangePat:
		cmp := func(op mir.BinOp, x, y mir.Operand) {
			ok := b.temp(tyBool, sp)
			b.assign(ok, &mir.Rvalue{Kind: mir.RvBinary, Op: op, A: x, B: y}, sp)
			next := b.newBlock()
			b.switchBool(mv(ok), failB, next, sp)
			b.cur = next
		}
		if p.Lo != nil {
			lo := b.patConst(p.Lo)
			cmp(mir.BinLe, lo, cp(pl))
		}
		if p.Hi != nil {
			hi := b.patConst(p.Hi)
			if p.Closed {
				cmp(mir.BinLe, cp(pl), hi)
			} else {
				cmp(mir.BinLt, cp(pl), hi)
			}
		}
	case *syntax.PathPat:
		b.pathTest(b.c.patDef[pt], pl, t, failB, sp)
	case *syntax.TuplePat:
		b.subTests(p.Elems, pl, t.elems, failB)
	case *syntax.TupleStructPat:
		d := b.c.patDef[pt]
		vp := b.variantTest(d.variant, pl, t, failB, sp)
		var fts []*Type
		for i := range d.variant.fields {
			fts = append(fts, b.p.fieldType(d.variant, i, t.args))
		}
		b.subTests(p.Elems, vp, fts, failB)
	case *syntax.StructPat:
		d := b.c.patDef[pt]
		vp := b.variantTest(d.variant, pl, t, failB, sp)
		for _, fp := range p.Fields {
			i := d.variant.fieldIndex(fp.Name.Name)
			b.test(fp.Pat, b.field(vp, i, b.p.fieldType(d.variant, i, t.args)), failB)
		}
	case *syntax.OrPat:
		ok := b.newBlock()
		for _, alt := range p.Alts {
			next := b.newBlock()
			b.test(alt, pl, next)
			b.bind(alt, pl)
			b.gotoB(ok, sp)
			b.cur = next
		}
		b.gotoB(failB, sp)
		b.cur = ok
	case *syntax.SlicePat:
		before, after, rest := slicePatShape(p)
		if t.kind == kSlice {
			n := len(pl.Proj)
			if n == 0 || pl.Proj[n-1].Kind != mir.ProjDeref {
				fail("the pattern `%s` is not supported here", b.p.text(pt))
			}
			ref := mir.Place{Local: pl.Local, Proj: pl.Proj[:n-1]}
			ln := b.temp(tyUsize, sp)
			b.assign(ln, &mir.Rvalue{Kind: mir.RvUnary, Un: mir.UnPtrMetadata, A: cp(ref)}, sp)
			op := mir.BinEq
			if rest >= 0 {
				op = mir.BinGe
			}
			ok := b.temp(tyBool, sp)
			b.assign(ok, &mir.Rvalue{Kind: mir.RvBinary, Op: op, A: mv(ln), B: b.constInt(tyUsize, mir.U128From(uint64(before+after)))}, sp)
			next := b.newBlock()
			b.switchBool(mv(ok), failB, next, sp)
			b.cur = next
		}
		for i, el := range p.Elems {
			if i != rest {
				b.test(el, slicePlace(pl, i, before, after, rest), failB)
			}
		}
	case *syntax.RefPat:
		b.test(p.Pat, deref(pl), failB)
	default:
		fail("the pattern `%s` is not supported", b.p.text(pt))
	}
}

// byteStrTest matches a byte array or slice against a byte string.
func (b *builder) byteStrTest(pl mir.Place, t *Type, bs []byte, failB mir.BlockID, sp mir.Span) {
	k := uint64(len(bs))
	if t.kind == kSlice {
		n := len(pl.Proj)
		if n == 0 || pl.Proj[n-1].Kind != mir.ProjDeref {
			fail("this byte string pattern is not supported")
		}
		ref := mir.Place{Local: pl.Local, Proj: pl.Proj[:n-1]}
		ln := b.temp(tyUsize, sp)
		b.assign(ln, &mir.Rvalue{Kind: mir.RvUnary, Un: mir.UnPtrMetadata, A: cp(ref)}, sp)
		b.eqTest(ln, b.constInt(tyUsize, mir.U128From(k)), failB, sp)
	}
	for i, c := range bs {
		b.eqTest(proj(pl, mir.Proj{Kind: mir.ProjConstIndex, Offset: uint64(i), MinLen: k}), b.constInt(tyU8, mir.U128From(uint64(c))), failB, sp)
	}
}

// patConst lowers the bound of a range pattern (a literal or a const).
func (b *builder) patConst(e syntax.Expr) mir.Operand {
	if op, ok := b.constOperand(e); ok {
		return op
	}
	if pe, ok := e.(*syntax.PathExpr); ok {
		if d, ok := b.c.refs[pe].(*def); ok && (d.kind == defConst || d.kind == defCore) {
			return b.operand(e)
		}
	}
	fail("this pattern bound is not supported")
	return mir.Operand{}
}

func (b *builder) pathTest(d *def, pl mir.Place, t *Type, failB mir.BlockID, sp mir.Span) {
	switch d.kind {
	case defVariant:
		b.variantTest(d.variant, pl, t, failB, sp)
	case defConst:
		b.dep(d.cnst.mir)
		b.p.addUse(b.file, sp, d.cnst)
		op := mir.Operand{Kind: mir.OpConst, Const: &mir.Const{Kind: mir.ConstItem, Path: d.cnst.mir.Path, Item: d.cnst.mir, Ty: b.mty(t)}}
		b.eqTest(pl, op, failB, sp)
	default:
		fail("the pattern is not supported")
	}
}

// variantTest checks the discriminant of an enum and returns the place
// downcast to the variant.
func (b *builder) variantTest(v *variant, pl mir.Place, t *Type, failB mir.BlockID, sp mir.Span) mir.Place {
	a := v.adt
	if a.kind != mir.AdtEnum {
		return pl
	}
	// rustc attributes the discriminant read to the scrutinee.
	if b.scrut != (mir.Span{}) {
		sp = b.scrut
	}
	d := b.temp(a.discrTy, sp)
	b.assign(d, &mir.Rvalue{Kind: mir.RvDiscriminant, Place: pl}, sp)
	next := b.newBlock()
	b.term(&mir.Terminator{Kind: mir.TermSwitchInt, Discr: mv(d), Arms: []mir.SwitchTarget{{Value: v.discr, Target: next}},
		Otherwise: failB, Span: sp})
	b.cur = next
	return proj(pl, mir.Proj{Kind: mir.ProjDowncast, Variant: v.name, VariantIdx: v.idx})
}

func splitRest(elems []syntax.Pat, n int) (idx []int) {
	rest := -1
	for i, e := range elems {
		if _, ok := e.(*syntax.RestPat); ok {
			rest = i
		}
	}
	for i := range elems {
		switch {
		case rest < 0 || i < rest:
			idx = append(idx, i)
		case i == rest:
			idx = append(idx, -1)
		default:
			idx = append(idx, n-(len(elems)-i))
		}
	}
	return idx
}

func (b *builder) subTests(elems []syntax.Pat, pl mir.Place, tys []*Type, failB mir.BlockID) {
	for i, fi := range splitRest(elems, len(tys)) {
		if fi >= 0 {
			b.test(elems[i], b.field(pl, fi, tys[fi]), failB)
		}
	}
}

// bind assigns the bindings of a matched pattern.
func (b *builder) bind(pt syntax.Pat, pl mir.Place) {
	sp := pt.NodeSpan()
	switch p := pt.(type) {
	case *syntax.WildPat, *syntax.RestPat, *syntax.LitPat, *syntax.RangePat, *syntax.PathPat, *syntax.OrPat:
		return
	case *syntax.ParenPat:
		b.bind(p.Pat, pl)
		return
	case *syntax.IdentPat:
		l := b.c.binds[p]
		if l == nil {
			return
		}
		lv, ok := b.locals[l]
		if !ok {
			lv = b.newLocal(l.ty, p.Name.Span)
			b.body.Locals[lv].Mut = l.mut
			b.body.Debug = append(b.body.Debug, &mir.VarDebugInfo{Name: l.name, Place: &mir.Place{Local: lv}, Span: p.Name.Span})
			b.locals[l] = lv
		}
		if b.c.byRef[p] {
			bk := mir.BorrowShared
			if p.ByRef && p.Mut || b.c.byRefMut[p] {
				bk = mir.BorrowMut
			}
			b.assign(loc(lv), &mir.Rvalue{Kind: mir.RvRef, Borrow: bk, Place: pl}, sp)
		} else {
			b.assign(loc(lv), use(cp(pl)), sp)
		}
		if p.Sub != nil {
			b.bind(p.Sub, pl)
		}
		return
	}
	pl = b.patPlace(pt, pl)
	t := b.patTy(pt)
	switch p := pt.(type) {
	case *syntax.TuplePat:
		for i, fi := range splitRest(p.Elems, len(t.elems)) {
			if fi >= 0 {
				b.bind(p.Elems[i], b.field(pl, fi, t.elems[fi]))
			}
		}
	case *syntax.TupleStructPat:
		v := b.c.patDef[pt].variant
		vp := pl
		if v.adt.kind == mir.AdtEnum {
			vp = proj(pl, mir.Proj{Kind: mir.ProjDowncast, Variant: v.name, VariantIdx: v.idx})
		}
		for i, fi := range splitRest(p.Elems, len(v.fields)) {
			if fi >= 0 {
				b.bind(p.Elems[i], b.field(vp, fi, b.p.fieldType(v, fi, t.args)))
			}
		}
	case *syntax.StructPat:
		v := b.c.patDef[pt].variant
		vp := pl
		if v.adt.kind == mir.AdtEnum {
			vp = proj(pl, mir.Proj{Kind: mir.ProjDowncast, Variant: v.name, VariantIdx: v.idx})
		}
		for _, fp := range p.Fields {
			i := v.fieldIndex(fp.Name.Name)
			b.bind(fp.Pat, b.field(vp, i, b.p.fieldType(v, i, t.args)))
		}
	case *syntax.SlicePat:
		before, after, rest := slicePatShape(p)
		for i, el := range p.Elems {
			if i != rest {
				b.bind(el, slicePlace(pl, i, before, after, rest))
				continue
			}
			if ip, ok := el.(*syntax.IdentPat); ok {
				b.bind(ip, proj(pl, mir.Proj{Kind: mir.ProjSubslice, Offset: uint64(before), MinLen: uint64(after), FromEnd: true}))
			}
		}
	case *syntax.RefPat:
		b.bind(p.Pat, deref(pl))
	}
}

// slicePlace is element i of a slice pattern: counted from the start
// before the rest pattern, from the end after it.
func slicePlace(pl mir.Place, i, before, after, rest int) mir.Place {
	k := uint64(before + after)
	if rest < 0 || i < rest {
		return proj(pl, mir.Proj{Kind: mir.ProjConstIndex, Offset: uint64(i), MinLen: k})
	}
	return proj(pl, mir.Proj{Kind: mir.ProjConstIndex, Offset: uint64(after - i + rest + 1), MinLen: k, FromEnd: true})
}
