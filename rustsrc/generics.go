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
		var x syntax.Expr
		switch arg := arg.(type) {
		case *syntax.ConstArg:
			x = arg.Expr
		case *syntax.TypeArg:
			if pt, ok := arg.Type.(*syntax.PathType); ok {
				x = &syntax.PathExpr{Spanned: pt.Spanned, Path: pt.Path}
			}
		}
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

// fieldType is the type of field i of variant v of an ADT type with the
// given arguments.
func (p *prog) fieldType(v *variant, i int, args []*Type) *Type {
	a := v.adt
	f := v.fields[i]
	if a.builtin {
		return subst(f.ty, args)
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
}
