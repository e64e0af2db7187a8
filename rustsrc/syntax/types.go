// types.go parses paths, generic arguments and parameters, bounds, where
// clauses and types.

package syntax

// pathMode says how generic arguments are written in a path.
type pathMode uint8

const (
	modeExpr pathMode = iota // only with turbofish: Vec::<u8>::new
	modeType                 // Vec<u8>, Fn(A) -> B, and Vec::<u8>
	modeMod                  // no generic arguments: use, pub(in), attributes
)

func isPathKw(t Token) bool {
	return isKw(t, "self") || isKw(t, "Self") || isKw(t, "super") || isKw(t, "crate")
}

func isSegmentTok(t Token) bool { return isIdentTok(t) || isPathKw(t) }

// atPathStart reports whether a path (possibly qualified) starts here.
func (p *parser) atPathStart() bool {
	t := p.peek()
	switch t.Kind {
	case PathSep, Lt, Shl:
		return true
	}
	return isSegmentTok(t)
}

func (p *parser) parsePath(mode pathMode) *Path {
	p.enter()
	defer p.leave()
	start := p.pos
	path := &Path{}
	if mode != modeMod && (p.at(Lt) || p.at(Shl)) {
		p.eatSplit(Lt)
		q := &QSelf{Type: p.parseType()}
		if p.eatKw("as") {
			q.Trait = p.parsePath(modeType)
		}
		p.expect(Gt)
		q.Span = p.span(start)
		path.QSelf = q
		p.expect(PathSep)
	} else if p.eat(PathSep) {
		path.Global = true
	}
	for {
		path.Segments = append(path.Segments, p.parseSegment(mode))
		if p.at(PathSep) && isSegmentTok(p.nth(1)) {
			p.next()
			continue
		}
		break
	}
	path.Span = p.span(start)
	return path
}

func (p *parser) parseSegment(mode pathMode) *PathSegment {
	start := p.pos
	t := p.peek()
	if !isSegmentTok(t) {
		p.fail("expected identifier, found " + t.String())
	}
	p.next()
	seg := &PathSegment{Name: Ident{Name: t.Text, Span: t.Span, Raw: t.Raw()}}
	switch mode {
	case modeType:
		switch {
		case p.at(Lt) || p.at(Shl):
			seg.Args = p.parseGenericArgs()
		case p.at(PathSep) && (p.nth(1).Kind == Lt || p.nth(1).Kind == Shl):
			p.next()
			seg.Args = p.parseGenericArgs()
		case p.at(OpenParen):
			seg.Args = p.parseParenArgs()
		}
	case modeExpr:
		if p.at(PathSep) && (p.nth(1).Kind == Lt || p.nth(1).Kind == Shl) {
			p.next()
			seg.Args = p.parseGenericArgs()
		}
	}
	seg.Span = p.span(start)
	return seg
}

// parseParenArgs parses the (A, B) -> C arguments of an Fn trait.
func (p *parser) parseParenArgs() *GenericArgs {
	start := p.pos
	p.expect(OpenParen)
	ga := &GenericArgs{Paren: true}
	p.commaList(CloseParen, func() { ga.Inputs = append(ga.Inputs, p.parseType()) })
	if p.eat(RArrow) {
		ga.Output = p.parseTypeNoPlus()
	}
	ga.Span = p.span(start)
	return ga
}

func (p *parser) parseGenericArgs() *GenericArgs {
	start := p.pos
	p.expect(Lt)
	ga := &GenericArgs{}
	for !p.atSplit(Gt) {
		ga.Args = append(ga.Args, p.parseGenericArg())
		if !p.eat(Comma) {
			break
		}
	}
	p.expect(Gt)
	ga.Span = p.span(start)
	return ga
}

// atConstArg reports whether a const generic argument (literal, -literal
// or block) starts here.
func (p *parser) atConstArg() bool {
	t := p.peek()
	return t.Kind.IsLiteral() || t.Kind == OpenBrace || isKw(t, "true") || isKw(t, "false") ||
		t.Kind == Minus && p.nth(1).Kind.IsLiteral()
}

// parseConstArg parses a literal, -literal, block or (for defaults of
// const parameters) a path.
func (p *parser) parseConstArg() Expr {
	t := p.peek()
	switch {
	case t.Kind == OpenBrace:
		start := p.pos
		b := &BlockExpr{Block: p.parseBlock()}
		b.Span = p.span(start)
		return b
	case t.Kind == Minus:
		start := p.pos
		p.next()
		u := &Unary{Op: UnNeg, X: p.parseLitExpr()}
		u.Span = p.span(start)
		return u
	case p.atPathStart():
		start := p.pos
		e := &PathExpr{Path: p.parsePath(modeExpr)}
		e.Span = p.span(start)
		return e
	}
	return p.parseLitExpr()
}

func (p *parser) parseGenericArg() GenericArg {
	start := p.pos
	t, n1 := p.peek(), p.nth(1)
	switch {
	case t.Kind == LifetimeTok:
		a := &LifetimeArg{Lifetime: p.lifetime()}
		a.Span = p.span(start)
		return a
	case p.atConstArg():
		a := &ConstArg{Expr: p.parseConstArg()}
		a.Span = p.span(start)
		return a
	case isIdentTok(t) && (n1.Kind == Eq || n1.Kind == Colon):
		p.next()
		a := &AssocArg{Name: Ident{Name: t.Text, Span: t.Span, Raw: t.Raw()}}
		return p.parseAssocArgRest(start, a)
	}
	ty := p.parseType()
	if pt, ok := ty.(*PathType); ok && (p.at(Eq) || p.at(Colon)) && pt.Path.QSelf == nil && !pt.Path.Global && len(pt.Path.Segments) == 1 {
		seg := pt.Path.Segments[0]
		a := &AssocArg{Name: seg.Name, Args: seg.Args}
		return p.parseAssocArgRest(start, a)
	}
	a := &TypeArg{Type: ty}
	a.Span = p.span(start)
	return a
}

func (p *parser) parseAssocArgRest(start int, a *AssocArg) *AssocArg {
	if p.eat(Colon) {
		a.Bounds = p.parseBounds(true)
	} else {
		p.expect(Eq)
		if p.atConstArg() {
			a.Const = p.parseConstArg()
		} else {
			a.Type = p.parseType()
		}
	}
	a.Span = p.span(start)
	return a
}

// parseGenerics parses optional generic parameters <..>.
func (p *parser) parseGenerics() *Generics {
	g := &Generics{}
	if !p.at(Lt) {
		g.Span = Span{Start: p.lastEnd, End: p.lastEnd}
		return g
	}
	start := p.pos
	p.next()
	g.Params = p.parseGenericParams()
	p.expect(Gt)
	g.Span = p.span(start)
	return g
}

func (p *parser) parseGenericParams() []*GenericParam {
	var params []*GenericParam
	for !p.atSplit(Gt) {
		start := p.pos
		gp := &GenericParam{Attrs: p.parseOuterAttrs()}
		switch {
		case p.at(LifetimeTok):
			gp.Kind = LifetimeParam
			gp.Name = p.lifetime()
			if p.eat(Colon) {
				gp.Bounds = p.parseBounds(true)
			}
		case p.atKw("const"):
			p.next()
			gp.Kind = ConstParam
			gp.Name = p.ident()
			p.expect(Colon)
			gp.Type = p.parseType()
			if p.eatSplit(Eq) {
				gp.DefaultConst = p.parseConstArg()
			}
		default:
			gp.Kind = TypeParam
			gp.Name = p.ident()
			if p.eat(Colon) {
				gp.Bounds = p.parseBounds(true)
			}
			if p.eatSplit(Eq) {
				gp.Default = p.parseType()
			}
		}
		gp.Span = p.span(start)
		params = append(params, gp)
		if !p.eat(Comma) {
			break
		}
	}
	return params
}

// parseForLifetimes parses for<'a, 'b>.
func (p *parser) parseForLifetimes() []*GenericParam {
	p.expectKw("for")
	p.expect(Lt)
	params := p.parseGenericParams()
	p.expect(Gt)
	return params
}

func (p *parser) parseWhere(g *Generics) {
	if !p.atKw("where") {
		return
	}
	p.next()
	for {
		t := p.peek()
		if t.Kind != LifetimeTok && !p.canStartType() {
			break
		}
		start := p.pos
		pred := &WherePredicate{}
		if t.Kind == LifetimeTok {
			pred.Lifetime = p.lifetime()
			p.expect(Colon)
			pred.Bounds = p.parseBounds(true)
		} else {
			if p.atKw("for") && p.nth(1).Kind == Lt {
				pred.ForLifetimes = p.parseForLifetimes()
			}
			pred.Type = p.parseTypeNoPlus()
			p.expect(Colon)
			pred.Bounds = p.parseBounds(true)
		}
		pred.Span = p.span(start)
		if g != nil {
			g.Where = append(g.Where, pred)
		}
		if !p.eat(Comma) {
			break
		}
	}
}

func (p *parser) canStartBound() bool {
	t := p.peek()
	switch t.Kind {
	case LifetimeTok, OpenParen, Question, Tilde, Not, PathSep, Lt, Shl:
		return true
	case IdentTok:
		return isSegmentTok(t) || isKw(t, "for") || isKw(t, "const") || isKw(t, "async") || isKw(t, "use") || isKw(t, "dyn")
	}
	return false
}

func (p *parser) parseBounds(allowPlus bool) []Bound {
	var bs []Bound
	for p.canStartBound() {
		bs = append(bs, p.parseBound())
		if !allowPlus || !p.eat(Plus) {
			break
		}
	}
	return bs
}

func (p *parser) parseBound() Bound {
	p.enter()
	defer p.leave()
	start := p.pos
	t := p.peek()
	switch {
	case t.Kind == LifetimeTok:
		b := &LifetimeBound{Lifetime: p.lifetime()}
		b.Span = p.span(start)
		return b
	case t.Kind == OpenParen:
		p.next()
		b := p.parseBound()
		p.expect(CloseParen)
		if tb, ok := b.(*TraitBound); ok {
			tb.Paren = true
			tb.Span = p.span(start)
		}
		return b
	case isKw(t, "use") && p.nth(1).Kind == Lt:
		p.next()
		p.next()
		b := &UseBound{}
		for !p.atSplit(Gt) {
			at := p.next()
			if at.Kind != LifetimeTok && !isSegmentTok(at) {
				p.pos--
				p.fail("expected lifetime or type parameter, found " + at.String())
			}
			b.Args = append(b.Args, Ident{Name: at.Text, Span: at.Span, Raw: at.Raw()})
			if !p.eat(Comma) {
				break
			}
		}
		p.expect(Gt)
		b.Span = p.span(start)
		return b
	}
	tb := &TraitBound{}
	switch {
	case t.Kind == Tilde:
		p.next()
		p.expectKw("const")
		tb.Modifier = BoundMaybeConst
	case isKw(t, "const"):
		p.next()
		tb.Modifier = BoundConst
	case isKw(t, "async"):
		p.next()
		tb.Modifier = BoundAsync
	}
	if p.eat(Question) {
		tb.Modifier = BoundMaybe
	} else if p.eat(Not) {
		tb.Modifier = BoundNegative
	}
	if p.atKw("for") {
		tb.ForLifetimes = p.parseForLifetimes()
	}
	if p.atKw("dyn") {
		// `dyn Trait` as a bound: an error in rustc, but parse it.
		p.errorAt(p.peek().Span, "`dyn` is not allowed in a bound")
		p.next()
	}
	tb.Path = p.parsePath(modeType)
	tb.Span = p.span(start)
	return tb
}

func (p *parser) canStartType() bool {
	t := p.peek()
	switch t.Kind {
	case OpenParen, OpenBrack, And, AndAnd, Star, Not, Lt, Shl, PathSep, Question:
		return true
	case IdentTok:
		if isSegmentTok(t) || t.Text == "_" {
			return true
		}
		switch t.Text {
		case "fn", "unsafe", "extern", "for", "impl", "dyn":
			return !t.Raw()
		}
	}
	return false
}

func (p *parser) parseType() Type       { return p.parseTypeX(true) }
func (p *parser) parseTypeNoPlus() Type { return p.parseTypeX(false) }

func (p *parser) parseTypeX(allowPlus bool) Type {
	p.enterType()
	defer p.leaveType()
	start := p.pos
	t := p.peek()
	var ty Type
	switch {
	case t.Kind == OpenParen:
		p.next()
		if p.eat(CloseParen) {
			ty = &TupleType{}
			break
		}
		first := p.parseType()
		if p.eat(CloseParen) {
			ty = &ParenType{Elem: first}
			break
		}
		tt := &TupleType{Elems: []Type{first}}
		for p.eat(Comma) && !p.at(CloseParen) {
			tt.Elems = append(tt.Elems, p.parseType())
		}
		p.expect(CloseParen)
		ty = tt
	case t.Kind == Not:
		p.next()
		ty = &NeverType{}
	case t.Kind == Star:
		p.next()
		pt := &PtrType{}
		switch {
		case p.eatKw("mut"):
			pt.Mut = true
		case p.eatKw("const"):
		default:
			p.fail("expected `mut` or `const` keyword in raw pointer type, found " + p.peek().String())
		}
		pt.Elem = p.parseTypeNoPlus()
		ty = pt
	case t.Kind == And || t.Kind == AndAnd:
		p.eatSplit(And)
		rt := &RefType{}
		if p.at(LifetimeTok) {
			l := p.lifetime()
			rt.Lifetime = &l
		}
		rt.Mut = p.eatKw("mut")
		rt.Elem = p.parseTypeNoPlus()
		ty = rt
	case t.Kind == OpenBrack:
		p.next()
		elem := p.parseType()
		if p.eat(Semi) {
			ty = &ArrayType{Elem: elem, Len: p.parseExpr()}
		} else {
			ty = &SliceType{Elem: elem}
		}
		p.expect(CloseBrack)
	case isKw(t, "_"):
		p.next()
		ty = &InferType{}
	case isKw(t, "fn") || isKw(t, "unsafe") || isKw(t, "extern"):
		return p.parseFnPtr(start, nil)
	case isKw(t, "for") && p.nth(1).Kind == Lt:
		lts := p.parseForLifetimes()
		if p.atKw("fn") || p.atKw("unsafe") || p.atKw("extern") {
			return p.parseFnPtr(start, lts)
		}
		tb := &TraitBound{ForLifetimes: lts, Path: p.parsePath(modeType)}
		tb.Span = p.span(start)
		bounds := []Bound{tb}
		if allowPlus && p.eat(Plus) {
			bounds = append(bounds, p.parseBounds(true)...)
		}
		ty = &TraitObjectType{Bounds: bounds}
	case isKw(t, "impl"):
		p.next()
		ty = &ImplTraitType{Bounds: p.parseBounds(allowPlus)}
	case isKw(t, "dyn"):
		p.next()
		ty = &TraitObjectType{Dyn: true, Bounds: p.parseBounds(allowPlus)}
	case t.Kind == Question:
		// ?Sized as a bare trait object (rejected later, as by rustc).
		ty = &TraitObjectType{Bounds: p.parseBounds(allowPlus)}
	case p.atPathStart():
		path := p.parsePath(modeType)
		if p.at(Not) && path.QSelf == nil {
			ty = &MacType{Mac: p.parseMacCall(start, path)}
			break
		}
		if allowPlus && p.at(Plus) {
			tb := &TraitBound{Path: path}
			tb.Span = path.Span
			bounds := []Bound{tb}
			p.next()
			bounds = append(bounds, p.parseBounds(true)...)
			ty = &TraitObjectType{Bounds: bounds}
			break
		}
		ty = &PathType{Path: path}
	default:
		p.fail("expected type, found " + t.String())
	}
	setSpan(ty, p.span(start))
	return ty
}

func (p *parser) parseFnPtr(start int, lts []*GenericParam) Type {
	ft := &FnPtrType{ForLifetimes: lts}
	ft.Unsafe = p.eatKw("unsafe")
	if p.eatKw("extern") {
		ft.Extern = true
		if p.at(Str) {
			ft.Abi = p.lit(p.next())
		}
	}
	p.expectKw("fn")
	p.expect(OpenParen)
	for !p.at(CloseParen) {
		pstart := p.pos
		param := &Param{Attrs: p.parseOuterAttrs()}
		if p.eat(DotDotDot) {
			ft.Variadic = true
			break
		}
		if t := p.peek(); (isIdentTok(t) || isKw(t, "_")) && p.nth(1).Kind == Colon {
			param.Pat = p.parsePatNoTopAlt()
			p.expect(Colon)
		}
		param.Type = p.parseType()
		param.Span = p.span(pstart)
		ft.Params = append(ft.Params, param)
		if !p.eat(Comma) {
			break
		}
	}
	p.expect(CloseParen)
	if p.eat(RArrow) {
		ft.Ret = p.parseTypeNoPlus()
	}
	ft.Span = p.span(start)
	return ft
}

// setSpan sets the span of a node built before its extent was known.
func setSpan(n Node, sp Span) {
	type spanner interface{ setSpan(Span) }
	n.(spanner).setSpan(sp)
}

func (s *Spanned) setSpan(sp Span) { s.Span = sp }
