// coretypes.go: core's and alloc's types that const code names as
// values: Range and RangeInclusive (and the `a..b`, `a..=b` expressions
// that build them), Wrapping, ManuallyDrop, Cell and UnsafeCell, and
// Box as a type (its size and alignment). The evaluator lays them out as
// rustc does (eval's builtin ADTs of the same names).

package rustsrc

import (
	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

// builtinStruct is a struct of core with one generic parameter T whose
// fields have the given names and types (kParam 0 is T).
func builtinStruct(name string, ctor mir.CtorKind, fields ...*field) *adt {
	a := &adt{name: name, path: name, kind: mir.AdtStruct, builtin: true, generics: 1, resolved: true}
	a.variants = []*variant{{adt: a, name: name, ctor: ctor, fields: fields}}
	return a
}

func paramT() *Type { return &Type{kind: kParam} }

var (
	rangeAdt          = builtinStruct("Range", mir.CtorNamed, &field{name: "start", ty: paramT()}, &field{name: "end", ty: paramT()})
	rangeInclusiveAdt = builtinStruct("RangeInclusive", mir.CtorNamed, &field{name: "start", ty: paramT()}, &field{name: "end", ty: paramT()},
		&field{name: "exhausted", ty: primTypes["bool"]})
	wrappingAdt     = builtinStruct("Wrapping", mir.CtorTuple, &field{name: "0", ty: paramT()})
	manuallyDropAdt = builtinStruct("ManuallyDrop", mir.CtorNamed, &field{name: "value", ty: paramT()})
	cellAdt         = builtinStruct("Cell", mir.CtorNamed, &field{name: "value", ty: paramT()})
	unsafeCellAdt   = builtinStruct("UnsafeCell", mir.CtorNamed, &field{name: "value", ty: paramT()})
	// boxAdt is alloc's Box<T>: a type only (its size and alignment).
	boxAdt = &adt{name: "Box", path: "Box", kind: mir.AdtStruct, builtin: true, generics: 1, resolved: true}
	// vecAdt and stringAdt are alloc's Vec<T> and String: empty ones
	// (::new()) and their sizes.
	vecAdt    = &adt{name: "Vec", path: "Vec", kind: mir.AdtStruct, builtin: true, generics: 1, resolved: true}
	stringAdt = &adt{name: "String", path: "String", kind: mir.AdtStruct, builtin: true, resolved: true}
	// cowAdt is alloc's Cow<'_, B>: Borrowed(&B) or Owned(B::Owned).
	cowAdt = func() *adt {
		a := &adt{name: "Cow", path: "Cow", kind: mir.AdtEnum, builtin: true, generics: 1, resolved: true, discrTy: tyIsize}
		a.variants = []*variant{
			{adt: a, idx: 0, name: "Borrowed", ctor: mir.CtorTuple, fields: []*field{{name: "0", ty: refTo(paramT(), false)}}},
			{adt: a, idx: 1, name: "Owned", ctor: mir.CtorTuple, discr: mir.U128From(1), fields: []*field{{name: "0", ty: paramT()}}},
		}
		return a
	}()
)

// ownedOf is <b as ToOwned>::Owned: Vec<T> for [T], String for str, b
// for a Clone type.
func ownedOf(b *Type) *Type {
	switch r := res(b); r.kind {
	case kSlice:
		return &Type{kind: kAdt, adt: vecAdt, args: []*Type{r.elem}}
	case kStr:
		return &Type{kind: kAdt, adt: stringAdt}
	}
	return b
}

// builtinFieldType is the type of field i of v, a variant of a builtin
// ADT, with the given arguments.
func builtinFieldType(v *variant, i int, args []*Type) *Type {
	if v.adt == cowAdt && v.idx == 1 && len(args) == 1 {
		return ownedOf(args[0])
	}
	return subst(v.fields[i].ty, args)
}

// coreTypePaths are the paths (below core, alloc or std) of these types.
var coreTypePaths = map[string]*adt{
	"ops::Range": rangeAdt, "ops::range::Range": rangeAdt,
	"ops::RangeInclusive": rangeInclusiveAdt, "ops::range::RangeInclusive": rangeInclusiveAdt,
	"num::Wrapping":     wrappingAdt,
	"mem::ManuallyDrop": manuallyDropAdt,
	"cell::Cell":        cellAdt,
	"cell::UnsafeCell":  unsafeCellAdt,
	"boxed::Box":        boxAdt,
	"vec::Vec":          vecAdt,
	"string::String":    stringAdt,
	"borrow::Cow":       cowAdt,
}

// coreTypePath resolves a path below core to one of these types (in the
// value namespace, Wrapping's constructor).
func coreTypePath(path string, n ns) *def {
	a := coreTypePaths[path]
	if a == nil {
		return nil
	}
	if n == nsValue {
		if a == wrappingAdt {
			return &def{kind: defVariant, name: a.name, adt: a, variant: a.variants[0]}
		}
		return nil
	}
	return &def{kind: defAdt, name: a.name, adt: a}
}

// preludeType resolves the types of the std prelude among these (Box,
// Vec, String) and the crate alloc.
func preludeType(name string) *def {
	switch name {
	case "alloc":
		// `extern crate alloc;`: its paths are std's.
		return &def{kind: defCore}
	case "Box":
		return &def{kind: defAdt, name: name, adt: boxAdt}
	case "Vec":
		return &def{kind: defAdt, name: name, adt: vecAdt}
	case "String":
		return &def{kind: defAdt, name: name, adt: stringAdt}
	}
	return nil
}

// publicFields reports the builtin structs whose fields are public.
func publicFields(a *adt) bool { return a == rangeAdt || a == wrappingAdt }

// wrapperMethod is the signature of ManuallyDrop::into_inner,
// Cell::get and Cell's and UnsafeCell's into_inner; nil for others.
func wrapperMethod(t *Type, name string) *methodSig {
	if t.adt != manuallyDropAdt && t.adt != cellAdt && t.adt != unsafeCellAdt || len(t.args) != 1 {
		return nil
	}
	m := &methodSig{path: &mir.Path{Text: t.adt.name + "::<_>::" + name}, ret: t.args[0]}
	switch {
	case name == "into_inner":
	case name == "get" && t.adt == cellAdt:
		m.recv = 1
	default:
		return nil
	}
	return m
}

// wrapperNew checks ManuallyDrop::new, Cell::new and UnsafeCell::new,
// which build the wrapper around their argument, and Vec::new and
// String::new; nil for other calls.
func (c *checker) wrapperNew(e *syntax.Call, d *def, pe *syntax.PathExpr) *Type {
	if lastSeg(d.core) == "new" && (d.owner == vecAdt || d.owner == stringAdt) {
		t := c.adtType(d.owner, pe.Path)
		cl := &callee{kind: callShim, owner: t, ret: t, pathText: "new"}
		if d.owner == stringAdt {
			cl.path = mirPath("String::new")
		}
		c.calls[e] = cl
		c.args(e.Args, nil, e)
		return t
	}
	if d.owner != manuallyDropAdt && d.owner != cellAdt && d.owner != unsafeCellAdt {
		return nil
	}
	if name := lastSeg(d.core); name != "new" {
		// ManuallyDrop::into_inner(x): the method called as a function.
		self := c.adtType(d.owner, pe.Path)
		m := wrapperMethod(res(self), name)
		if m == nil || m.recv != 0 {
			return nil
		}
		c.calls[e] = &callee{kind: callShim, owner: self, pathText: name, params: []*Type{self}, ret: m.ret}
		c.args(e.Args, []*Type{self}, e)
		return m.ret
	}
	t := c.adtType(d.owner, pe.Path)
	c.calls[e] = &callee{kind: callCtor, variant: d.owner.variants[0], adtTy: t}
	c.args(e.Args, []*Type{res(t).args[0]}, e)
	return t
}

// rangeExpr checks `a..b` and `a..=b` (both bounds given): a Range or
// RangeInclusive of the bounds' type.
func (c *checker) rangeExpr(e *syntax.Range, want *Type) *Type {
	if e.Lo == nil || e.Hi == nil {
		fail("`%s` is not supported", c.p.text(e))
	}
	a := rangeAdt
	if e.Closed {
		a = rangeInclusiveAdt
	}
	t := c.adtType(a, nil)
	if w := res(want); w != nil && w.kind == kAdt && w.adt == a {
		c.unify(t, w, e)
	}
	c.expect(e.Lo, res(t).args[0])
	c.expect(e.Hi, res(t).args[0])
	return t
}

// rangeExpr builds a Range (RangeInclusive::new's value: not exhausted).
func (b *builder) rangeExpr(dst mir.Place, x *syntax.Range) {
	a := rangeAdt
	if x.Closed {
		a = rangeInclusiveAdt
	}
	agg := b.adtAgg(a.variants[0], b.ty(x), false)
	agg.Ops = []mir.Operand{b.operand(x.Lo), b.operand(x.Hi)}
	if x.Closed {
		agg.Ops = append(agg.Ops, b.constBool(false))
	}
	b.assign(dst, &mir.Rvalue{Kind: mir.RvAggregate, Agg: agg}, b.sp(x))
}

// typeArgsOnly are the generic arguments of a path segment without its
// lifetimes (Cow<'static, str>'s str).
func typeArgsOnly(a *syntax.GenericArgs) []syntax.GenericArg {
	if a == nil {
		return nil
	}
	var out []syntax.GenericArg
	for _, g := range a.Args {
		if _, ok := g.(*syntax.LifetimeArg); !ok {
			out = append(out, g)
		}
	}
	return out
}
