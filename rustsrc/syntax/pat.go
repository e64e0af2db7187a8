// pat.go parses patterns.

package syntax

// parsePat parses a pattern with top-level alternatives (a | b), as in
// let, match arms and for loops; a leading | is allowed.
func (p *parser) parsePat() Pat {
	start := p.pos
	p.eat(Or)
	first := p.parsePatNoTopAlt()
	if !p.at(Or) {
		return first
	}
	or := &OrPat{Alts: []Pat{first}}
	for p.eat(Or) {
		or.Alts = append(or.Alts, p.parsePatNoTopAlt())
	}
	or.Span = p.span(start)
	return or
}

// atPatEnd reports whether a token ends a pattern (for ranges with no end).
func (p *parser) atRangePatEnd() bool {
	t := p.peek()
	switch t.Kind {
	case Comma, CloseParen, CloseBrack, CloseBrace, Or, FatArrow, Eq, Colon, Semi, EOF:
		return true
	case IdentTok:
		return isKw(t, "if") || isKw(t, "in")
	}
	return false
}

// parseRangeEnd parses the end of a range pattern: a literal, -literal,
// path or const block.
func (p *parser) parseRangeEnd() Expr {
	start := p.pos
	t := p.peek()
	switch {
	case t.Kind == Minus:
		p.next()
		u := &Unary{Op: UnNeg, X: p.parseLitExpr()}
		u.Span = p.span(start)
		return u
	case isKw(t, "const") && p.nth(1).Kind == OpenBrace:
		p.next()
		return p.parseBlockExpr(start, nil, ConstBlock, false)
	case p.atPathStart():
		e := &PathExpr{Path: p.parsePath(modeExpr)}
		e.Span = p.span(start)
		return e
	}
	return p.parseLitExpr()
}

// parseRangePatRest parses the rest of lo..=hi / lo.. / lo..hi, or returns
// a plain pattern built by mk if no range operator follows.
func (p *parser) parseRangePatRest(start int, lo Expr) (Pat, bool) {
	t := p.peek()
	if t.Kind != DotDotEq && t.Kind != DotDot && t.Kind != DotDotDot {
		return nil, false
	}
	p.next()
	rp := &RangePat{Lo: lo, Closed: t.Kind != DotDot}
	if t.Kind == DotDotDot && !p.pre2021 {
		p.errorAt(t.Span, "`...` range patterns are deprecated")
	}
	if t.Kind == DotDot && p.atRangePatEnd() {
		rp.Span = p.span(start)
		return rp, true
	}
	rp.Hi = p.parseRangeEnd()
	rp.Span = p.span(start)
	return rp, true
}

// parsePatNoTopAlt parses a pattern without top-level alternatives, as in
// fn and closure parameters.
func (p *parser) parsePatNoTopAlt() Pat {
	p.enter()
	defer p.leave()
	start := p.pos
	t, n1 := p.peek(), p.nth(1)
	var pat Pat
	switch {
	case isKw(t, "_"):
		p.next()
		pat = &WildPat{}
	case t.Kind == DotDot:
		p.next()
		if !p.atRangePatEnd() {
			pat = &RangePat{Hi: p.parseRangeEnd()}
			break
		}
		pat = &RestPat{}
	case t.Kind == DotDotEq:
		p.next()
		pat = &RangePat{Hi: p.parseRangeEnd(), Closed: true}
	case t.Kind == And || t.Kind == AndAnd:
		p.eatSplit(And)
		rp := &RefPat{Mut: p.eatKw("mut")}
		rp.Pat = p.parsePatNoTopAlt()
		pat = rp
	case t.Kind == OpenParen:
		p.next()
		elems, trailing := p.parsePatList(CloseParen)
		if len(elems) == 1 && !trailing {
			if _, rest := elems[0].(*RestPat); !rest {
				pat = &ParenPat{Pat: elems[0]}
				break
			}
		}
		pat = &TuplePat{Elems: elems}
	case t.Kind == OpenBrack:
		p.next()
		elems, _ := p.parsePatList(CloseBrack)
		pat = &SlicePat{Elems: elems}
	case isKw(t, "ref") || isKw(t, "mut") && !isKw(n1, "self"):
		ip := &IdentPat{}
		ip.ByRef = p.eatKw("ref")
		ip.Mut = p.eatKw("mut")
		if p.atKw("self") {
			nt := p.next()
			ip.Name = Ident{Name: nt.Text, Span: nt.Span}
		} else {
			ip.Name = p.ident()
		}
		if p.eat(At) {
			ip.Sub = p.parsePatNoTopAlt()
		}
		pat = ip
	case isKw(t, "mut"):
		p.next()
		nt := p.next()
		pat = &IdentPat{Mut: true, Name: Ident{Name: nt.Text, Span: nt.Span}}
	case isKw(t, "box"):
		p.next()
		pat = &BoxPat{Pat: p.parsePatNoTopAlt()}
	case t.Kind.IsLiteral() || isKw(t, "true") || isKw(t, "false") || t.Kind == Minus ||
		isKw(t, "const") && n1.Kind == OpenBrace:
		lo := p.parseRangeEnd()
		if rp, ok := p.parseRangePatRest(start, lo); ok {
			return rp
		}
		pat = &LitPat{Expr: lo}
	case isIdentTok(t) && n1.Kind != PathSep && n1.Kind != OpenParen && n1.Kind != OpenBrace &&
		n1.Kind != Not && n1.Kind != DotDot && n1.Kind != DotDotEq && n1.Kind != DotDotDot:
		p.next()
		ip := &IdentPat{Name: Ident{Name: t.Text, Span: t.Span, Raw: t.Raw()}}
		if p.eat(At) {
			ip.Sub = p.parsePatNoTopAlt()
		}
		pat = ip
	case p.atPathStart():
		path := p.parsePath(modeExpr)
		switch {
		case p.at(Not) && path.QSelf == nil:
			pat = &MacPat{Mac: p.parseMacCall(start, path)}
		case p.at(OpenParen):
			p.next()
			elems, _ := p.parsePatList(CloseParen)
			pat = &TupleStructPat{Path: path, Elems: elems}
		case p.at(OpenBrace):
			pat = p.parseStructPat(path)
		default:
			pe := &PathExpr{Path: path}
			pe.Span = path.Span
			if rp, ok := p.parseRangePatRest(start, pe); ok {
				return rp
			}
			pat = &PathPat{Path: path}
		}
	default:
		p.fail("expected pattern, found " + t.String())
	}
	setSpan(pat, p.span(start))
	return pat
}

// parsePatList parses comma-separated patterns after an opener, through
// close. trailing reports a trailing comma.
func (p *parser) parsePatList(close Kind) (pats []Pat, trailing bool) {
	for !p.at(close) {
		pats = append(pats, p.parsePat())
		trailing = false
		if !p.eat(Comma) {
			break
		}
		trailing = true
	}
	p.expect(close)
	return pats, trailing
}

func (p *parser) parseStructPat(path *Path) Pat {
	p.expect(OpenBrace)
	sp := &StructPat{Path: path}
	for !p.at(CloseBrace) {
		fstart := p.pos
		attrs := p.parseOuterAttrs()
		if p.eat(DotDot) {
			sp.Rest = true
			break
		}
		f := &FieldPat{Attrs: attrs}
		t, n1 := p.peek(), p.nth(1)
		switch {
		case (isIdentTok(t) || t.Kind == Int) && n1.Kind == Colon:
			p.next()
			f.Name = Ident{Name: t.Text, Span: t.Span, Raw: t.Raw()}
			p.next()
			f.Pat = p.parsePat()
		default:
			f.Shorthand = true
			bstart := p.pos
			isBox := p.eatKw("box")
			ip := &IdentPat{}
			ip.ByRef = p.eatKw("ref")
			ip.Mut = p.eatKw("mut")
			ip.Name = p.ident()
			ip.Span = p.span(p.pos - 1)
			if ip.ByRef || ip.Mut {
				ip.Span = p.span(bstart)
			}
			f.Name = ip.Name
			f.Pat = ip
			if isBox {
				bp := &BoxPat{Pat: ip}
				bp.Span = p.span(bstart)
				f.Pat = bp
			}
		}
		f.Span = p.span(fstart)
		sp.Fields = append(sp.Fields, f)
		if !p.eat(Comma) {
			break
		}
	}
	p.expect(CloseBrace)
	return sp
}
