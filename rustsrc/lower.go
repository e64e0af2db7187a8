// lower.go builds MIR from checked bodies with rustc's shapes: checked
// arithmetic as *WithOverflow plus an assert, the division, remainder,
// shift, negation and bounds asserts with rustc's messages, and a
// ConstEvalCounter before every call and loop back-edge. Spans are byte
// offsets of the Rust source, so errors land where rustc puts them.

package rustsrc

import (
	"math/big"

	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

type bloop struct {
	label     string
	block     bool
	brk, cont mir.BlockID
	dest      mir.Place
	destTy    *Type
}

// builder builds one MIR body.
type builder struct {
	p      *prog
	c      *checker
	file   int
	body   *mir.Body
	cur    mir.BlockID
	locals map[*local]mir.Local
	loops  []bloop
	deps   []*mir.Item
	seen   map[*mir.Item]bool
	owner  *mir.Item // the item whose body is built
	parens map[syntax.Expr]mir.Span
	scrut  mir.Span // the scrutinee of the match or let being lowered
	// readsMut: the body reaches a `static mut`.
	readsMut bool
	// staticUses counts the places of each static the body uses, and
	// staticReads those that only copy the static's whole value.
	staticUses, staticReads map[*mir.Item]int
}

func (p *prog) newBuilder(c *checker, file int, span mir.Span) *builder {
	return &builder{p: p, c: c, file: file, body: &mir.Body{Span: span}, locals: map[*local]mir.Local{}, seen: map[*mir.Item]bool{},
		parens: map[syntax.Expr]mir.Span{}}
}

func (b *builder) dep(it *mir.Item) {
	if !b.seen[it] {
		b.seen[it] = true
		b.deps = append(b.deps, it)
	}
}

func (b *builder) mty(t *Type) *mir.Ty {
	z, ok := zonk(t)
	if !ok {
		fail("type annotations needed")
	}
	return b.p.tys.mir(z)
}

func (b *builder) ty(e syntax.Expr) *Type {
	t, ok := b.c.ty[e]
	if !ok {
		fail("internal: expression without a type")
	}
	return res(t)
}

func (b *builder) newLocal(t *Type, sp mir.Span) mir.Local {
	b.body.Locals = append(b.body.Locals, &mir.LocalDecl{Mut: true, Ty: b.mty(t), Span: sp})
	return mir.Local(len(b.body.Locals) - 1)
}

func (b *builder) newBlock() mir.BlockID {
	b.body.Blocks = append(b.body.Blocks, &mir.Block{Index: len(b.body.Blocks)})
	return mir.BlockID(len(b.body.Blocks) - 1)
}

const maxBlocks = 1 << 20

func (b *builder) stmt(st *mir.Stmt) {
	if b.cur < 0 {
		return
	}
	blk := b.body.Blocks[b.cur]
	blk.Stmts = append(blk.Stmts, st)
}

func (b *builder) assign(pl mir.Place, rv *mir.Rvalue, sp mir.Span) {
	b.stmt(&mir.Stmt{Kind: mir.StmtAssign, Place: pl, Rvalue: rv, Span: sp})
}

func (b *builder) term(t *mir.Terminator) {
	if b.cur < 0 {
		return
	}
	if len(b.body.Blocks) > maxBlocks {
		fail("the body is too large")
	}
	b.body.Blocks[b.cur].Term = t
	b.cur = -1
}

func (b *builder) gotoB(to mir.BlockID, sp mir.Span) {
	b.term(&mir.Terminator{Kind: mir.TermGoto, Target: to, Span: sp})
}

// counter is rustc's ConstEvalCounter (calls and loop back-edges).
func (b *builder) counter(sp mir.Span) {
	b.stmt(&mir.Stmt{Kind: mir.StmtConstEvalCounter, Span: sp})
}

func use(op mir.Operand) *mir.Rvalue { return &mir.Rvalue{Kind: mir.RvUse, A: op} }
func cp(pl mir.Place) mir.Operand    { return mir.Operand{Kind: mir.OpCopy, Place: pl} }
func mv(pl mir.Place) mir.Operand    { return mir.Operand{Kind: mir.OpMove, Place: pl} }
func loc(l mir.Local) mir.Place      { return mir.Place{Local: l} }

func proj(pl mir.Place, pr mir.Proj) mir.Place {
	out := mir.Place{Local: pl.Local, Proj: make([]mir.Proj, len(pl.Proj), len(pl.Proj)+1)}
	copy(out.Proj, pl.Proj)
	out.Proj = append(out.Proj, pr)
	return out
}

func deref(pl mir.Place) mir.Place { return proj(pl, mir.Proj{Kind: mir.ProjDeref}) }

func (b *builder) field(pl mir.Place, i int, t *Type) mir.Place {
	return proj(pl, mir.Proj{Kind: mir.ProjField, Field: i, Ty: b.mty(t)})
}

func (b *builder) constInt(t *Type, v mir.U128) mir.Operand {
	return mir.Operand{Kind: mir.OpConst, Const: &mir.Const{Kind: mir.ConstInt, Ty: b.mty(t), Int: v}}
}

func (b *builder) constBool(v bool) mir.Operand {
	c := &mir.Const{Kind: mir.ConstBool, Ty: b.mty(tyBool)}
	if v {
		c.Int = mir.U128From(1)
	}
	return mir.Operand{Kind: mir.OpConst, Const: c}
}

func (b *builder) constUnit() mir.Operand {
	return mir.Operand{Kind: mir.OpConst, Const: &mir.Const{Kind: mir.ConstUnit, Ty: b.mty(tyUnit)}}
}

func (b *builder) temp(t *Type, sp mir.Span) mir.Place { return loc(b.newLocal(t, sp)) }

// operand lowers e to an operand.
func (b *builder) operand(e syntax.Expr) mir.Operand {
	if op, ok := b.constOperand(e); ok {
		return op
	}
	if b.isPlace(e) && !b.c.coerced(e) {
		pl := b.place(e)
		if x, ok := e.(*syntax.PathExpr); ok {
			if r, ok := b.c.refs[x].(*def); ok && r.kind == defStatic {
				// A static's value is read into a temporary at its own
				// span, as rustc does.
				b.staticReads[r.cnst.mir]++
				tmp := b.temp(b.ty(e), e.NodeSpan())
				b.assign(tmp, use(cp(pl)), e.NodeSpan())
				return mv(tmp)
			}
		}
		if b.readsUnionField(e) {
			// A union field is read into a temporary at its own span,
			// as rustc does: reading it may fail (a pointer read as an
			// integer), and the failure points at the field.
			tmp := b.temp(b.ty(e), e.NodeSpan())
			b.assign(tmp, use(cp(pl)), e.NodeSpan())
			return mv(tmp)
		}
		return cp(pl)
	}
	t := b.ty(e)
	tmp := b.temp(t, e.NodeSpan())
	b.into(tmp, e)
	return mv(tmp)
}

// readsUnionField reports whether the place expression e projects
// through a field of a union.
func (b *builder) readsUnionField(e syntax.Expr) bool {
	for {
		switch x := e.(type) {
		case *syntax.Paren:
			e = x.X
		case *syntax.Field:
			t := res(b.ty(x.X))
			for t.kind == kRef || t.kind == kPtr {
				t = res(t.elem)
			}
			if t.kind == kAdt && t.adt != nil && t.adt.kind == mir.AdtUnion {
				return true
			}
			e = x.X
		case *syntax.Index:
			e = x.X
		case *syntax.Unary:
			e = x.X
		default:
			return false
		}
	}
}

// isPlace reports whether e is a place expression.
func (b *builder) isPlace(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.PathExpr:
		switch r := b.c.refs[e].(type) {
		case *local:
			return true
		case *def:
			return r.kind == defStatic
		}
	case *syntax.Paren:
		return b.isPlace(e.X)
	case *syntax.Field:
		return true
	case *syntax.Index:
		return true
	case *syntax.Unary:
		return e.Op == syntax.UnDeref
	}
	return false
}

// constOperand lowers literals (and negated literals) to constants.
func (b *builder) constOperand(e syntax.Expr) (mir.Operand, bool) {
	switch x := e.(type) {
	case *syntax.Paren:
		return b.constOperand(x.X)
	case *syntax.Lit:
		return b.lit(x, b.ty(e)), true
	case *syntax.Unary:
		if l, ok := x.X.(*syntax.Lit); ok && x.Op == syntax.UnNeg && l.Kind == syntax.LitInt && b.ty(e).kind == kInt {
			// -128_i8 is a literal; rustc still checks the negation, which
			// cannot overflow for a literal in range.
			t := b.ty(e)
			v := b.litInt(l, t)
			if lim := new(big.Int).Lsh(big.NewInt(1), uint(t.size()*8-1)); v.Cmp(lim) > 0 {
				// -129_i8 is rejected by rustc (overflowing_literals).
				fail("literal out of range for `%s`", t)
			}
			return b.constInt(t, u128Of(new(big.Int).Neg(v))), true
		}
	}
	return mir.Operand{}, false
}

func (b *builder) litInt(l *syntax.Lit, t *Type) *big.Int {
	digits, base := l.Digits()
	n, ok := new(big.Int).SetString(digits, base)
	if !ok {
		fail("bad integer literal")
	}
	bits := t.size() * 8
	if n.BitLen() > bits {
		fail("literal out of range for `%s`", t)
	}
	return n
}

func (b *builder) lit(l *syntax.Lit, t *Type) mir.Operand {
	c := &mir.Const{Ty: b.mty(t)}
	switch l.Kind {
	case syntax.LitBool:
		c.Kind = mir.ConstBool
		if l.Text == "true" {
			c.Int = mir.U128From(1)
		}
	case syntax.LitInt:
		if t.kind == kFloat {
			fail("integer literal as a float")
		}
		c.Kind = mir.ConstInt
		n := b.litInt(l, t)
		if t.kind == kInt && n.BitLen() >= t.size()*8 {
			// 128_i8 is rejected by rustc (overflowing_literals is deny).
			fail("literal out of range for `%s`", t)
		}
		c.Int = u128Of(n)
	case syntax.LitFloat:
		c.Kind = mir.ConstFloat
		c.Int, c.Text = floatBits(l, t)
	case syntax.LitChar:
		s, err := l.Unquote()
		if err != nil {
			fail("bad char literal")
		}
		r := []rune(s)
		if len(r) != 1 {
			fail("bad char literal")
		}
		c.Kind, c.Int = mir.ConstChar, mir.U128From(uint64(r[0]))
	case syntax.LitByte:
		s, err := l.Unquote()
		if err != nil || len(s) != 1 {
			fail("bad byte literal")
		}
		c.Kind, c.Int = mir.ConstInt, mir.U128From(uint64(s[0]))
	case syntax.LitStr:
		s, err := l.Unquote()
		if err != nil {
			fail("bad string literal")
		}
		c.Kind, c.Bytes = mir.ConstStr, []byte(s)
	case syntax.LitByteStr:
		s, err := l.Unquote()
		if err != nil {
			fail("bad byte string literal")
		}
		c.Kind, c.Bytes = mir.ConstByteStr, []byte(s)
	default:
		fail("this literal is not supported")
	}
	return mir.Operand{Kind: mir.OpConst, Const: c, Span: l.Span}
}

// place lowers e to a place (a temporary for a value expression).
func (b *builder) place(e syntax.Expr) mir.Place {
	switch x := e.(type) {
	case *syntax.Paren:
		b.parens[x.X] = b.sp(x)
		return b.place(x.X)
	case *syntax.PathExpr:
		switch r := b.c.refs[x].(type) {
		case *local:
			l, ok := b.locals[r]
			if !ok {
				fail("internal: unbound local `%s`", r.name)
			}
			return loc(l)
		case *def:
			if r.kind == defStatic {
				return deref(b.staticRef(r, x.Span))
			}
		}
	case *syntax.Field:
		base := b.autoderef(x.X)
		fr := b.c.fields[x]
		return b.field(base, fr.idx, b.ty(e))
	case *syntax.Index:
		base := b.autoderef(x.X)
		bt := b.c.derefTy(x.X)
		idx := b.operand(x.Index)
		il := b.newLocal(tyUsize, x.Index.NodeSpan())
		b.assign(loc(il), use(idx), x.Index.NodeSpan())
		var length mir.Operand
		if bt.kind == kArray {
			length = b.constInt(tyUsize, mir.U128From(uint64(arrLen(bt))))
		} else {
			// A slice place is always (*r) of a reference r.
			n := len(base.Proj)
			if n == 0 || base.Proj[n-1].Kind != mir.ProjDeref {
				fail("indexing this slice is not supported")
			}
			ref := mir.Place{Local: base.Local, Proj: base.Proj[:n-1]}
			lt := b.temp(tyUsize, b.sp(x))
			b.assign(lt, &mir.Rvalue{Kind: mir.RvUnary, Un: mir.UnPtrMetadata, A: cp(ref)}, b.sp(x))
			length = cp(lt)
		}
		ok := b.temp(tyBool, b.sp(x))
		b.assign(ok, &mir.Rvalue{Kind: mir.RvBinary, Op: mir.BinLt, A: cp(loc(il)), B: length}, b.sp(x))
		b.assert(mv(ok), true, &mir.AssertMsg{Kind: mir.AssertBoundsCheck, Args: []mir.Operand{length, cp(loc(il))}}, b.sp(x))
		return proj(base, mir.Proj{Kind: mir.ProjIndex, Index: il})
	case *syntax.Unary:
		if x.Op == syntax.UnDeref {
			if b.isPlace(x.X) {
				return deref(b.place(x.X))
			}
			op := b.operand(x.X)
			if op.Kind == mir.OpMove && len(op.Place.Proj) == 0 {
				return deref(op.Place)
			}
			tmp := b.temp(b.ty(x.X), b.sp(x))
			b.assign(tmp, use(op), b.sp(x))
			return deref(tmp)
		}
	}
	t := b.ty(e)
	tmp := b.temp(t, e.NodeSpan())
	b.into(tmp, e)
	return tmp
}

// derefTy is the type of a field or index base after autoderef.
func (c *checker) derefTy(x syntax.Expr) *Type {
	t := res(c.ty[x])
	for i := 0; i < c.derefs[x]; i++ {
		t = res(t.elem)
	}
	return t
}

func (b *builder) autoderef(x syntax.Expr) mir.Place {
	pl := b.place(x)
	for i := 0; i < b.c.derefs[x]; i++ {
		pl = deref(pl)
	}
	return pl
}

// staticRef is a local holding a reference to a static.
func (b *builder) staticRef(d *def, sp mir.Span) mir.Place {
	cd := d.cnst
	b.dep(cd.mir)
	if b.staticUses == nil {
		b.staticUses, b.staticReads = map[*mir.Item]int{}, map[*mir.Item]int{}
	}
	b.staticUses[cd.mir]++
	if cd.mut {
		b.readsMut = true
	}
	f := b.p.out.Files[b.file]
	id := len(f.Allocs) + 1
	for f.Allocs[id] != nil {
		id++
	}
	a := &mir.Alloc{ID: id, Kind: mir.AllocStaticUneval, Name: cd.mir.Name}
	f.Allocs[id] = a
	t := refTo(b.p.constType(cd), false)
	tmp := b.temp(t, sp)
	b.assign(tmp, use(mir.Operand{Kind: mir.OpConst, Const: &mir.Const{Kind: mir.ConstAlloc, Alloc: id, Ty: b.mty(t), AllocRef: a}}), sp)
	b.p.addUse(b.file, sp, cd)
	return tmp
}

func (p *prog) addUse(file int, sp mir.Span, cd *constDef) {
	if cd.item != nil {
		p.uses = append(p.uses, Use{File: file, Span: sp, Item: cd.item})
	}
}

func (b *builder) assert(cond mir.Operand, expected bool, msg *mir.AssertMsg, sp mir.Span) {
	next := b.newBlock()
	b.term(&mir.Terminator{Kind: mir.TermAssert, Cond: cond, Expected: expected, Msg: msg, Target: next,
		Unwind: mir.Unwind{Kind: mir.UnwindContinue}, Span: sp})
	b.cur = next
}

func (b *builder) switchBool(cond mir.Operand, ifFalse, ifTrue mir.BlockID, sp mir.Span) {
	b.term(&mir.Terminator{Kind: mir.TermSwitchInt, Discr: cond, Arms: []mir.SwitchTarget{{Value: mir.U128{}, Target: ifFalse}},
		Otherwise: ifTrue, Span: sp})
}
