// anon.go numbers the anon consts of items as rustc does (array lengths
// in types and repeat expressions, inline const blocks, in source order
// within their item) and makes an evaluable item of every one whose
// expression is not a plain literal: `type Buf = [u8; FOO - 42];` has
// `Buf::{constant#0}`.

package rustsrc

import (
	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

// numberAnon numbers the anon consts inside the given nodes of the item
// named owner.
func (p *prog) numberAnon(owner string, m *module, file int, self *Type, nodes ...syntax.Node) {
	p.numberAnonOf(owner, false, m, file, self, nodes...)
}

// numberAnonOf is numberAnon; perInstance marks the body of a generic
// fn (owner is then ""): its inline const blocks are named and lowered
// with each instance (check::<u8>::{constant#0}), its other anon consts
// are not evaluated.
func (p *prog) numberAnonOf(owner string, perInstance bool, m *module, file int, self *Type, nodes ...syntax.Node) {
	n := 0
	add := func(e syntax.Expr) {
		k := n
		n++
		if e == nil || isLiteral(e) || owner == "" {
			return
		}
		p.anonConst(owner+"::{constant#"+itoa(k)+"}", e, m, file, self, tyUsize)
	}
	// rustc's def collector visits an array's element type (a repeat's
	// element) before its length.
	var walk func(node syntax.Node)
	walk = func(node syntax.Node) {
		syntax.Inspect(node, func(x syntax.Node) bool {
			switch x := x.(type) {
			case *syntax.ArrayType:
				walk(x.Elem)
				add(x.Len)
				return false
			case *syntax.Repeat:
				walk(x.Elem)
				add(x.Len)
				return false
			case *syntax.BlockExpr:
				if x.Kind == syntax.ConstBlock {
					switch {
					case owner != "":
						p.inline[x] = &inlineConst{name: owner + "::{constant#" + itoa(n) + "}", mod: m, file: file}
					case perInstance:
						p.inline[x] = &inlineConst{name: "::{constant#" + itoa(n) + "}", perInstance: true, mod: m, file: file}
					}
					n++
				}
			case *syntax.ItemStmt:
				return false
			}
			return true
		})
	}
	for _, node := range nodes {
		if node != nil && !isNilNode(node) {
			walk(node)
		}
	}
}

// inlineConst is a `const { .. }` block: an anon const lowered with the
// body that contains it (its type is inferred there).
type inlineConst struct {
	name string // in a generic fn, the suffix after the instance's path
	// perInstance: the block is in a generic fn; each instance has its own.
	perInstance bool
	mod         *module
	file        int
}

// isNilNode reports whether an interface holds a nil pointer.
func isNilNode(n syntax.Node) bool {
	switch n := n.(type) {
	case syntax.Type:
		return n == nil
	}
	return false
}

// isLiteral reports whether e is an integer literal (its anon const is
// trivial).
func isLiteral(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.Lit:
		return e.Kind == syntax.LitInt
	case *syntax.Paren:
		return isLiteral(e.X)
	case *syntax.BlockExpr:
		return e.Kind == syntax.PlainBlock && len(e.Block.Stmts) == 0 && e.Block.Expr != nil && isLiteral(e.Block.Expr)
	}
	return false
}

// anonConst adds an anon const item evaluating e.
func (p *prog) anonConst(name string, e syntax.Expr, m *module, file int, self *Type, t *Type) {
	d := &def{kind: defConst, name: name, path: name, mod: m, file: file, span: e.NodeSpan()}
	d.cnst = &constDef{def: d, value: e, fixedTy: t, selfTy: self, span: e.NodeSpan()}
	p.consts = append(p.consts, d.cnst)
	p.anonOf[e] = d.cnst
}

// EvalLength evaluates an array length the front end does not fold (a
// call of a const fn: [u8; padded(W)]): it is given the MIR files with
// the anon const's item and everything it uses. rustsrc does not import
// the evaluator; the CLI and the server set this. When nil, such types
// are not supported.
var EvalLength func(files []*mir.File, it *mir.Item) (uint64, bool)

// evalLen evaluates the anon const of a length expression through
// EvalLength.
func (p *prog) evalLen(e syntax.Expr) (int64, bool) {
	cd := p.anonOf[e]
	if cd == nil || EvalLength == nil || cd.evaluating || cd.item == nil {
		return 0, false
	}
	if cd.lenKnown {
		return cd.lenVal, true
	}
	cd.evaluating = true
	defer func() { cd.evaluating = false }()
	if cd.mir.Body == nil && cd.bad == "" {
		p.lowerConst(cd)
	}
	// The item and what it uses, lowered now if need be.
	files := make([]*mir.File, len(p.out.Files))
	for k, f := range p.out.Files {
		files[k] = &mir.File{Name: f.Name, Allocs: f.Allocs, Adts: f.Adts}
	}
	seen := map[*mir.Item]bool{}
	var add func(m *mir.Item) bool
	add = func(m *mir.Item) bool {
		if seen[m] {
			return true
		}
		seen[m] = true
		var deps []*mir.Item
		file := 0
		switch d := p.byMIR[m].(type) {
		case *fnDef:
			d.typeUse = true
			if !d.lowered && d.bad == "" && !d.lowering {
				p.lowerFn(d)
			}
			if d.bad != "" || !d.lowered {
				return false
			}
			deps, file = d.deps, d.def.file
		case *constDef:
			d.typeUse = true
			if d.mir.Body == nil && d.bad == "" && !d.evaluating {
				p.lowerConst(d)
			}
			if d.bad != "" || d.mir.Body == nil {
				return false
			}
			deps, file = d.deps, d.def.file
		default:
			return false
		}
		files[file].Items = append(files[file].Items, m)
		files[file].Items = append(files[file].Items, m.Promoteds...)
		for _, dep := range deps {
			if !add(dep) {
				return false
			}
		}
		return true
	}
	if !add(cd.mir) {
		return 0, false
	}
	n, ok := EvalLength(files, cd.mir)
	if !ok || n > 1<<62 {
		return 0, false
	}
	cd.lenVal, cd.lenKnown = int64(n), true
	return cd.lenVal, true
}

// anonDiscriminants adds the anon consts of an enum's explicit
// non-literal discriminants (E::A::{constant#0}).
func (p *prog) anonDiscriminants(a *adt, e *syntax.Enum) {
	for _, v := range e.Variants {
		if v.Discriminant != nil && !isLiteral(v.Discriminant) && !isNegLiteral(v.Discriminant) {
			t := tyIsize
			if r := reprInt(e.Attrs); r != nil {
				t = r
			}
			p.anonConst(a.path+"::"+v.Name.Name+"::{constant#0}", v.Discriminant, a.mod, a.file, nil, t)
		}
	}
}

func isNegLiteral(e syntax.Expr) bool {
	u, ok := e.(*syntax.Unary)
	return ok && u.Op == syntax.UnNeg && isLiteral(u.X)
}

// reprInt is the integer type of #[repr(int)], or nil.
func reprInt(attrs []*syntax.Attr) *Type {
	for _, at := range attrs {
		if at.Path == nil || len(at.Path.Segments) != 1 || at.Path.Segments[0].Name.Name != "repr" {
			continue
		}
		for _, tt := range at.Args {
			for _, t := range tt.Trees {
				if pt, ok := primTypes[t.Tok.Text]; ok && t.Tok.Kind == syntax.IdentTok && pt.isInt() {
					return pt
				}
			}
		}
	}
	return nil
}
