// lower_expr.go lowers expressions into a destination place.

package rustsrc

import (
	"math"
	"strconv"
	"strings"

	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

// into lowers e, writing its value to dst.
func (b *builder) into(dst mir.Place, e syntax.Expr) {
	sp := e.NodeSpan()
	if b.c.coerced(e) {
		t := b.c.coerce[e]
		tmp := b.temp(t, sp)
		b.intoRaw(tmp, e)
		if to := b.ty(e); isDynPtr(to) && res(res(t).elem).kind != kDyn {
			b.unsizeDyn(dst, mv(tmp), to, "Implicit", sp)
			return
		}
		if to, from := b.ty(e), res(t); to.kind == kRef && res(from.elem).kind == kRef {
			b.assign(dst, use(cp(deref(tmp))), sp)
			return
		}
		if to, from := b.ty(e), res(t); to.kind == kPtr && from.kind == kPtr {
			// *mut T coerces to *const T.
			b.assign(dst, &mir.Rvalue{Kind: mir.RvCast, Cast: mir.CastPointerCoercion, Coercion: "MutToConstPointer, Implicit", A: mv(tmp), Ty: b.mty(to)}, sp)
			return
		}
		if to := b.ty(e); to.kind == kPtr {
			bk := mir.BorrowShared
			if to.mut {
				bk = mir.BorrowMut
			}
			b.assign(dst, &mir.Rvalue{Kind: mir.RvRawPtr, Borrow: bk, Place: deref(tmp)}, sp)
			return
		}
		b.assign(dst, &mir.Rvalue{Kind: mir.RvCast, Cast: mir.CastPointerCoercion, Coercion: "Unsize, Implicit", A: mv(tmp), Ty: b.mty(b.ty(e))}, sp)
		return
	}
	b.intoRaw(dst, e)
}

// sp is the span of an expression; an expression in parentheses has
// the span of the parentheses (rustc's).
func (b *builder) sp(e syntax.Expr) mir.Span {
	if s, ok := b.parens[e]; ok {
		return s
	}
	return e.NodeSpan()
}

func (b *builder) intoRaw(dst mir.Place, e syntax.Expr) {
	sp := b.sp(e)
	if op, ok := b.constOperand(e); ok {
		b.assign(dst, use(op), sp)
		return
	}
	if d, ok := b.c.desugared[e]; ok {
		b.into(dst, d)
		return
	}
	if d, ok := b.c.fmtExpanded[e]; ok {
		b.into(dst, d)
		return
	}
	switch x := e.(type) {
	case *syntax.Paren:
		b.parens[x.X] = sp
		b.into(dst, x.X)
	case *syntax.AttrExpr:
		b.into(dst, x.X)
	case *syntax.PathExpr:
		b.path(dst, x)
	case *syntax.Field, *syntax.Index:
		b.assign(dst, use(cp(b.place(e))), sp)
	case *syntax.Unary:
		switch x.Op {
		case syntax.UnDeref:
			b.assign(dst, use(cp(b.place(e))), sp)
		case syntax.UnNot:
			b.assign(dst, &mir.Rvalue{Kind: mir.RvUnary, Un: mir.UnNot, A: b.operand(x.X)}, sp)
		case syntax.UnNeg:
			t := b.ty(e)
			a := b.operand(x.X)
			if t.kind == kInt {
				min, _, _ := intConst(t, "MIN")
				ov := b.temp(tyBool, sp)
				b.assign(ov, &mir.Rvalue{Kind: mir.RvBinary, Op: mir.BinEq, A: a, B: b.constInt(t, u128Of(min))}, sp)
				b.assert(mv(ov), false, &mir.AssertMsg{Kind: mir.AssertOverflowNeg, Args: []mir.Operand{a}}, sp)
			}
			b.assign(dst, &mir.Rvalue{Kind: mir.RvUnary, Un: mir.UnNeg, A: a}, sp)
		}
	case *syntax.Ref:
		var pl mir.Place
		if b.isPlace(x.X) || x.Raw || x.Mut {
			pl = b.place(x.X)
		} else if !b.usesLocals(x.X) {
			rt := b.ty(e)
			if t, ok := b.c.coerce[e]; ok {
				rt = res(t)
			}
			b.assign(dst, use(b.promote(x.X, rt)), sp)
			return
		} else if b.owner.Kind != mir.ItemFn {
			// A temporary of a constant's initializer lives as long as
			// the constant (rustc's lifetime extension).
			t := b.ty(x.X)
			pl = b.temp(t, b.sp(x.X))
			b.into(pl, x.X)
		} else {
			pl = b.place(x.X)
		}
		if x.Raw {
			bk := mir.BorrowShared
			if x.Mut {
				bk = mir.BorrowMut
			}
			b.assign(dst, &mir.Rvalue{Kind: mir.RvRawPtr, Borrow: bk, Place: pl}, sp)
			return
		}
		bk := mir.BorrowShared
		if x.Mut {
			bk = mir.BorrowMut
		}
		b.assign(dst, &mir.Rvalue{Kind: mir.RvRef, Borrow: bk, Place: pl}, sp)
	case *syntax.Binary:
		b.binary(dst, x)
	case *syntax.Assign:
		b.assignExpr(x)
		b.assign(dst, use(b.constUnit()), sp)
	case *syntax.Cast:
		b.cast(dst, x)
	case *syntax.Tuple:
		var ops []mir.Operand
		for _, el := range x.Elems {
			ops = append(ops, b.operand(el))
		}
		b.assign(dst, &mir.Rvalue{Kind: mir.RvAggregate, Agg: &mir.Aggregate{Kind: mir.AggTuple, Ops: ops}}, sp)
	case *syntax.Array:
		var ops []mir.Operand
		for _, el := range x.Elems {
			ops = append(ops, b.operand(el))
		}
		b.assign(dst, &mir.Rvalue{Kind: mir.RvAggregate, Agg: &mir.Aggregate{Kind: mir.AggArray, Ops: ops}}, sp)
	case *syntax.Repeat:
		t := b.ty(e)
		op := b.operand(x.Elem)
		b.assign(dst, &mir.Rvalue{Kind: mir.RvRepeat, A: op, Count: &mir.Const{Kind: mir.ConstInt, Ty: b.mty(tyUsize), Int: mir.U128From(uint64(arrLen(t)))}}, sp)
	case *syntax.StructLit:
		b.structLit(dst, x)
	case *syntax.Range:
		b.rangeExpr(dst, x)
	case *syntax.Call:
		b.call(dst, x)
	case *syntax.MethodCall:
		b.methodCall(dst, x)
	case *syntax.BlockExpr:
		if x.Kind == syntax.ConstBlock {
			b.assign(dst, use(b.inlineConst(x)), sp)
			return
		}
		if x.Label != nil {
			end := b.newBlock()
			b.loops = append(b.loops, bloop{label: x.Label.Name, block: true, brk: end, dest: dst, destTy: b.ty(e)})
			b.block(dst, x.Block)
			b.loops = b.loops[:len(b.loops)-1]
			b.gotoB(end, sp)
			b.cur = end
			return
		}
		b.block(dst, x.Block)
	case *syntax.If:
		b.ifExpr(dst, x)
	case *syntax.While:
		head, exit := b.newBlock(), b.newBlock()
		b.gotoB(head, sp)
		b.cur = head
		b.cond(x.Cond, exit)
		b.loops = append(b.loops, bloop{label: labelName(x.Label), brk: exit, cont: head})
		tmp := b.temp(tyUnit, x.Body.Span)
		b.block(tmp, x.Body)
		b.loops = b.loops[:len(b.loops)-1]
		b.counter(sp)
		b.gotoB(head, sp)
		b.cur = exit
		b.assign(dst, use(b.constUnit()), sp)
	case *syntax.Loop:
		head, exit := b.newBlock(), b.newBlock()
		b.gotoB(head, sp)
		b.cur = head
		b.loops = append(b.loops, bloop{label: labelName(x.Label), brk: exit, cont: head, dest: dst, destTy: b.ty(e)})
		tmp := b.temp(tyUnit, x.Body.Span)
		b.block(tmp, x.Body)
		b.loops = b.loops[:len(b.loops)-1]
		b.counter(sp)
		b.gotoB(head, sp)
		b.cur = exit
	case *syntax.Break:
		lp := b.loopFor(x.Label)
		if x.Value != nil {
			b.into(lp.dest, x.Value)
		} else if lp.destTy != nil && !lp.block && res(lp.destTy).kind == kTuple {
			b.assign(lp.dest, use(b.constUnit()), sp)
		}
		b.gotoB(lp.brk, sp)
	case *syntax.Continue:
		lp := b.loopFor(x.Label)
		b.counter(sp)
		b.gotoB(lp.cont, sp)
	case *syntax.Return:
		if x.Value != nil {
			b.into(loc(0), x.Value)
		} else {
			b.assign(loc(0), use(b.constUnit()), sp)
		}
		b.term(&mir.Terminator{Kind: mir.TermReturn, Span: sp})
	case *syntax.Match:
		b.match(dst, x)
	case *syntax.MacExpr:
		b.macro(dst, x.Mac)
	case *syntax.Closure:
		b.closureValue(dst, x)
	default:
		fail("`%s` is not supported", b.p.text(e))
	}
}

// usesLocals reports whether e mentions a local variable.
func (b *builder) usesLocals(e syntax.Expr) bool {
	found := false
	syntax.Inspect(e, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.PathExpr:
			if _, ok := b.c.refs[n].(*local); ok {
				found = true
			}
		case *syntax.Closure, *syntax.MacExpr:
			found = true
		}
		return !found
	})
	return found
}

// promote makes &e a promoted constant of the item being built.
func (b *builder) promote(e syntax.Expr, rt *Type) mir.Operand {
	sp := e.NodeSpan()
	owner := b.owner
	n := len(owner.Promoteds)
	name := owner.Name + "::promoted[" + itoa(n) + "]"
	// The number is taken before e is lowered: promoteds within e come
	// after it, each with a name of its own.
	it := &mir.Item{Kind: mir.ItemPromoted, Name: name, Path: mirPath(name), Promoted: n, Ty: b.mty(rt),
		Parent: owner, Span: sp, NameSpan: sp, CTFE: true}
	owner.Promoteds = append(owner.Promoteds, it)
	pb := b.p.newBuilder(b.c, b.file, sp)
	pb.owner = owner
	pb.newLocal(rt, sp)
	v := pb.newLocal(b.ty(e), sp)
	pb.cur = pb.newBlock()
	pb.into(loc(v), e)
	pb.assign(loc(0), &mir.Rvalue{Kind: mir.RvRef, Borrow: mir.BorrowShared, Place: loc(v)}, sp)
	pb.term(&mir.Terminator{Kind: mir.TermReturn, Span: sp})
	it.Body = pb.body
	for _, d := range pb.deps {
		b.dep(d)
	}
	return mir.Operand{Kind: mir.OpConst, Span: sp, Const: &mir.Const{Kind: mir.ConstItem, Path: it.Path, Item: it, Ty: it.Ty}}
}

// instance returns the instance of a generic fn for the given arguments,
// lowering it the first time.
func (p *prog) instance(f *fnDef, g *genBind) *fnDef {
	var args []string
	for _, name := range g.order {
		if t, ok := g.types[name]; ok {
			args = append(args, p.tys.mir(t).Text)
		} else {
			args = append(args, strconv.FormatInt(g.consts[name].lv.n, 10))
		}
	}
	key := strings.Join(args, ", ")
	if inst, ok := f.instances[key]; ok {
		return inst
	}
	if f.instances == nil {
		f.instances = map[string]*fnDef{}
	}
	if len(f.instances) > maxInstances {
		fail("`%s` has more than %d instances", f.def.name, maxInstances)
	}
	inst := &fnDef{def: f.def, ast: f.ast, selfTy: f.selfTy, gen: g}
	f.instances[key] = inst
	suffix := "::<" + key + ">"
	inst.path = mirPath(displayPath(f) + suffix)
	if f.impl != nil {
		// A fn of a generic impl: Buf::<4>::push, then its own arguments.
		inst.selfTy = p.astType(f.impl.self, scope{mod: f.impl.mod, gen: g})
		own := len(typeParams(f.ast.Generics))
		suffix = ""
		if own > 0 {
			suffix = "::<" + strings.Join(args[len(args)-own:], ", ") + ">"
		}
		inst.path = mirPath(selfPath(res(inst.selfTy)) + "::" + f.def.name + suffix)
		suffix = "::<" + key + ">"
	}
	inst.mir = &mir.Item{Kind: mir.ItemFn, Name: p.uniqueName(f.mir.Name + suffix), CTFE: true, Span: f.ast.Span, NameSpan: f.ast.Name.Span}
	inst.mir.Path = mirPath(inst.mir.Name)
	p.byMIR[inst.mir] = inst
	p.fns = append(p.fns, inst)
	p.lowerFn(inst)
	return inst
}

// maxInstances bounds the instances of one generic fn (a recursion
// that grows its arguments would make them without end).
const maxInstances = 64

// inlineConst lowers a `const { .. }` block to an anon const item.
func (b *builder) inlineConst(x *syntax.BlockExpr) mir.Operand {
	ic := b.p.inline[x]
	sp := x.Span
	t := b.ty(x)
	name := ic.name
	if ic.perInstance {
		// A block of a generic fn: rustc names it after the instance
		// (check::<()>::{constant#0}) and evaluates it per instance.
		f, ok := b.p.byMIR[b.owner].(*fnDef)
		if !ok || f.gen == nil || f.path == nil {
			fail("an inline const block of a generic fn outside its instances is not supported")
		}
		name = f.path.Text + ic.name
	}
	d := &def{kind: defConst, name: name, path: name, mod: ic.mod, file: ic.file, span: sp}
	cd := &constDef{def: d, value: x, fixedTy: t, span: sp}
	b.p.consts = append(b.p.consts, cd)
	b.p.makeItem(cd)
	cd.item.Ty = b.mty(t).Text
	ib := b.p.newBuilder(b.c, b.file, sp)
	ib.owner = cd.mir
	ib.newLocal(t, sp)
	ib.cur = ib.newBlock()
	ib.block(loc(0), x.Block)
	ib.term(&mir.Terminator{Kind: mir.TermReturn, Span: sp})
	cd.mir.Ty = b.mty(t)
	cd.mir.Body = ib.body
	cd.deps = ib.deps
	b.dep(cd.mir)
	return mir.Operand{Kind: mir.OpConst, Span: sp, Const: &mir.Const{Kind: mir.ConstItem, Path: cd.mir.Path, Item: cd.mir, Ty: cd.mir.Ty}}
}

func (b *builder) loopFor(label *syntax.Label) *bloop {
	for i := len(b.loops) - 1; i >= 0; i-- {
		lp := &b.loops[i]
		if label == nil && lp.block {
			continue
		}
		if label == nil || lp.label == label.Name {
			return lp
		}
	}
	fail("internal: no loop")
	return nil
}

func (b *builder) path(dst mir.Place, x *syntax.PathExpr) {
	sp := b.sp(x)
	switch r := b.c.refs[x].(type) {
	case *cparam:
		v := r.lv.root()
		if !v.set {
			fail("the value of `%s` is not known", b.p.text(x))
		}
		b.assign(dst, use(b.constInt(r.ty, mir.I128From(v.n))), sp)
		return
	case *local:
		b.assign(dst, use(cp(b.place(x))), sp)
		return
	case *def:
		switch r.kind {
		case defConst:
			cd := r.cnst
			b.dep(cd.mir)
			b.p.addUse(b.file, sp, cd)
			b.assign(dst, use(mir.Operand{Kind: mir.OpConst, Span: sp, Const: &mir.Const{Kind: mir.ConstItem, Path: cd.mir.Path, Item: cd.mir, Ty: b.mty(b.ty(x))}}), sp)
			return
		case defStatic:
			b.assign(dst, use(cp(b.place(x))), sp)
			b.staticReads[r.cnst.mir]++
			return
		case defVariant:
			b.assign(dst, &mir.Rvalue{Kind: mir.RvAggregate, Agg: b.adtAgg(r.variant, b.ty(x), false)}, sp)
			return
		case defFn:
			b.dep(r.fn.mir)
			b.assign(dst, use(mir.Operand{Kind: mir.OpConst, Span: sp, Const: &mir.Const{Kind: mir.ConstFnPtr, Path: r.fn.path, Item: r.fn.mir, Ty: b.mty(b.ty(x))}}), sp)
			return
		case defCore:
			t := b.ty(x)
			name := lastSeg(r.core)
			if r.owner == durationAdt {
				b.assign(dst, use(mir.Operand{Kind: mir.OpConst, Span: sp, Const: &mir.Const{Kind: mir.ConstItem, Path: mirPath(r.core), Ty: b.mty(t)}}), sp)
				return
			}
			if v, _, ok := intConst(r.prim, name); ok {
				b.assign(dst, use(b.constInt(t, u128Of(v))), sp)
				return
			}
			if r.prim != nil && res(r.prim).kind == kFloat {
				// core::f64::<impl f64>::EPSILON: the evaluator defines it.
				pt := res(r.prim).String()
				b.assign(dst, use(mir.Operand{Kind: mir.OpConst, Span: sp, Const: &mir.Const{Kind: mir.ConstItem,
					Path: mirPath("core::" + pt + "::<impl " + pt + ">::" + name), Ty: b.mty(t)}}), sp)
				return
			}
			if parts := splitPath(r.core); len(parts) == 3 && parts[1] == "consts" {
				b.assign(dst, use(mir.Operand{Kind: mir.OpConst, Span: sp, Const: &mir.Const{Kind: mir.ConstItem,
					Path: mirPath("core::" + r.core), Ty: b.mty(t)}}), sp)
				return
			}
			if r, ok := charConsts[name]; ok && t.kind == kChar {
				b.assign(dst, use(mir.Operand{Kind: mir.OpConst, Const: &mir.Const{Kind: mir.ConstChar, Ty: b.mty(t), Int: mir.U128From(uint64(r))}}), sp)
				return
			}
		}
	}
	fail("`%s` is not supported", b.p.text(x))
}

func (b *builder) adtAgg(v *variant, t *Type, named bool) *mir.Aggregate {
	mt := b.mty(t)
	text := v.adt.name
	if v.adt.kind == mir.AdtEnum {
		text = mt.Text + "::" + v.name
		if v.adt.builtin && len(mt.Path.Segs[0].Args) > 0 {
			var args []string
			for _, a := range mt.Path.Segs[0].Args {
				args = append(args, a.Text)
			}
			text = v.adt.name + "::<" + strings.Join(args, ", ") + ">::" + v.name
		}
	}
	segs := []mir.PathSeg{{Name: v.adt.name}}
	if v.adt.kind == mir.AdtEnum {
		segs[0].Args = mt.Path.Segs[0].Args
		segs = append(segs, mir.PathSeg{Name: v.name})
	}
	return &mir.Aggregate{Kind: mir.AggAdt, Path: &mir.Path{Segs: segs, Text: text}, Named: named, Parens: v.ctor == mir.CtorTuple}
}

// floatBits parses a float literal as rustc does (round to nearest).
func floatBits(l *syntax.Lit, t *Type) (mir.U128, string) {
	digits, base := l.Digits()
	if base != 10 {
		fail("bad float literal")
	}
	if t.bits == 32 {
		f, err := strconv.ParseFloat(digits, 32)
		if err != nil && !strings.Contains(err.Error(), "range") {
			fail("bad float literal")
		}
		return mir.U128From(uint64(math.Float32bits(float32(f)))), digits
	}
	f, err := strconv.ParseFloat(digits, 64)
	if err != nil && !strings.Contains(err.Error(), "range") {
		fail("bad float literal")
	}
	return mir.U128From(math.Float64bits(f)), digits
}

var binOps = map[syntax.BinOp]mir.BinOp{
	syntax.BinAdd: mir.BinAdd, syntax.BinSub: mir.BinSub, syntax.BinMul: mir.BinMul, syntax.BinDiv: mir.BinDiv,
	syntax.BinRem: mir.BinRem, syntax.BinBitAnd: mir.BinBitAnd, syntax.BinBitOr: mir.BinBitOr, syntax.BinBitXor: mir.BinBitXor,
	syntax.BinShl: mir.BinShl, syntax.BinShr: mir.BinShr, syntax.BinEq: mir.BinEq, syntax.BinNe: mir.BinNe,
	syntax.BinLt: mir.BinLt, syntax.BinLe: mir.BinLe, syntax.BinGt: mir.BinGt, syntax.BinGe: mir.BinGe,
}

func (b *builder) binary(dst mir.Place, x *syntax.Binary) {
	sp := b.sp(x)
	switch x.Op {
	case syntax.BinAnd, syntax.BinOr:
		// a && b: if a { b } else { false }.
		a := b.operand(x.X)
		rhs, short, end := b.newBlock(), b.newBlock(), b.newBlock()
		if x.Op == syntax.BinAnd {
			b.switchBool(a, short, rhs, sp)
		} else {
			b.switchBool(a, rhs, short, sp)
		}
		b.cur = short
		b.assign(dst, use(b.constBool(x.Op == syntax.BinOr)), sp)
		b.gotoB(end, sp)
		b.cur = rhs
		b.into(dst, x.Y)
		b.gotoB(end, sp)
		b.cur = end
		return
	}
	a := b.operand(x.X)
	c := b.operand(x.Y)
	b.arith(dst, binOps[x.Op], a, c, b.ty(x.X), b.ty(x.Y), sp)
}

// arith computes a op c into dst with rustc's overflow, division and
// shift checks.
func (b *builder) arith(dst mir.Place, op mir.BinOp, a, c mir.Operand, t, ct *Type, sp mir.Span) {
	bin := func(op mir.BinOp, x, y mir.Operand) *mir.Rvalue {
		return &mir.Rvalue{Kind: mir.RvBinary, Op: op, A: x, B: y}
	}
	if t.kind != kInt && t.kind != kUint {
		b.assign(dst, bin(op, a, c), sp)
		return
	}
	// The operation copies its operands; the assert's message moves them.
	ma, mc := a, c
	if a.Kind == mir.OpMove {
		a.Kind = mir.OpCopy
	}
	if c.Kind == mir.OpMove {
		c.Kind = mir.OpCopy
	}
	switch op {
	case mir.BinAdd, mir.BinSub, mir.BinMul:
		pair := b.temp(&Type{kind: kTuple, elems: []*Type{t, tyBool}}, sp)
		b.assign(pair, bin(op+mir.BinAddWithOverflow-mir.BinAdd, a, c), sp)
		b.assert(mv(b.field(pair, 1, tyBool)), false, &mir.AssertMsg{Kind: mir.AssertOverflow, Op: op, Args: []mir.Operand{ma, mc}}, sp)
		b.assign(dst, use(mv(b.field(pair, 0, t))), sp)
	case mir.BinDiv, mir.BinRem:
		z := b.temp(tyBool, sp)
		b.assign(z, bin(mir.BinEq, c, b.constInt(t, mir.U128{})), sp)
		kind := mir.AssertDivisionByZero
		if op == mir.BinRem {
			kind = mir.AssertRemainderByZero
		}
		b.assert(mv(z), false, &mir.AssertMsg{Kind: kind, Args: []mir.Operand{a}}, sp)
		if t.kind == kInt {
			min, _, _ := intConst(t, "MIN")
			m1, mn, both := b.temp(tyBool, sp), b.temp(tyBool, sp), b.temp(tyBool, sp)
			b.assign(m1, bin(mir.BinEq, c, b.constInt(t, mir.I128From(-1))), sp)
			b.assign(mn, bin(mir.BinEq, a, b.constInt(t, u128Of(min))), sp)
			b.assign(both, bin(mir.BinBitAnd, mv(m1), mv(mn)), sp)
			b.assert(mv(both), false, &mir.AssertMsg{Kind: mir.AssertOverflow, Op: op, Args: []mir.Operand{a, c}}, sp)
		}
		b.assign(dst, bin(op, a, c), sp)
	case mir.BinShl, mir.BinShr:
		bits := uint64(t.size() * 8)
		amt := c
		at := ct
		if ct.kind == kInt {
			at = unsignedOf(ct)
			tmp := b.temp(at, sp)
			b.assign(tmp, &mir.Rvalue{Kind: mir.RvCast, Cast: mir.CastIntToInt, A: c, Ty: b.mty(at)}, sp)
			amt = mv(tmp)
		}
		ok := b.temp(tyBool, sp)
		b.assign(ok, bin(mir.BinLt, amt, b.constInt(at, mir.U128From(bits))), sp)
		b.assert(mv(ok), true, &mir.AssertMsg{Kind: mir.AssertOverflow, Op: op, Args: []mir.Operand{c}}, sp)
		b.assign(dst, bin(op, a, c), sp)
	default:
		b.assign(dst, bin(op, a, c), sp)
	}
}

func (b *builder) assignExpr(x *syntax.Assign) {
	sp := b.sp(x)
	if tup, ok := x.X.(*syntax.Tuple); ok && x.Op == 0 {
		v := b.place(x.Y)
		b.destructure(tup, v, sp)
		return
	}
	if x.Op == 0 {
		// The value first, then the place (rustc evaluates the right side first).
		v := b.operand(x.Y)
		pl := b.place(x.X)
		b.assign(pl, use(v), sp)
		return
	}
	v := b.operand(x.Y)
	pl := b.place(x.X)
	b.arith(pl, binOps[x.Op], cp(pl), v, b.ty(x.X), b.ty(x.Y), sp)
}

// destructure assigns the fields of the value at v to the places of a
// destructuring assignment.
func (b *builder) destructure(tup *syntax.Tuple, v mir.Place, sp mir.Span) {
	t := b.ty(tup)
	// The value is copied first: (a, b) = (b, a) reads both before writing.
	tmp := b.temp(t, sp)
	b.assign(tmp, use(cp(v)), sp)
	for i, x := range tup.Elems {
		switch x := x.(type) {
		case *syntax.Underscore:
		case *syntax.Tuple:
			b.destructure(x, b.field(tmp, i, t.elems[i]), sp)
		default:
			pl := b.place(x)
			b.assign(pl, use(cp(b.field(tmp, i, t.elems[i]))), sp)
		}
	}
}

func (b *builder) cast(dst mir.Place, x *syntax.Cast) {
	sp := b.sp(x)
	from, to := b.ty(x.X), b.ty(x)
	if from.kind == kAdt {
		pl := b.place(x.X)
		d := b.temp(from.adt.discrTy, sp)
		b.assign(d, &mir.Rvalue{Kind: mir.RvDiscriminant, Place: pl}, sp)
		b.assign(dst, &mir.Rvalue{Kind: mir.RvCast, Cast: mir.CastIntToInt, A: mv(d), Ty: b.mty(to)}, sp)
		return
	}
	if dynCast(from, to) {
		b.unsizeDyn(dst, b.operand(x.X), to, "AsCast", sp)
		return
	}
	if from.kind == kFn && to.kind == kFn {
		b.into(dst, x.X)
		return
	}
	if from.kind == kRef && to.kind == kPtr {
		pl := deref(b.place(x.X))
		bk := mir.BorrowShared
		if from.mut && to.mut {
			bk = mir.BorrowMut
		}
		if unify(from.elem, to.elem) {
			b.assign(dst, &mir.Rvalue{Kind: mir.RvRawPtr, Borrow: bk, Place: pl}, sp)
			return
		}
		// &[T; N] as *const T: a raw pointer to the array, then cast.
		fe := res(from.elem)
		if fe.kind != kArray || !unify(fe.elem, to.elem) {
			fail("pointer casts that change the type are not supported")
		}
		raw := b.temp(&Type{kind: kPtr, elem: fe, mut: bk == mir.BorrowMut}, sp)
		b.assign(raw, &mir.Rvalue{Kind: mir.RvRawPtr, Borrow: bk, Place: pl}, sp)
		b.assign(dst, &mir.Rvalue{Kind: mir.RvCast, Cast: mir.CastPtrToPtr, A: mv(raw), Ty: b.mty(to)}, sp)
		return
	}
	a := b.operand(x.X)
	var k mir.CastKind
	switch {
	case from.kind == kPtr && to.kind == kPtr:
		k = mir.CastPtrToPtr
	case to.kind == kPtr:
		k = mir.CastPointerWithExposedProvenance
	case from.kind == kPtr:
		k = mir.CastPointerExposeProvenance
	case from.kind == kFloat && to.kind == kFloat:
		k = mir.CastFloatToFloat
	case from.kind == kFloat:
		k = mir.CastFloatToInt
	case to.kind == kFloat:
		k = mir.CastIntToFloat
	default:
		k = mir.CastIntToInt
	}
	b.assign(dst, &mir.Rvalue{Kind: mir.RvCast, Cast: k, A: a, Ty: b.mty(to)}, sp)
}

func (b *builder) structLit(dst mir.Place, x *syntax.StructLit) {
	cl := b.c.calls[x]
	v := cl.variant
	t := b.ty(x)
	vals := make([]*mir.Operand, len(v.fields))
	for _, f := range x.Fields {
		i := v.fieldIndex(f.Name.Name)
		op := b.operand(f.Value)
		vals[i] = &op
	}
	var base mir.Place
	if x.Base != nil {
		base = b.place(x.Base)
	}
	agg := b.adtAgg(v, t, true)
	for i, f := range v.fields {
		if v.adt.kind == mir.AdtUnion && vals[i] == nil {
			continue
		}
		agg.Fields = append(agg.Fields, f.name)
		if vals[i] != nil {
			agg.Ops = append(agg.Ops, *vals[i])
		} else {
			agg.Ops = append(agg.Ops, cp(b.field(base, i, b.p.fieldType(v, i, t.args))))
		}
	}
	b.assign(dst, &mir.Rvalue{Kind: mir.RvAggregate, Agg: agg}, b.sp(x))
}

func (b *builder) callTerm(dst mir.Place, fn mir.Operand, args []mir.Operand, sp mir.Span) {
	next := b.newBlock()
	b.counter(sp)
	b.term(&mir.Terminator{Kind: mir.TermCall, Func: fn, Args: args, Place: dst, Target: next,
		Unwind: mir.Unwind{Kind: mir.UnwindContinue}, Span: sp})
	b.cur = next
}

func (b *builder) fnOperand(cl *callee) mir.Operand {
	if cl.owner != nil {
		p := b.p.builtinPath(mirPath(cl.pathText), res(cl.owner))
		return mir.Operand{Kind: mir.OpConst, Const: &mir.Const{Kind: mir.ConstFn, Path: p}}
	}
	if cl.pathText != "" {
		segs := mirPath(cl.pathText).Segs
		// rustc prints core functions trimmed (null, from_utf8); the
		// evaluator keys on that name (and on slice:: for from_ref).
		keep := 1
		if strings.HasPrefix(cl.pathText, "core::slice::") {
			keep = 2
		}
		if len(segs) > keep {
			segs = segs[len(segs)-keep:]
		}
		text := cl.pathText
		if len(cl.targs) > 0 {
			var ts []string
			for _, t := range cl.targs {
				mt := b.mty(t)
				segs[len(segs)-1].Args = append(segs[len(segs)-1].Args, mt)
				ts = append(ts, mt.Text)
			}
			text += "::<" + strings.Join(ts, ", ") + ">"
		}
		return mir.Operand{Kind: mir.OpConst, Const: &mir.Const{Kind: mir.ConstFn, Path: &mir.Path{Segs: segs, Text: text}}}
	}
	if cl.kind == callFn && cl.gen != nil {
		inst := b.p.instance(cl.fn, concrete(cl.gen))
		b.dep(inst.mir)
		return mir.Operand{Kind: mir.OpConst, Const: &mir.Const{Kind: mir.ConstFn, Path: inst.path, Item: inst.mir}}
	}
	if cl.kind == callFn {
		b.dep(cl.fn.mir)
		return mir.Operand{Kind: mir.OpConst, Const: &mir.Const{Kind: mir.ConstFn, Path: cl.fn.path, Item: cl.fn.mir}}
	}
	if len(cl.cargs) > 0 {
		// first_chunk::<4>: the evaluator reads the argument from the path.
		segs := append([]mir.PathSeg(nil), mirPath(cl.path.Text).Segs...)
		last := &segs[len(segs)-1]
		var texts []string
		for _, lv := range cl.cargs {
			r := lv.root()
			if !r.set {
				fail("cannot infer the generic argument of `%s`", cl.path.Text)
			}
			t := strconv.FormatInt(r.n, 10)
			last.Args = append(last.Args, &mir.Ty{Kind: mir.TyOther, Text: t})
			texts = append(texts, t)
		}
		return mir.Operand{Kind: mir.OpConst, Const: &mir.Const{Kind: mir.ConstFn, Path: &mir.Path{Segs: segs, Text: cl.path.Text + "::<" + strings.Join(texts, ", ") + ">"}}}
	}
	path := cl.path
	if cl.base != nil && strings.Contains(path.Text, "{") {
		// Checked before the receiver's element type was inferred
		// (`[{integer}]`): the path as rustc prints it now it is known.
		if m := shimMethod(cl.base, lastSeg(path.Text)); m != nil && !strings.Contains(m.path.Text, "{") {
			path = m.path
		}
	}
	return mir.Operand{Kind: mir.OpConst, Const: &mir.Const{Kind: mir.ConstFn, Path: path}}
}

func (b *builder) call(dst mir.Place, x *syntax.Call) {
	cl := b.c.calls[x]
	if cl == nil {
		fail("internal: unresolved call")
	}
	var args []mir.Operand
	for _, a := range x.Args {
		args = append(args, b.operand(a))
	}
	if cl.kind == callCtor {
		agg := b.adtAgg(cl.variant, b.ty(x), false)
		agg.Ops = args
		b.assign(dst, &mir.Rvalue{Kind: mir.RvAggregate, Agg: agg}, b.sp(x))
		return
	}
	if cl.kind == callNewUnchecked {
		// NonZero::new_unchecked(x): NonZero::new(x), and unreachable
		// code when it is None (rustc's precondition).
		sp := b.sp(x)
		opt := res(cl.ret)
		ot := optionOf(opt)
		tmp := b.temp(ot, sp)
		newFn := mir.Operand{Kind: mir.OpConst, Const: &mir.Const{Kind: mir.ConstFn, Path: b.p.builtinPath(mirPath("new"), opt)}}
		b.callTerm(tmp, newFn, args, sp)
		d := b.temp(tyIsize, sp)
		b.assign(d, &mir.Rvalue{Kind: mir.RvDiscriminant, Place: tmp}, sp)
		ok, bad := b.newBlock(), b.newBlock()
		b.term(&mir.Terminator{Kind: mir.TermSwitchInt, Discr: mv(d), Arms: []mir.SwitchTarget{{Value: mir.U128From(1), Target: ok}}, Otherwise: bad, Span: sp})
		b.cur = bad
		unreach := mir.Operand{Kind: mir.OpConst, Const: &mir.Const{Kind: mir.ConstFn, Path: mirPath("core::hint::unreachable_unchecked")}}
		b.callTerm(b.temp(tyNever, sp), unreach, nil, sp)
		b.term(&mir.Terminator{Kind: mir.TermUnreachable, Span: sp})
		b.cur = ok
		some := proj(tmp, mir.Proj{Kind: mir.ProjDowncast, Variant: "Some", VariantIdx: 1})
		b.assign(dst, use(cp(b.field(some, 0, opt))), sp)
		return
	}
	if cl.kind == callPtr {
		fn := b.operand(x.Fun)
		b.callTerm(dst, fn, args, b.sp(x))
		return
	}
	if cl.kind == callTransmute {
		to := b.ty(x)
		if t, ok := b.c.coerce[x]; ok {
			// The result is coerced afterwards (to &[T], &dyn Trait).
			to = res(t)
		}
		b.assign(dst, &mir.Rvalue{Kind: mir.RvCast, Cast: mir.CastTransmute, A: args[0], Ty: b.mty(to)}, b.sp(x))
		return
	}
	b.callTerm(dst, b.fnOperand(cl), args, b.sp(x))
}

func (b *builder) methodCall(dst mir.Place, x *syntax.MethodCall) {
	cl := b.c.calls[x]
	if cl == nil {
		fail("internal: unresolved method call")
	}
	sp := b.sp(x)
	var recv mir.Operand
	rt := res(b.c.ty[x.Recv])
	for i := 0; i < cl.derefs; i++ {
		rt = res(rt.elem)
	}
	switch cl.recv {
	case 0:
		if cl.derefs == 0 {
			recv = b.operand(x.Recv)
		} else {
			pl := b.place(x.Recv)
			for i := 0; i < cl.derefs; i++ {
				pl = deref(pl)
			}
			recv = cp(pl)
		}
	default:
		pl := b.place(x.Recv)
		for i := 0; i < cl.derefs; i++ {
			pl = deref(pl)
		}
		rty := refTo(rt, cl.recv == 2)
		r := b.temp(rty, x.Recv.NodeSpan())
		bk := mir.BorrowShared
		if cl.recv == 2 {
			bk = mir.BorrowMut
		}
		b.assign(r, &mir.Rvalue{Kind: mir.RvRef, Borrow: bk, Place: pl}, sp)
		recv = mv(r)
		if cl.unsize {
			st := refTo(&Type{kind: kSlice, elem: rt.elem}, cl.recv == 2)
			s := b.temp(st, sp)
			b.assign(s, &mir.Rvalue{Kind: mir.RvCast, Cast: mir.CastPointerCoercion, Coercion: "Unsize, Implicit", A: recv, Ty: b.mty(st)}, sp)
			recv = mv(s)
		}
	}
	args := []mir.Operand{recv}
	for _, a := range x.Args {
		args = append(args, b.operand(a))
	}
	fn := b.fnOperand(cl)
	if cl.kind == callShim && rt.kind == kAdt && rt.adt.builtin && len(rt.args) > 0 && !strings.HasPrefix(cl.path.Text, "core::fmt::") {
		fn.Const.Path = b.p.builtinPath(cl.path, rt)
	}
	b.callTerm(dst, fn, args, sp)
}

func (b *builder) block(dst mir.Place, blk *syntax.Block) {
	for _, s := range blk.Stmts {
		switch s := s.(type) {
		case *syntax.LetStmt:
			if ip, ok := s.Pat.(*syntax.IdentPat); ok && ip.Sub == nil && !ip.ByRef && b.c.binds[ip] != nil && s.Else == nil {
				l := b.c.binds[ip]
				lv := b.newLocal(l.ty, ip.Span)
				b.body.Locals[lv].Mut = l.mut
				b.body.Debug = append(b.body.Debug, &mir.VarDebugInfo{Name: l.name, Place: &mir.Place{Local: lv}, Span: ip.Span})
				if s.Init != nil {
					b.into(loc(lv), s.Init)
				}
				b.locals[l] = lv
				continue
			}
			if s.Init == nil {
				fail("`let` without a value is not supported here")
			}
			pl := b.place(s.Init)
			if s.Else != nil {
				els, ok := b.newBlock(), b.newBlock()
				b.test(s.Pat, pl, els)
				b.gotoB(ok, s.Span)
				b.cur = els
				b.block(b.temp(tyUnit, s.Else.Span), s.Else)
				b.term(&mir.Terminator{Kind: mir.TermUnreachable, Span: s.Else.Span})
				b.cur = ok
			}
			b.bind(s.Pat, pl)
		case *syntax.ExprStmt:
			t := b.ty(s.X)
			tmp := b.temp(t, s.X.NodeSpan())
			b.into(tmp, s.X)
		case *syntax.EmptyStmt, *syntax.ItemStmt:
		default:
			fail("this statement is not supported")
		}
	}
	if blk.Expr != nil {
		b.into(dst, blk.Expr)
	} else if b.cur >= 0 {
		b.assign(dst, use(b.constUnit()), blk.Span)
	}
}

func (b *builder) ifExpr(dst mir.Place, x *syntax.If) {
	sp := b.sp(x)
	els, end := b.newBlock(), b.newBlock()
	b.cond(x.Cond, els)
	b.block(dst, x.Then)
	b.gotoB(end, sp)
	b.cur = els
	if x.Else != nil {
		b.into(dst, x.Else)
	} else {
		b.assign(dst, use(b.constUnit()), sp)
	}
	b.gotoB(end, sp)
	b.cur = end
}

// cond lowers an if/while condition, jumping to fail when it is false
// (or its pattern does not match) and binding the pattern otherwise.
func (b *builder) cond(e syntax.Expr, failB mir.BlockID) {
	switch x := e.(type) {
	case *syntax.Let:
		pl := b.place(x.X)
		saved := b.scrut
		b.scrut = b.sp(x.X)
		b.test(x.Pat, pl, failB)
		b.scrut = saved
		b.bind(x.Pat, pl)
		return
	case *syntax.Binary:
		if x.Op == syntax.BinAnd && hasLet(x) {
			b.cond(x.X, failB)
			b.cond(x.Y, failB)
			return
		}
	}
	op := b.operand(e)
	ok := b.newBlock()
	b.switchBool(op, failB, ok, e.NodeSpan())
	b.cur = ok
}

func (b *builder) match(dst mir.Place, x *syntax.Match) {
	sp := b.sp(x)
	scrut := b.place(x.X)
	end := b.newBlock()
	for _, arm := range x.Arms {
		next := b.newBlock()
		saved := b.scrut
		b.scrut = b.sp(x.X)
		b.test(arm.Pat, scrut, next)
		b.scrut = saved
		b.bind(arm.Pat, scrut)
		if arm.Guard != nil {
			g := b.operand(arm.Guard)
			ok := b.newBlock()
			b.switchBool(g, next, ok, arm.Guard.NodeSpan())
			b.cur = ok
		}
		b.into(dst, arm.Body)
		b.gotoB(end, sp)
		b.cur = next
	}
	b.term(&mir.Terminator{Kind: mir.TermUnreachable, Span: sp})
	b.cur = end
}

// macro lowers panic!-like macros and assert!.
func (b *builder) macro(dst mir.Place, m *syntax.MacCall) {
	if x, ok := b.c.expanded[m]; ok {
		b.into(dst, x)
		return
	}
	if v, ok := b.c.strMacros[m]; ok {
		b.assign(dst, use(mir.Operand{Kind: mir.OpConst, Span: m.Span, Const: &mir.Const{Kind: mir.ConstStr, Bytes: []byte(v), Ty: b.mty(tyStrRef)}}), m.Span)
		return
	}
	mc := b.c.macros[m]
	sp := m.Span
	msg := mir.Operand{Kind: mir.OpConst, Const: &mir.Const{Kind: mir.ConstStr, Bytes: []byte(mc.msg), Ty: b.mty(tyStrRef)}}
	panicFn := mir.Operand{Kind: mir.OpConst, Const: &mir.Const{Kind: mir.ConstFn, Path: mirPath("core::panicking::panic")}}
	if mc.kind == "assert" {
		c := b.operand(mc.cond)
		bad, ok := b.newBlock(), b.newBlock()
		b.switchBool(c, bad, ok, mc.cond.NodeSpan())
		b.cur = bad
		if mc.msgExpr != nil {
			msg = b.operand(mc.msgExpr)
		}
		b.callTerm(b.temp(tyNever, sp), panicFn, []mir.Operand{msg}, sp)
		b.term(&mir.Terminator{Kind: mir.TermUnreachable, Span: sp})
		b.cur = ok
		b.assign(dst, use(b.constUnit()), sp)
		return
	}
	if mc.msgExpr != nil {
		msg = b.operand(mc.msgExpr)
	}
	b.callTerm(b.temp(tyNever, sp), panicFn, []mir.Operand{msg}, sp)
	b.term(&mir.Terminator{Kind: mir.TermUnreachable, Span: sp})
}
