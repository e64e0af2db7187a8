// parser.go holds the parser's state, its token helpers, error recovery and
// the public entry points.

package syntax

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// Parse parses a Rust source file. It always returns a File; items that
// failed to parse are BadItems. The error, if not nil, is an ErrorList.
func Parse(filename string, src []byte) (*File, error) {
	return ParseEdition(filename, src, "")
}

// ParseEdition parses a file of a crate of the given Rust edition
// ("2015", "2018", "2021", "2024"; "" is 2021). Rust 2015 takes `try`,
// `async` and `await` as identifiers and anonymous parameters in trait
// fns (`fn f(&self, u8);`); Rust 2015 and 2018 take `...` in range
// patterns.
func ParseEdition(filename string, src []byte, edition string) (*File, error) {
	text := string(src)
	lines := NewLines(filename, src)
	toks, errs := Tokenize(text)
	p := &parser{src: text, toks: toks, errs: errs}
	switch edition {
	case "2015":
		p.ed2015, p.pre2021 = true, true
		for i := range toks {
			if t := &toks[i]; t.Kind == IdentTok && (t.Text == "try" || t.Text == "async" || t.Text == "await") {
				// Not keywords in Rust 2015: marked raw, as r#try.
				t.Flags |= FlagRaw
			}
		}
	case "2018":
		p.pre2021 = true
	}
	f := &File{Lines: lines}
	p.boundary(func() {
		if !p.guard(func() { f.Attrs = p.parseInnerAttrs() }) {
			p.skip(0, false)
		}
		f.Items = p.parseItems(EOF)
	})
	f.Span = Span{Start: 0, End: len(text)}
	return f, p.finish(lines)
}

// ParseExpr parses a single expression (for tests and tools).
func ParseExpr(src string) (x Expr, err error) {
	toks, errs := Tokenize(src)
	p := &parser{src: src, toks: toks, errs: errs}
	p.boundary(func() {
		if p.guard(func() {
			x = p.parseExpr()
			if !p.at(EOF) {
				p.fail("expected end of expression, found " + p.peek().String())
			}
		}) {
			return
		}
		x = nil
	})
	return x, p.finish(NewLines("", []byte(src)))
}

// ParseExprAt parses src[start:end] as one expression, alone, with the
// spans it has in src: an edited initializer is parsed again without its
// file. Comments and whitespace around the expression are not allowed
// (the caller compares the expression's span with the text it gave), nor
// is a leading `#!`, which opens a file only.
func ParseExprAt(src []byte, start, end int) (Expr, error) {
	p, err := parserAt(src, start, end)
	if err != nil {
		return nil, err
	}
	return parseAlone(p, "expression", p.parseExpr)
}

// ParseItemAt parses src[start:end] as one item, alone, like ParseExprAt
// (an edited fn is parsed again without its file).
func ParseItemAt(src []byte, start, end int) (Item, error) {
	p, err := parserAt(src, start, end)
	if err != nil {
		return nil, err
	}
	return parseAlone(p, "item", p.parseItem)
}

// parseAlone parses what parse parses, which must reach the end; any
// error fails it.
func parseAlone[T any](p *parser, what string, parse func() T) (T, error) {
	var x, none T
	p.boundary(func() {
		if p.guard(func() {
			x = parse()
			if !p.at(EOF) {
				p.fail("expected end of " + what + ", found " + p.peek().String())
			}
		}) {
			return
		}
		x = none
	})
	if len(p.errs) > 0 {
		return none, sortErrors(p.errs)
	}
	return x, nil
}

// parserAt is a parser of src[start:end] whose tokens have the spans
// they have in src.
func parserAt(src []byte, start, end int) (*parser, error) {
	text := string(src[start:end])
	if strings.HasPrefix(text, "#!") {
		return nil, ErrorList{{Span: Span{Start: start, End: start + 2}, Msg: "expected expression, found `#!`"}}
	}
	toks, errs := Tokenize(text)
	for i := range toks {
		toks[i].Span.Start += start
		toks[i].Span.End += start
	}
	for i := range errs {
		errs[i].Span.Start += start
		errs[i].Span.End += start
	}
	return &parser{src: text, toks: toks, errs: errs}, nil
}

// ParseMacroArgs parses the arguments of a function-like macro call as a
// comma-separated list of expressions, as in assert!(c, "m", x) or
// panic!("{}", x). A trailing comma is allowed.
func ParseMacroArgs(m *MacCall, lines *Lines) (args []Expr, err error) {
	var toks []Token
	flatten(m.Args, &toks)
	end := m.Span.End
	if m.Delim != NoDelim && end > m.Span.Start {
		end--
	}
	toks = append(toks, Token{Kind: EOF, Span: Span{Start: end, End: end}})
	p := &parser{toks: toks}
	p.boundary(func() {
		p.guard(func() {
			for !p.at(EOF) {
				args = append(args, p.parseExpr())
				if !p.eat(Comma) && !p.at(EOF) {
					p.fail("expected `,`, found " + p.peek().String())
				}
			}
		})
	})
	if lines == nil {
		lines = NewLines("", nil)
	}
	return args, p.finish(lines)
}

func flatten(trees []TokenTree, out *[]Token) {
	for i := range trees {
		t := &trees[i]
		if t.Delim == NoDelim {
			*out = append(*out, t.Tok)
			continue
		}
		*out = append(*out, t.Tok)
		flatten(t.Trees, out)
		k := closer(t.Tok.Kind)
		*out = append(*out, Token{Kind: k, Span: Span{Start: t.Span.End - 1, End: t.Span.End}, Text: k.String()})
	}
}

// MaxNesting bounds the nesting of expressions, patterns, types, blocks,
// items, attributes and macro token trees, so hostile input cannot
// exhaust the stack of the parser or of the stages that walk its tree. A
// level is one recursive construct: a parenthesis, a unary operator, a
// block (two levels with the expression it is), a binary operator or a
// method call of a chain (the tree nests its left operand), a type or
// generic argument list, a delimiter of a token tree. rustc 1.95 accepts
// 1,189 nested parentheses, 783 nested blocks and 5,466 unary operators
// before it overflows its stack (docs/nesting.md), below this.
const MaxNesting = 8192

// MaxTypeNesting bounds the nesting of types alone: the front end's
// type inference and MIR places grow with the square of a type's depth.
// rustc 1.95 refuses tuples and arrays 128 deep and takes over a minute
// for references 1,470 deep.
const MaxTypeNesting = 2048

// maxErrors bounds the errors reported for one input.
const maxErrors = 100

type parser struct {
	src     string
	toks    []Token
	pos     int
	lastEnd int // end of the last consumed token
	depth   int
	tyDepth int // types being parsed (within depth)
	errs    ErrorList
	failPos int // token index of the last bailout
	// ed2015: Rust 2015 (anonymous trait fn parameters); pre2021: `...`
	// range patterns and bare `Tr + 'a` impl types (Rust 2015, 2018).
	ed2015, pre2021 bool
}

// bailout is panicked by fail and recovered by guard.
type bailout struct{}

// boundary runs f, turning an unexpected panic into an "internal error".
func (p *parser) boundary(f func()) {
	defer func() {
		if r := recover(); r != nil {
			sp := p.peek().Span
			p.errs = append(p.errs, Error{Span: sp, Msg: fmt.Sprintf("internal error: %v\n%s", r, debug.Stack())})
		}
	}()
	f()
}

// guard runs f and reports whether it finished without a syntax bailout.
func (p *parser) guard(f func()) (ok bool) {
	depth, tyDepth := p.depth, p.tyDepth
	defer func() {
		if r := recover(); r != nil {
			if _, isBail := r.(bailout); !isBail {
				panic(r)
			}
			p.depth, p.tyDepth = depth, tyDepth
			ok = false
		}
	}()
	f()
	return true
}

func (p *parser) finish(lines *Lines) error {
	if len(p.errs) == 0 {
		return nil
	}
	errs := sortErrors(p.errs)
	if len(errs) > maxErrors {
		last := errs[maxErrors-1]
		errs = append(errs[:maxErrors:maxErrors], Error{Span: last.Span, Msg: "too many errors"})
	}
	for i := range errs {
		errs[i].Pos = lines.Position(errs[i].Span.Start)
	}
	return errs
}

// ---- token helpers ----

func (p *parser) peek() Token { return p.toks[p.pos] }

func (p *parser) nth(n int) Token {
	if p.pos+n < len(p.toks) {
		return p.toks[p.pos+n]
	}
	return p.toks[len(p.toks)-1]
}

func (p *parser) at(k Kind) bool { return p.toks[p.pos].Kind == k }

func isKw(t Token, name string) bool {
	return t.Kind == IdentTok && t.Flags&FlagRaw == 0 && t.Text == name
}

func (p *parser) atKw(name string) bool { return isKw(p.toks[p.pos], name) }

func (p *parser) next() Token {
	t := p.toks[p.pos]
	if t.Kind != EOF {
		p.pos++
		p.lastEnd = t.Span.End
	}
	return t
}

func (p *parser) eat(k Kind) bool {
	if p.at(k) {
		p.next()
		return true
	}
	return false
}

func (p *parser) eatKw(name string) bool {
	if p.atKw(name) {
		p.next()
		return true
	}
	return false
}

var punctKinds = func() map[string]Kind {
	m := map[string]Kind{}
	for k := Semi; k < numKinds; k++ {
		m[kindNames[k]] = k
	}
	return m
}()

// eatSplit eats a token of kind k, or the first part of a glued token that
// starts with it (`>` of `>>=`), leaving the rest as the current token.
func (p *parser) eatSplit(k Kind) bool {
	t := p.toks[p.pos]
	if t.Kind == k {
		p.next()
		return true
	}
	first := kindNames[k]
	if !t.Kind.IsPunct() || t.Kind >= OpenParen || !strings.HasPrefix(t.Text, first) || len(t.Text) == len(first) {
		return false
	}
	rest := t.Text[len(first):]
	rk, ok := punctKinds[rest]
	if !ok {
		return false
	}
	mid := t.Span.Start + len(first)
	p.lastEnd = mid
	p.toks[p.pos] = Token{Kind: rk, Span: Span{Start: mid, End: t.Span.End}, Text: rest}
	return true
}

// atSplit reports whether the current token is k or starts with it.
func (p *parser) atSplit(k Kind) bool {
	t := p.toks[p.pos]
	return t.Kind == k || t.Kind.IsPunct() && t.Kind < OpenParen && strings.HasPrefix(t.Text, kindNames[k])
}

func (p *parser) expect(k Kind) Token {
	if p.at(k) {
		return p.next()
	}
	if k == Gt || k == Lt || k == And || k == Or || k == Eq || k == Colon {
		t := p.peek()
		if p.eatSplit(k) {
			return Token{Kind: k, Span: Span{Start: t.Span.Start, End: p.lastEnd}, Text: kindNames[k]}
		}
	}
	p.fail("expected `" + k.String() + "`, found " + p.peek().String())
	panic("unreachable")
}

// commaList parses elem until close, elements separated by commas (a
// trailing one allowed), then eats close.
func (p *parser) commaList(close Kind, elem func()) {
	for !p.at(close) {
		elem()
		if !p.eat(Comma) {
			break
		}
	}
	p.expect(close)
}

func (p *parser) expectKw(name string) Token {
	if p.atKw(name) {
		return p.next()
	}
	p.fail("expected `" + name + "`, found " + p.peek().String())
	panic("unreachable")
}

// ident eats an identifier that is not a keyword.
func (p *parser) ident() Ident {
	t := p.peek()
	if isIdentTok(t) {
		p.next()
		return Ident{Name: t.Text, Span: t.Span, Raw: t.Raw()}
	}
	if t.Kind == IdentTok && t.Text != "_" {
		p.fail("expected identifier, found keyword `" + t.Text + "`")
	}
	p.fail("expected identifier, found " + t.String())
	panic("unreachable")
}

func (p *parser) atIdent() bool { return isIdentTok(p.peek()) }

// isIdentTok reports whether t is an identifier that is neither a keyword
// nor `_`.
func isIdentTok(t Token) bool {
	return t.Kind == IdentTok && (t.Raw() || !IsKeyword(t.Text) && t.Text != "_")
}

func (p *parser) span(start int) Span {
	s := p.toks[start].Span.Start
	if p.lastEnd < s {
		return Span{Start: s, End: s}
	}
	return Span{Start: s, End: p.lastEnd}
}

func (p *parser) errorAt(sp Span, msg string) {
	p.errs = append(p.errs, Error{Span: sp, Msg: msg})
}

// fail reports an error at the current token and abandons the current
// statement or item.
func (p *parser) fail(msg string) {
	p.errorAt(p.peek().Span, msg)
	p.failPos = p.pos
	panic(bailout{})
}

func (p *parser) enter() {
	p.depth++
	if p.depth > MaxNesting {
		p.tooDeep()
	}
}

// tooDeep fails at the current token, which nests past MaxNesting.
func (p *parser) tooDeep() {
	p.fail(fmt.Sprintf("nesting too deep: more than %d levels", MaxNesting))
}

// enterType is enter for a type, also counted against MaxTypeNesting.
func (p *parser) enterType() {
	p.enter()
	p.tyDepth++
	if p.tyDepth > MaxTypeNesting {
		p.fail(fmt.Sprintf("nesting too deep: more than %d levels of types", MaxTypeNesting))
	}
}

func (p *parser) leaveType() { p.depth--; p.tyDepth-- }

// restoreDepth undoes the levels a loop entered (deferred with the depth
// at the loop's start).
func (p *parser) restoreDepth(depth int) { p.depth = depth }

func (p *parser) leave() { p.depth-- }

// ---- error recovery ----

var itemKeywords = map[string]bool{
	"fn": true, "pub": true, "struct": true, "enum": true, "trait": true, "impl": true,
	"mod": true, "use": true, "type": true, "static": true, "const": true, "extern": true,
	"macro_rules": true, "union": true, "unsafe": true, "async": true,
}

// skip moves past a construct that failed to parse: it restarts at start,
// and stops after a `;` or `}` at the construct's own level once past the
// error, before the enclosing closer, or before an item (or `let`) keyword
// that starts a line.
func (p *parser) skip(start int, stmt bool) {
	errPos := p.failPos
	if errPos < start {
		errPos = start
	}
	p.pos = start
	depth := 0
	for {
		t := p.toks[p.pos]
		if t.Kind == EOF {
			return
		}
		if depth == 0 {
			if isClose(t.Kind) {
				break
			}
			if p.pos > start && (t.Kind == IdentTok && !t.Raw() && (itemKeywords[t.Text] || stmt && t.Text == "let") || t.Kind == Pound) && t.Flags&FlagFirstOnLine != 0 {
				break
			}
		}
		p.next()
		switch {
		case isOpen(t.Kind):
			depth++
		case isClose(t.Kind):
			depth--
			if depth == 0 && t.Kind == CloseBrace && p.pos > errPos {
				return
			}
		case t.Kind == Semi && depth == 0 && p.pos > errPos:
			return
		}
	}
	if p.pos == start && !isClose(p.peek().Kind) {
		p.next()
	}
}
