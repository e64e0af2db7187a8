// items.go parses items, attributes, visibilities and token trees.

package syntax

// parseItems parses items until end (EOF or `}`), recovering from errors
// item by item.
func (p *parser) parseItems(end Kind) []Item {
	var items []Item
	for !p.at(end) && !p.at(EOF) {
		if p.at(Semi) {
			p.errorAt(p.peek().Span, "expected item, found `;`")
			p.next()
			continue
		}
		start := p.pos
		var it Item
		if !p.guard(func() { it = p.parseItem() }) {
			p.skip(start, false)
			bad := &BadItem{}
			bad.Span = p.span(start)
			it = bad
		}
		items = append(items, it)
	}
	return items
}

func (p *parser) parseItem() Item {
	start := p.pos
	attrs := p.parseOuterAttrs()
	it := p.parseItemRest(start, attrs)
	if it == nil {
		p.fail("expected item, found " + p.peek().String())
	}
	return it
}

// atItemStart reports whether the tokens ahead start an item rather than a
// statement expression.
func (p *parser) atItemStart() bool {
	t, n1, n2 := p.peek(), p.nth(1), p.nth(2)
	if t.Kind != IdentTok || t.Raw() {
		return false
	}
	switch t.Text {
	case "pub", "fn", "struct", "enum", "trait", "impl", "mod", "use", "type", "extern":
		return true
	case "const":
		return !(n1.Kind == OpenBrace || n1.Kind == Or || n1.Kind == OrOr || isKw(n1, "move") || isKw(n1, "async") && !isKw(n2, "fn") && !isKw(n2, "unsafe"))
	case "static":
		return !(n1.Kind == Or || n1.Kind == OrOr || isKw(n1, "move") || isKw(n1, "async"))
	case "unsafe":
		return n1.Kind != OpenBrace
	case "async":
		return isKw(n1, "fn") || isKw(n1, "unsafe") || isKw(n1, "extern")
	case "union":
		return isIdentTok(n1)
	case "auto":
		return isKw(n1, "trait")
	case "default":
		return n1.Kind == IdentTok && !n1.Raw() && (itemKeywords[n1.Text] || n1.Text == "fn" || n1.Text == "type")
	case "safe":
		return isKw(n1, "fn") || isKw(n1, "static")
	case "macro_rules":
		return n1.Kind == Not && n2.Kind == IdentTok
	case "macro":
		return isIdentTok(n1)
	}
	return false
}

// parseItemRest parses an item after its outer attributes; it returns nil
// (consuming nothing but a visibility) if no item starts here.
func (p *parser) parseItemRest(start int, attrs []*Attr) Item {
	p.enter()
	defer p.leave()
	base := ItemBase{Attrs: attrs, Vis: p.parseVis()}
	it := p.parseItemKind(&base)
	if it == nil {
		return nil
	}
	b := it.Base()
	b.Attrs, b.Vis = base.Attrs, base.Vis
	b.Span = p.span(start)
	return it
}

func (p *parser) parseItemKind(base *ItemBase) Item {
	t := p.peek()
	n1 := p.nth(1)
	if t.Kind != IdentTok || t.Raw() {
		return p.parseMacroItem()
	}
	switch t.Text {
	case "use":
		p.next()
		u := &Use{Tree: p.parseUseTree()}
		p.expect(Semi)
		return u
	case "struct":
		p.next()
		return p.parseStruct()
	case "enum":
		p.next()
		return p.parseEnum()
	case "union":
		if isIdentTok(n1) {
			p.next()
			u := &Union{Name: p.ident()}
			u.Generics = p.parseGenerics()
			p.parseWhere(u.Generics)
			u.Fields = p.parseNamedFields()
			return u
		}
	case "type":
		p.next()
		return p.parseTypeAlias(false)
	case "trait":
		p.next()
		return p.parseTrait(false, false)
	case "auto":
		if isKw(n1, "trait") {
			p.next()
			p.next()
			return p.parseTrait(false, true)
		}
	case "impl":
		p.next()
		return p.parseImpl(false, false)
	case "mod":
		p.next()
		return p.parseMod(false)
	case "extern":
		if isKw(n1, "crate") {
			p.next()
			p.next()
			ec := &ExternCrate{}
			if p.atKw("self") {
				t := p.next()
				ec.Name = Ident{Name: t.Text, Span: t.Span}
			} else {
				ec.Name = p.ident()
			}
			if p.eatKw("as") {
				r := p.identOrUnderscore()
				ec.Rename = &r
			}
			p.expect(Semi)
			return ec
		}
	case "macro_rules":
		if n1.Kind == Not && p.nth(2).Kind == IdentTok {
			p.next()
			p.next()
			m := &MacroRules{}
			nt := p.next()
			m.Name = Ident{Name: nt.Text, Span: nt.Span, Raw: nt.Raw()}
			if !isOpen(p.peek().Kind) {
				p.fail("expected `{`, `[` or `(` after macro_rules! name, found " + p.peek().String())
			}
			m.Body = p.parseTokenTree()
			if m.Body.Delim != DelimBrace {
				p.expect(Semi)
			}
			return m
		}
	case "macro":
		if isIdentTok(n1) {
			p.next()
			m := &MacroDef{Name: p.ident()}
			if p.at(OpenParen) {
				m.Body = append(m.Body, p.parseTokenTree())
			}
			if !p.at(OpenBrace) {
				p.fail("expected `{`, found " + p.peek().String())
			}
			m.Body = append(m.Body, p.parseTokenTree())
			return m
		}
	case "static":
		if !(n1.Kind == Or || n1.Kind == OrOr || isKw(n1, "move")) {
			p.next()
			return p.parseStatic("")
		}
	case "const":
		if isIdentTok(n1) || isKw(n1, "_") {
			p.next()
			return p.parseConst(false)
		}
	}
	return p.parseQualifiedItem()
}

// parseQualifiedItem parses items that may start with qualifiers: fns,
// impls, traits, extern blocks, unsafe modules, extern statics.
func (p *parser) parseQualifiedItem() Item {
	var def bool
	var h FnHeader
	any := false
	for {
		t, n1 := p.peek(), p.nth(1)
		switch {
		case isKw(t, "default") && n1.Kind == IdentTok && !n1.Raw() && n1.Text != "default":
			def = true
		case isKw(t, "const") && (isKw(n1, "fn") || isKw(n1, "unsafe") || isKw(n1, "async") || isKw(n1, "extern") || isKw(n1, "safe")):
			h.Const = true
		case isKw(t, "async"):
			h.Async = true
		case isKw(t, "unsafe"):
			h.Unsafe = true
		case isKw(t, "safe") && (isKw(n1, "fn") || isKw(n1, "static")):
			h.Safe = true
		case isKw(t, "extern") && !isKw(n1, "crate"):
			h.Extern = true
			p.next()
			if p.at(Str) {
				h.Abi = p.lit(p.next())
			}
			any = true
			continue
		default:
			goto done
		}
		p.next()
		any = true
	}
done:
	t := p.peek()
	switch {
	case isKw(t, "fn"):
		p.next()
		return p.parseFn(def, h)
	case isKw(t, "impl"):
		p.next()
		return p.parseImpl(def, h.Unsafe)
	case isKw(t, "trait"):
		p.next()
		return p.parseTrait(h.Unsafe, false)
	case isKw(t, "auto") && isKw(p.nth(1), "trait"):
		p.next()
		p.next()
		return p.parseTrait(h.Unsafe, true)
	case isKw(t, "mod"):
		p.next()
		return p.parseMod(h.Unsafe)
	case t.Kind == OpenBrace && h.Extern:
		eb := &ExternBlock{Unsafe: h.Unsafe, Abi: h.Abi}
		p.next()
		eb.InnerAttrs = p.parseInnerAttrs()
		eb.Items = p.parseItems(CloseBrace)
		p.expect(CloseBrace)
		return eb
	case isKw(t, "static"):
		p.next()
		safety := ""
		if h.Safe {
			safety = "safe"
		} else if h.Unsafe {
			safety = "unsafe"
		}
		return p.parseStatic(safety)
	case isKw(t, "const") && def:
		p.next()
		return p.parseConst(true)
	case isKw(t, "type") && def:
		p.next()
		return p.parseTypeAlias(true)
	}
	if any {
		p.fail("expected `fn`, found " + t.String())
	}
	return p.parseMacroItem()
}

// parseMacroItem parses path!(..); path![..]; or path!{..} in item
// position, or returns nil if there is none.
func (p *parser) parseMacroItem() Item {
	if !p.atPathStart() {
		return nil
	}
	start := p.pos
	path := p.parsePath(modeExpr)
	if !p.at(Not) {
		p.pos = start
		return nil
	}
	mac := p.parseMacCall(start, path)
	if mac.Delim != DelimBrace {
		p.expect(Semi)
	}
	return &MacroItem{Mac: mac}
}

// parseMacCall parses `! (tokens)` after a macro path.
func (p *parser) parseMacCall(start int, path *Path) *MacCall {
	p.expect(Not)
	if !isOpen(p.peek().Kind) {
		p.fail("expected one of `(`, `[`, or `{`, found " + p.peek().String())
	}
	tt := p.parseTokenTree()
	m := &MacCall{Path: path, Delim: tt.Delim, Args: tt.Trees}
	m.Span = p.span(start)
	return m
}

func (p *parser) identOrUnderscore() Ident {
	if t := p.peek(); t.Kind == IdentTok && t.Text == "_" {
		p.next()
		return Ident{Name: "_", Span: t.Span}
	}
	return p.ident()
}

func (p *parser) parseFn(def bool, h FnHeader) *Fn {
	f := &Fn{Default: def, Header: h}
	f.Name = p.ident()
	f.Generics = p.parseGenerics()
	p.expect(OpenParen)
	first := true
	for !p.at(CloseParen) {
		pstart := p.pos
		attrs := p.parseOuterAttrs()
		if first {
			if sp := p.parseSelfParam(pstart, attrs); sp != nil {
				f.Self = sp
				first = false
				if !p.at(CloseParen) {
					p.expect(Comma)
				}
				continue
			}
		}
		first = false
		param := &Param{Attrs: attrs}
		if p.at(DotDotDot) {
			p.next()
			param.Span = p.span(pstart)
			f.Variadic = param
		} else if p.ed2015 && !p.namedParam() {
			// Rust 2015's anonymous parameter: a type alone.
			param.Type = p.parseType()
			param.Span = p.span(pstart)
			param.Pat = &WildPat{Spanned{Span: param.Span}}
			f.Params = append(f.Params, param)
		} else {
			param.Pat = p.parsePatNoTopAlt()
			p.expect(Colon)
			if p.at(DotDotDot) {
				p.next()
				param.Span = p.span(pstart)
				f.Variadic = param
			} else {
				param.Type = p.parseType()
				param.Span = p.span(pstart)
				f.Params = append(f.Params, param)
			}
		}
		if !p.at(CloseParen) {
			p.expect(Comma)
		}
	}
	p.expect(CloseParen)
	if p.eat(RArrow) {
		f.Ret = p.parseType()
	}
	p.parseWhere(f.Generics)
	if !p.eat(Semi) {
		if !p.at(OpenBrace) {
			p.fail("expected `{` or `;`, found " + p.peek().String())
		}
		f.Body = p.parseBlock()
	}
	return f
}

// parseSelfParam parses a self parameter if one is ahead.
func (p *parser) parseSelfParam(start int, attrs []*Attr) *SelfParam {
	isSelf := func(t Token) bool { return isKw(t, "self") }
	notPath := func(i int) bool { return p.nth(i).Kind != PathSep }
	sp := &SelfParam{Attrs: attrs}
	switch {
	case isSelf(p.peek()) && notPath(1):
		p.next()
	case isKw(p.peek(), "mut") && isSelf(p.nth(1)) && notPath(2):
		p.next()
		p.next()
		sp.Mut = true
	case p.at(And) && (isSelf(p.nth(1)) && notPath(2) ||
		isKw(p.nth(1), "mut") && isSelf(p.nth(2)) && notPath(3) ||
		p.nth(1).Kind == LifetimeTok && (isSelf(p.nth(2)) && notPath(3) || isKw(p.nth(2), "mut") && isSelf(p.nth(3)) && notPath(4))):
		p.next()
		sp.Kind = SelfRef
		if p.at(LifetimeTok) {
			l := p.lifetime()
			sp.Lifetime = &l
		}
		sp.Mut = p.eatKw("mut")
		p.next()
	default:
		return nil
	}
	if sp.Kind == SelfValue && p.eat(Colon) {
		sp.Kind = SelfExplicit
		sp.Type = p.parseType()
	}
	sp.Span = p.span(start)
	return sp
}

func (p *parser) lifetime() Label {
	t := p.expect(LifetimeTok)
	return Label{Name: t.Text, Span: t.Span, Raw: t.Raw()}
}

func (p *parser) parseConst(def bool) *Const {
	c := &Const{Default: def, Name: p.identOrUnderscore()}
	c.Generics = p.parseGenerics()
	if p.eat(Colon) {
		c.Type = p.parseType()
	} else {
		p.fail("missing type for `const` item")
	}
	if p.eatSplit(Eq) {
		c.Value = p.parseExpr()
	}
	p.parseWhere(c.Generics)
	p.expect(Semi)
	return c
}

func (p *parser) parseStatic(safety string) *Static {
	s := &Static{Safety: safety}
	s.Mut = p.eatKw("mut")
	s.Name = p.ident()
	if !p.eat(Colon) {
		p.fail("missing type for `static` item")
	}
	s.Type = p.parseType()
	if p.eatSplit(Eq) {
		s.Value = p.parseExpr()
	}
	p.expect(Semi)
	return s
}

func (p *parser) parseStruct() *Struct {
	s := &Struct{Name: p.ident()}
	s.Generics = p.parseGenerics()
	switch {
	case p.at(OpenParen):
		s.Kind = TupleVariant
		s.Fields = p.parseTupleFields()
		p.parseWhere(s.Generics)
		p.expect(Semi)
	default:
		p.parseWhere(s.Generics)
		if p.eat(Semi) {
			s.Kind = UnitVariant
			break
		}
		s.Kind = StructVariant
		s.Fields = p.parseNamedFields()
	}
	return s
}

func (p *parser) parseNamedFields() []*FieldDef {
	p.expect(OpenBrace)
	var fields []*FieldDef
	p.commaList(CloseBrace, func() {
		start := p.pos
		f := &FieldDef{Attrs: p.parseOuterAttrs()}
		f.Vis = p.parseVis()
		f.Unsafe = p.eatKw("unsafe")
		f.Name = p.ident()
		p.expect(Colon)
		f.Type = p.parseType()
		if p.eatSplit(Eq) {
			f.Default = p.parseExpr()
		}
		f.Span = p.span(start)
		fields = append(fields, f)
	})
	return fields
}

func (p *parser) parseTupleFields() []*FieldDef {
	p.expect(OpenParen)
	var fields []*FieldDef
	p.commaList(CloseParen, func() {
		start := p.pos
		f := &FieldDef{Attrs: p.parseOuterAttrs()}
		f.Vis = p.parseVis()
		f.Type = p.parseType()
		f.Span = p.span(start)
		fields = append(fields, f)
	})
	return fields
}

func (p *parser) parseEnum() *Enum {
	e := &Enum{Name: p.ident()}
	e.Generics = p.parseGenerics()
	p.parseWhere(e.Generics)
	p.expect(OpenBrace)
	p.commaList(CloseBrace, func() {
		start := p.pos
		v := &Variant{Attrs: p.parseOuterAttrs()}
		v.Vis = p.parseVis()
		v.Name = p.ident()
		switch {
		case p.at(OpenParen):
			v.Kind = TupleVariant
			v.Fields = p.parseTupleFields()
		case p.at(OpenBrace):
			v.Kind = StructVariant
			v.Fields = p.parseNamedFields()
		}
		if p.eatSplit(Eq) {
			v.Discriminant = p.parseExpr()
		}
		v.Span = p.span(start)
		e.Variants = append(e.Variants, v)
	})
	return e
}

func (p *parser) parseTypeAlias(def bool) *TypeAlias {
	t := &TypeAlias{Default: def, Name: p.ident()}
	t.Generics = p.parseGenerics()
	if p.eat(Colon) {
		t.Bounds = p.parseBounds(true)
	}
	p.parseWhere(t.Generics)
	if p.eatSplit(Eq) {
		t.Type = p.parseType()
	}
	p.parseWhere(t.Generics)
	p.expect(Semi)
	return t
}

func (p *parser) parseTrait(unsafe, auto bool) *Trait {
	t := &Trait{Unsafe: unsafe, Auto: auto, Name: p.ident()}
	t.Generics = p.parseGenerics()
	if p.eat(Colon) {
		t.Supertraits = p.parseBounds(true)
	}
	if p.eatSplit(Eq) {
		t.Alias = true
		t.Supertraits = p.parseBounds(true)
		p.parseWhere(t.Generics)
		p.expect(Semi)
		return t
	}
	p.parseWhere(t.Generics)
	p.expect(OpenBrace)
	t.InnerAttrs = p.parseInnerAttrs()
	t.Items = p.parseItems(CloseBrace)
	p.expect(CloseBrace)
	return t
}

// implHasGenerics tells `impl<T> X` from `impl <T as Tr>::X {}`.
func (p *parser) implHasGenerics() bool {
	if !p.at(Lt) {
		return false
	}
	n1, n2 := p.nth(1), p.nth(2)
	switch {
	case n1.Kind == Gt || n1.Kind == Pound || n1.Kind == LifetimeTok || isKw(n1, "const"):
		return true
	case n1.Kind == IdentTok:
		return n2.Kind == Gt || n2.Kind == Comma || n2.Kind == Colon || n2.Kind == Eq || n2.Kind == Ge || n2.Kind == Shr
	}
	return false
}

func (p *parser) parseImpl(def, unsafe bool) *Impl {
	im := &Impl{Default: def, Unsafe: unsafe}
	if p.implHasGenerics() {
		im.Generics = p.parseGenerics()
	} else {
		im.Generics = &Generics{}
		im.Generics.Span = Span{Start: p.lastEnd, End: p.lastEnd}
	}
	if p.atKw("const") {
		p.next()
		im.Const = true
	}
	if p.at(Not) {
		p.next()
		im.Negative = true
	}
	ty := p.parseTypeNoPlus()
	if p.eatKw("for") {
		pt, ok := ty.(*PathType)
		if !ok {
			p.errorAt(ty.NodeSpan(), "expected a trait, found type")
		} else {
			im.Trait = pt.Path
		}
		if p.pre2021 {
			// Rust 2015 and 2018: a bare trait object `Tr + 'a`.
			im.SelfType = p.parseType()
		} else {
			im.SelfType = p.parseTypeNoPlus()
		}
	} else {
		if im.Negative {
			p.errorAt(ty.NodeSpan(), "inherent impls cannot be negative")
		}
		im.SelfType = ty
	}
	p.parseWhere(im.Generics)
	p.expect(OpenBrace)
	im.InnerAttrs = p.parseInnerAttrs()
	im.Items = p.parseItems(CloseBrace)
	p.expect(CloseBrace)
	return im
}

func (p *parser) parseMod(unsafe bool) *Mod {
	m := &Mod{Unsafe: unsafe, Name: p.ident()}
	if p.eat(Semi) {
		return m
	}
	m.Inline = true
	p.expect(OpenBrace)
	m.InnerAttrs = p.parseInnerAttrs()
	m.Items = p.parseItems(CloseBrace)
	p.expect(CloseBrace)
	return m
}

func (p *parser) parseUseTree() *UseTree {
	p.enter()
	defer p.leave()
	start := p.pos
	tree := &UseTree{}
	var path *Path
	addSeg := func(t Token) {
		if path == nil {
			path = &Path{}
			path.Span.Start = p.toks[start].Span.Start
		}
		path.Segments = append(path.Segments, &PathSegment{Spanned: Spanned{Span: t.Span}, Name: Ident{Name: t.Text, Span: t.Span, Raw: t.Raw()}})
		path.Span.End = t.Span.End
	}
	if p.at(PathSep) {
		p.next()
		path = &Path{Global: true}
		path.Span = p.span(start)
	}
	for {
		t := p.peek()
		switch {
		case t.Kind == Star:
			p.next()
			tree.Kind = UseGlob
		case t.Kind == OpenBrace:
			p.next()
			tree.Kind = UseGroup
			for !p.at(CloseBrace) {
				tree.Trees = append(tree.Trees, p.parseUseTree())
				if !p.eat(Comma) {
					break
				}
			}
			p.expect(CloseBrace)
		case isIdentTok(t) || isKw(t, "self") || isKw(t, "super") || isKw(t, "crate") || isKw(t, "Self"):
			p.next()
			addSeg(t)
			if p.at(PathSep) {
				p.next()
				continue
			}
			if p.eatKw("as") {
				r := p.identOrUnderscore()
				tree.Rename = &r
			}
		default:
			p.fail("expected identifier, `*` or `{`, found " + t.String())
		}
		break
	}
	tree.Prefix = path
	tree.Span = p.span(start)
	return tree
}

// ---- visibility, attributes, token trees ----

func (p *parser) parseVis() Visibility {
	if !p.atKw("pub") {
		at := p.peek().Span.Start
		return Visibility{Spanned: Spanned{Span: Span{Start: at, End: at}}}
	}
	start := p.pos
	p.next()
	v := Visibility{Kind: VisPub}
	if p.at(OpenParen) {
		n1, n2 := p.nth(1), p.nth(2)
		switch {
		case (isKw(n1, "crate") || isKw(n1, "self") || isKw(n1, "super")) && n2.Kind == CloseParen:
			p.next()
			v.Kind = map[string]VisKind{"crate": VisCrate, "self": VisSelf, "super": VisSuper}[n1.Text]
			p.next()
			p.next()
		case isKw(n1, "in"):
			p.next()
			p.next()
			v.Kind = VisIn
			v.Path = p.parsePath(modeMod)
			p.expect(CloseParen)
		}
	}
	v.Span = p.span(start)
	return v
}

func (p *parser) parseOuterAttrs() []*Attr {
	var attrs []*Attr
	for {
		t := p.peek()
		switch {
		case t.Kind == DocComment:
			if t.Flags&FlagInner != 0 {
				p.errorAt(t.Span, "expected outer doc comment")
			}
			p.next()
			attrs = append(attrs, &Attr{Spanned: Spanned{Span: t.Span}, Doc: true, DocText: t.Text})
		case t.Kind == Pound && p.nth(1).Kind == OpenBrack:
			attrs = append(attrs, p.parseAttr(false))
		case t.Kind == Pound && p.nth(1).Kind == Not && p.nth(2).Kind == OpenBrack:
			p.errorAt(t.Span, "an inner attribute is not permitted in this context")
			attrs = append(attrs, p.parseAttr(true))
		default:
			return attrs
		}
	}
}

func (p *parser) parseInnerAttrs() []*Attr {
	var attrs []*Attr
	for {
		t := p.peek()
		switch {
		case t.Kind == DocComment && t.Flags&FlagInner != 0:
			p.next()
			attrs = append(attrs, &Attr{Spanned: Spanned{Span: t.Span}, Inner: true, Doc: true, DocText: t.Text})
		case t.Kind == Pound && p.nth(1).Kind == Not && p.nth(2).Kind == OpenBrack:
			attrs = append(attrs, p.parseAttr(true))
		default:
			return attrs
		}
	}
}

func (p *parser) parseAttr(inner bool) *Attr {
	start := p.pos
	p.expect(Pound)
	if inner {
		p.expect(Not)
	}
	p.expect(OpenBrack)
	a := &Attr{Inner: inner}
	if t := p.peek(); t.Kind == IdentTok && !t.Raw() && IsKeyword(t.Text) && t.Text != "self" && t.Text != "super" && t.Text != "crate" && t.Text != "Self" {
		// #[unsafe(no_mangle)], #[doc = ..] etc.: keywords as attribute names.
		p.next()
		a.Path = &Path{Spanned: Spanned{Span: t.Span}, Segments: []*PathSegment{{Spanned: Spanned{Span: t.Span}, Name: Ident{Name: t.Text, Span: t.Span}}}}
	} else {
		a.Path = p.parsePath(modeMod)
	}
	for !p.at(CloseBrack) && !p.at(EOF) {
		a.Args = append(a.Args, p.parseTokenTree())
	}
	p.expect(CloseBrack)
	a.Span = p.span(start)
	return a
}

func delimOf(k Kind) Delim {
	switch k {
	case OpenParen:
		return DelimParen
	case OpenBrack:
		return DelimBracket
	case OpenBrace:
		return DelimBrace
	}
	return NoDelim
}

// parseTokenTree parses one token or one delimited group, iteratively so
// that deep nesting cannot exhaust the stack.
func (p *parser) parseTokenTree() TokenTree {
	t := p.next()
	if !isOpen(t.Kind) {
		return TokenTree{Tok: t, Span: t.Span}
	}
	stack := []TokenTree{{Tok: t, Delim: delimOf(t.Kind), Span: t.Span}}
	for {
		t := p.next()
		switch {
		case isOpen(t.Kind):
			if p.depth+len(stack) >= MaxNesting {
				// Later stages walk token trees recursively.
				p.pos--
				p.tooDeep()
			}
			stack = append(stack, TokenTree{Tok: t, Delim: delimOf(t.Kind), Span: t.Span})
		case isClose(t.Kind) || t.Kind == EOF:
			top := stack[len(stack)-1]
			top.Span.End = t.Span.End
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				return top
			}
			stack[len(stack)-1].Trees = append(stack[len(stack)-1].Trees, top)
		default:
			stack[len(stack)-1].Trees = append(stack[len(stack)-1].Trees, TokenTree{Tok: t, Span: t.Span})
		}
	}
}

// namedParam reports whether a pattern and `:` come next (Rust 2015's
// parameters may be a type alone); the parser does not move.
func (p *parser) namedParam() bool {
	pos, lastEnd, nerr, failPos := p.pos, p.lastEnd, len(p.errs), p.failPos
	ok := p.guard(func() {
		p.parsePatNoTopAlt()
		if !p.at(Colon) || p.nth(1).Kind == Colon {
			p.fail("no `:`")
		}
	})
	p.pos, p.lastEnd, p.errs, p.failPos = pos, lastEnd, p.errs[:nerr], failPos
	return ok
}
