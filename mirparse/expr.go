// expr.go parses places, operands, rvalues and paths.

package mirparse

import (
	"strings"

	"mirlsp/mir"
)

// parsePlace parses a place: _N, (*P), (P.N: T), (P as V), P[_N], ...
func (p *parser) parsePlace() mir.Place {
	p.enter()
	defer p.leave()
	var pl mir.Place
	switch {
	case p.isPunct("("):
		p.advance()
		if p.got("*") {
			pl = p.parsePlace()
			p.expect(")")
			pl.Proj = append(pl.Proj, mir.Proj{Kind: mir.ProjDeref, VariantIdx: -1})
			break
		}
		pl = p.parsePlace()
		switch {
		case p.isPunct("."):
			p.advance()
			f := p.expectInt()
			p.expect(":")
			ty := p.parseTy()
			pl.Proj = append(pl.Proj, mir.Proj{Kind: mir.ProjField, Field: f, Ty: ty, VariantIdx: -1})
		case p.is("as"):
			p.advance()
			pr := mir.Proj{VariantIdx: -1}
			switch {
			case p.is("subtype"):
				p.advance()
				pr.Kind, pr.Ty = mir.ProjSubtype, p.parseTy()
			case p.is("variant") && p.peek().text == "#":
				p.advance()
				p.advance()
				pr.Kind, pr.VariantIdx = mir.ProjDowncast, p.expectInt()
			case p.tok.kind == tIdent && p.peek().text == ")":
				pr.Kind, pr.Variant = mir.ProjDowncast, p.tok.text
				p.advance()
			default:
				pr.Kind, pr.Ty = mir.ProjOpaqueCast, p.parseTy()
			}
			pl.Proj = append(pl.Proj, pr)
		default:
			p.fail("expected `.` or `as` in place")
		}
		p.expect(")")
	case p.is("unwrap_binder") && p.peek().text == "!":
		p.advance()
		p.advance()
		p.expect("(")
		pl = p.parsePlace()
		p.expect(";")
		ty := p.parseTy()
		p.expect(")")
		pl.Proj = append(pl.Proj, mir.Proj{Kind: mir.ProjUnwrapBinder, Ty: ty, VariantIdx: -1})
	default:
		pl.Local = p.parseLocal()
	}
	for p.isPunct("[") {
		p.advance()
		pr := mir.Proj{VariantIdx: -1}
		switch {
		case p.tok.kind == tIdent:
			pr.Kind, pr.Index = mir.ProjIndex, p.parseLocal()
		case p.isPunct("-"):
			p.advance()
			pr.Kind, pr.FromEnd = mir.ProjConstIndex, true
			pr.Offset = uint64(p.expectInt())
			p.expect("of")
			pr.MinLen = uint64(p.expectInt())
		case p.isPunct(":"):
			// [:-b]
			p.advance()
			p.expect("-")
			pr.Kind, pr.FromEnd = mir.ProjSubslice, true
			pr.MinLen = uint64(p.expectInt())
		default:
			a := uint64(p.expectInt())
			switch {
			case p.got("of"):
				pr.Kind, pr.Offset, pr.MinLen = mir.ProjConstIndex, a, uint64(p.expectInt())
			case p.got(".."):
				pr.Kind, pr.Offset, pr.MinLen = mir.ProjSubslice, a, uint64(p.expectInt())
			case p.got(":"):
				pr.Kind, pr.Offset, pr.FromEnd = mir.ProjSubslice, a, true
				if p.got("-") {
					pr.MinLen = uint64(p.expectInt())
				}
			default:
				p.fail("expected `of`, `..` or `:` in place projection")
			}
		}
		p.expect("]")
		pl.Proj = append(pl.Proj, pr)
	}
	return pl
}

// unaryOps are the unary rvalues written as calls: Not(x), Neg(x).
var unaryOps = map[string]mir.UnOp{"Not": mir.UnNot, "Neg": mir.UnNeg, "PtrMetadata": mir.UnPtrMetadata}

// parseOperand parses copy P, move P, const C, a runtime check, an old
// bare place, or a fn item path.
func (p *parser) parseOperand() mir.Operand {
	start := p.tok.start
	op := p.parseOperandInner()
	op.Span = mir.Span{Start: start, End: p.prevEnd()}
	return op
}

func (p *parser) parseOperandInner() mir.Operand {
	var noRetag bool
	if p.is("no_retag") {
		p.advance()
		noRetag = true
	}
	switch {
	case p.is("copy"):
		p.advance()
		return mir.Operand{Kind: mir.OpCopy, Place: p.parsePlace(), NoRetag: noRetag}
	case p.is("move"):
		p.advance()
		return mir.Operand{Kind: mir.OpMove, Place: p.parsePlace(), NoRetag: noRetag}
	case p.is("const"):
		p.advance()
		return mir.Operand{Kind: mir.OpConst, Const: p.parseConst()}
	case p.tok.kind == tIdent && mir.RuntimeCheckNamed(p.tok.text) != 0 && p.peek().text != "(":
		c := mir.RuntimeCheckNamed(p.tok.text)
		p.advance()
		return mir.Operand{Kind: mir.OpRuntime, Runtime: c}
	case p.isPunct("("), p.is("unwrap_binder"):
		return mir.Operand{Kind: mir.OpCopy, Place: p.parsePlace(), Bare: true}
	}
	if _, ok := localNumber(p.tok); ok {
		return mir.Operand{Kind: mir.OpCopy, Place: p.parsePlace(), Bare: true}
	}
	if p.tok.kind == tIdent || p.isPunct("<") || p.tok.kind == tBraced {
		path, span := p.parsePath(true)
		return mir.Operand{Kind: mir.OpConst, Const: &mir.Const{Kind: mir.ConstFn, Path: path, Span: span}}
	}
	p.fail("expected an operand")
	return mir.Operand{}
}

var nullaryOps = map[string]bool{"SizeOf": true, "AlignOf": true, "OffsetOf": true, "UbChecks": true,
	"ContractChecks": true, "Box": true, "NullaryOp": true}

// parseRvalue parses the right-hand side of an assignment.
func (p *parser) parseRvalue() *mir.Rvalue {
	t := p.tok
	switch {
	case p.isPunct("["):
		p.advance()
		if p.got("]") {
			return &mir.Rvalue{Kind: mir.RvAggregate, Agg: &mir.Aggregate{Kind: mir.AggArray}}
		}
		first := p.parseOperand()
		if p.got(";") {
			rv := &mir.Rvalue{Kind: mir.RvRepeat, A: first}
			rv.Count = p.parseArrayLen("]")
			p.expect("]")
			return rv
		}
		ops := []mir.Operand{first}
		for p.got(",") {
			if p.isPunct("]") {
				break
			}
			ops = append(ops, p.parseOperand())
		}
		p.expect("]")
		return &mir.Rvalue{Kind: mir.RvAggregate, Agg: &mir.Aggregate{Kind: mir.AggArray, Ops: ops}}
	case p.isPunct("&"):
		return p.parseRef()
	case p.isPunct("*") && (p.peek().text == "const" || p.peek().text == "mut"):
		p.advance()
		agg := &mir.Aggregate{Kind: mir.AggRawPtr, Mut: p.tok.text == "mut"}
		p.advance()
		rv := &mir.Rvalue{Kind: mir.RvAggregate, Agg: agg}
		rv.Ty = p.parseTy()
		p.expect("from")
		p.expect("(")
		agg.Ops = append(agg.Ops, p.parseOperand())
		p.expect(",")
		agg.Ops = append(agg.Ops, p.parseOperand())
		p.expect(")")
		return rv
	case p.isPunct("("):
		m := p.mark()
		if ok := p.tryPlaceThen(";", "as", "->", "("); ok {
			p.reset(m)
			return p.finishOperandRvalue(p.parseOperand())
		}
		p.reset(m)
		p.advance()
		agg := &mir.Aggregate{Kind: mir.AggTuple}
		for !p.isPunct(")") {
			agg.Ops = append(agg.Ops, p.parseOperand())
			if !p.got(",") {
				break
			}
		}
		p.expect(")")
		return &mir.Rvalue{Kind: mir.RvAggregate, Agg: agg}
	case t.kind == tBraced && (strings.HasPrefix(t.text, "{") || strings.HasPrefix(t.text, "[")) && !strings.HasPrefix(t.text, "<"):
		p.advance()
		agg := &mir.Aggregate{Kind: mir.AggClosure, Text: t.text}
		if strings.Contains(t.text, "coroutine@") || strings.Contains(t.text, "async") || strings.Contains(t.text, "generator@") || strings.Contains(t.text, "gen ") {
			agg.Kind = mir.AggCoroutine
		}
		if p.isPunct("{") {
			p.parseNamedOps(agg)
		}
		return &mir.Rvalue{Kind: mir.RvAggregate, Agg: agg}
	case t.kind == tIdent:
		next := p.peek().text
		switch {
		case t.text == "deref_copy":
			p.advance()
			return &mir.Rvalue{Kind: mir.RvCopyForDeref, Place: p.parsePlace()}
		case t.text == "copy" || t.text == "move" || t.text == "const" || t.text == "no_retag":
			return p.finishOperandRvalue(p.parseOperand())
		case next == "(":
			if op, ok := mir.BinOpByName[t.text]; ok {
				m := p.mark()
				p.advance()
				p.advance()
				a := p.parseOperand()
				if p.got(",") {
					b := p.parseOperand()
					if p.got(")") && !p.isPunct("->") {
						return &mir.Rvalue{Kind: mir.RvBinary, Op: op, A: a, B: b}
					}
				}
				p.reset(m)
				break
			}
			switch t.text {
			case "Not", "Neg", "PtrMetadata":
				p.advance()
				p.advance()
				rv := &mir.Rvalue{Kind: mir.RvUnary, Un: unaryOps[t.text]}
				rv.A = p.parseOperand()
				p.expect(")")
				return rv
			case "discriminant":
				p.advance()
				p.advance()
				rv := &mir.Rvalue{Kind: mir.RvDiscriminant, Place: p.parsePlace()}
				p.expect(")")
				return rv
			case "Len":
				p.advance()
				p.advance()
				rv := &mir.Rvalue{Kind: mir.RvLen, Place: p.parsePlace()}
				p.expect(")")
				return rv
			case "ShallowInitBox":
				p.advance()
				p.advance()
				rv := &mir.Rvalue{Kind: mir.RvShallowInitBox, A: p.parseOperand()}
				p.expect(",")
				rv.Ty = p.parseTy()
				p.expect(")")
				return rv
			}
			if nullaryOps[t.text] {
				p.advance()
				s := p.tok.start
				p.skipBalanced()
				return &mir.Rvalue{Kind: mir.RvNullary, Nullary: t.text, Rare: &mir.RvalueRare{Text: p.textFrom(s)}}
			}
		case t.text == "wrap_binder" && next == "!":
			p.advance()
			p.advance()
			p.expect("(")
			rv := &mir.Rvalue{Kind: mir.RvWrapBinder, A: p.parseOperand()}
			p.expect(";")
			rv.Ty = p.parseTy()
			p.expect(")")
			return rv
		case mir.RuntimeCheckNamed(t.text) != 0:
			return p.finishOperandRvalue(p.parseOperand())
		}
		if _, ok := localNumber(t); ok {
			return p.finishOperandRvalue(p.parseOperand())
		}
	}
	if t.kind == tIdent || p.isPunct("<") || t.kind == tBraced {
		return p.parsePathRvalue()
	}
	p.fail("expected an rvalue")
	return nil
}

// tryPlaceThen reports whether a place parses here and is followed by
// one of the given tokens. The caller resets the position.
func (p *parser) tryPlaceThen(follow ...string) bool {
	return p.try(func() bool {
		p.parsePlace()
		for _, f := range follow {
			if p.is(f) {
				return true
			}
		}
		return false
	})
}

// try runs a speculative parse. A syntax error inside it is not
// recorded; the result is false then. The caller resets the position
// when the result is false.
func (p *parser) try(f func() bool) (ok bool) {
	nerr, depth, tyOpen, inner := len(p.errs), p.depth, p.tyOpen, len(p.inner)
	defer func() {
		if r := recover(); r != nil {
			if _, isBail := r.(bailout); !isBail {
				panic(r)
			}
			p.errs = p.errs[:nerr]
			p.depth, p.tyOpen, p.inner = depth, tyOpen, p.inner[:inner]
			ok = false
		}
	}()
	return f()
}

// finishOperandRvalue turns an operand into Use or a Cast.
func (p *parser) finishOperandRvalue(op mir.Operand) *mir.Rvalue {
	if !p.is("as") {
		return &mir.Rvalue{Kind: mir.RvUse, A: op}
	}
	p.advance()
	rv := &mir.Rvalue{Kind: mir.RvCast, A: op}
	rv.Ty = p.parseTy()
	p.expect("(")
	name := p.expectIdent().text
	if k, ok := mir.CastKindByName[name]; ok && (k != mir.CastPointerCoercion || p.isPunct("(")) {
		rv.Cast = k
		if k == mir.CastPointerCoercion {
			s := p.tok.start
			p.skipBalanced()
			rv.Coercion = strings.TrimSuffix(strings.TrimPrefix(p.textFrom(s), "("), ")")
		}
	} else {
		// An older cast kind: Misc, Pointer(Unsize), PointerExposeAddress, ...
		s := p.tok.start
		if p.isPunct("(") {
			p.skipBalanced()
		}
		rv.Cast = mir.CastOther
		rv.Coercion = name + p.textFrom(s)
	}
	p.expect(")")
	return rv
}

// parseRef parses &p, &mut p, &fake [shallow] p, &raw const|mut [(fake)] p,
// &'r p and &/*tls*/ [mut] path.
func (p *parser) parseRef() *mir.Rvalue {
	amp := p.tok
	if hasPrefix(p.src()[amp.end:], "/*tls*/") {
		p.advance()
		rv := &mir.Rvalue{Kind: mir.RvThreadLocalRef}
		if p.got("mut") {
			rv.Borrow = mir.BorrowMut
		}
		rv.Path, _ = p.parsePath(true)
		return rv
	}
	p.advance()
	rv := &mir.Rvalue{Kind: mir.RvRef}
	if p.tok.kind == tLifetime {
		rv.SetExtra().Region = p.tok.text
		p.advance()
	}
	switch {
	case p.is("raw") && (p.peek().text == "const" || p.peek().text == "mut"):
		p.advance()
		rv.Kind = mir.RvRawPtr
		if p.got("mut") {
			rv.Borrow = mir.BorrowMut
		} else {
			p.expect("const")
			if p.isPunct("(") && p.peek().text == "fake" {
				p.advance()
				p.advance()
				p.expect(")")
				rv.Borrow = mir.BorrowFake
			}
		}
	case p.is("mut") && !isLocalTok(p.tok):
		p.advance()
		rv.Borrow = mir.BorrowMut
	case p.is("fake"):
		p.advance()
		rv.Borrow = mir.BorrowFake
		if p.got("shallow") {
			rv.Borrow = mir.BorrowFakeShallow
		}
	}
	rv.Place = p.parsePlace()
	return rv
}

func isLocalTok(t token) bool { _, ok := localNumber(t); return ok }

// parsePathRvalue parses an rvalue that starts with a path: an ADT
// aggregate (unit, tuple or braced), a fn item cast, or a callee.
func (p *parser) parsePathRvalue() *mir.Rvalue {
	path, span := p.parsePath(true)
	if p.is("as") {
		op := mir.Operand{Kind: mir.OpConst, Const: &mir.Const{Kind: mir.ConstFn, Path: path, Span: span}, Span: span}
		return p.finishOperandRvalue(op)
	}
	agg := &mir.Aggregate{Kind: mir.AggAdt, Path: path, PathSpan: span}
	switch {
	case p.isPunct("("):
		agg.Parens = true
		p.advance()
		for !p.isPunct(")") {
			agg.Ops = append(agg.Ops, p.parseOperand())
			if !p.got(",") {
				break
			}
		}
		p.expect(")")
	case p.isPunct("{"):
		p.parseNamedOps(agg)
	}
	return &mir.Rvalue{Kind: mir.RvAggregate, Agg: agg}
}

// parseNamedOps parses `{ name: op, ... }`.
func (p *parser) parseNamedOps(agg *mir.Aggregate) {
	p.expect("{")
	agg.Named = true
	p.parseFields(func(name string) {
		agg.Fields = append(agg.Fields, name)
		agg.Ops = append(agg.Ops, p.parseOperand())
	})
	p.expect("}")
}

// parseFields parses `name: value, ...` up to a closing brace; value
// parses each value after its name.
func (p *parser) parseFields(value func(name string)) {
	for !p.isPunct("}") {
		name := p.tok
		if name.kind != tIdent && name.kind != tNumber {
			p.fail("expected a field name")
		}
		p.advance()
		p.expect(":")
		value(name.text)
		if !p.got(",") {
			break
		}
	}
}

// parseArrayLen parses a repeat count or array length up to `stop`.
func (p *parser) parseArrayLen(stop string) *mir.Const {
	start := p.tok.start
	if p.tok.kind == tNumber && p.peek().text == stop {
		c := p.parseNumberConst(false)
		c.Span = mir.Span{Start: start, End: p.prevEnd()}
		return c
	}
	if p.is("const") {
		p.advance()
		c := p.parseConst()
		return c
	}
	p.skipBalancedUntil(stop)
	return &mir.Const{Kind: mir.ConstOpaque, Text: strings.TrimSpace(p.textFrom(start)),
		Span: mir.Span{Start: start, End: p.prevEnd()}}
}

// parsePath parses a path. value selects value-path context (turbofish
// generic arguments are the norm there; plain `<` is accepted in both).
func (p *parser) parsePath(value bool) (*mir.Path, mir.Span) {
	start := p.tok.start
	path := &mir.Path{}
	for {
		var seg mir.PathSeg
		t := p.tok
		switch {
		case t.kind == tBraced:
			seg.Name = t.text
			p.advance()
		case p.isPunct("<"):
			s := p.tok.start
			p.advance()
			if p.is("impl") {
				// <impl u32> (an inherent impl segment) or
				// <impl FnMut() -> u32 as FnMut<()>> (a qualified path).
				p.advance()
				ts := p.tok.start
				if p.tok.kind == tIdent {
					p.parseBounds()
				} else {
					p.parseTy()
				}
				if p.got("for") {
					// <impl Trait<..> for Type> (a trait impl segment).
					p.parseTy()
				}
				if p.got("as") {
					seg.QSelf = p.intern(&mir.Ty{Kind: mir.TyOther, Text: "impl " + p.textFrom(ts)})
					seg.QTrait, _ = p.parsePath(false)
				}
				p.expect(">")
			} else {
				seg.QSelf = p.parseTy()
				if p.got("as") {
					seg.QTrait, _ = p.parsePath(false)
				}
				p.expect(">")
			}
			seg.Name = p.textFrom(s)
		case p.isPunct("{"):
			// {constant#0}, {closure#0}, {{initializer}}, {{constant}}#0
			s := p.tok.start
			p.skipBalanced()
			if p.isPunct("#") && p.tok.start == p.prevEnd() {
				p.advance()
				p.expectInt()
			}
			seg.Name = p.textFrom(s)
		case t.kind == tNumber && len(path.Segs) > 0:
			// A field's anon const: Bytes::0::{constant#0}.
			p.advance()
			seg.Name = t.text
		case t.kind == tIdent:
			p.advance()
			seg.Name = t.text
			if t.text == "promoted" && p.isPunct("[") {
				p.advance()
				p.expectInt()
				p.expect("]")
				seg.Name = p.textFrom(t.start)
			}
		default:
			p.fail("expected a path")
		}
		// Generic arguments: Name<..> or Name::<..>.
		if p.isPunct("<") && seg.QSelf == nil && t.kind == tIdent && p.tok.start == p.prevEnd() {
			seg.Args = p.parseGenericArgs()
		} else if p.isPunct("::") && p.peek().text == "<" {
			m := p.mark()
			p.advance()
			if p.peek().text == "impl" && !hasPrefix(p.src()[p.tok.start:], "<impl at ") {
				p.reset(m)
			} else if p.tok.kind == tBraced {
				p.reset(m)
			} else {
				seg.Args = p.parseGenericArgs()
			}
		}
		path.Segs = append(path.Segs, seg)
		if !p.isPunct("::") {
			break
		}
		nt := p.peek()
		if !(nt.kind == tIdent || nt.kind == tBraced || nt.text == "<" || nt.text == "{" || nt.kind == tNumber) {
			break
		}
		p.advance()
	}
	span := mir.Span{Start: start, End: p.prevEnd()}
	path.Text = p.lx.str[span.Start:span.End]
	return path, span
}

// parseGenericArgs parses `<T, 'a, 3_usize, ...>`.
func (p *parser) parseGenericArgs() []*mir.Ty {
	p.expect("<")
	var args []*mir.Ty
	for !p.isPunct(">") {
		switch {
		case p.tok.kind == tLifetime:
			args = append(args, p.intern(&mir.Ty{Kind: mir.TyOther, Text: p.tok.text}))
			p.advance()
		case p.tok.kind == tIdent && p.peek().text == "=":
			// Associated type binding: Output = u32.
			s := p.tok.start
			p.advance()
			p.advance()
			p.parseTy()
			args = append(args, p.intern(&mir.Ty{Kind: mir.TyOther, Text: p.textFrom(s)}))
		case p.tok.kind == tNumber || p.isPunct("-") || p.isPunct("{") || p.tok.kind == tChar || p.is("true") || p.is("false"):
			s := p.tok.start
			p.skipBalancedUntilAny(",", ">")
			args = append(args, p.intern(&mir.Ty{Kind: mir.TyOther, Text: strings.TrimSpace(p.textFrom(s))}))
		default:
			args = append(args, p.parseTy())
		}
		if !p.got(",") {
			break
		}
	}
	p.expect(">")
	return args
}

// skipBalancedUntilAny skips until one of the stops at depth zero.
func (p *parser) skipBalancedUntilAny(stops ...string) {
	depth := 0
	for {
		if p.tok.kind == tEOF {
			p.fail("unexpected end of file")
		}
		if depth == 0 {
			for _, s := range stops {
				if p.isPunct(s) {
					return
				}
			}
		}
		switch {
		case p.isPunct("(") || p.isPunct("[") || p.isPunct("{"):
			depth++
		case p.isPunct(")") || p.isPunct("]") || p.isPunct("}"):
			depth--
			if depth < 0 {
				p.fail("unbalanced brackets")
			}
		}
		p.advance()
	}
}

// parseItemPath parses the path of an item header.
func (p *parser) parseItemPath() (*mir.Path, mir.Span) { return p.parsePath(true) }
