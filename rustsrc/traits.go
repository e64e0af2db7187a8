// traits.go holds traits as far as the subset uses them: the associated
// consts of trait impls (and the trait's defaults), reached through
// <T as Trait>::C, T::C, Self::C and a generic parameter's T::C.

package rustsrc

import (
	"mirlsp/rustsrc/syntax"
)

// traitDef is a trait: its associated consts.
type traitDef struct {
	name   string
	mod    *module
	file   int
	consts map[string]*syntax.Const
	order  []string
}

// traitImpl is `impl Trait for Type`: the consts it defines or inherits.
type traitImpl struct {
	trait  *traitDef
	self   *Type
	consts map[string]*def
}

func (p *prog) collectTrait(m *module, it *syntax.Trait, file int) {
	td := &traitDef{name: it.Name.Name, mod: m, file: file, consts: map[string]*syntax.Const{}}
	for _, x := range it.Items {
		if c, ok := x.(*syntax.Const); ok {
			td.consts[c.Name.Name] = c
			td.order = append(td.order, c.Name.Name)
		}
	}
	p.addType(m, &def{kind: defTrait, name: td.name, trait: td, mod: m, file: file, span: it.Name.Span})
}

// traitImplOf records the consts of a trait impl.
func (p *prog) traitImplOf(ib *implBlock) {
	defer p.setFile(ib.file)()
	im := ib.ast
	var ti *traitImpl
	reason := guard(func() {
		if hasTypeParams(im.Generics) {
			fail("generic impls are not supported")
		}
		d := p.resolvePathIn(ib.mod, segNames(im.Trait), nsType, 0, false)
		if d == nil || d.kind != defTrait {
			fail("not a trait of the crate")
		}
		ti = &traitImpl{trait: d.trait, self: p.astType(im.SelfType, scope{mod: ib.mod}), consts: map[string]*def{}}
	})
	if reason != "" {
		return
	}
	prefix := "<" + ti.self.String() + " as " + ti.trait.name + ">::"
	for _, x := range im.Items {
		c, ok := x.(*syntax.Const)
		if !ok {
			continue
		}
		d := &def{kind: defConst, name: c.Name.Name, path: prefix + c.Name.Name, mod: ib.mod, file: ib.file, span: c.Name.Span}
		d.cnst = &constDef{def: d, ast: c, ty: c.Type, value: c.Value, generics: c.Generics, selfTy: ti.self, span: p.itemSpan(&c.ItemBase, ib.file)}
		p.consts = append(p.consts, d.cnst)
		ti.consts[d.name] = d
	}
	// Defaults the impl does not override: one item per impl, evaluated
	// with its Self.
	for _, name := range ti.trait.order {
		c := ti.trait.consts[name]
		if _, ok := ti.consts[name]; ok || c.Value == nil {
			continue
		}
		d := &def{kind: defConst, name: name, path: prefix + name, mod: ti.trait.mod, file: ti.trait.file, span: c.Name.Span}
		d.cnst = &constDef{def: d, ast: c, ty: c.Type, value: c.Value, generics: c.Generics, selfTy: ti.self, span: p.itemSpan(&c.ItemBase, ti.trait.file), dflt: true}
		p.consts = append(p.consts, d.cnst)
		ti.consts[name] = d
	}
	p.traitImpls = append(p.traitImpls, ti)
}

// traitConst finds the const `name` of a trait impl for self (of the
// given trait, or of the only impl that has one).
func (p *prog) traitConst(self *Type, trait *traitDef, name string) *def {
	p.resolveImpls()
	key := res(self).String()
	var found *def
	for _, ti := range p.traitImpls {
		if trait != nil && ti.trait != trait || ti.self.String() != key {
			continue
		}
		if d := ti.consts[name]; d != nil {
			if found != nil {
				return nil
			}
			found = d
		}
	}
	return found
}

// qualifiedValue resolves <T as Trait>::C and <T>::C.
func (p *prog) qualifiedValue(path *syntax.Path, sc scope) *def {
	if len(path.Segments) != 1 {
		fail("qualified paths are not supported")
	}
	t := p.astType(path.QSelf.Type, sc)
	name := path.Segments[0].Name.Name
	if path.QSelf.Trait == nil {
		return p.typeRelative(t, name)
	}
	d := p.resolvePathIn(sc.mod, segNames(path.QSelf.Trait), nsType, 0, false)
	if d == nil || d.kind != defTrait {
		fail("qualified paths are not supported")
	}
	return p.traitConst(t, d.trait, name)
}

// typeRelative resolves T::NAME for a type: a variant, an inherent item,
// then a trait impl's const.
func (p *prog) typeRelative(t *Type, name string) *def {
	st := res(t)
	if st.kind == kAdt {
		if d := variantDef(st.adt, name); d != nil {
			return d
		}
		p.resolveImpls()
		if d := st.adt.assoc[name]; d != nil {
			return d
		}
	}
	if d := p.traitConst(st, nil, name); d != nil {
		return d
	}
	if _, prim := primTypes[st.String()]; prim {
		// <u32>::MAX, Word::MAX through an alias of u32.
		return &def{kind: defCore, core: "<" + st.String() + ">::" + name, prim: st}
	}
	return nil
}

// unprintable says why rustc's {:?} of a value of type t cannot be
// reproduced: a hand-written Debug impl outside what mirlsp runs, or a fn
// pointer (printed as its address). "" if it can.
func (p *prog) unprintable(t *Type) string {
	if a := p.customDebug(t, 0); a != nil {
		return "`" + a.adt.name + "` is printed by a Debug impl mirlsp does not run: " + p.fmtInstance(a, "Debug")
	}
	if what := addressOf(t, 0); what != "" {
		return what + " prints as its address, which is only known when the program runs"
	}
	return ""
}

// addressOf names the part of a value of type t that Debug prints as an
// address (a fn pointer, a NonNull), or "".
func addressOf(t *Type, depth int) string {
	t = res(t)
	if t == nil || depth > 16 {
		return ""
	}
	switch t.kind {
	case kFn:
		return "a fn pointer"
	case kAdt:
		if t.adt == nonNullAdt {
			return "a `NonNull`"
		}
	}
	if hasFnPtr(t, depth) {
		return "a fn pointer"
	}
	return ""
}

func hasFnPtr(t *Type, depth int) bool {
	t = res(t)
	if t == nil || depth > 16 {
		return false
	}
	switch t.kind {
	case kFn:
		return true
	case kRef, kPtr, kArray, kSlice:
		return hasFnPtr(t.elem, depth+1)
	case kTuple:
		for _, e := range t.elems {
			if hasFnPtr(e, depth+1) {
				return true
			}
		}
	case kAdt:
		for _, a := range t.args {
			if hasFnPtr(a, depth+1) {
				return true
			}
		}
		if !t.adt.builtin && !t.adt.generic() {
			for _, v := range t.adt.variants {
				for _, f := range v.fields {
					if f.ty != nil && hasFnPtr(f.ty, depth+1) {
						return true
					}
				}
			}
		}
	}
	return false
}

// customDebug returns an ADT within t that has a hand-written Debug
// impl that mirlsp cannot run, or nil.
func (p *prog) customDebug(t *Type, depth int) *Type {
	t = res(t)
	if t == nil || depth > 16 {
		return nil
	}
	switch t.kind {
	case kRef, kPtr, kArray, kSlice:
		return p.customDebug(t.elem, depth+1)
	case kTuple:
		for _, e := range t.elems {
			if a := p.customDebug(e, depth+1); a != nil {
				return a
			}
		}
	case kAdt:
		if t.adt.customDebug {
			if p.fmtInstance(t, "Debug") != "" {
				return t
			}
			// The impl decides what of the fields it prints; it was
			// checked when compiled.
			return nil
		}
		for _, a := range t.args {
			if x := p.customDebug(a, depth+1); x != nil {
				return x
			}
		}
		if !t.adt.builtin && !t.adt.generic() {
			for _, v := range t.adt.variants {
				for _, f := range v.fields {
					if x := p.customDebug(f.ty, depth+1); x != nil {
						return x
					}
				}
			}
		}
	}
	return nil
}
