// macro.go implements macro_rules!: a definition's rules are compiled to
// matchers and transcribers; an invocation's token trees are matched
// against the rules in order and the first rule that matches is
// transcribed into token trees, which the caller parses as items or an
// expression (ParseTreesItems, ParseTreesExpr).
//
// Matching follows rustc's macro_rules: fragments (expr, ty, ident, tt,
// literal, pat, pat_param, path, block, item, stmt, lifetime, vis, meta)
// are parsed by this parser; repetitions `$(..) sep? op` with op `*`, `+`
// or `?` nest. A repetition takes as many iterations as match (rustc
// reports an ambiguity where this parser takes the longest match; code
// rustc accepts matches the same way). A captured fragment of more than
// one token tree is transcribed inside invisible parentheses (a paren
// group) so that `$e * 2` keeps the fragment's precedence.

package syntax

import (
	"fmt"
	"strings"
)

// Macro is a compiled macro_rules! definition.
type Macro struct {
	Name  string
	Rules []MacroRule
}

// MacroRule is one `(matcher) => {transcriber}` arm.
type MacroRule struct {
	matcher []mnode
	body    []TokenTree
}

type mnodeKind uint8

const (
	mTok mnodeKind = iota
	mGroup
	mFrag
	mRep
)

// mnode is one element of a matcher.
type mnode struct {
	kind  mnodeKind
	tok   Token   // mTok; the separator of mRep (Kind EOF: none)
	delim Delim   // mGroup
	sub   []mnode // mGroup, mRep
	name  string  // mFrag
	frag  string  // mFrag
	op    Kind    // mRep: Star, Plus or Question
}

// fragKinds are the fragment specifiers rustc knows.
var fragKinds = map[string]bool{"expr": true, "expr_2021": true, "ty": true, "ident": true, "tt": true,
	"literal": true, "pat": true, "pat_param": true, "path": true, "block": true, "item": true,
	"stmt": true, "lifetime": true, "vis": true, "meta": true}

// CompileMacro compiles a macro_rules! definition.
func CompileMacro(m *MacroRules) (*Macro, error) {
	out := &Macro{Name: m.Name.Name}
	ts := m.Body.Trees
	for i := 0; i < len(ts); {
		if ts[i].Delim == NoDelim && ts[i].Tok.Kind == Semi {
			i++
			continue
		}
		if i+2 >= len(ts) || ts[i].Delim == NoDelim || ts[i+1].Tok.Kind != FatArrow || ts[i+1].Delim != NoDelim || ts[i+2].Delim == NoDelim {
			return nil, fmt.Errorf("invalid macro rule in `%s!`", m.Name.Name)
		}
		ms, err := compileMatcher(ts[i].Trees, 0)
		if err != nil {
			return nil, err
		}
		out.Rules = append(out.Rules, MacroRule{matcher: ms, body: ts[i+2].Trees})
		i += 3
	}
	if len(out.Rules) == 0 {
		return nil, fmt.Errorf("`%s!` has no rules", m.Name.Name)
	}
	return out, nil
}

func compileMatcher(ts []TokenTree, depth int) ([]mnode, error) {
	if depth > 64 {
		return nil, fmt.Errorf("macro matcher nested too deeply")
	}
	var out []mnode
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.Delim != NoDelim {
			sub, err := compileMatcher(t.Trees, depth+1)
			if err != nil {
				return nil, err
			}
			out = append(out, mnode{kind: mGroup, delim: t.Delim, sub: sub})
			continue
		}
		if t.Tok.Kind != Dollar || i+1 >= len(ts) {
			out = append(out, mnode{kind: mTok, tok: t.Tok})
			continue
		}
		n := ts[i+1]
		switch {
		case n.Delim == DelimParen:
			sub, err := compileMatcher(n.Trees, depth+1)
			if err != nil {
				return nil, err
			}
			r := mnode{kind: mRep, sub: sub, tok: Token{Kind: EOF}}
			j := i + 2
			if j < len(ts) && ts[j].Delim == NoDelim && !isRepOp(ts[j].Tok.Kind) {
				r.tok = ts[j].Tok
				j++
			}
			if j >= len(ts) || ts[j].Delim != NoDelim || !isRepOp(ts[j].Tok.Kind) {
				return nil, fmt.Errorf("expected one of: `*`, `+`, or `?`")
			}
			r.op = ts[j].Tok.Kind
			out = append(out, r)
			i = j
		case n.Delim == NoDelim && n.Tok.Kind == IdentTok:
			if i+3 < len(ts) && ts[i+2].Tok.Kind == Colon && ts[i+2].Delim == NoDelim && ts[i+3].Delim == NoDelim && ts[i+3].Tok.Kind == IdentTok {
				frag := ts[i+3].Tok.Text
				if !fragKinds[frag] {
					return nil, fmt.Errorf("invalid fragment specifier `%s`", frag)
				}
				out = append(out, mnode{kind: mFrag, name: n.Tok.Text, frag: frag})
				i += 3
				continue
			}
			return nil, fmt.Errorf("missing fragment specifier for `$%s`", n.Tok.Text)
		default:
			out = append(out, mnode{kind: mTok, tok: t.Tok})
		}
	}
	return out, nil
}

func isRepOp(k Kind) bool { return k == Star || k == Plus || k == Question }

// binding is what a metavariable matched: a fragment, or one binding per
// iteration of the repetitions it is inside.
type binding struct {
	frag []TokenTree
	reps []*binding
	rep  bool
}

type bindings map[string]*binding

// maxMatchSteps bounds the work of matching one invocation.
const maxMatchSteps = 1 << 20

type matcher struct {
	steps int
}

// Expand matches args against m's rules and transcribes the first rule
// that matches. dollarCrate is what `$crate` becomes; span is the span
// the transcribed tokens that come from the definition get (the call's).
func (m *Macro) Expand(args []TokenTree, dollarCrate []Token, span Span) ([]TokenTree, error) {
	mt := &matcher{}
	for _, r := range m.Rules {
		b := bindings{}
		if n, ok := mt.seq(r.matcher, args, b); ok && n == len(args) {
			t := &transcriber{b: b, crate: dollarCrate, span: span}
			out, err := t.trees(r.body, nil, 0)
			if err != nil {
				return nil, fmt.Errorf("%v in `%s!`", err, m.Name)
			}
			return out, nil
		}
		if mt.steps > maxMatchSteps {
			return nil, fmt.Errorf("the arguments of `%s!` are too complex to match", m.Name)
		}
	}
	return nil, fmt.Errorf("no rules of `%s!` expected these tokens", m.Name)
}

// seq matches ms against a prefix of ts, returning its length.
func (mt *matcher) seq(ms []mnode, ts []TokenTree, b bindings) (int, bool) {
	j := 0
	for k, n := range ms {
		mt.steps++
		if mt.steps > maxMatchSteps {
			return 0, false
		}
		switch n.kind {
		case mTok:
			if j >= len(ts) || ts[j].Delim != NoDelim || !sameTok(ts[j].Tok, n.tok) {
				return 0, false
			}
			j++
		case mGroup:
			if j >= len(ts) || ts[j].Delim != n.delim {
				return 0, false
			}
			c, ok := mt.seq(n.sub, ts[j].Trees, b)
			if !ok || c != len(ts[j].Trees) {
				return 0, false
			}
			j++
		case mFrag:
			c, ok := mt.frag(n.frag, ts[j:], ms[k+1:])
			if !ok {
				return 0, false
			}
			b[n.name] = &binding{frag: ts[j : j+c]}
			j += c
		case mRep:
			var iters []bindings
			for {
				start := j
				if len(iters) > 0 && n.tok.Kind != EOF {
					if start >= len(ts) || ts[start].Delim != NoDelim || !sameTok(ts[start].Tok, n.tok) {
						break
					}
					start++
				}
				ib := bindings{}
				c, ok := mt.seq(n.sub, ts[start:], ib)
				if !ok || (c == 0 && start == j) {
					break
				}
				iters = append(iters, ib)
				j = start + c
				if n.op == Question {
					break
				}
			}
			if n.op == Plus && len(iters) == 0 {
				return 0, false
			}
			for _, name := range matcherNames(n.sub) {
				rb := &binding{rep: true}
				for _, ib := range iters {
					rb.reps = append(rb.reps, ib[name])
				}
				b[name] = rb
			}
		}
	}
	return j, true
}

func matcherNames(ms []mnode) []string {
	var out []string
	for _, n := range ms {
		switch n.kind {
		case mFrag:
			out = append(out, n.name)
		case mGroup, mRep:
			out = append(out, matcherNames(n.sub)...)
		}
	}
	return out
}

func sameTok(a, b Token) bool {
	if a.Kind != b.Kind {
		return false
	}
	if a.Kind == IdentTok || a.Kind == LifetimeTok || a.Kind.IsLiteral() {
		return a.Text == b.Text
	}
	return true
}

// frag matches one fragment at the start of ts, returning the number of
// token trees it takes. rest is the matcher after it.
func (mt *matcher) frag(kind string, ts []TokenTree, rest []mnode) (int, bool) {
	if len(ts) == 0 {
		return 0, kind == "vis"
	}
	t := ts[0]
	single := t.Delim == NoDelim
	switch kind {
	case "tt":
		return 1, true
	case "ident":
		return 1, single && t.Tok.Kind == IdentTok && t.Tok.Text != "_"
	case "lifetime":
		return 1, single && t.Tok.Kind == LifetimeTok
	case "literal":
		if single && t.Tok.Kind == Minus && len(ts) > 1 && ts[1].Delim == NoDelim && (ts[1].Tok.Kind == Int || ts[1].Tok.Kind == Float) {
			return 2, true
		}
		return 1, single && (t.Tok.Kind.IsLiteral() || t.Tok.Kind == IdentTok && !t.Tok.Raw() && (t.Tok.Text == "true" || t.Tok.Text == "false"))
	case "block":
		return 1, t.Delim == DelimBrace
	case "expr", "expr_2021":
		// The common case of a table: one literal or name, or a negated
		// literal, then a separator.
		n := 0
		if single && t.Tok.Kind == Minus && len(ts) > 1 && ts[1].Delim == NoDelim && ts[1].Tok.Kind.IsLiteral() {
			n = 2
		} else if single && (t.Tok.Kind.IsLiteral() || t.Tok.Kind == IdentTok && !IsKeyword(t.Tok.Text)) {
			n = 1
		}
		if n > 0 && (len(ts) == n || ts[n].Delim == NoDelim && (ts[n].Tok.Kind == Comma || ts[n].Tok.Kind == Semi || ts[n].Tok.Kind == FatArrow)) {
			return n, true
		}
	}
	return mt.parseFrag(kind, ts)
}

// parseFrag runs the parser on ts to find the fragment's extent.
func (mt *matcher) parseFrag(kind string, ts []TokenTree) (int, bool) {
	var toks []Token
	flatten(ts, &toks)
	mt.steps += len(toks)
	end := 0
	if len(toks) > 0 {
		end = toks[len(toks)-1].Span.End
	}
	toks = append(toks, Token{Kind: EOF, Span: Span{Start: end, End: end}})
	p := &parser{toks: toks}
	ok := false
	p.boundary(func() {
		ok = p.guard(func() {
			switch kind {
			case "expr", "expr_2021":
				p.parseExpr()
			case "ty":
				p.parseType()
			case "pat":
				p.parsePat()
			case "pat_param":
				p.parsePatNoTopAlt()
			case "path":
				p.parsePath(modeType)
			case "item":
				p.parseItem()
			case "stmt":
				p.parseStmt()
			case "vis":
				p.parseVis()
			case "meta":
				p.parsePath(modeMod)
				if p.at(Eq) {
					p.next()
					p.parseExpr()
				} else if isOpen(p.peek().Kind) {
					p.parseTokenTree()
				}
			default:
				p.fail("unknown fragment")
			}
		})
	})
	if !ok || len(p.errs) > 0 {
		return 0, false
	}
	// Tokens consumed back to trees.
	n, used := 0, 0
	for n < len(ts) && used < p.pos {
		var one []Token
		flatten(ts[n:n+1], &one)
		used += len(one)
		n++
	}
	if used != p.pos {
		return 0, false
	}
	return n, true
}

type transcriber struct {
	b     bindings
	crate []Token
	span  Span
	out   int
}

// maxExpansionTrees bounds the token trees of one expansion.
const maxExpansionTrees = 1 << 17

// trees transcribes ts; idx are the current iterations of the enclosing
// repetitions.
func (t *transcriber) trees(ts []TokenTree, idx []int, depth int) ([]TokenTree, error) {
	if depth > 64 {
		return nil, fmt.Errorf("macro body nested too deeply")
	}
	var out []TokenTree
	for i := 0; i < len(ts); i++ {
		tr := ts[i]
		t.out++
		if t.out > maxExpansionTrees {
			return nil, fmt.Errorf("expansion too large")
		}
		if tr.Delim != NoDelim {
			sub, err := t.trees(tr.Trees, idx, depth+1)
			if err != nil {
				return nil, err
			}
			g := TokenTree{Tok: tr.Tok, Delim: tr.Delim, Trees: sub, Span: t.span}
			g.Tok.Span = Span{Start: t.span.Start, End: t.span.Start}
			out = append(out, g)
			continue
		}
		if tr.Tok.Kind != Dollar || i+1 >= len(ts) {
			out = append(out, t.tok(tr.Tok))
			continue
		}
		n := ts[i+1]
		switch {
		case n.Delim == DelimParen:
			// $( .. ) sep? op
			j := i + 2
			var sep *Token
			if j < len(ts) && ts[j].Delim == NoDelim && !isRepOp(ts[j].Tok.Kind) {
				sep = &ts[j].Tok
				j++
			}
			if j >= len(ts) || ts[j].Delim != NoDelim || !isRepOp(ts[j].Tok.Kind) {
				return nil, fmt.Errorf("expected one of: `*`, `+`, or `?`")
			}
			count := -1
			for _, name := range bodyNames(n.Trees) {
				b := t.lookup(name, idx)
				if b == nil || !b.rep {
					continue
				}
				if count >= 0 && count != len(b.reps) {
					return nil, fmt.Errorf("meta-variable repeats %d times, but another repeats %d times", count, len(b.reps))
				}
				count = len(b.reps)
			}
			if count < 0 {
				return nil, fmt.Errorf("attempted to repeat an expression containing no syntax variables matched as repeating at this depth")
			}
			for k := 0; k < count; k++ {
				if k > 0 && sep != nil {
					out = append(out, t.tok(*sep))
				}
				sub, err := t.trees(n.Trees, append(idx[:len(idx):len(idx)], k), depth+1)
				if err != nil {
					return nil, err
				}
				out = append(out, sub...)
			}
			i = j
		case n.Delim == NoDelim && n.Tok.Kind == IdentTok && n.Tok.Text == "crate" && !n.Tok.Raw():
			for _, c := range t.crate {
				out = append(out, t.tok(c))
			}
			i++
		case n.Delim == NoDelim && n.Tok.Kind == IdentTok:
			b := t.lookup(n.Tok.Text, idx)
			if b == nil {
				// Not a metavariable: `$` and the name stay.
				out = append(out, t.tok(tr.Tok))
				continue
			}
			if b.rep {
				return nil, fmt.Errorf("variable `%s` is still repeating at this depth", n.Tok.Text)
			}
			out = append(out, wrapFrag(b.frag)...)
			i++
		default:
			out = append(out, t.tok(tr.Tok))
		}
	}
	return out, nil
}

// wrapFrag puts a fragment of several token trees in a paren group.
func wrapFrag(frag []TokenTree) []TokenTree {
	if len(frag) <= 1 {
		return frag
	}
	sp := Span{Start: frag[0].Span.Start, End: frag[len(frag)-1].Span.End}
	if sp.End < sp.Start {
		sp.End = sp.Start
	}
	return []TokenTree{{Tok: Token{Kind: OpenParen, Text: "(", Span: Span{Start: sp.Start, End: sp.Start}},
		Delim: DelimParen, Trees: frag, Span: sp}}
}

func (t *transcriber) tok(tk Token) TokenTree {
	tk.Span = t.span
	tk.Flags &^= FlagFirstOnLine
	return TokenTree{Tok: tk, Span: t.span}
}

// lookup finds name's binding at the iterations idx.
func (t *transcriber) lookup(name string, idx []int) *binding {
	b := t.b[name]
	for _, k := range idx {
		if b == nil || !b.rep {
			break
		}
		if k >= len(b.reps) {
			return nil
		}
		b = b.reps[k]
	}
	return b
}

func bodyNames(ts []TokenTree) []string {
	var out []string
	for i, t := range ts {
		if t.Delim != NoDelim {
			out = append(out, bodyNames(t.Trees)...)
			continue
		}
		if t.Tok.Kind == Dollar && i+1 < len(ts) && ts[i+1].Delim == NoDelim && ts[i+1].Tok.Kind == IdentTok {
			out = append(out, ts[i+1].Tok.Text)
		}
	}
	return out
}

// ParseTreesExpr parses token trees (a macro's expansion) as one
// expression; end is where the end of input lies.
func ParseTreesExpr(ts []TokenTree, end int) (x Expr, err error) {
	p := treeParser(ts, end)
	x, err = parseAlone(p, "expression", p.parseExpr)
	return x, plainErr(err)
}

// ParseTreesItems parses token trees as items.
func ParseTreesItems(ts []TokenTree, end int) (items []Item, err error) {
	p := treeParser(ts, end)
	items, err = parseAlone(p, "items", func() []Item { return p.parseItems(EOF) })
	for _, it := range items {
		if _, bad := it.(*BadItem); bad && err == nil {
			err = fmt.Errorf("expected an item")
		}
	}
	return items, plainErr(err)
}

func treeParser(ts []TokenTree, end int) *parser {
	var toks []Token
	flatten(ts, &toks)
	toks = append(toks, Token{Kind: EOF, Span: Span{Start: end, End: end}})
	return &parser{toks: toks}
}

// plainErr turns an ErrorList (whose spans may lie in another file) into
// its first message.
func plainErr(err error) error {
	if list, ok := err.(ErrorList); ok && len(list) > 0 {
		msgs := []string{}
		for _, e := range list {
			msgs = append(msgs, e.Msg)
		}
		return fmt.Errorf("%s", strings.Join(msgs, "; "))
	}
	return err
}

// ParseTreesType parses token trees (a macro's expansion in type
// position) as one type.
func ParseTreesType(ts []TokenTree, end int) (Type, error) {
	p := treeParser(ts, end)
	t, err := parseAlone(p, "type", p.parseType)
	return t, plainErr(err)
}

// ParseTreesPat parses token trees (a macro's expansion in pattern
// position) as one pattern.
func ParseTreesPat(ts []TokenTree, end int) (Pat, error) {
	p := treeParser(ts, end)
	x, err := parseAlone(p, "pattern", p.parsePat)
	return x, plainErr(err)
}
