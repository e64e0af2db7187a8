// macros.go expands macro_rules! macros once a crate's files are loaded
// and configured: a macro call in item position becomes the items it
// expands to, in place; a call in expression position (array lengths,
// initializers, const fn bodies) gets the expression it expands to,
// which the checker takes for the call (Crate.macros).
//
// Scoping follows rustc's: a macro_rules! definition is visible
// textually after it, in its module and the modules declared after it
// (into `mod x;` files too), and after the end of a `#[macro_use] mod`;
// a `#[macro_export]` macro is an item of its crate's root, called as
// `crate::m!`, `$crate::m!`, `dep::m!`, or by its bare name from a crate
// that imports it (`#[macro_use] extern crate dep;`, `use dep::m;`).
// `$crate` becomes `crate` inside the defining crate and `::dep` (the
// name the calling crate knows it by) elsewhere. Only local variables are
// hygienic in rustc, and const code rarely relies on that: names in an
// expansion resolve at the call site.

package rustsrc

import (
	"fmt"

	"mirlsp/crates"
	"mirlsp/rustsrc/syntax"
)

// maxMacroDepth is rustc's default recursion_limit.
const maxMacroDepth = 128

// macroTable holds the expansions of a crate's expression macro calls.
type macroTable struct {
	exprs map[*syntax.MacCall]syntax.Expr
	// errs are why a call of a macro_rules! macro was not expanded.
	errs map[*syntax.MacCall]string
	// exports are the #[macro_export] macros of each crate (by index in
	// Crate.Roots; index 0 for a crate loaded alone).
	exports []map[string]*macroDef
	// defs counts the macro_rules! definitions compiled.
	defs int
}

// defined reports whether the crate defines macro_rules! macros.
func (t *macroTable) defined() bool { return t != nil && t.defs > 0 }

type macroDef struct {
	mac   *syntax.Macro
	crate int
}

// mscope is a textual macro scope: a definition and the scope before it.
type mscope struct {
	parent *mscope
	name   string
	def    *macroDef
}

func (s *mscope) find(name string) *macroDef {
	for ; s != nil; s = s.parent {
		if s.name == name {
			return s.def
		}
	}
	return nil
}

// maxCrateExpansion bounds the token trees all the expansions of one
// crate make (each expansion is bounded by the syntax package).
const maxCrateExpansion = 1 << 20

type expander struct {
	// budget is what remains of maxCrateExpansion.
	budget int
	// renamed counts the expansions whose locals hygiene renamed.
	renamed int
	c       *Crate
	crate   int
	strip   *stripper
	t       *macroTable
}

// expandMacros expands the macro calls of crate k of c (files
// Files[first:first+n]), whose cfg is cfg.
func expandMacros(c *Crate, k, first int, cfg *crates.Cfg) {
	if first >= len(c.Files) || c.Files[first].AST == nil {
		return
	}
	if c.macros == nil {
		c.macros = &macroTable{exprs: map[*syntax.MacCall]syntax.Expr{}, errs: map[*syntax.MacCall]string{}}
	}
	for len(c.macros.exports) <= k {
		c.macros.exports = append(c.macros.exports, map[string]*macroDef{})
	}
	f := c.Files[first]
	e := &expander{c: c, crate: k, t: c.macros, budget: maxCrateExpansion,
		strip: &stripper{cfg: cfg, path: f.Path, unknown: f.unknownCfg, taint: f.cfgTaint}}
	defer func() {
		// Expansion never takes the crate down: what was not expanded
		// stays a macro call (not evaluated, with a reason).
		_ = recover()
	}()
	f.AST.Items, _ = e.items(f.AST.Items, nil, 0)
}

// items expands the macro items of list, returning the scope after it.
func (e *expander) items(list []syntax.Item, sc *mscope, depth int) ([]syntax.Item, *mscope) {
	var out []syntax.Item
	changed := false
	for i, it := range list {
		switch it := it.(type) {
		case *syntax.MacroRules:
			if m, err := syntax.CompileMacro(it); err == nil {
				d := &macroDef{mac: m, crate: e.crate}
				e.t.defs++
				sc = &mscope{parent: sc, name: it.Name.Name, def: d}
				if hasAttr(it.Attrs, "macro_export") {
					e.t.exports[e.crate][it.Name.Name] = d
				}
			}
		case *syntax.MacroItem:
			if exp, ok := e.itemCall(it.Mac, sc, depth); ok {
				if !changed {
					out = append(out, list[:i]...)
					changed = true
				}
				exp = e.strip.items(exp)
				for _, x := range exp {
					e.strip.walk(x)
				}
				var inner []syntax.Item
				inner, sc = e.items(exp, sc, depth+1)
				out = append(out, inner...)
				continue
			}
		case *syntax.Mod:
			var after *mscope
			if it.Inline {
				it.Items, after = e.items(it.Items, sc, depth)
			} else if k, ok := e.c.modOf[it]; ok && k < len(e.c.Files) && e.c.Files[k].AST != nil {
				fa := e.c.Files[k].AST
				fa.Items, after = e.items(fa.Items, sc, depth)
			}
			if after != nil && hasAttr(it.Attrs, "macro_use") {
				sc = after
			}
		case *syntax.Impl:
			// Associated items a macro makes (`impl T { consts!{..} }`).
			e.inner(it.SelfType, sc, depth)
			it.Items, _ = e.items(it.Items, sc, depth)
		default:
			e.inner(it, sc, depth)
		}
		if changed {
			out = append(out, it)
		}
	}
	if !changed {
		return list, sc
	}
	return out, sc
}

func hasAttr(attrs []*syntax.Attr, name string) bool {
	for _, a := range attrs {
		if attrName(a) == name {
			return true
		}
	}
	return false
}

// lookup finds the macro_rules! macro a call names, or nil (a built-in
// macro, or one mirlsp does not know).
func (e *expander) lookup(m *syntax.MacCall, sc *mscope) *macroDef {
	if m == nil || m.Path == nil || len(m.Path.Segments) == 0 || m.Path.QSelf != nil {
		return nil
	}
	segs := m.Path.Segments
	name := segs[len(segs)-1].Name.Name
	exports := e.t.exports
	switch {
	case len(segs) == 1 && !m.Path.Global:
		if d := sc.find(name); d != nil {
			return d
		}
		if d := exports[e.crate][name]; d != nil {
			return d
		}
		// A dependency's exported macro, imported by #[macro_use] or
		// `use`: taken when exactly one dependency exports the name.
		var found *macroDef
		for _, i := range e.externs() {
			if i < len(exports) && exports[i][name] != nil {
				if found != nil && found != exports[i][name] {
					return nil
				}
				found = exports[i][name]
			}
		}
		return found
	case len(segs) == 2:
		first := segs[0].Name.Name
		if first == "crate" && !m.Path.Global {
			return exports[e.crate][name]
		}
		if first == "self" || first == "super" {
			return sc.find(name)
		}
		if e.crate < len(e.c.Roots) {
			if i, ok := e.c.Roots[e.crate].Externs[first]; ok && i < len(exports) {
				return exports[i][name]
			}
		}
	}
	return nil
}

// externs lists the crates the current crate depends on.
func (e *expander) externs() []int {
	if e.crate >= len(e.c.Roots) {
		return nil
	}
	var out []int
	for _, i := range e.c.Roots[e.crate].Externs {
		out = append(out, i)
	}
	return out
}

// dollarCrate is what `$crate` of a macro of crate d becomes in the
// current crate.
func (e *expander) dollarCrate(d int, sp syntax.Span) []syntax.Token {
	ident := func(s string) syntax.Token { return syntax.Token{Kind: syntax.IdentTok, Text: s, Span: sp} }
	if d == e.crate || d >= len(e.c.Roots) {
		return []syntax.Token{ident("crate")}
	}
	name := e.c.Roots[d].Name
	if e.crate < len(e.c.Roots) {
		for n, i := range e.c.Roots[e.crate].Externs {
			if i == d {
				name = n
				break
			}
		}
	}
	return []syntax.Token{{Kind: syntax.PathSep, Text: "::", Span: sp}, ident(name)}
}

// expand transcribes a call of a macro_rules! macro.
func (e *expander) expand(m *syntax.MacCall, d *macroDef, depth int) ([]syntax.TokenTree, error) {
	if depth >= maxMacroDepth {
		return nil, fmt.Errorf("recursion limit reached while expanding `%s!`", d.mac.Name)
	}
	if e.budget <= 0 {
		return nil, fmt.Errorf("the crate's macro expansions are too large")
	}
	out, err := d.mac.Expand(m.Args, e.dollarCrate(d.crate, m.Span), m.Span)
	e.budget -= countTrees(out)
	return out, err
}

func countTrees(ts []syntax.TokenTree) int {
	n := len(ts)
	for i := range ts {
		if ts[i].Delim != syntax.NoDelim {
			n += countTrees(ts[i].Trees)
		}
	}
	return n
}

// itemCall expands a macro call in item position.
func (e *expander) itemCall(m *syntax.MacCall, sc *mscope, depth int) ([]syntax.Item, bool) {
	d := e.lookup(m, sc)
	if d == nil {
		return nil, false
	}
	trees, err := e.expand(m, d, depth)
	if err != nil {
		return nil, false
	}
	items, err := syntax.ParseTreesItems(trees, m.Span.End)
	if err != nil {
		return nil, false
	}
	return items, true
}

// inner expands the expression macro calls below n.
func (e *expander) inner(n syntax.Node, sc *mscope, depth int) {
	var repl map[syntax.Node]syntax.Node // macro types and patterns to replace
	defer func() {
		if len(repl) > 0 {
			replaceNodes(n, repl)
		}
	}()
	syntax.Inspect(n, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Block:
			// Definitions in a block are visible after them, in it.
			bsc := sc
			for _, st := range n.Stmts {
				if is, ok := st.(*syntax.ItemStmt); ok {
					if mr, ok := is.Item.(*syntax.MacroRules); ok {
						if m, err := syntax.CompileMacro(mr); err == nil {
							e.t.defs++
							bsc = &mscope{parent: bsc, name: mr.Name.Name, def: &macroDef{mac: m, crate: e.crate}}
						}
						continue
					}
				}
				e.inner(st, bsc, depth)
			}
			if n.Expr != nil {
				e.inner(n.Expr, bsc, depth)
			}
			return false
		case *syntax.Mod:
			// An inline module in a block: its items in order.
			n.Items, _ = e.items(n.Items, sc, depth)
			return false
		case *syntax.MacExpr:
			e.exprCall(n.Mac, sc, depth)
			return false
		case *syntax.MacType, *syntax.MacPat:
			if repl == nil {
				repl = map[syntax.Node]syntax.Node{}
			}
			if mt, ok := n.(*syntax.MacType); ok {
				e.typeOrPatCall(n, mt.Mac, sc, depth, repl)
			} else {
				e.typeOrPatCall(n, n.(*syntax.MacPat).Mac, sc, depth, repl)
			}
			return false
		}
		return true
	})
}

// exprCall expands a macro call in expression position, and the calls
// in its expansion.
func (e *expander) exprCall(m *syntax.MacCall, sc *mscope, depth int) {
	d := e.lookup(m, sc)
	if d == nil {
		return
	}
	trees, err := e.expand(m, d, depth)
	if err != nil {
		e.t.errs[m] = err.Error()
		return
	}
	x, err := syntax.ParseTreesExpr(trees, m.Span.End)
	if err != nil {
		x, err = stmtsExpr(trees, m.Span)
	}
	if err != nil {
		e.t.errs[m] = fmt.Sprintf("the expansion of `%s!` does not parse as an expression: %v", d.mac.Name, err)
		return
	}
	e.strip.walk(x)
	e.hygiene(x, m.Span)
	e.t.exprs[m] = x
	e.inner(x, sc, depth+1)
}

// macroExpansion returns the expression a call of a macro_rules! macro
// expands to, or why it was not expanded ("" and nil: not such a call).
func (c *Crate) macroExpansion(m *syntax.MacCall) (syntax.Expr, string) {
	if c == nil || c.macros == nil {
		return nil, ""
	}
	if x, ok := c.macros.exprs[m]; ok {
		return x, ""
	}
	return nil, c.macros.errs[m]
}

// hygiene renames the local variables an expansion's definition binds
// (`let x`, closure and match bindings whose name comes from the macro's
// body, not from its arguments), with the uses that come from the body,
// so that an argument's `x` still names the caller's `x`, as in rustc.
// The tokens of the body carry the call's span (syntax.Macro.Expand);
// those of the arguments their own, inside it. Names that start with an
// upper-case letter (constants, unit variants) are never renamed.
func (e *expander) hygiene(x syntax.Node, sp syntax.Span) {
	bound := map[string]bool{}
	syntax.Inspect(x, func(n syntax.Node) bool {
		if ip, ok := n.(*syntax.IdentPat); ok && ip.Name.Span == sp && localName(ip.Name.Name) {
			bound[ip.Name.Name] = true
		}
		return true
	})
	if len(bound) == 0 {
		return
	}
	e.renamed++
	suffix := fmt.Sprintf("\u00b7%d", e.renamed)
	rename := func(id *syntax.Ident) {
		if id.Span == sp && bound[id.Name] {
			id.Name += suffix
		}
	}
	syntax.Inspect(x, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.IdentPat:
			rename(&n.Name)
		case *syntax.PathExpr:
			if n.Path != nil && !n.Path.Global && n.Path.QSelf == nil && len(n.Path.Segments) == 1 {
				rename(&n.Path.Segments[0].Name)
			}
		case *syntax.MacCall:
			renameTokens(n.Args, sp, bound, suffix)
		}
		return true
	})
}

func renameTokens(ts []syntax.TokenTree, sp syntax.Span, bound map[string]bool, suffix string) {
	for i := range ts {
		t := &ts[i]
		if t.Delim != syntax.NoDelim {
			renameTokens(t.Trees, sp, bound, suffix)
			continue
		}
		if t.Tok.Kind == syntax.IdentTok && t.Tok.Span == sp && bound[t.Tok.Text] {
			t.Tok.Text += suffix
		}
	}
}

// localName reports whether a binding's name is one hygiene renames.
func localName(s string) bool {
	if s == "" || s == "_" || s == "self" {
		return false
	}
	c := s[0]
	return c == '_' || c >= 'a' && c <= 'z'
}

// stmtsExpr takes the statements a macro call in statement position
// expands to as a block, when none of them is a `let` or an item (whose
// names would be seen after the call in rustc, not after the block).
func stmtsExpr(trees []syntax.TokenTree, sp syntax.Span) (syntax.Expr, error) {
	group := syntax.TokenTree{Tok: syntax.Token{Kind: syntax.OpenBrace, Text: "{", Span: syntax.Span{Start: sp.Start, End: sp.Start}},
		Delim: syntax.DelimBrace, Trees: trees, Span: sp}
	x, err := syntax.ParseTreesExpr([]syntax.TokenTree{group}, sp.End)
	if err != nil {
		return nil, err
	}
	be, ok := x.(*syntax.BlockExpr)
	if !ok || be.Block == nil {
		return nil, fmt.Errorf("not a block")
	}
	for _, st := range be.Block.Stmts {
		switch st.(type) {
		case *syntax.LetStmt, *syntax.ItemStmt:
			return nil, fmt.Errorf("the statements declare names")
		}
	}
	return x, nil
}
