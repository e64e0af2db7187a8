// body.go lowers whole items: const and static initializers and fns.

package rustsrc

import (
	"strings"

	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

// coerced reports whether e's value is coerced from &[T; N] to &[T].
func (c *checker) coerced(e syntax.Expr) bool {
	_, ok := c.coerce[e]
	return ok
}

// finish defaults literal variables and fails on unresolved ones.
func (c *checker) finish() {
	for _, v := range c.vars {
		if _, ok := zonk(v); !ok {
			// Name an expression of that type.
			rv := res(v)
			for e, t := range c.ty {
				if rt := res(t); rt.kind == kVar && rt.v == rv.v {
					fail("type annotations needed for `%s`", c.p.text(e))
				}
			}
			fail("type annotations needed")
		}
	}
}

func (p *prog) lowerConst(cd *constDef) {
	defer p.setFile(cd.def.file)()
	it := cd.item
	var c *checker
	r := guard(func() {
		if cd.impl != nil {
			fail("a const of a generic impl is evaluated per instance")
		}
		t := p.constType(cd)
		it.Ty = p.tys.mir(t).Text
		cd.noPrint = p.unprintable(t)
		sc := scope{mod: cd.def.mod, self: cd.selfTy, gen: cd.gen}
		if cd.owner != nil {
			sc.mod = cd.owner
		}
		c = p.reuseChecker(sc, cd.def.file)
		c.push()
		if cd.value == nil {
			fail("`%s` has no value", cd.def.name)
		}
		c.expect(cd.value, t)
		c.finish()
		b := p.newBuilder(c, cd.def.file, cd.value.NodeSpan())
		if c.bmaps.locals != nil {
			b.locals, b.seen, b.parens = c.bmaps.locals, c.bmaps.seen, c.bmaps.parens
		}
		c.bmaps = builderMaps{b.locals, b.seen, b.parens}
		b.owner = cd.mir
		b.newLocal(t, cd.span)
		b.body.Locals[0].Mut = true
		b.cur = b.newBlock()
		b.into(loc(0), cd.value)
		b.term(&mir.Terminator{Kind: mir.TermReturn, Span: cd.value.NodeSpan()})
		cd.mir.Ty = b.mty(t)
		cd.mir.Body = b.body
		cd.deps = b.deps
		cd.readsMut = b.readsMut
		cd.selfRead = b.staticUses[cd.mir] > 0 && b.staticUses[cd.mir] == b.staticReads[cd.mir]
	})
	p.releaseChecker(c)
	if r != "" {
		cd.bad = r
		if it.Ty == "" && cd.ty != nil {
			// The type as written, when it could not be resolved.
			it.Ty = strings.Join(strings.Fields(p.text(cd.ty)), " ")
		}
	}
}

func (p *prog) lowerFn(f *fnDef) {
	if f.lowering {
		return
	}
	f.lowering = true
	defer func() { f.lowering = false }()
	defer p.setFile(f.def.file)()
	r := guard(func() {
		p.sig(f)
		sc := scope{mod: f.def.mod, self: f.selfTy, gen: f.gen}
		c := newChecker(p, sc, f.def.file)
		c.ret = f.ret
		c.runtime, c.fmtTrait = !f.ast.Header.Const, f.fmtTrait
		c.push()
		var params []*local
		i := 0
		a := f.ast
		if a.Self != nil {
			l := &local{name: "self", ty: f.params[0], mut: a.Self.Mut && a.Self.Kind == syntax.SelfValue, span: a.Self.Span}
			c.declare(l)
			params = append(params, l)
			i = 1
		}
		var patParams []syntax.Pat
		for j, prm := range a.Params {
			t := f.params[i+j]
			if ip, ok := prm.Pat.(*syntax.IdentPat); ok && ip.Sub == nil && !ip.ByRef {
				l := &local{name: ip.Name.Name, ty: t, mut: ip.Mut, span: ip.Span}
				c.binds[ip] = l
				c.declare(l)
				params = append(params, l)
				patParams = append(patParams, nil)
				continue
			}
			params = append(params, &local{name: "", ty: t, span: prm.Span})
			patParams = append(patParams, prm.Pat)
			c.pat(prm.Pat, t, true)
		}
		bodyExpr := &syntax.BlockExpr{Spanned: syntax.Spanned{Span: a.Body.Span}, Block: a.Body}
		t := c.expr(bodyExpr, f.ret)
		if res(t).kind != kNever {
			c.unify(f.ret, t, bodyExpr)
		}
		c.finish()
		b := p.newBuilder(c, f.def.file, a.Span)
		b.owner = f.mir
		b.newLocal(f.ret, a.Span)
		for _, l := range params {
			lv := b.newLocal(l.ty, l.span)
			b.body.Locals[lv].Arg = true
			b.body.Locals[lv].Mut = l.mut
			b.locals[l] = lv
			if l.name != "" {
				b.body.Debug = append(b.body.Debug, &mir.VarDebugInfo{Name: l.name, Place: &mir.Place{Local: lv}, Span: l.span})
			}
		}
		b.body.ArgCount = len(params)
		b.cur = b.newBlock()
		off := len(params) - len(patParams)
		for j, pp := range patParams {
			if pp != nil {
				b.bind(pp, loc(mir.Local(1+off+j)))
			}
		}
		b.into(loc(0), bodyExpr)
		b.term(&mir.Terminator{Kind: mir.TermReturn, Span: mir.Span{Start: a.Body.Span.End - 1, End: a.Body.Span.End}})
		f.mir.Ty = nil
		f.mir.Ret = b.mty(f.ret)
		f.mir.Body = b.body
		f.deps = b.deps
		f.readsMut = b.readsMut
		f.lowered = true
	})
	if r != "" {
		f.bad = r
	}
}
