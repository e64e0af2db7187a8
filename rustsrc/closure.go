// closure.go holds closures as values: a `move` closure of a constant is
// a struct of its captured variables (rustc's upvars), declared to the
// evaluator as an ADT named as rustc prints the closure type, so that a
// closure coerced to `&dyn FnOnce()` is laid out and validated (the
// validator prints its fields as <captured-var(x)>). A closure is never
// called: calling one in a const needs const closures, which stable
// rustc 1.95 lacks.

package rustsrc

import (
	"fmt"
	"path/filepath"

	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

// closureInfo is a closure expression's type: its ADT and the locals
// its fields capture.
type closureInfo struct {
	adt      *adt
	captures []*local
	declared bool
}

// closure checks a closure expression: it captures, by value, the
// locals of the enclosing body that its body names (Rust 2021's capture
// rules: `let _ = x;` captures nothing).
func (c *checker) closure(e *syntax.Closure) *Type {
	if c.closures == nil {
		c.closures = map[*syntax.Closure]*closureInfo{}
	}
	if ci := c.closures[e]; ci != nil {
		return &Type{kind: kAdt, adt: ci.adt}
	}
	if e.Static || e.Async {
		fail("`%s` is not supported", c.p.text(e))
	}
	bound := map[string]bool{}
	for _, prm := range e.Params {
		syntax.Inspect(prm.Pat, func(n syntax.Node) bool {
			if ip, ok := n.(*syntax.IdentPat); ok {
				bound[ip.Name.Name] = true
			}
			return true
		})
	}
	ignored := map[syntax.Node]bool{}
	var names []string
	seen := map[string]bool{}
	syntax.Inspect(e.Body, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.IdentPat:
			bound[n.Name.Name] = true
		case *syntax.Closure, *syntax.ItemStmt, *syntax.MacExpr:
			fail("a closure whose body holds `%s` is not supported", c.p.text(n))
		case *syntax.LetStmt:
			if _, wild := n.Pat.(*syntax.WildPat); wild && n.Init != nil {
				ignored[n.Init] = true
			}
		case *syntax.PathExpr:
			if ignored[n] || n.Path.QSelf != nil || len(n.Path.Segments) != 1 || n.Path.Segments[0].Args != nil {
				return true
			}
			name := n.Path.Segments[0].Name.Name
			if c.lookup(name) != nil && !seen[name] {
				seen[name] = true
				names = append(names, name)
			}
		}
		return true
	})
	ci := &closureInfo{}
	var fields []*field
	for _, name := range names {
		if bound[name] {
			fail("a closure that binds the captured name `%s` again is not supported", name)
		}
		l := c.lookup(name)
		ci.captures = append(ci.captures, l)
		fields = append(fields, &field{name: name, ty: l.ty})
	}
	if len(ci.captures) > 0 && !e.Move {
		fail("a closure that borrows its captures is not supported (only `move` closures)")
	}
	f := c.p.crate.Files[c.file]
	sp := e.NodeSpan()
	head := sp
	if e.Body != nil {
		head.End = e.Body.NodeSpan().Start
	}
	idx := mir.NewLineIndex(f.Text)
	l1, c1 := idx.Position(head.Start)
	l2, c2 := idx.Position(head.End)
	name := fmt.Sprintf("{closure@%s:%d:%d: %d:%d}", filepath.Base(f.Path), l1, c1, l2, c2)
	a := &adt{name: name, path: name, kind: mir.AdtStruct, mod: c.sc.mod, file: c.file, resolved: true, assoc: map[string]*def{}, ast: nil}
	a.variants = []*variant{{adt: a, name: name, ctor: mir.CtorNamed, fields: fields}}
	ci.adt = a
	c.closures[e] = ci
	return &Type{kind: kAdt, adt: a}
}

// closureValue lowers a closure expression: the aggregate of its
// captured locals, moved in. The closure's ADT is declared to the
// evaluator the first time.
func (b *builder) closureValue(dst mir.Place, x *syntax.Closure) {
	ci := b.c.closures[x]
	if ci == nil {
		fail("internal: closure without a type")
	}
	a := ci.adt
	if !ci.declared {
		ci.declared = true
		t := &Type{kind: kAdt, adt: a}
		d := &mir.AdtDecl{Ty: b.p.tys.mir(t), Kind: mir.AdtStruct, Span: x.NodeSpan()}
		vd := &mir.VariantDecl{Name: a.name, Ctor: mir.CtorNamed}
		for _, f := range a.variants[0].fields {
			vd.Fields = append(vd.Fields, mir.FieldDecl{Name: f.name, Ty: b.mty(f.ty)})
		}
		d.Variants = append(d.Variants, vd)
		b.p.out.Files[a.file].Adts = append(b.p.out.Files[a.file].Adts, d)
	}
	agg := &mir.Aggregate{Kind: mir.AggAdt, Path: &mir.Path{Segs: []mir.PathSeg{{Name: a.name}}, Text: a.name}, Named: true}
	for i, l := range ci.captures {
		lv, ok := b.locals[l]
		if !ok {
			fail("internal: captured `%s` has no local", l.name)
		}
		agg.Fields = append(agg.Fields, a.variants[0].fields[i].name)
		agg.Ops = append(agg.Ops, mv(loc(lv)))
	}
	b.assign(dst, &mir.Rvalue{Kind: mir.RvAggregate, Agg: agg}, b.sp(x))
}
