// expr.go parses expressions, blocks and statements.

package syntax

import (
	"strings"
	"unicode/utf8"
)

// restrictions are the context flags of expression parsing.
type restrictions uint8

const (
	noStruct restrictions = 1 << iota // no struct literal: if/while/match/for heads
	stmtExpr                          // statement position: a block-like expression ends it
	allowLet                          // `let` allowed: if and while conditions, guards
)

// Binary precedences, lowest first (rustc's ExprPrecedence).
const (
	precAssign = 1 + iota
	precRange
	precOr
	precAnd
	precCompare
	precBitOr
	precBitXor
	precBitAnd
	precShift
	precSum
	precProduct
	precCast
)

type binInfo struct {
	op     BinOp
	prec   int
	assign bool // compound or plain assignment
}

var binOps = map[Kind]binInfo{
	OrOr: {BinOr, precOr, false}, AndAnd: {BinAnd, precAnd, false},
	EqEq: {BinEq, precCompare, false}, Ne: {BinNe, precCompare, false},
	Lt: {BinLt, precCompare, false}, Le: {BinLe, precCompare, false},
	Gt: {BinGt, precCompare, false}, Ge: {BinGe, precCompare, false},
	Or: {BinBitOr, precBitOr, false}, Caret: {BinBitXor, precBitXor, false},
	And: {BinBitAnd, precBitAnd, false}, Shl: {BinShl, precShift, false},
	Shr: {BinShr, precShift, false}, Plus: {BinAdd, precSum, false},
	Minus: {BinSub, precSum, false}, Star: {BinMul, precProduct, false},
	Slash: {BinDiv, precProduct, false}, Percent: {BinRem, precProduct, false},
	Eq: {0, precAssign, true}, PlusEq: {BinAdd, precAssign, true},
	MinusEq: {BinSub, precAssign, true}, StarEq: {BinMul, precAssign, true},
	SlashEq: {BinDiv, precAssign, true}, PercentEq: {BinRem, precAssign, true},
	AndEq: {BinBitAnd, precAssign, true}, OrEq: {BinBitOr, precAssign, true},
	CaretEq: {BinBitXor, precAssign, true}, ShlEq: {BinShl, precAssign, true},
	ShrEq: {BinShr, precAssign, true},
}

func (p *parser) parseExpr() Expr { return p.parseExprR(0) }

func (p *parser) parseExprR(r restrictions) Expr { return p.parseAssoc(precAssign, r) }

// isBlockLike reports whether x ends a statement without a semicolon.
func isBlockLike(x Expr) bool {
	switch x := x.(type) {
	case *BlockExpr, *If, *Match, *Loop, *While, *For:
		return true
	case *MacExpr:
		return x.Mac.Delim == DelimBrace
	}
	return false
}

// parseAssoc parses an expression whose binary operators bind at least as
// tightly as minPrec.
func (p *parser) parseAssoc(minPrec int, r restrictions) Expr {
	p.enter()
	defer p.leave()
	start := p.pos
	var x Expr
	if p.at(DotDot) || p.at(DotDotEq) {
		// Prefix range ..hi or ..=hi (or a lone ..).
		closed := p.next().Kind == DotDotEq
		rg := &Range{Closed: closed}
		if p.atRangeEnd(r) {
			rg.Hi = p.parseAssoc(precRange+1, r&^(stmtExpr|allowLet))
		} else if closed {
			p.fail("expected expression after `..=`")
		}
		rg.Span = p.span(start)
		x = rg
	} else {
		x = p.parseUnary(r)
	}
	return p.parseAssocRest(start, x, minPrec, r)
}

// atRangeEnd reports whether the end of a range follows `..`.
func (p *parser) atRangeEnd(r restrictions) bool {
	if p.at(OpenBrace) {
		return r&noStruct == 0
	}
	return p.canStartExpr()
}

func (p *parser) parseAssocRest(start int, x Expr, minPrec int, r restrictions) Expr {
	rhsR := r &^ (stmtExpr | allowLet)
	// Each operator nests the expression so far one level deeper.
	defer p.restoreDepth(p.depth)
	for {
		if r&stmtExpr != 0 && isBlockLike(x) {
			return x
		}
		t := p.peek()
		if isKw(t, "as") {
			if precCast < minPrec {
				return x
			}
			p.enter()
			p.next()
			c := &Cast{X: x, Type: p.parseTypeNoPlus()}
			c.Span = p.span(start)
			x = c
			continue
		}
		if t.Kind == DotDot || t.Kind == DotDotEq {
			if precRange < minPrec {
				return x
			}
			p.enter()
			p.next()
			rg := &Range{Lo: x, Closed: t.Kind == DotDotEq}
			if p.atRangeEnd(r) {
				rg.Hi = p.parseAssoc(precRange+1, rhsR)
			} else if rg.Closed {
				p.fail("expected expression after `..=`")
			}
			rg.Span = p.span(start)
			x = rg
			continue
		}
		info, ok := binOps[t.Kind]
		if !ok || info.prec < minPrec {
			return x
		}
		p.enter()
		p.next()
		switch {
		case info.assign:
			a := &Assign{Op: info.op, OpSpan: t.Span, X: x, Y: p.parseAssoc(precAssign, rhsR)}
			a.Span = p.span(start)
			x = a
		default:
			yr := rhsR
			if info.op == BinAnd && r&allowLet != 0 {
				yr |= allowLet
			}
			y := p.parseAssoc(info.prec+1, yr)
			if info.op.IsComparison() {
				if n, ok := binOps[p.peek().Kind]; ok && n.prec == precCompare {
					p.errorAt(p.peek().Span, "comparison operators cannot be chained")
				}
			}
			b := &Binary{Op: info.op, OpSpan: t.Span, X: x, Y: y}
			b.Span = p.span(start)
			x = b
		}
	}
}

// canStartExpr reports whether an expression can start at the current token.
func (p *parser) canStartExpr() bool {
	t := p.peek()
	switch t.Kind {
	case Int, Float, Char, Byte, Str, ByteStr, CStr, LifetimeTok,
		OpenParen, OpenBrack, OpenBrace, Minus, Not, Star, And, AndAnd, Or, OrOr,
		DotDot, DotDotEq, Lt, Shl, PathSep, Pound:
		return true
	case IdentTok:
		if t.Raw() || !IsKeyword(t.Text) {
			return true
		}
		switch t.Text {
		case "self", "Self", "super", "crate", "true", "false", "if", "match", "loop", "while",
			"for", "unsafe", "move", "async", "return", "break", "continue", "let", "const",
			"static", "yield", "become", "box", "try":
			return true
		}
	}
	return false
}

func (p *parser) parseUnary(r restrictions) Expr {
	start := p.pos
	t := p.peek()
	switch t.Kind {
	case Pound:
		if p.nth(1).Kind == OpenBrack {
			a := &AttrExpr{Attrs: p.parseOuterAttrs()}
			p.enter()
			a.X = p.parseUnary(r)
			p.leave()
			a.Span = p.span(start)
			return a
		}
	case Minus, Not, Star:
		p.next()
		op := map[Kind]UnOp{Minus: UnNeg, Not: UnNot, Star: UnDeref}[t.Kind]
		p.enter()
		u := &Unary{Op: op, X: p.parseUnary(r &^ (stmtExpr | allowLet))}
		p.leave()
		u.Span = p.span(start)
		return u
	case And, AndAnd:
		p.eatSplit(And)
		ref := &Ref{}
		if p.atKw("raw") && (isKw(p.nth(1), "const") || isKw(p.nth(1), "mut")) {
			p.next()
			ref.Raw = true
			ref.Mut = p.next().Text == "mut"
		} else {
			ref.Mut = p.eatKw("mut")
		}
		p.enter()
		ref.X = p.parseUnary(r &^ (stmtExpr | allowLet))
		p.leave()
		ref.Span = p.span(start)
		return ref
	}
	return p.parsePostfix(start, p.parsePrimary(r), r&^allowLet)
}

func (p *parser) parsePostfix(start int, x Expr, r restrictions) Expr {
	// Each suffix nests the expression so far one level deeper.
	defer p.restoreDepth(p.depth)
	for {
		t := p.peek()
		if t.Kind == Question || t.Kind == Dot || t.Kind == OpenParen || t.Kind == OpenBrack {
			p.enter()
		}
		switch t.Kind {
		case Question:
			p.next()
			e := &Try{X: x}
			e.Span = p.span(start)
			x = e
		case Dot:
			p.next()
			x = p.parseDotSuffix(start, x)
		case OpenParen:
			if r&stmtExpr != 0 && isBlockLike(x) {
				return x
			}
			c := &Call{Fun: x, Args: p.parseExprList(CloseParen)}
			c.Span = p.span(start)
			x = c
		case OpenBrack:
			if r&stmtExpr != 0 && isBlockLike(x) {
				return x
			}
			p.next()
			ix := &Index{X: x, Index: p.parseExpr()}
			p.expect(CloseBrack)
			ix.Span = p.span(start)
			x = ix
		default:
			return x
		}
	}
}

// parseDotSuffix parses what follows `.`: a field, tuple index, method
// call or await.
func (p *parser) parseDotSuffix(start int, x Expr) Expr {
	t := p.peek()
	switch {
	case isKw(t, "await"):
		p.next()
		a := &Await{X: x}
		a.Span = p.span(start)
		return a
	case t.Kind == IdentTok && (t.Raw() || !IsKeyword(t.Text) || isPathKw(t)) && t.Text != "_":
		p.next()
		name := Ident{Name: t.Text, Span: t.Span, Raw: t.Raw()}
		var ga *GenericArgs
		if p.at(PathSep) && (p.nth(1).Kind == Lt || p.nth(1).Kind == Shl) {
			p.next()
			ga = p.parseGenericArgs()
		}
		if p.at(OpenParen) {
			m := &MethodCall{Recv: x, Name: name, Generics: ga, Args: p.parseExprList(CloseParen)}
			m.Span = p.span(start)
			return m
		}
		if ga != nil {
			p.fail("field expressions cannot have generic arguments")
		}
		f := &Field{X: x, Name: name}
		f.Span = p.span(start)
		return f
	case t.Kind == Int:
		p.next()
		if t.Suffix != 0 {
			p.errorAt(t.Span, "suffixes on a tuple index are invalid")
		}
		f := &Field{X: x, Name: Ident{Name: t.Text, Span: t.Span}}
		f.Span = p.span(start)
		return f
	case t.Kind == Float:
		// x.0.1 lexes as x . 0.1: split the float into two fields.
		text := t.Text
		dot := strings.IndexByte(text, '.')
		if t.Suffix != 0 || dot < 0 || strings.ContainsAny(text, "eE_") {
			p.fail("unexpected token: " + t.String())
		}
		p.next()
		a, b := text[:dot], text[dot+1:]
		f := &Field{X: x, Name: Ident{Name: a, Span: Span{Start: t.Span.Start, End: t.Span.Start + dot}}}
		f.Span = Span{Start: p.toks[start].Span.Start, End: t.Span.Start + dot}
		if b == "" {
			// x.0. followed by something: leave a `.` as the current token.
			p.pos--
			p.toks[p.pos] = Token{Kind: Dot, Span: Span{Start: t.Span.Start + dot, End: t.Span.End}, Text: "."}
			p.lastEnd = f.Span.End
			return f
		}
		g := &Field{X: f, Name: Ident{Name: b, Span: Span{Start: t.Span.Start + dot + 1, End: t.Span.End}}}
		g.Span = p.span(start)
		return g
	}
	p.fail("unexpected token: " + t.String())
	return nil
}

// parseExprList parses (a, b, c) or [a, b] elements after the opener.
func (p *parser) parseExprList(close Kind) []Expr {
	p.next()
	var xs []Expr
	p.commaList(close, func() { xs = append(xs, p.parseElem()) })
	return xs
}

// parseElem parses an element or argument expression with optional outer
// attributes.
func (p *parser) parseElem() Expr {
	start := p.pos
	if !p.at(Pound) && !p.at(DocComment) {
		return p.parseExpr()
	}
	attrs := p.parseOuterAttrs()
	a := &AttrExpr{Attrs: attrs, X: p.parseExpr()}
	a.Span = p.span(start)
	return a
}

func (p *parser) lit(t Token) *Lit {
	l := &Lit{Text: t.Text, Raw: t.Raw()}
	l.Span = t.Span
	if t.Suffix > 0 && int(t.Suffix) <= len(t.Text) {
		l.Suffix = t.Text[len(t.Text)-int(t.Suffix):]
	}
	switch t.Kind {
	case Int:
		l.Kind = LitInt
	case Float:
		l.Kind = LitFloat
	case Char:
		l.Kind = LitChar
	case Byte:
		l.Kind = LitByte
	case Str:
		l.Kind = LitStr
	case ByteStr:
		l.Kind = LitByteStr
	case CStr:
		l.Kind = LitCStr
	case IdentTok:
		l.Kind = LitBool
	}
	if l.Kind >= LitChar && !l.Raw {
		// Report bad escapes and char literals with no or several
		// characters, as rustc's lexer does.
		v, err := l.Unquote()
		switch {
		case err != nil:
			p.errorAt(t.Span, err.Error())
		case (l.Kind == LitChar || l.Kind == LitByte) && utf8.RuneCountInString(v) != 1 && !(l.Kind == LitByte && len(v) == 1):
			p.errorAt(t.Span, "character literal must contain exactly one character")
		}
	}
	return l
}

// parseLitExpr parses a literal, including true and false.
func (p *parser) parseLitExpr() *Lit {
	t := p.peek()
	if t.Kind.IsLiteral() || isKw(t, "true") || isKw(t, "false") {
		p.next()
		return p.lit(t)
	}
	p.fail("expected literal, found " + t.String())
	return nil
}

func (p *parser) parsePrimary(r restrictions) Expr {
	start := p.pos
	t := p.peek()
	n1 := p.nth(1)
	switch t.Kind {
	case Int, Float, Char, Byte, Str, ByteStr, CStr:
		p.next()
		return p.lit(t)
	case OpenParen:
		p.next()
		if p.eat(CloseParen) {
			e := &Tuple{}
			e.Span = p.span(start)
			return e
		}
		first := p.parseElem()
		if p.eat(CloseParen) {
			e := &Paren{X: first}
			e.Span = p.span(start)
			return e
		}
		tu := &Tuple{Elems: []Expr{first}}
		for p.eat(Comma) && !p.at(CloseParen) {
			tu.Elems = append(tu.Elems, p.parseElem())
		}
		p.expect(CloseParen)
		tu.Span = p.span(start)
		return tu
	case OpenBrack:
		p.next()
		if p.eat(CloseBrack) {
			e := &Array{}
			e.Span = p.span(start)
			return e
		}
		first := p.parseElem()
		if p.eat(Semi) {
			e := &Repeat{Elem: first, Len: p.parseExpr()}
			p.expect(CloseBrack)
			e.Span = p.span(start)
			return e
		}
		arr := &Array{Elems: []Expr{first}}
		for p.eat(Comma) && !p.at(CloseBrack) {
			arr.Elems = append(arr.Elems, p.parseElem())
		}
		p.expect(CloseBrack)
		arr.Span = p.span(start)
		return arr
	case OpenBrace:
		return p.parseBlockExpr(start, nil, PlainBlock, false)
	case Or, OrOr:
		return p.parseClosure(start, r)
	case LifetimeTok:
		if n1.Kind == Colon {
			l := p.lifetime()
			p.next()
			return p.parseLabeled(start, &l)
		}
	case Lt, Shl, PathSep:
		return p.parsePathStartExpr(start, r)
	case IdentTok:
		if t.Raw() {
			return p.parsePathStartExpr(start, r)
		}
		switch t.Text {
		case "true", "false":
			p.next()
			return p.lit(t)
		case "if":
			return p.parseIf(start)
		case "match":
			return p.parseMatch(start)
		case "for":
			if n1.Kind == Lt {
				return p.parseClosure(start, r)
			}
			return p.parseLabeled(start, nil)
		case "loop", "while":
			return p.parseLabeled(start, nil)
		case "unsafe":
			if n1.Kind == OpenBrace {
				p.next()
				return p.parseBlockExpr(start, nil, UnsafeBlock, false)
			}
		case "const":
			if n1.Kind == OpenBrace {
				p.next()
				return p.parseBlockExpr(start, nil, ConstBlock, false)
			}
		case "try":
			if n1.Kind == OpenBrace {
				p.next()
				return p.parseBlockExpr(start, nil, TryBlock, false)
			}
		case "async":
			switch {
			case n1.Kind == OpenBrace:
				p.next()
				return p.parseBlockExpr(start, nil, AsyncBlock, false)
			case isKw(n1, "move") && p.nth(2).Kind == OpenBrace:
				p.next()
				p.next()
				return p.parseBlockExpr(start, nil, AsyncBlock, true)
			}
			return p.parseClosure(start, r)
		case "move", "static":
			return p.parseClosure(start, r)
		case "return", "yield", "become":
			p.next()
			var v Expr
			if p.canStartExpr() && !(p.at(OpenBrace) && r&noStruct != 0) {
				v = p.parseExprR(r & noStruct)
			}
			if t.Text == "return" {
				e := &Return{Value: v}
				e.Span = p.span(start)
				return e
			}
			e := &Yield{Become: t.Text == "become", Value: v}
			e.Span = p.span(start)
			return e
		case "break":
			p.next()
			b := &Break{}
			if p.at(LifetimeTok) {
				l := p.lifetime()
				b.Label = &l
			}
			if p.canStartExpr() && !(p.at(OpenBrace) && r&noStruct != 0) {
				b.Value = p.parseExprR(r & noStruct)
			}
			b.Span = p.span(start)
			return b
		case "continue":
			p.next()
			c := &Continue{}
			if p.at(LifetimeTok) {
				l := p.lifetime()
				c.Label = &l
			}
			c.Span = p.span(start)
			return c
		case "let":
			if r&allowLet == 0 {
				p.fail("expected expression, found `let` statement")
			}
			p.next()
			l := &Let{Pat: p.parsePat()}
			p.expect(Eq)
			l.X = p.parseAssoc(precCompare, r&noStruct)
			l.Span = p.span(start)
			return l
		case "_":
			p.next()
			u := &Underscore{}
			u.Span = t.Span
			return u
		case "box":
			p.fail("`box` expressions are unstable; use `Box::new`")
		}
		if isSegmentTok(t) {
			return p.parsePathStartExpr(start, r)
		}
	}
	p.fail("expected expression, found " + t.String())
	return nil
}

// parsePathStartExpr parses a path, a macro call or a struct literal.
func (p *parser) parsePathStartExpr(start int, r restrictions) Expr {
	path := p.parsePath(modeExpr)
	switch {
	case p.at(Not) && path.QSelf == nil && isOpen(p.nth(1).Kind):
		e := &MacExpr{Mac: p.parseMacCall(start, path)}
		e.Span = e.Mac.Span
		return e
	case p.at(OpenBrace) && r&noStruct == 0:
		return p.parseStructLit(start, path)
	}
	e := &PathExpr{Path: path}
	e.Span = path.Span
	return e
}

func (p *parser) parseStructLit(start int, path *Path) Expr {
	p.expect(OpenBrace)
	s := &StructLit{Path: path}
	for !p.at(CloseBrace) {
		fstart := p.pos
		attrs := p.parseOuterAttrs()
		if p.eat(DotDot) {
			if p.at(CloseBrace) {
				s.Rest = true
			} else {
				s.Base = p.parseExpr()
			}
			break
		}
		f := &FieldInit{Attrs: attrs}
		t := p.peek()
		switch {
		case t.Kind == Int:
			p.next()
			f.Name = Ident{Name: t.Text, Span: t.Span}
			p.expect(Colon)
			f.Value = p.parseExpr()
		default:
			f.Name = p.ident()
			if p.eat(Colon) {
				f.Value = p.parseExpr()
			} else {
				f.Shorthand = true
				pe := &PathExpr{Path: &Path{Segments: []*PathSegment{{Name: f.Name}}}}
				pe.Span = f.Name.Span
				pe.Path.Span = f.Name.Span
				pe.Path.Segments[0].Span = f.Name.Span
				f.Value = pe
			}
		}
		f.Span = p.span(fstart)
		s.Fields = append(s.Fields, f)
		if !p.eat(Comma) {
			break
		}
	}
	p.expect(CloseBrace)
	s.Span = p.span(start)
	return s
}

// parseLabeled parses a loop or block after an optional label.
func (p *parser) parseLabeled(start int, label *Label) Expr {
	t := p.peek()
	switch {
	case isKw(t, "loop"):
		p.next()
		l := &Loop{Label: label, Body: p.parseBlock()}
		l.Span = p.span(start)
		return l
	case isKw(t, "while"):
		p.next()
		w := &While{Label: label, Cond: p.parseExprR(noStruct | allowLet)}
		w.Body = p.parseBlock()
		w.Span = p.span(start)
		return w
	case isKw(t, "for"):
		p.next()
		f := &For{Label: label, Pat: p.parsePat()}
		p.expectKw("in")
		f.Iter = p.parseExprR(noStruct)
		f.Body = p.parseBlock()
		f.Span = p.span(start)
		return f
	case t.Kind == OpenBrace:
		return p.parseBlockExpr(start, label, PlainBlock, false)
	case isKw(t, "unsafe") && p.nth(1).Kind == OpenBrace:
		p.next()
		return p.parseBlockExpr(start, label, UnsafeBlock, false)
	}
	p.fail("expected `while`, `for`, `loop` or `{` after a label, found " + t.String())
	return nil
}

func (p *parser) parseBlockExpr(start int, label *Label, kind BlockKind, move bool) Expr {
	b := &BlockExpr{Label: label, Kind: kind, Move: move, Block: p.parseBlock()}
	b.Span = p.span(start)
	return b
}

// parseIf parses if .. else if .. else ..; the else-if chain is built in
// a loop, since it may be long.
func (p *parser) parseIf(start int) Expr {
	var chain []*If
	// Each `else if` nests the tree one level deeper.
	defer p.restoreDepth(p.depth)
	for {
		p.expectKw("if")
		e := &If{Cond: p.parseExprR(noStruct | allowLet)}
		e.Span.Start = p.toks[start].Span.Start
		e.Then = p.parseBlock()
		if n := len(chain); n > 0 {
			chain[n-1].Else = e
		}
		chain = append(chain, e)
		if !p.eatKw("else") {
			break
		}
		estart := p.pos
		if p.atKw("if") {
			p.enter()
			start = estart
			continue
		}
		if !p.at(OpenBrace) {
			p.fail("expected `{` or `if` after `else`, found " + p.peek().String())
		}
		e.Else = p.parseBlockExpr(estart, nil, PlainBlock, false)
		break
	}
	for _, e := range chain {
		e.Span.End = p.lastEnd
	}
	return chain[0]
}

func (p *parser) parseMatch(start int) Expr {
	p.expectKw("match")
	m := &Match{X: p.parseExprR(noStruct)}
	p.expect(OpenBrace)
	p.parseInnerAttrs()
	for !p.at(CloseBrace) {
		astart := p.pos
		arm := &Arm{Attrs: p.parseOuterAttrs()}
		arm.Pat = p.parsePat()
		if p.eatKw("if") {
			arm.Guard = p.parseExprR(allowLet)
		}
		p.expect(FatArrow)
		arm.Body = p.parseExprR(stmtExpr)
		arm.Span = p.span(astart)
		m.Arms = append(m.Arms, arm)
		if p.eat(Comma) {
			continue
		}
		if !isBlockLike(arm.Body) && !p.at(CloseBrace) {
			p.fail("expected one of `,`, `.`, `?`, `}`, or an operator, found " + p.peek().String())
		}
	}
	p.expect(CloseBrace)
	m.Span = p.span(start)
	return m
}

func (p *parser) parseClosure(start int, r restrictions) Expr {
	c := &Closure{}
	if p.atKw("for") {
		c.ForLifetimes = p.parseForLifetimes()
	}
	c.Static = p.eatKw("static")
	c.Async = p.eatKw("async")
	c.Move = p.eatKw("move")
	if !p.eat(OrOr) {
		p.expect(Or)
		for !p.at(Or) && !p.at(OrOr) {
			pstart := p.pos
			cp := &ClosureParam{Attrs: p.parseOuterAttrs()}
			cp.Pat = p.parsePatNoTopAlt()
			if p.eat(Colon) {
				cp.Type = p.parseTypeNoPlus()
			}
			cp.Span = p.span(pstart)
			c.Params = append(c.Params, cp)
			if !p.eat(Comma) {
				break
			}
		}
		if !p.eatSplit(Or) {
			p.fail("expected `|`, found " + p.peek().String())
		}
	}
	if p.eat(RArrow) {
		c.Ret = p.parseTypeNoPlus()
		bstart := p.pos
		if !p.at(OpenBrace) {
			p.fail("expected `{`, found " + p.peek().String())
		}
		c.Body = p.parseBlockExpr(bstart, nil, PlainBlock, false)
	} else {
		c.Body = p.parseExprR(r & noStruct)
	}
	c.Span = p.span(start)
	return c
}

// ---- blocks and statements ----

func (p *parser) parseBlock() *Block {
	p.enter()
	defer p.leave()
	start := p.pos
	p.expect(OpenBrace)
	b := &Block{InnerAttrs: p.parseInnerAttrs()}
	for !p.at(CloseBrace) && !p.at(EOF) {
		sstart := p.pos
		var s Stmt
		var tail Expr
		if !p.guard(func() { s, tail = p.parseStmt() }) {
			p.skip(sstart, true)
			bad := &BadStmt{}
			bad.Span = p.span(sstart)
			s = bad
		}
		if tail != nil {
			b.Expr = tail
			break
		}
		if s != nil {
			b.Stmts = append(b.Stmts, s)
		}
	}
	p.expect(CloseBrace)
	b.Span = p.span(start)
	return b
}

// parseStmt parses a statement, or returns the block's trailing expression.
func (p *parser) parseStmt() (Stmt, Expr) {
	start := p.pos
	if p.at(Semi) {
		p.next()
		s := &EmptyStmt{}
		s.Span = p.span(start)
		return s, nil
	}
	attrs := p.parseOuterAttrs()
	if p.atKw("let") {
		p.next()
		l := &LetStmt{Attrs: attrs, Pat: p.parsePat()}
		if p.eat(Colon) {
			l.Type = p.parseType()
		}
		if p.eatSplit(Eq) {
			l.Init = p.parseExpr()
			if p.eatKw("else") {
				l.Else = p.parseBlock()
			}
		}
		p.expect(Semi)
		l.Span = p.span(start)
		return l, nil
	}
	if p.atItemStart() {
		it := p.parseItemRest(start, attrs)
		if it == nil {
			p.fail("expected item, found " + p.peek().String())
		}
		s := &ItemStmt{Item: it}
		s.Span = p.span(start)
		return s, nil
	}
	if len(attrs) > 0 && p.at(CloseBrace) {
		p.fail("expected statement after outer attribute")
	}
	x := p.parseExprR(stmtExpr)
	if len(attrs) > 0 {
		if isBlockLike(x) || p.at(Semi) {
			// attributes belong to the statement
		} else {
			a := &AttrExpr{Attrs: attrs, X: x}
			a.Span = p.span(start)
			x = a
			attrs = nil
		}
	}
	s := &ExprStmt{Attrs: attrs, X: x}
	switch {
	case p.eat(Semi):
		s.Semi = true
	case p.at(CloseBrace) && len(attrs) == 0:
		return nil, x
	case isBlockLike(x):
	default:
		p.fail("expected `;`, found " + p.peek().String())
	}
	s.Span = p.span(start)
	return s, nil
}
