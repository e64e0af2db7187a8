// generics.go holds generic ADTs: their field types for given arguments
// and the declarations of their instances (Buf<8>, Pair<u8>), which are
// made as instances are used.

package rustsrc

import (
	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

// adtBind binds a generic ADT's parameters to a type's arguments.
func adtBind(params []*syntax.GenericParam, args []*Type) *genBind {
	g := &genBind{types: map[string]*Type{}, consts: map[string]*cparam{}}
	for i, gp := range params {
		if i >= len(args) {
			break
		}
		name := gp.Name.Name
		g.order = append(g.order, name)
		if gp.Kind == syntax.TypeParam {
			g.types[name] = args[i]
			continue
		}
		a := res(args[i])
		lv := a.lv
		if lv == nil {
			lv = &lenVar{n: a.n, set: true}
		}
		g.consts[name] = &cparam{ty: tyUsize, lv: lv}
	}
	return g
}

// freshArgs returns inference variables for a generic ADT's parameters.
func (c *checker) freshArgs(a *adt) []*Type {
	var args []*Type
	for _, gp := range a.gparams {
		if gp.Kind == syntax.TypeParam {
			args = append(args, c.newVar(0))
		} else {
			args = append(args, &Type{kind: kConstArg, lv: &lenVar{}})
		}
	}
	return args
}

// genericArgs resolves the written arguments of a generic ADT (Buf<8>,
// Pair::<u8>, Buf<N> inside a generic impl).
func (p *prog) genericArgs(a *adt, args []syntax.GenericArg, sc scope) []*Type {
	if len(args) != len(a.gparams) {
		fail("`%s` takes %d generic arguments", a.name, len(a.gparams))
	}
	var out []*Type
	for i, gp := range a.gparams {
		arg := args[i]
		if gp.Kind == syntax.TypeParam {
			ta, ok := arg.(*syntax.TypeArg)
			if !ok {
				fail("the generic argument of `%s` is not supported", a.name)
			}
			out = append(out, p.astType(ta.Type, sc))
			continue
		}
		x := constArgExpr(arg)
		if x == nil {
			fail("the generic argument of `%s` is not supported", a.name)
		}
		if cp := sc.constParam(x); cp != nil {
			out = append(out, &Type{kind: kConstArg, lv: cp.lv})
			continue
		}
		n, ok := p.fold(x, sc, 0)
		if !ok || !n.IsInt64() {
			fail("the generic argument of `%s` is not a constant mirlsp computes", a.name)
		}
		out = append(out, &Type{kind: kConstArg, n: n.Int64()})
	}
	return out
}

// constArgExpr is the expression of a const generic argument: {N + 1},
// 8, or N (which parses as a type).
func constArgExpr(arg syntax.GenericArg) syntax.Expr {
	switch arg := arg.(type) {
	case *syntax.ConstArg:
		return arg.Expr
	case *syntax.TypeArg:
		if pt, ok := arg.Type.(*syntax.PathType); ok {
			return &syntax.PathExpr{Spanned: pt.Spanned, Path: pt.Path}
		}
	}
	return nil
}

// fieldType is the type of field i of variant v of an ADT type with the
// given arguments.
func (p *prog) fieldType(v *variant, i int, args []*Type) *Type {
	a := v.adt
	f := v.fields[i]
	if a.builtin {
		return builtinFieldType(v, i, args)
	}
	if !a.generic() {
		return f.ty
	}
	defer p.setFile(a.file)()
	self := &Type{kind: kAdt, adt: a, args: args}
	return p.astType(f.tyAST, scope{mod: a.mod, self: self, gen: adtBind(a.gparams, args)})
}

// declareInstance declares an instance of a generic ADT to the
// evaluator, once per file and instance.
func (p *prog) declareInstance(t *Type) {
	a := t.adt
	text := t.String()
	if a.declared == nil {
		a.declared = map[string]bool{}
	}
	if a.declared[text] {
		return
	}
	a.declared[text] = true
	d := &mir.AdtDecl{Ty: p.tys.mir(t), Kind: a.kind, Repr: a.repr, Span: a.ast.NodeSpan()}
	for _, v := range a.variants {
		vd := &mir.VariantDecl{Name: v.name, Discr: v.discr, Ctor: v.ctor}
		for i, f := range v.fields {
			ft, ok := zonk(p.fieldType(v, i, t.args))
			if !ok {
				fail("the fields of `%s` are not known", text)
			}
			vd.Fields = append(vd.Fields, mir.FieldDecl{Name: f.name, Ty: p.tys.mir(ft)})
		}
		d.Variants = append(d.Variants, vd)
	}
	p.out.Files[a.file].Adts = append(p.out.Files[a.file].Adts, d)
	if a.instDecls == nil {
		a.instDecls = map[string]*mir.AdtDecl{}
	}
	a.instDecls[text] = d
	if len(a.fmt) > 0 {
		// Until compiled (drainFmtQueue), the instance prints through
		// none of its impls rather than as if derived.
		d.FmtWhy = map[string]string{}
		for tr := range a.fmt {
			d.FmtWhy[tr] = "the `" + tr + "` impl of `" + text + "` was not compiled for this instance"
		}
		p.fmtQueue = append(p.fmtQueue, t)
	}
}

// implGen is the generic impl an item belongs to: its parameters and
// self type, bound per use (impl<const N: usize> Buf<N>).
type implGen struct {
	params []*syntax.GenericParam
	self   syntax.Type
	mod    *module
	adt    *adt
}

// genericImpl records the items of an inherent impl of a generic ADT.
func (p *prog) genericImpl(ib *implBlock) {
	im := ib.ast
	pt, ok := im.SelfType.(*syntax.PathType)
	if !ok {
		return
	}
	d := p.resolvePathIn(ib.mod, segNames(pt.Path), nsType, 0, false)
	if d == nil || d.kind != defAdt || !d.adt.generic() {
		return
	}
	a := d.adt
	ig := &implGen{params: typeParams(im.Generics), self: im.SelfType, mod: ib.mod, adt: a}
	for _, it := range im.Items {
		switch it := it.(type) {
		case *syntax.Const:
			d := &def{kind: defConst, name: it.Name.Name, path: join(a.path, it.Name.Name), mod: ib.mod, file: ib.file, span: it.Name.Span}
			d.cnst = &constDef{def: d, ast: it, ty: it.Type, value: it.Value, generics: it.Generics, span: p.itemSpan(&it.ItemBase, ib.file), impl: ig}
			if _, dup := a.assoc[d.name]; !dup {
				a.assoc[d.name] = d
			}
		case *syntax.Fn:
			d := &def{kind: defFn, name: it.Name.Name, path: join(a.path, it.Name.Name), mod: ib.mod, file: ib.file, span: it.Name.Span}
			d.fn = &fnDef{def: d, ast: it, impl: ig}
			p.fns = append(p.fns, d.fn)
			if _, dup := a.assoc[d.name]; !dup {
				a.assoc[d.name] = d
			}
		}
	}
}

// implBind returns fresh bindings of an impl's parameters and its self
// type under them.
func (c *checker) implBind(ig *implGen) (*genBind, *Type) {
	gb := &genBind{types: map[string]*Type{}, consts: map[string]*cparam{}}
	for _, gp := range ig.params {
		name := gp.Name.Name
		gb.order = append(gb.order, name)
		if gp.Kind == syntax.TypeParam {
			gb.types[name] = c.newVar(0)
			continue
		}
		ty := c.p.astType(gp.Type, scope{mod: ig.mod})
		gb.consts[name] = &cparam{ty: ty, lv: &lenVar{}}
	}
	self := c.p.astType(ig.self, scope{mod: ig.mod, gen: gb})
	return gb, self
}

// constInstance returns the instance of a const of a generic impl for a
// concrete self type (evaluated through its uses, like rustc's).
func (c *checker) constInstance(cd *constDef, self, want *Type) *constDef {
	gb, pat := c.implBind(cd.impl)
	if !unify(pat, self) {
		fail("`%s` does not apply to `%s`", cd.def.name, res(self))
	}
	if want != nil && cd.ty != nil {
		// Money::ZERO where a Money<Yen> is expected.
		var ct *Type
		guard(func() { ct = c.p.astType(cd.ty, scope{mod: cd.def.mod, self: pat, gen: gb}) })
		if ct != nil {
			unify(ct, want)
		}
	}
	z, ok := zonk(pat)
	if !ok {
		fail("the type of `%s` is not known here", cd.def.name)
	}
	key := z.String()
	if inst, ok := cd.instances[key]; ok {
		return inst
	}
	if cd.instances == nil {
		cd.instances = map[string]*constDef{}
	}
	p := c.p
	name := z.adt.name + "::<" + key[len(z.adt.name)+1:len(key)-1] + ">::" + cd.def.name
	d := &def{kind: defConst, name: cd.def.name, path: name, mod: cd.def.mod, file: cd.def.file, span: cd.def.span}
	inst := &constDef{def: d, ast: cd.ast, ty: cd.ty, value: cd.value, selfTy: z, span: cd.span, gen: concrete(gb), dflt: true}
	cd.instances[key] = inst
	p.consts = append(p.consts, inst)
	p.makeItem(inst)
	p.lowerConst(inst)
	return inst
}

// concrete returns bindings made by unification once inferred.
func concrete(g *genBind) *genBind {
	out := &genBind{types: map[string]*Type{}, consts: map[string]*cparam{}, order: g.order}
	for name, t := range g.types {
		z, ok := zonk(t)
		if !ok {
			fail("cannot infer the generic argument `%s`", name)
		}
		out.types[name] = z
	}
	for name, cp := range g.consts {
		v := cp.lv.root()
		if !v.set {
			fail("cannot infer the value of the generic argument `%s`", name)
		}
		out.consts[name] = &cparam{ty: cp.ty, lv: &lenVar{n: v.n, set: true}}
	}
	return out
}
