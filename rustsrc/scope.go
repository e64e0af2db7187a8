// scope.go resolves syntax types to Types, ADT fields and discriminants,
// type aliases, inherent impls, array lengths (folded when they are
// integer constants; every non-literal length is also an anon const item).

package rustsrc

import (
	"math/big"
	"strconv"

	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

// scope is where names in a type or expression resolve.
type scope struct {
	mod  *module
	self *Type
	gen  *genBind // the generic parameters of the fn being checked
}

// genBind binds a generic fn's parameters: type parameters to types,
// const parameters to values (inferred at a call, fixed in an instance).
type genBind struct {
	types  map[string]*Type
	consts map[string]*cparam
	order  []string // parameter names in declaration order
}

// cparam is a const generic parameter: its type and value.
type cparam struct {
	ty *Type
	lv *lenVar
}

func (sc scope) constParam(e syntax.Expr) *cparam {
	if sc.gen == nil {
		return nil
	}
	switch x := e.(type) {
	case *syntax.PathExpr:
		if len(x.Path.Segments) == 1 && x.Path.QSelf == nil && x.Path.Segments[0].Args == nil {
			return sc.gen.consts[x.Path.Segments[0].Name.Name]
		}
	case *syntax.BlockExpr:
		if x.Kind == syntax.PlainBlock && len(x.Block.Stmts) == 0 && x.Block.Expr != nil {
			return sc.constParam(x.Block.Expr)
		}
	case *syntax.Paren:
		return sc.constParam(x.X)
	}
	return nil
}

func (p *prog) astType(t syntax.Type, sc scope) *Type {
	switch t := t.(type) {
	case nil:
		return tyUnit
	case *syntax.ParenType:
		return p.astType(t.Elem, sc)
	case *syntax.TupleType:
		if len(t.Elems) == 0 {
			return tyUnit
		}
		tt := &Type{kind: kTuple}
		for _, e := range t.Elems {
			tt.elems = append(tt.elems, p.astType(e, sc))
		}
		return tt
	case *syntax.RefType:
		return &Type{kind: kRef, mut: t.Mut, elem: p.astType(t.Elem, sc)}
	case *syntax.PtrType:
		return &Type{kind: kPtr, mut: t.Mut, elem: p.astType(t.Elem, sc)}
	case *syntax.SliceType:
		return &Type{kind: kSlice, elem: p.astType(t.Elem, sc)}
	case *syntax.ArrayType:
		elem := p.astType(t.Elem, sc)
		if cp := sc.constParam(t.Len); cp != nil {
			return &Type{kind: kArray, elem: elem, lv: cp.lv}
		}
		n, ok := p.fold(t.Len, sc, 0)
		if !ok {
			if v, ok := p.evalLen(t.Len); ok {
				return &Type{kind: kArray, elem: elem, n: v}
			}
		}
		if !ok || n.Sign() < 0 || !n.IsInt64() {
			fail("the array length `%s` is not a constant mirlsp computes", p.text(t.Len))
		}
		return &Type{kind: kArray, elem: elem, n: n.Int64()}
	case *syntax.NeverType:
		return tyNever
	case *syntax.PathType:
		return p.pathType(t.Path, sc)
	case *syntax.InferType:
		return newVar(0)
	case *syntax.TraitObjectType:
		return p.dynType(t, sc)
	case *syntax.FnPtrType:
		if t.Unsafe || t.Extern || t.Variadic {
			fail("the type `%s` is not supported", p.text(t))
		}
		ft := &Type{kind: kFn, elem: p.astType(t.Ret, sc)}
		for _, prm := range t.Params {
			ft.elems = append(ft.elems, p.astType(prm.Type, sc))
		}
		return ft
	}
	fail("the type `%s` is not supported", p.text(t))
	return nil
}

func (p *prog) pathType(path *syntax.Path, sc scope) *Type {
	if path.QSelf != nil || path.Global && !externCrate(path) && p.globalRoot(sc.mod, path.Segments[0].Name.Name, nsType, 0) == nil {
		fail("the type `%s` is not supported", p.text(path))
	}
	segs := globalSegs(path)
	if len(segs) == 1 && segs[0] == "Self" {
		if sc.self == nil {
			fail("`Self` outside an impl")
		}
		return sc.self
	}
	if len(segs) == 1 && sc.gen != nil && path.Segments[0].Args == nil {
		if t, ok := sc.gen.types[segs[0]]; ok {
			return t
		}
	}
	d := p.resolvePathIn(sc.mod, segs, nsType, 0, false)
	if t, ok := primTypes[segs[0]]; ok && len(segs) == 1 && (d == nil || d.kind == defMod || d.kind == defCore) {
		// `use core::f64;` brings the module, not a type: in a type,
		// f64 is still the primitive.
		return t
	}
	if d == nil {
		fail("cannot resolve the type `%s`", p.text(path))
	}
	last := path.Segments[len(path.Segments)-1]
	switch d.kind {
	case defPrim:
		return d.prim
	case defAdt:
		if d.adt.builtin && d.adt.generics == 0 && (last.Args == nil || d.adt == formatterAdt && onlyLifetimes(last.Args)) {
			return &Type{kind: kAdt, adt: d.adt}
		}
		if d.fixedArg != nil && last.Args == nil {
			return &Type{kind: kAdt, adt: d.adt, args: []*Type{d.fixedArg}}
		}
		if d.adt.builtin {
			targs := typeArgsOnly(last.Args)
			if last.Args == nil || len(targs) != d.adt.generics {
				fail("the type `%s` is not supported", p.text(path))
			}
			t := &Type{kind: kAdt, adt: d.adt}
			for _, ga := range targs {
				ta, ok := ga.(*syntax.TypeArg)
				if !ok {
					fail("the type `%s` is not supported", p.text(path))
				}
				t.args = append(t.args, p.astType(ta.Type, sc))
			}
			return t
		}
		if d.adt.bad != "" {
			fail("%s", d.adt.bad)
		}
		if d.adt.generic() {
			if last.Args == nil || last.Args.Paren {
				fail("`%s` without its generic arguments", d.adt.name)
			}
			var args []syntax.GenericArg
			for _, ga := range last.Args.Args {
				if _, lt := ga.(*syntax.LifetimeArg); !lt {
					args = append(args, ga)
				}
			}
			return &Type{kind: kAdt, adt: d.adt, args: p.genericArgs(d.adt, args, sc)}
		}
		if last.Args != nil && !onlyLifetimes(last.Args) {
			fail("generic types are not supported")
		}
		return &Type{kind: kAdt, adt: d.adt}
	case defAlias:
		if last.Args != nil {
			fail("generic type aliases are not supported")
		}
		return p.aliasType(d)
	case defLocalC:
		fail("%s", d.core)
	}
	fail("`%s` is not a type", p.text(path))
	return nil
}

// externCrate reports whether a path starting with `::` names core or
// std (the only crates a Rust file of the subset sees).
func externCrate(path *syntax.Path) bool {
	if len(path.Segments) == 0 {
		return false
	}
	switch path.Segments[0].Name.Name {
	case "core", "std":
		return true
	}
	return false
}

// globalSegs is segNames, with `::` before the first segment of a path
// to a dependency written ::dep::x (resolved in the extern prelude only).
func globalSegs(path *syntax.Path) []string {
	segs := segNames(path)
	if path.Global && !externCrate(path) && len(segs) > 0 {
		segs[0] = "::" + segs[0]
	}
	return segs
}

func onlyLifetimes(a *syntax.GenericArgs) bool {
	if a.Paren {
		return false
	}
	for _, g := range a.Args {
		if _, ok := g.(*syntax.LifetimeArg); !ok {
			return false
		}
	}
	return true
}

func segNames(path *syntax.Path) []string {
	out := make([]string, len(path.Segments))
	for i, s := range path.Segments {
		out[i] = s.Name.Name
	}
	return out
}

// aliasType resolves a type alias (nil if it cannot be).
func (p *prog) aliasType(d *def) *Type {
	switch d.aliasOK {
	case 1:
		fail("the type alias `%s` is recursive", d.name)
	case 2:
		if d.aliasTy == nil {
			fail("the type alias `%s` is not supported", d.name)
		}
		return d.aliasTy
	}
	d.aliasOK = 1
	defer func() { d.aliasOK = 2 }()
	defer p.setFile(d.file)()
	if d.alias.Generics != nil && len(d.alias.Generics.Params) > 0 {
		fail("generic type aliases are not supported")
	}
	if d.alias.Type == nil {
		fail("the type alias `%s` has no type", d.name)
	}
	d.aliasTy = p.astType(d.alias.Type, scope{mod: d.mod})
	return d.aliasTy
}

// text is the source text of a node of the file being processed.
func (p *prog) text(n syntax.Node) string {
	if n == nil {
		return ""
	}
	sp := n.NodeSpan()
	if p.file < len(p.crate.Files) {
		if f := p.crate.Files[p.file]; sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(f.Text) {
			return string(f.Text[sp.Start:sp.End])
		}
	}
	return "…"
}

// resolveImpls attaches the items of inherent impls to their ADTs.
func (p *prog) resolveImpls() {
	if p.implsOK {
		return
	}
	p.implsOK = true
	for _, ib := range p.impls {
		im := ib.ast
		p.file = ib.file
		if im.Negative {
			continue
		}
		if im.Trait != nil {
			if segs := segNames(im.Trait); fmtTraits[segs[len(segs)-1]] {
				p.markFmtImpl(ib, segs[len(segs)-1])
			}
			p.traitImplOf(ib)
			continue
		}
		if hasTypeParams(im.Generics) {
			p.genericImpl(ib)
			continue
		}
		var self *Type
		reason := guard(func() {
			self = p.astType(im.SelfType, scope{mod: ib.mod})
		})
		if reason != "" || res(self).kind != kAdt || res(self).adt.builtin {
			continue
		}
		a := res(self).adt
		for _, it := range im.Items {
			switch it := it.(type) {
			case *syntax.Const:
				d := &def{kind: defConst, name: it.Name.Name, path: join(a.path, it.Name.Name), mod: ib.mod, file: ib.file, span: it.Name.Span}
				d.cnst = &constDef{def: d, ast: it, ty: it.Type, value: it.Value, generics: it.Generics, selfTy: self, span: p.itemSpan(&it.ItemBase, ib.file)}
				p.consts = append(p.consts, d.cnst)
				p.numberAnon(d.path, ib.mod, ib.file, self, it.Type, it.Value)
				if it.Value != nil {
					p.collectBlocks(it.Value, ib.mod, d.path, ib.file)
				}
				if _, dup := a.assoc[d.name]; !dup {
					a.assoc[d.name] = d
				}
			case *syntax.Fn:
				d := &def{kind: defFn, name: it.Name.Name, path: join(a.path, it.Name.Name), mod: ib.mod, file: ib.file, span: it.Name.Span}
				d.fn = &fnDef{def: d, ast: it, selfTy: self}
				p.fns = append(p.fns, d.fn)
				p.numberFnAnon(d.path, ib.mod, ib.file, self, it)
				if it.Body != nil {
					p.collectBlocks(it.Body, ib.mod, d.path, ib.file)
				}
				if _, dup := a.assoc[d.name]; !dup {
					a.assoc[d.name] = d
				}
			}
		}
	}
}

// resolveAdt resolves field types, discriminants and the repr of an ADT.
func (p *prog) resolveAdt(a *adt) {
	if a.resolved || a.bad != "" {
		return
	}
	a.resolved = true
	defer p.setFile(a.file)()
	sc := scope{mod: a.mod, self: &Type{kind: kAdt, adt: a}}
	if r := guard(func() {
		a.repr = p.repr(a.ast.Base().Attrs)
		a.discrTy = tyIsize
		if a.repr.Int != nil {
			a.discrTy = primTypes[a.repr.Int.Text]
		}
		for _, v := range a.variants {
			for _, f := range v.fields {
				if f.tyAST == nil {
					fail("the field `%s` has no type", f.name)
				}
				if !a.generic() {
					f.ty = p.astType(f.tyAST, sc)
				}
			}
		}
		if a.kind == mir.AdtEnum {
			next := new(big.Int)
			for _, v := range a.variants {
				if v.ast.Discriminant != nil {
					n, ok := p.fold(v.ast.Discriminant, scope{mod: a.mod}, 0)
					if !ok {
						fail("the discriminant `%s` is not a constant mirlsp computes", p.text(v.ast.Discriminant))
					}
					next = n
				}
				v.discr = u128Of(next)
				next = new(big.Int).Add(next, big.NewInt(1))
			}
		}
	}); r != "" {
		a.bad = r
	}
}

// repr reads #[repr(...)].
func (p *prog) repr(attrs []*syntax.Attr) mir.ReprDecl {
	var r mir.ReprDecl
	for _, at := range attrs {
		if at.Path == nil || len(at.Path.Segments) != 1 || at.Path.Segments[0].Name.Name != "repr" {
			continue
		}
		for _, tt := range at.Args {
			for i, t := range tt.Trees {
				switch name := t.Tok.Text; {
				case t.Tok.Kind != syntax.IdentTok:
				case name == "C":
					r.C = true
				case name == "transparent":
					r.Transparent = true
				case name == "packed" || name == "align":
					n := uint64(1)
					if name == "align" {
						n = 0
					}
					if i+1 < len(tt.Trees) && tt.Trees[i+1].Delim == syntax.DelimParen && len(tt.Trees[i+1].Trees) == 1 {
						v, err := strconv.ParseUint(tt.Trees[i+1].Trees[0].Tok.Text, 0, 64)
						if err != nil {
							fail("#[repr(%s(..))] is not supported", name)
						}
						n = v
					}
					if name == "packed" {
						r.Packed = n
					} else {
						r.Align = n
					}
				default:
					if t, ok := primTypes[name]; ok && t.isInt() {
						r.Int = p.tys.mir(t)
					} else {
						fail("#[repr(%s)] is not supported", name)
					}
				}
			}
		}
	}
	return r
}

func u128Of(n *big.Int) mir.U128 {
	if n.IsUint64() {
		return mir.U128{Lo: n.Uint64()}
	}
	if n.IsInt64() {
		// Negative: two's complement in 128 bits.
		return mir.U128{Lo: uint64(n.Int64()), Hi: ^uint64(0)}
	}
	m := new(big.Int).And(n, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1)))
	lo := new(big.Int).And(m, new(big.Int).SetUint64(^uint64(0))).Uint64()
	hi := new(big.Int).Rsh(m, 64).Uint64()
	return mir.U128{Lo: lo, Hi: hi}
}

// declareAdts adds the declarations of the crate's ADTs to their files.
func (p *prog) declareAdts() {
	for _, a := range p.adts {
		if a.bad != "" || a.generic() {
			continue
		}
		r := guard(func() {
			d := &mir.AdtDecl{Ty: p.tys.mir(&Type{kind: kAdt, adt: a}), Kind: a.kind, Repr: a.repr, Span: a.ast.NodeSpan()}
			for _, v := range a.variants {
				vd := &mir.VariantDecl{Name: v.name, Discr: v.discr, Ctor: v.ctor}
				for _, f := range v.fields {
					vd.Fields = append(vd.Fields, mir.FieldDecl{Name: f.name, Ty: p.tys.mir(f.ty)})
				}
				d.Variants = append(d.Variants, vd)
			}
			a.decl = d
		})
		if r != "" {
			a.bad = r
			continue
		}
		p.out.Files[a.file].Adts = append(p.out.Files[a.file].Adts, a.decl)
	}
	// Two ADTs of one name would share the evaluator's definition.
	seen := map[string]*adt{}
	for _, a := range p.adts {
		if b := seen[a.name]; b != nil {
			a.bad = "two types are named `" + a.name + "`"
			b.bad = a.bad
		}
		seen[a.name] = a
	}
}

const maxFoldDepth = 64

// fold computes an integer constant expression (array lengths,
// discriminants) when it is made of literals, integer consts and
// arithmetic; ok is false otherwise (including on overflow, which the
// anon const's evaluation reports).
func (p *prog) fold(e syntax.Expr, sc scope, depth int) (*big.Int, bool) {
	if depth > maxFoldDepth {
		return nil, false
	}
	switch e := e.(type) {
	case *syntax.Lit:
		if e.Kind == syntax.LitByte {
			s, err := e.Unquote()
			if err != nil || len(s) != 1 {
				return nil, false
			}
			return big.NewInt(int64(s[0])), true
		}
		if e.Kind != syntax.LitInt {
			return nil, false
		}
		digits, base := e.Digits()
		n, ok := new(big.Int).SetString(digits, base)
		return n, ok
	case *syntax.Paren:
		return p.fold(e.X, sc, depth+1)
	case *syntax.BlockExpr:
		if e.Kind == syntax.PlainBlock && len(e.Block.Stmts) == 0 && e.Block.Expr != nil {
			return p.fold(e.Block.Expr, sc, depth+1)
		}
	case *syntax.Unary:
		if e.Op == syntax.UnNeg {
			n, ok := p.fold(e.X, sc, depth+1)
			if ok {
				return new(big.Int).Neg(n), true
			}
		}
	case *syntax.Cast:
		return p.fold(e.X, sc, depth+1)
	case *syntax.Binary:
		a, ok1 := p.fold(e.X, sc, depth+1)
		b, ok2 := p.fold(e.Y, sc, depth+1)
		if !ok1 || !ok2 {
			return nil, false
		}
		r := new(big.Int)
		switch e.Op {
		case syntax.BinAdd:
			r.Add(a, b)
		case syntax.BinSub:
			r.Sub(a, b)
		case syntax.BinMul:
			r.Mul(a, b)
		case syntax.BinDiv:
			if b.Sign() == 0 {
				return nil, false
			}
			r.Quo(a, b)
		case syntax.BinRem:
			if b.Sign() == 0 {
				return nil, false
			}
			r.Rem(a, b)
		case syntax.BinShl:
			if !b.IsInt64() || b.Int64() < 0 || b.Int64() > 127 {
				return nil, false
			}
			r.Lsh(a, uint(b.Int64()))
		case syntax.BinShr:
			if !b.IsInt64() || b.Int64() < 0 || b.Int64() > 127 {
				return nil, false
			}
			r.Rsh(a, uint(b.Int64()))
		case syntax.BinBitAnd:
			r.And(a, b)
		case syntax.BinBitOr:
			r.Or(a, b)
		case syntax.BinBitXor:
			r.Xor(a, b)
		default:
			return nil, false
		}
		if r.BitLen() > 64 {
			return nil, false
		}
		return r, true
	case *syntax.PathExpr:
		if e.Path.QSelf != nil {
			return nil, false
		}
		if cp := sc.constParam(e); cp != nil {
			if r := cp.lv.root(); r.set {
				return big.NewInt(r.n), true
			}
			return nil, false
		}
		var d *def
		if guard(func() { d = p.resolveValue(e.Path, sc) }) != "" || d == nil {
			return nil, false
		}
		if d.kind == defConst && d.cnst != nil && !d.cnst.foldBusy && d.cnst.value != nil {
			cd := d.cnst
			cd.typeUse = true
			cd.foldBusy = true
			defer func() { cd.foldBusy = false }()
			osc := scope{mod: d.mod, self: cd.selfTy}
			return p.fold(cd.value, osc, depth+1)
		}
		if d.kind == defCore && d.prim != nil {
			if v, _, ok := intConst(d.prim, lastSeg(d.core)); ok {
				return v, true
			}
		}
	case *syntax.MethodCall:
		if e.Name.Name == "len" && len(e.Args) == 0 {
			if pe, ok := e.Recv.(*syntax.PathExpr); ok {
				var d *def
				if guard(func() { d = p.resolveValue(pe.Path, sc) }) == "" && d != nil && d.kind == defConst && d.cnst.ast != nil {
					if at, ok := d.cnst.ty.(*syntax.ArrayType); ok {
						return p.fold(at.Len, scope{mod: d.mod, self: d.cnst.selfTy}, depth+1)
					}
				}
			}
		}
	}
	return nil, false
}

func lastSeg(s string) string {
	parts := splitPath(s)
	return parts[len(parts)-1]
}

// intConst is an integer type's MAX, MIN or BITS.
func intConst(t *Type, name string) (*big.Int, *Type, bool) {
	t = res(t)
	if t == nil || t.kind != kInt && t.kind != kUint {
		return nil, nil, false
	}
	bits := t.bits
	if bits == 0 {
		bits = 64
	}
	one := big.NewInt(1)
	switch name {
	case "BITS":
		return big.NewInt(int64(bits)), tyU32, true
	case "MAX":
		if t.kind == kInt {
			return new(big.Int).Sub(new(big.Int).Lsh(one, uint(bits-1)), one), t, true
		}
		return new(big.Int).Sub(new(big.Int).Lsh(one, uint(bits)), one), t, true
	case "MIN":
		if t.kind == kInt {
			return new(big.Int).Neg(new(big.Int).Lsh(one, uint(bits-1))), t, true
		}
		return new(big.Int), t, true
	}
	return nil, nil, false
}

// resolveValue resolves a path expression to a definition in the value
// namespace (Self::X and Type::X reach impl items).
func (p *prog) resolveValue(path *syntax.Path, sc scope) *def {
	if path.QSelf != nil {
		return p.qualifiedValue(path, sc)
	}
	if path.Global && !externCrate(path) && p.globalRoot(sc.mod, path.Segments[0].Name.Name, nsType, 0) == nil && p.globalRoot(sc.mod, path.Segments[0].Name.Name, nsValue, 0) == nil {
		fail("the path `%s` is not supported", p.text(path))
	}
	segs := globalSegs(path)
	if segs[0] == "Self" {
		if sc.self == nil {
			fail("`Self` outside an impl")
		}
		st := res(sc.self)
		if len(segs) == 1 {
			if st.kind == kAdt && len(st.adt.variants) > 0 && st.adt.variants[0].ctor != mir.CtorNamed && st.adt.kind == mir.AdtStruct {
				return &def{kind: defVariant, adt: st.adt, variant: st.adt.variants[0]}
			}
			return nil
		}
		if len(segs) != 2 {
			return nil
		}
		return p.typeRelative(st, segs[1])
	}
	if len(segs) == 2 && sc.gen != nil {
		// T::C of a generic parameter (in an instance, T is known).
		if t, ok := sc.gen.types[segs[0]]; ok {
			return p.typeRelative(t, segs[1])
		}
	}
	return p.resolvePathIn(sc.mod, segs, nsValue, 0, false)
}
