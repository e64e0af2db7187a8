// ty.go parses types and constants.

package mirparse

import (
	"encoding/binary"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"mirlsp/mir"
)

// intern returns the file's single *Ty for t.Text.
func (p *parser) intern(t *mir.Ty) *mir.Ty {
	if old, ok := p.types[t.Text]; ok {
		return old
	}
	p.types[t.Text] = t
	p.tyIDs[t] = len(p.tyIDs)
	return t
}

// innerTy is a type parsed inside the type being parsed: its source range
// and its number.
type innerTy struct{ start, end, id int }

// internTy interns a type parsed from start to the last consumed token,
// whose inner types are p.inner[mark:], and records it as an inner type of
// the type around it, if any.
//
// Hashing the whole text of every nested type would take time quadratic
// in the nesting depth (((u8,),),) hashes each level's text). Inner types
// are interned first, so the type's text is determined by the text
// between its inner types and their numbers: that shape is the key, and
// its size is the type's own tokens. Types without inner types are keyed
// by their text, like intern.
func (p *parser) internTy(t *mir.Ty, start, mark int) *mir.Ty {
	end := p.prevEnd()
	kids := p.inner[mark:]
	switch {
	case len(kids) == 0:
		t = p.intern(t)
	case !p.nested(kids, start, end):
		t = p.intern(t) // not expected: inner types out of order
	default:
		b := p.keyBuf[:0]
		pos := start
		for _, k := range kids {
			b = binary.AppendUvarint(b, uint64(k.start-pos))
			b = append(b, p.lx.str[pos:k.start]...)
			b = binary.AppendUvarint(b, uint64(k.id))
			pos = k.end
		}
		b = append(b, p.lx.str[pos:end]...)
		p.keyBuf = b
		if old, ok := p.shapes[string(b)]; ok {
			t = old
		} else {
			p.shapes[string(b)] = t
			p.tyIDs[t] = len(p.tyIDs)
		}
	}
	p.inner = p.inner[:mark]
	if p.tyOpen > 0 {
		p.inner = append(p.inner, innerTy{start, end, p.tyIDs[t]})
	}
	return t
}

// nested reports whether the inner types lie in order inside start..end.
func (p *parser) nested(kids []innerTy, start, end int) bool {
	for _, k := range kids {
		if k.start < start || k.end < k.start || k.end > end {
			return false
		}
		start = k.end
	}
	return true
}

// primTypes maps primitive type names to their kind and width.
var primTypes = map[string]mir.Ty{
	"bool": {Kind: mir.TyBool}, "char": {Kind: mir.TyChar}, "str": {Kind: mir.TyStr},
	"i8": {Kind: mir.TyInt, Bits: 8}, "i16": {Kind: mir.TyInt, Bits: 16}, "i32": {Kind: mir.TyInt, Bits: 32},
	"i64": {Kind: mir.TyInt, Bits: 64}, "i128": {Kind: mir.TyInt, Bits: 128}, "isize": {Kind: mir.TyInt},
	"u8": {Kind: mir.TyUint, Bits: 8}, "u16": {Kind: mir.TyUint, Bits: 16}, "u32": {Kind: mir.TyUint, Bits: 32},
	"u64": {Kind: mir.TyUint, Bits: 64}, "u128": {Kind: mir.TyUint, Bits: 128}, "usize": {Kind: mir.TyUint},
	"f16": {Kind: mir.TyFloat, Bits: 16}, "f32": {Kind: mir.TyFloat, Bits: 32}, "f64": {Kind: mir.TyFloat, Bits: 64},
	"f128": {Kind: mir.TyFloat, Bits: 128},
}

// primTy returns the interned primitive type of the given name.
func (p *parser) primTy(name string) *mir.Ty {
	t, ok := primTypes[name]
	if !ok {
		return nil
	}
	t.Text = name
	return p.intern(&t)
}

// parseTy parses a type.
func (p *parser) parseTy() *mir.Ty {
	p.enter()
	p.tyOpen++
	mark := len(p.inner)
	start := p.tok.start
	t := &mir.Ty{}
	switch {
	case p.isPunct("&"):
		p.advance()
		if p.tok.kind == tLifetime {
			p.advance()
		}
		t.Kind = mir.TyRef
		t.Mut = p.got("mut")
		t.Elem = p.parseTy()
	case p.isPunct("*"):
		p.advance()
		t.Kind = mir.TyRawPtr
		if p.got("mut") {
			t.Mut = true
		} else {
			p.expect("const")
		}
		t.Elem = p.parseTy()
	case p.isPunct("("):
		p.advance()
		t.Kind = mir.TyTuple
		for !p.isPunct(")") {
			t.Elems = append(t.Elems, p.parseTy())
			if !p.got(",") {
				break
			}
		}
		p.expect(")")
	case p.isPunct("["):
		p.advance()
		t.Elem = p.parseTy()
		if p.got(";") {
			t.Kind = mir.TyArray
			if p.tok.kind == tNumber && p.peek().text == "]" {
				n, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSuffix(p.tok.text, "usize"), "_"), 10, 64)
				if err != nil || n < 0 {
					p.fail("invalid array length")
				}
				t.Len, t.LenSet = n, true
				p.advance()
			} else {
				s := p.tok.start
				p.skipBalancedUntil("]")
				t.LenText = strings.TrimSpace(p.textFrom(s))
			}
		} else {
			t.Kind = mir.TySlice
		}
		p.expect("]")
	case p.isPunct("!"):
		p.advance()
		t.Kind = mir.TyNever
	case p.tok.kind == tBraced:
		t.Kind = mir.TyClosure
		p.advance()
	case p.is("fn") || p.is("unsafe") || p.is("extern") || p.is("for") && p.peek().text == "<":
		p.parseFnPtrTy(t)
	case p.is("dyn") || p.is("impl"):
		t.Kind = mir.TyDyn
		if p.is("impl") {
			t.Kind = mir.TyOther
		}
		p.advance()
		p.parseBounds()
	case p.isPunct("<"):
		t.Kind = mir.TyQualified
		t.Path, _ = p.parsePath(false)
	case p.tok.kind == tIdent:
		if pt, ok := primTypes[p.tok.text]; ok && p.peek().text != "::" {
			*t = pt
			p.advance()
			if p.is("is") {
				// Pattern type: u32 is 1..
				t.Kind = mir.TyOther
				p.skipBalancedUntilAny(",", ")", ">", ";", "]", "}", "=")
			}
			break
		}
		t.Kind = mir.TyAdt
		t.Path, _ = p.parsePath(false)
	default:
		p.fail("expected a type")
	}
	t.Text = p.textFrom(start)
	p.tyOpen--
	p.leave()
	return p.internTy(t, start, mark)
}

// parseFnPtrTy parses [for<'a>] [unsafe] [extern "C"] fn(A, B) -> R, and
// the fn item form fn(A) -> R {path}.
func (p *parser) parseFnPtrTy(t *mir.Ty) {
	s := p.tok.start
	if p.is("for") {
		p.advance()
		p.skipBalanced2("<", ">")
	}
	if p.got("unsafe") {
	}
	if p.got("extern") {
		if p.tok.kind == tString {
			p.advance()
		}
	}
	t.Prefix = p.lx.str[s:p.tok.start]
	p.expect("fn")
	t.Kind = mir.TyFnPtr
	p.expect("(")
	for !p.isPunct(")") {
		if p.isPunct("..") {
			p.advance()
			break
		}
		t.Elems = append(t.Elems, p.parseTy())
		if !p.got(",") {
			break
		}
	}
	p.expect(")")
	if p.got("->") {
		t.Ret = p.parseTy()
	}
	if p.isPunct("{") && p.tok.start == p.prevEnd()+1 && !p.peek().nl {
		p.advance()
		t.Kind = mir.TyFnDef
		t.Path, _ = p.parsePath(true)
		p.expect("}")
	}
}

// skipBalanced2 skips a group delimited by open/close punctuation.
func (p *parser) skipBalanced2(open, close string) {
	depth := 0
	for {
		switch {
		case p.tok.kind == tEOF:
			p.fail("expected `%s`", close)
		case p.isPunct(open):
			depth++
		case p.isPunct(close):
			depth--
		}
		p.advance()
		if depth <= 0 {
			return
		}
	}
}

// parseBounds parses trait bounds after dyn/impl: Tr<..> + Send + 'a.
func (p *parser) parseBounds() {
	for {
		switch {
		case p.tok.kind == tLifetime:
			p.advance()
		case p.isPunct("?"):
			p.advance()
			p.parsePath(false)
		case p.isPunct("("):
			p.skipBalanced()
		default:
			if p.is("for") && p.peek().text == "<" {
				p.advance()
				p.skipBalanced2("<", ">")
			}
			p.parsePath(false)
			if p.isPunct("(") && p.tok.start == p.prevEnd() { // Fn(u32) -> u32 sugar
				p.skipBalanced()
				if p.got("->") {
					p.parseTy()
				}
			}
		}
		if !p.got("+") {
			return
		}
	}
}

// parseConst parses a constant value (after the `const` keyword, or a
// field inside an ADT/tuple/array constant).
func (p *parser) parseConst() *mir.Const {
	p.enter()
	start := p.tok.start
	c := p.parseConstInner()
	c.Span = mir.Span{Start: start, End: p.prevEnd()}
	p.leave()
	return c
}

func (p *parser) parseConstInner() *mir.Const {
	t := p.tok
	switch {
	case t.kind == tNumber:
		return p.parseNumberConst(false)
	case p.isPunct("-") || p.isPunct("+"):
		neg := p.isPunct("-")
		p.advance()
		if p.tok.kind == tNumber {
			return p.parseNumberConst(neg)
		}
		if p.tok.kind == tIdent && strings.HasPrefix(p.tok.text, "Inf") {
			return p.parseFloatWord(p.lx.str[t.start:p.tok.end])
		}
		p.fail("expected a number")
	case t.kind == tIdent && (t.text == "true" || t.text == "false"):
		p.advance()
		c := &mir.Const{Kind: mir.ConstBool, Ty: p.primTy("bool")}
		if t.text == "true" {
			c.Int = mir.U128From(1)
		}
		return c
	case t.kind == tIdent && (strings.HasPrefix(t.text, "NaN") || strings.HasPrefix(t.text, "Inf")) && floatWordSuffix(t.text) != "":
		return p.parseFloatWord(t.text)
	case t.kind == tChar:
		p.advance()
		if t.bad {
			p.errorAt(mir.Span{Start: t.start, End: t.end}, "%s", t.val)
		}
		r, _ := utf8.DecodeRuneInString(t.val)
		return &mir.Const{Kind: mir.ConstChar, Int: mir.U128From(uint64(r)), Ty: p.primTy("char")}
	case t.kind == tString:
		if t.bad {
			p.fail("bad string")
		}
		p.advance()
		return &mir.Const{Kind: mir.ConstStr, Bytes: []byte(t.val)}
	case t.kind == tByteStr:
		if t.bad {
			p.fail("bad string")
		}
		p.advance()
		return &mir.Const{Kind: mir.ConstByteStr, Bytes: []byte(t.val)}
	case p.isPunct("*") && p.peek().kind == tByteStr:
		p.advance()
		c := p.parseConstInner()
		c.Deref = true
		return c
	case p.isPunct("("):
		p.advance()
		if p.got(")") {
			return &mir.Const{Kind: mir.ConstUnit, Ty: p.intern(&mir.Ty{Kind: mir.TyTuple, Text: "()"})}
		}
		return &mir.Const{Kind: mir.ConstTuple, Fields: p.parseConstList(")")}
	case p.isPunct("["):
		p.advance()
		return &mir.Const{Kind: mir.ConstArray, Fields: p.parseConstList("]")}
	case p.isPunct("{"):
		return p.parsePtrConst()
	case p.isPunct("<") && p.peek().text == "static":
		s := p.tok.start
		p.skipBalanced2("<", ">")
		return &mir.Const{Kind: mir.ConstStatic, Text: p.textFrom(s)}
	case t.kind == tIdent && t.text == "ZeroSized" && p.peek().text == ":":
		p.advance()
		p.advance()
		return &mir.Const{Kind: mir.ConstZeroSized, Ty: p.parseTy()}
	case t.kind == tIdent && (t.text == "Scalar" || t.text == "Evaluated" || t.text == "ConstValue" || t.text == "Indirect" || t.text == "Slice" || t.text == "Value") && p.peek().text == "(":
		return p.parseOldConst()
	case t.kind == tIdent && t.text == "Unevaluated" && p.peek().text == "(":
		s := p.tok.start
		p.advance()
		p.advance()
		path, _ := p.parsePath(true)
		p.skipBalancedUntil(")")
		p.expect(")")
		return &mir.Const{Kind: mir.ConstItem, Path: path, Old: true, Text: p.textFrom(s)}
	}
	if t.kind == tIdent || p.isPunct("<") || t.kind == tBraced {
		return p.parsePathConst()
	}
	p.fail("expected a constant")
	return nil
}

// parseConstList parses `c, c, ...` and the closing token.
func (p *parser) parseConstList(close string) []*mir.Const {
	var cs []*mir.Const
	for !p.isPunct(close) {
		cs = append(cs, p.parseConst())
		if !p.got(",") {
			break
		}
	}
	p.expect(close)
	return cs
}

// parsePathConst parses i32::MIN, FOO, Option::<u8>::Some(5_u8), P {{ x: 1_i32 }}.
func (p *parser) parsePathConst() *mir.Const {
	path, span := p.parsePath(true)
	if len(path.Segs) == 2 && (path.Segs[1].Name == "MIN" || path.Segs[1].Name == "MAX") && path.Segs[0].Args == nil {
		if ty := p.primTy(path.Segs[0].Name); ty != nil && ty.IsInteger() {
			return &mir.Const{Kind: mir.ConstInt, Ty: ty, Int: extremum(ty, path.Segs[1].Name == "MAX"), Named: true}
		}
	}
	switch {
	case p.isPunct("(") && p.tok.start == span.End:
		c := &mir.Const{Kind: mir.ConstAdt, Path: path}
		p.advance()
		for !p.isPunct(")") {
			c.Fields = append(c.Fields, p.parseConst())
			if !p.got(",") {
				break
			}
		}
		p.expect(")")
		return c
	case p.isPunct("{"):
		c := &mir.Const{Kind: mir.ConstAdt, Path: path, Braces: 1}
		p.advance()
		if p.isPunct("{") {
			p.advance()
			c.Braces = 2
		}
		p.parseFields(func(name string) {
			c.Names = append(c.Names, name)
			c.Fields = append(c.Fields, p.parseConst())
		})
		p.expect("}")
		if c.Braces == 2 {
			p.expect("}")
		}
		return c
	}
	return &mir.Const{Kind: mir.ConstItem, Path: path}
}

// extremum returns MIN or MAX of an integer type.
func extremum(ty *mir.Ty, max bool) mir.U128 {
	bits := ty.Bits
	if bits == 0 {
		bits = 64
	}
	var all mir.U128 // all ones in `bits` bits
	if bits >= 64 {
		all.Lo = ^uint64(0)
		if bits == 128 {
			all.Hi = ^uint64(0)
		}
	} else {
		all.Lo = 1<<uint(bits) - 1
	}
	if ty.Kind == mir.TyUint {
		if max {
			return all
		}
		return mir.U128{}
	}
	// Signed: MAX = all >> 1; MIN = ^MAX sign-extended to 128 bits.
	mx := mir.U128{Lo: all.Lo>>1 | all.Hi<<63, Hi: all.Hi >> 1}
	if max {
		return mx
	}
	return mir.U128{Lo: ^mx.Lo, Hi: ^mx.Hi}
}

// intSuffixes are the integer type suffixes, longest first.
var intSuffixes = []string{"isize", "usize", "i128", "u128", "i16", "i32", "i64", "u16", "u32", "u64", "i8", "u8"}
var floatSuffixes = []string{"f128", "f16", "f32", "f64"}

// splitSuffix splits 4096_usize / 42usize / 2.5f64 into digits, suffix.
func splitSuffix(s string) (num, suffix string, underscore bool) {
	for _, suf := range intSuffixes {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			num = s[:len(s)-len(suf)]
			return strings.TrimSuffix(num, "_"), suf, strings.HasSuffix(num, "_")
		}
	}
	if !strings.HasPrefix(s, "0x") {
		for _, suf := range floatSuffixes {
			if strings.HasSuffix(s, suf) && len(s) > len(suf) {
				num = s[:len(s)-len(suf)]
				return strings.TrimSuffix(num, "_"), suf, strings.HasSuffix(num, "_")
			}
		}
	}
	return s, "", false
}

// parseNumberConst parses an integer or float literal token.
func (p *parser) parseNumberConst(neg bool) *mir.Const {
	t := p.tok
	p.advance()
	num, suffix, underscore := splitSuffix(t.text)
	if strings.HasPrefix(suffix, "f") || strings.ContainsAny(num, ".eE") && !strings.HasPrefix(num, "0x") {
		text := t.text
		if neg {
			text = "-" + text
		}
		bitsz := 64
		if suffix == "f32" {
			bitsz = 32
		}
		c := &mir.Const{Kind: mir.ConstFloat, Text: text}
		if suffix != "" {
			c.Ty = p.primTy(suffix)
		}
		s := num
		if neg {
			s = "-" + s
		}
		f, err := strconv.ParseFloat(s, bitsz)
		if err != nil && !strings.Contains(err.Error(), "range") {
			p.errorAt(mir.Span{Start: t.start, End: t.end}, "invalid float literal `%s`", t.text)
		}
		c.Int = floatBits(f, bitsz)
		return c
	}
	v, ok := parseDecimal(strings.ReplaceAll(num, "_", ""))
	if !ok {
		p.errorAt(mir.Span{Start: t.start, End: t.end}, "invalid integer literal `%s`", t.text)
	}
	if neg {
		v = v.Neg()
	}
	c := &mir.Const{Kind: mir.ConstInt, Int: v, Old: suffix != "" && !underscore}
	if suffix != "" {
		c.Ty = p.primTy(suffix)
	}
	if p.is("is") {
		// A pattern-type value: 0_usize is 0..=9223372036854775807.
		p.advance()
		s := p.tok.start
		p.skipBalancedUntilAny(",", ")", "}", "]", ";")
		c.Pattern = p.textFrom(s)
	}
	return c
}

func floatBits(f float64, bitsz int) mir.U128 {
	if bitsz == 32 {
		return mir.U128From(uint64(math.Float32bits(float32(f))))
	}
	return mir.U128From(math.Float64bits(f))
}

func floatWordSuffix(s string) string {
	for _, suf := range floatSuffixes {
		if strings.HasSuffix(s, "_"+suf) {
			return suf
		}
	}
	return ""
}

// parseFloatWord parses NaN_f64, +Inf_f32, -Inf_f64 (text is the whole
// printed form) and consumes the word token.
func (p *parser) parseFloatWord(text string) *mir.Const {
	word := p.tok.text
	suf := floatWordSuffix(word)
	if suf == "" {
		p.fail("expected a float constant")
	}
	p.advance()
	bitsz := 64
	if suf == "f32" {
		bitsz = 32
	}
	var f float64
	switch {
	case strings.HasPrefix(word, "NaN"):
		f = math.NaN()
	case strings.HasPrefix(text, "-"):
		f = math.Inf(-1)
	default:
		f = math.Inf(1)
	}
	c := &mir.Const{Kind: mir.ConstFloat, Text: text, Ty: p.primTy(suf), Int: floatBits(f, bitsz)}
	if bitsz == 64 && math.IsNaN(f) {
		c.Int = mir.U128From(0x7ff8000000000000)
	} else if bitsz == 32 && math.IsNaN(f) {
		c.Int = mir.U128From(0x7fc00000)
	}
	return c
}

// parseDecimal parses an unsigned decimal or 0x hex number into a U128.
func parseDecimal(s string) (mir.U128, bool) {
	var v mir.U128
	if s == "" {
		return v, false
	}
	if strings.HasPrefix(s, "0x") {
		s = s[2:]
		if s == "" || len(s) > 32 {
			return v, false
		}
		for _, c := range []byte(s) {
			if !isHex(c) {
				return v, false
			}
			v = mir.U128{Lo: v.Lo<<4 | uint64(unhex(c)), Hi: v.Hi<<4 | v.Lo>>60}
		}
		return v, true
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return v, false
		}
		var ovf bool
		v, ovf = v.Mul10Add(uint64(c - '0'))
		if ovf {
			return v, false
		}
	}
	return v, true
}

// parsePtrConst parses the braced constant forms: {allocN: T},
// {allocN+0x4: T}, {0x0 as *const u8}, {transmute(0x01): T},
// {unreachable(): T}, {fn_path as fn(..)}.
func (p *parser) parsePtrConst() *mir.Const {
	s := p.tok.start
	p.expect("{")
	t := p.tok
	switch {
	case t.kind == tIdent && isAllocName(t.text):
		p.advance()
		c := &mir.Const{Kind: mir.ConstAlloc}
		c.Alloc, _ = strconv.Atoi(t.text[5:])
		if p.got("+") {
			v, ok := parseDecimal(p.tok.text)
			if p.tok.kind != tNumber || !ok || v.Hi != 0 {
				p.fail("expected an offset")
			}
			c.Offset = v.Lo
			p.advance()
		}
		if p.isPunct("<") && p.peek().text == "imm" {
			p.advance()
			p.advance()
			p.expect(">")
			c.Text = "<imm>"
		}
		p.expect(":")
		c.Ty = p.parseTy()
		p.expect("}")
		return c
	case t.kind == tNumber && strings.HasPrefix(t.text, "0x"):
		v, ok := parseDecimal(t.text)
		if !ok {
			p.fail("invalid address")
		}
		p.advance()
		p.expect("as")
		c := &mir.Const{Kind: mir.ConstIntPtr, Int: v, Text: t.text}
		c.Ty = p.parseTy()
		p.expect("}")
		return c
	case t.kind == tIdent && (t.text == "transmute" || t.text == "unreachable") && p.peek().text == "(":
		p.advance()
		as := p.tok.start
		p.skipBalanced()
		arg := p.textFrom(as)
		p.expect(":")
		c := &mir.Const{Kind: mir.ConstTransmute, Text: strings.TrimSuffix(strings.TrimPrefix(arg, "("), ")")}
		if t.text == "unreachable" {
			c.Kind = mir.ConstUnreachable
		} else if v, ok := parseDecimal(c.Text); ok {
			c.Int = v
		}
		c.Ty = p.parseTy()
		p.expect("}")
		return c
	}
	// {fn_path as fn(..)}, or an unknown form kept as text.
	m := p.mark()
	if t.kind == tIdent || p.isPunct("<") || t.kind == tBraced {
		var res *mir.Const
		if p.try(func() bool {
			path, _ := p.parsePath(true)
			if !p.is("as") {
				return false
			}
			p.advance()
			ty := p.parseTy()
			if !p.isPunct("}") {
				return false
			}
			p.advance()
			res = &mir.Const{Kind: mir.ConstFnPtr, Path: path, Ty: ty}
			return true
		}) {
			return res
		}
	}
	p.reset(m)
	p.lx.pos = s
	p.advance()
	p.skipBalanced()
	return &mir.Const{Kind: mir.ConstOpaque, Text: p.textFrom(s)}
}

// parseOldConst keeps an old debug-printed constant as text:
// Scalar(0x02): T, Evaluated(..), ConstValue(..), with an optional type.
func (p *parser) parseOldConst() *mir.Const {
	s := p.tok.start
	p.advance()
	p.skipBalanced()
	c := &mir.Const{Kind: mir.ConstScalar}
	if p.isPunct(":") {
		p.advance()
		c.Ty = p.parseTy()
	}
	c.Text = p.textFrom(s)
	return c
}
