// dyn.go holds trait object types: `dyn Trait` in types, the unsizing
// coercion of &T (and *const T) to &dyn Trait at a coercion site and in
// an `as` cast, lowered to rustc's PointerCoercion(Unsize) cast (the
// evaluator builds the vtable, see eval/dyn.go).

package rustsrc

import (
	"strings"

	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

// coreDynTraits are core's traits a trait object of the subset may name
// (by their last path segment).
var coreDynTraits = map[string]bool{
	"Debug": true, "Display": true, "Any": true, "Error": true, "Write": true,
	"Hash": true, "Hasher": true,
}

// fnTraits are the closure traits, named with their parenthesized
// arguments (dyn FnOnce(), dyn Fn(u8) -> u8).
var fnTraits = map[string]bool{"Fn": true, "FnMut": true, "FnOnce": true}

// autoTraits are the marker traits a trait object may add to its
// principal trait.
var autoTraits = map[string]bool{"Send": true, "Sync": true, "Unpin": true, "UnwindSafe": true, "RefUnwindSafe": true}

// dynType resolves `dyn Trait [+ Send] [+ 'a]`: a trait of the crate or
// one of core's, without generic arguments.
func (p *prog) dynType(t *syntax.TraitObjectType, sc scope) *Type {
	var principal string
	var auto []string
	for _, b := range t.Bounds {
		tb, ok := b.(*syntax.TraitBound)
		if !ok {
			continue // a lifetime
		}
		if tb.Modifier != syntax.BoundNone || len(tb.ForLifetimes) > 0 || tb.Path == nil || tb.Path.QSelf != nil {
			fail("the type `%s` is not supported", p.text(t))
		}
		segs := globalSegs(tb.Path)
		if len(segs) == 0 {
			fail("the type `%s` is not supported", p.text(t))
		}
		last := segs[len(segs)-1]
		if args := tb.Path.Segments[len(tb.Path.Segments)-1].Args; args != nil {
			if !args.Paren || !fnTraits[last] || principal != "" {
				fail("the type `%s` is not supported", p.text(t))
			}
			principal = last + p.text(args)
			continue
		}
		name := ""
		if d := p.resolvePathIn(sc.mod, segs, nsType, 0, false); d != nil && d.kind == defTrait {
			name = d.trait.name
		} else if (d == nil || d.kind == defCore) && coreDynTraits[last] {
			name = last
		} else if (d == nil || d.kind == defCore) && autoTraits[last] {
			auto = append(auto, last)
			continue
		}
		if name == "" || principal != "" {
			fail("the type `%s` is not supported", p.text(t))
		}
		principal = name
	}
	if principal == "" {
		fail("the type `%s` is not supported", p.text(t))
	}
	return &Type{kind: kDyn, dyn: strings.Join(append([]string{principal}, auto...), " + ")}
}

// isDynPtr reports whether t is a reference or raw pointer to a trait
// object.
func isDynPtr(t *Type) bool {
	t = res(t)
	return t != nil && (t.kind == kRef || t.kind == kPtr) && res(t.elem).kind == kDyn
}

// dynCoerce records the coercion of e (of type t) to want, a pointer to
// a trait object, when t points to a sized type: &T to &dyn Trait, &T
// and *const T to *const dyn Trait. rustc rejects a type that does not
// implement the trait; the subset trusts the program.
func (c *checker) dynCoerce(e syntax.Expr, t, want *Type) bool {
	w, g := res(want), res(t)
	if !isDynPtr(w) || g == nil || !(g.kind == kRef || g.kind == kPtr && w.kind == kPtr) || w.mut && !g.mut {
		return false
	}
	switch res(g.elem).kind {
	case kDyn, kVar:
		return false
	case kStr, kSlice:
		fail("the size for values of type `%s` cannot be known", res(g.elem))
	}
	c.coerce[e] = t
	c.ty[e] = want
	return true
}

// dynCast reports whether the cast `from as to` makes a trait object
// pointer (&T as &dyn Trait, &T or *const T as *const dyn Trait).
func dynCast(from, to *Type) bool {
	f, t := res(from), res(to)
	if !isDynPtr(t) || !(f.kind == kRef || f.kind == kPtr && t.kind == kPtr) {
		return false
	}
	return res(f.elem).kind != kDyn
}

// unsizeDyn lowers the coercion of the pointer a into the trait object
// pointer type to; how is rustc's second word (Implicit, AsCast).
func (b *builder) unsizeDyn(dst mir.Place, a mir.Operand, to *Type, how string, sp mir.Span) {
	b.assign(dst, &mir.Rvalue{Kind: mir.RvCast, Cast: mir.CastPointerCoercion, Coercion: "Unsize, " + how, A: a, Ty: b.mty(to)}, sp)
}
