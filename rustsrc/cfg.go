// cfg.go applies a configuration to a parsed file, as rustc's cfg
// stripping does before name resolution: `#[cfg_attr(p, a)]` becomes `#[a]`
// when p holds; items, impl and trait items, fields, variants,
// statements, match arms, struct-literal fields and list elements whose
// `#[cfg(p)]` does not hold are removed; `cfg!(p)` becomes `true` or
// `false`; `cfg_if! { if #[cfg(p)] { items } else { items } }` becomes
// the items of its first arm whose predicate holds.

package rustsrc

import (
	"sort"
	"strings"

	"mirlsp/crates"
	"mirlsp/rustsrc/syntax"
)

// DefaultCfg is the configuration of a crate loaded without a graph:
// x86_64-unknown-linux-gnu's cfgs of a dev build, no features.
var DefaultCfg = crates.NewCfg(crates.DefaultTargetCfg)

// stripper applies a configuration to one file.
type stripper struct {
	cfg  *crates.Cfg
	path string
	text []byte
	// unknown collects the cfg names the file tests that neither rustc
	// nor cargo set (a build script may set them).
	unknown map[string]bool
	depth   int
	edition string // the crate's edition, for cfg_if!'s arms
	// taint records what depends on the cfgs in unknown; cur is the
	// top-level item being filtered and curDep whether it does.
	taint  *cfgTaint
	cur    syntax.Item
	curDep bool
}

// maxCfgIfDepth bounds nested cfg_if! expansions.
const maxCfgIfDepth = 16

// stripCfg applies cfg to the file's syntax tree, in place.
func stripCfg(f *syntax.File, path string, text []byte, cfg *crates.Cfg, unknown map[string]bool, taint *cfgTaint, edition string) {
	s := &stripper{cfg: cfg, path: path, text: text, unknown: unknown, taint: taint, edition: edition}
	f.Items = s.topItems(f.Items)
}

// holds evaluates a cfg predicate given as token trees (the group after
// `cfg`). A predicate that does not parse holds nowhere (rustc rejects it).
func (s *stripper) holds(args []syntax.TokenTree) bool {
	if len(args) != 1 || args[0].Delim != syntax.DelimParen {
		return false
	}
	return s.holdsText(syntax.TokenTreesString(args[0].Trees))
}

func (s *stripper) holdsText(text string) bool {
	pr, err := crates.ParsePred(text)
	if err != nil {
		return false
	}
	if s.unknown != nil {
		// Names a build script may set matter only when the result
		// depends on them.
		if _, known := s.cfg.EvalKnown(pr, func(k string) bool { return !crates.WellKnownCfg(k) }); !known {
			s.depends()
			pr.Names(func(k string) {
				if !crates.WellKnownCfg(k) {
					s.unknown[k] = true
				}
			})
		}
	}
	return s.cfg.Eval(pr)
}

func attrName(a *syntax.Attr) string {
	if a == nil || a.Doc || a.Path == nil || len(a.Path.Segments) != 1 {
		return ""
	}
	return a.Path.Segments[0].Name.Name
}

// attrs expands cfg_attr and evaluates cfg: keep is false when a cfg
// does not hold. The cfg attributes that hold stay (an item's span
// starts after its attributes).
func (s *stripper) attrs(list []*syntax.Attr) (out []*syntax.Attr, keep bool) {
	keep = true
	for _, a := range list {
		for _, b := range s.expandCfgAttr(a, 0) {
			if attrName(b) == "cfg" {
				if !s.holds(b.Args) {
					keep = false
				}
			}
			out = append(out, b)
		}
	}
	return out, keep
}

// expandCfgAttr turns #[cfg_attr(p, a, b)] into #[a] #[b] when p holds
// (nothing otherwise); other attributes are returned as they are.
func (s *stripper) expandCfgAttr(a *syntax.Attr, depth int) []*syntax.Attr {
	if attrName(a) != "cfg_attr" || depth > maxPredDepth {
		return []*syntax.Attr{a}
	}
	if len(a.Args) != 1 || a.Args[0].Delim != syntax.DelimParen {
		return nil
	}
	parts := splitComma(a.Args[0].Trees)
	if len(parts) < 1 || !s.holdsText(syntax.TokenTreesString(parts[0])) {
		return nil
	}
	var out []*syntax.Attr
	for _, p := range parts[1:] {
		b := attrOf(a, p)
		if b == nil {
			continue
		}
		out = append(out, s.expandCfgAttr(b, depth+1)...)
	}
	return out
}

// maxPredDepth bounds nested cfg_attr.
const maxPredDepth = 32

// attrOf makes the attribute `path args` of tokens inside a cfg_attr.
func attrOf(orig *syntax.Attr, toks []syntax.TokenTree) *syntax.Attr {
	path := &syntax.Path{}
	i := 0
	for i < len(toks) && toks[i].Delim == syntax.NoDelim {
		t := toks[i].Tok
		if t.Kind == syntax.IdentTok {
			path.Segments = append(path.Segments, &syntax.PathSegment{Spanned: syntax.Spanned{Span: t.Span}, Name: syntax.Ident{Span: t.Span, Name: t.Text}})
			i++
			if i < len(toks) && toks[i].Delim == syntax.NoDelim && toks[i].Tok.Kind == syntax.PathSep {
				i++
				continue
			}
		}
		break
	}
	if len(path.Segments) == 0 {
		return nil
	}
	path.Span = syntax.Span{Start: path.Segments[0].Span.Start, End: path.Segments[len(path.Segments)-1].Span.End}
	return &syntax.Attr{Spanned: orig.Spanned, Inner: orig.Inner, Path: path, Args: toks[i:]}
}

// splitComma splits token trees at top-level commas.
func splitComma(toks []syntax.TokenTree) [][]syntax.TokenTree {
	var out [][]syntax.TokenTree
	start := 0
	for i, t := range toks {
		if t.Delim == syntax.NoDelim && t.Tok.Kind == syntax.Comma {
			out = append(out, toks[start:i])
			start = i + 1
		}
	}
	if start < len(toks) {
		out = append(out, toks[start:])
	}
	return out
}

// items filters a list of items and expands cfg_if!.
func (s *stripper) items(list []syntax.Item) []syntax.Item {
	out := list[:0:0]
	for _, it := range list {
		if it == nil {
			continue
		}
		b := it.Base()
		attrs, keep := s.attrs(b.Attrs)
		if !keep {
			continue
		}
		b.Attrs = attrs
		if mi, ok := it.(*syntax.MacroItem); ok && isCfgIf(mi.Mac) {
			if exp, ok := s.cfgIf(mi.Mac); ok {
				out = append(out, exp...)
				continue
			}
		}
		out = append(out, it)
	}
	return out
}

func isCfgIf(m *syntax.MacCall) bool {
	if m == nil || m.Path == nil || len(m.Path.Segments) == 0 {
		return false
	}
	return m.Path.Segments[len(m.Path.Segments)-1].Name.Name == "cfg_if"
}

// cfgIf expands `cfg_if! { if #[cfg(p)] { .. } else if #[cfg(q)] { .. }
// else { .. } }`: the items of the first arm whose predicate holds, parsed
// from the file's text (so spans stay the source's) and stripped in turn.
func (s *stripper) cfgIf(m *syntax.MacCall) ([]syntax.Item, bool) {
	if s.depth >= maxCfgIfDepth || s.text == nil {
		return nil, false
	}
	toks := m.Args
	var chosen *syntax.TokenTree
	i := 0
	for i < len(toks) {
		// `if #[cfg(p)] { items }` or `else { items }` (after `else`).
		t := toks[i]
		if t.Delim == syntax.NoDelim && t.Tok.Kind == syntax.IdentTok && t.Tok.Text == "else" {
			i++
			continue
		}
		if t.Delim == syntax.DelimBrace {
			// A final `else { }`.
			if chosen == nil {
				chosen = &toks[i]
			}
			i++
			continue
		}
		if !(t.Delim == syntax.NoDelim && t.Tok.Kind == syntax.IdentTok && t.Tok.Text == "if") {
			return nil, false
		}
		if i+3 >= len(toks) || toks[i+1].Tok.Kind != syntax.Pound || toks[i+2].Delim != syntax.DelimBracket || toks[i+3].Delim != syntax.DelimBrace {
			return nil, false
		}
		inner := toks[i+2].Trees
		if len(inner) != 2 || inner[0].Tok.Text != "cfg" || inner[1].Delim != syntax.DelimParen {
			return nil, false
		}
		if chosen == nil && s.holdsText(syntax.TokenTreesString(inner[1].Trees)) {
			chosen = &toks[i+3]
		}
		i += 4
	}
	if chosen == nil {
		return nil, true
	}
	// The braces' contents, everything else blanked (newlines kept).
	start, end := chosen.Span.Start+1, chosen.Span.End-1
	if start < 0 || end > len(s.text) || start > end {
		return nil, false
	}
	blank := make([]byte, len(s.text))
	for j, c := range s.text {
		switch {
		case j >= start && j < end:
			blank[j] = c
		case c == '\n':
			blank[j] = '\n'
		default:
			blank[j] = ' '
		}
	}
	f, err := syntax.ParseEdition(s.path, blank, s.edition)
	if err != nil {
		return nil, false
	}
	s.depth++
	defer func() { s.depth-- }()
	return s.items(f.Items), true
}

// walk filters every list below n.
func (s *stripper) walk(n syntax.Node) {
	syntax.Inspect(n, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Mod:
			n.Items = s.items(n.Items)
		case *syntax.Impl:
			n.Items = s.items(n.Items)
		case *syntax.Trait:
			n.Items = s.items(n.Items)
		case *syntax.ExternBlock:
			n.Items = s.items(n.Items)
		case *syntax.Struct:
			n.Fields = s.fields(n.Fields)
		case *syntax.Union:
			n.Fields = s.fields(n.Fields)
		case *syntax.Enum:
			n.Variants = keepByAttrs(s, n.Variants, func(v *syntax.Variant) *[]*syntax.Attr { return &v.Attrs })
			for _, v := range n.Variants {
				v.Fields = s.fields(v.Fields)
			}
		case *syntax.Block:
			out := n.Stmts[:0:0]
			for _, st := range n.Stmts {
				if s.keepStmt(st) {
					out = append(out, st)
				}
			}
			n.Stmts = out
		case *syntax.Match:
			n.Arms = keepByAttrs(s, n.Arms, func(a *syntax.Arm) *[]*syntax.Attr { return &a.Attrs })
		case *syntax.StructLit:
			n.Fields = keepByAttrs(s, n.Fields, func(f *syntax.FieldInit) *[]*syntax.Attr { return &f.Attrs })
		case *syntax.Array:
			n.Elems = s.exprs(n.Elems)
		case *syntax.Tuple:
			n.Elems = s.exprs(n.Elems)
		case *syntax.Call:
			n.Args = s.exprs(n.Args)
		case *syntax.MethodCall:
			n.Args = s.exprs(n.Args)
		case *syntax.MacExpr:
			s.cfgMacro(n.Mac)
		}
		return true
	})
}

// keepByAttrs keeps the elements of list whose cfgs hold, with their
// cfg_attr expanded (attrs gives an element's attributes).
func keepByAttrs[T any](s *stripper, list []T, attrs func(T) *[]*syntax.Attr) []T {
	out := list[:0:0]
	for _, x := range list {
		a := attrs(x)
		if expanded, keep := s.attrs(*a); keep {
			*a = expanded
			out = append(out, x)
		}
	}
	return out
}

// cfgMacro turns cfg!(p) into cfg!(true) or cfg!(false), which the
// checker reads as the boolean literal.
func (s *stripper) cfgMacro(m *syntax.MacCall) {
	if m == nil || m.Path == nil || len(m.Path.Segments) != 1 || m.Path.Segments[0].Name.Name != "cfg" {
		return
	}
	v := "false"
	if s.holdsText(syntax.TokenTreesString(m.Args)) {
		v = "true"
	}
	sp := m.Span
	m.Args = []syntax.TokenTree{{Tok: syntax.Token{Kind: syntax.IdentTok, Text: v, Span: sp}, Span: sp}}
}

func (s *stripper) fields(list []*syntax.FieldDef) []*syntax.FieldDef {
	return keepByAttrs(s, list, func(f *syntax.FieldDef) *[]*syntax.Attr { return &f.Attrs })
}

// exprs drops list elements #[cfg(p)] x whose p does not hold.
func (s *stripper) exprs(list []syntax.Expr) []syntax.Expr {
	out := list[:0:0]
	for _, x := range list {
		if ax, ok := x.(*syntax.AttrExpr); ok {
			attrs, keep := s.attrs(ax.Attrs)
			if !keep {
				continue
			}
			ax.Attrs = attrs
		}
		out = append(out, x)
	}
	return out
}

func (s *stripper) keepStmt(st syntax.Stmt) bool {
	var keep bool
	switch st := st.(type) {
	case *syntax.LetStmt:
		st.Attrs, keep = s.attrs(st.Attrs)
	case *syntax.ExprStmt:
		st.Attrs, keep = s.attrs(st.Attrs)
	case *syntax.ItemStmt:
		b := st.Item.Base()
		b.Attrs, keep = s.attrs(b.Attrs)
		if keep {
			if mi, ok := st.Item.(*syntax.MacroItem); ok && isCfgIf(mi.Mac) {
				// cfg_if! in a block: only its single-item arms are kept as
				// they are; others stay a macro (not evaluated).
				return true
			}
		}
	default:
		return true
	}
	return keep
}

// cfgNames lists the unknown cfg names found, sorted.
func cfgNames(set map[string]bool) string {
	var out []string
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}
