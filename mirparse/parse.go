// Package mirparse reads rustc's textual MIR into the mir IR.
//
// It accepts what rustc 1.95 prints with --emit=mir, -Zunpretty=mir and
// -Zdump-mir, and the older syntaxes still found in documentation and
// dumps (bare operands, 42usize literals, CheckedSub, `-> bb1` successors,
// Unevaluated(..) constants, {{initializer}} paths, `| ...` dump headers).
//
// The parser is recursive descent over an on-demand tokenizer, one item at
// a time. A syntax error is recorded with its position and the parser
// resumes at the next line that starts an item (items begin at column 0,
// bodies are indented), so one bad line never hides the rest of a file.
// After parsing, Resolve links names to what they denote (see resolve.go).
//
// Nesting of types, constants, places and scopes is bounded (MaxNesting):
// deeper input is a positioned syntax error, never a stack overflow.
// Types are interned by shape, so parsing stays linear in the depth.
package mirparse

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"mirlsp/mir"
)

// Error is a syntax or resolution error at a position of the source.
type Error struct {
	File      string
	Span      mir.Span
	Line, Col int // 1-based; Col counts bytes
	Msg       string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// ErrorList is the errors of one file, in source order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0].Error(), len(l)-1)
}

// Err returns l as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// MaxNesting bounds how deeply types, constants, places and scopes may
// nest in a MIR file: twice the Rust front end's limit on types
// (rustsrc/syntax.MaxTypeNesting), as a place's projections nest around
// its types (rustc 1.95 accepts tuples 127 deep, references 1,469 deep;
// see docs/nesting.md). Deeper input is a syntax error at the token that
// goes too deep, long before the stack is at risk.
const MaxNesting = 4096

// Parse parses and resolves a MIR file. It always returns a File holding
// every item that parsed; errs lists the syntax and resolution errors.
func Parse(name string, src []byte) (f *mir.File, errs ErrorList) {
	return parse(name, src, MaxNesting)
}

// parse is Parse with a nesting limit (benchmarks raise it to time deep
// input).
func parse(name string, src []byte, limit int) (f *mir.File, errs ErrorList) {
	p := newParser(name, src, limit)
	p.advance()
	p.parseFile()
	resolve(p)
	sort.SliceStable(p.errs, func(i, j int) bool { return p.errs[i].Span.Start < p.errs[j].Span.Start })
	p.fillPositions()
	return p.file, p.errs
}

func newParser(name string, src []byte, limit int) *parser {
	return &parser{name: name, lx: lexer{src: src, str: string(src)}, limit: limit,
		types: map[string]*mir.Ty{}, shapes: map[string]*mir.Ty{}, tyIDs: map[*mir.Ty]int{},
		file: &mir.File{Name: name, Allocs: map[int]*mir.Alloc{}}}
}

type parser struct {
	name string
	lx   lexer
	tok  token
	file *mir.File
	errs ErrorList

	// Type interning (see internTy): types by text, types with inner
	// types by shape, the number of each interned type, and the inner
	// types parsed so far, innermost last.
	types  map[string]*mir.Ty
	shapes map[string]*mir.Ty
	tyIDs  map[*mir.Ty]int
	inner  []innerTy
	tyOpen int    // parseTy calls in progress
	keyBuf []byte // scratch for shape keys

	depth, limit int // nesting of types, constants and places; its bound

	// Pending markers for the next item.
	ctfe       bool
	dump       string
	dumpHeader []string
	last       *mir.Item // the item allocation dumps attach to

	body      *mir.Body // the body being parsed
	itemStart int       // where the item being parsed starts
	lastEnd   int       // end of the last consumed token
}

// bailout is panicked to abandon the current item after a syntax error.
type bailout struct{}

// enter counts one level of nesting and fails, at the current token, past
// the limit. Its callers undo it with leave on return; after a bailout,
// the recovering code restores depth.
func (p *parser) enter() {
	p.depth++
	if p.depth > p.limit {
		t := p.tok
		p.errorAt(mir.Span{Start: t.start, End: t.end}, "nesting too deep: more than %d levels of types, constants, places or scopes", p.limit)
		panic(bailout{})
	}
}

func (p *parser) leave() { p.depth-- }

func (p *parser) advance() {
	p.lastEnd = p.tok.end
	p.tok = p.lx.next()
}

type mark struct {
	pos, lastEnd int
	tok          token
}

func (p *parser) mark() mark   { return mark{p.lx.pos, p.lastEnd, p.tok} }
func (p *parser) reset(m mark) { p.lx.pos, p.lastEnd, p.tok = m.pos, m.lastEnd, m.tok }
func (p *parser) peek() token  { save := p.lx.pos; t := p.lx.next(); p.lx.pos = save; return t }
func (p *parser) src() []byte  { return p.lx.src }
func (p *parser) text(s mir.Span) string {
	return p.lx.str[s.Start:s.End]
}

// prevEnd is the end of the last consumed token.
func (p *parser) prevEnd() int { return p.lastEnd }

// textFrom returns the source from start to the end of the last consumed
// token ("" when nothing was consumed).
func (p *parser) textFrom(start int) string {
	if p.lastEnd <= start {
		return ""
	}
	return p.lx.str[start:p.lastEnd]
}

func (p *parser) errorAt(s mir.Span, format string, args ...any) {
	p.errs = append(p.errs, &Error{File: p.name, Span: s, Msg: fmt.Sprintf(format, args...)})
}

// fail records an error at the current token and abandons the item.
func (p *parser) fail(format string, args ...any) {
	t := p.tok
	msg := fmt.Sprintf(format, args...)
	span := mir.Span{Start: t.start, End: t.end}
	switch {
	case t.bad:
		msg = t.val
	case t.kind == tEOF:
		msg += ", found end of file"
		span = mir.Span{Start: p.prevEnd(), End: p.prevEnd()}
	case t.col0 && t.start > p.itemStart:
		// The item was cut off: the next line starts a new item. Report
		// the error where the item ends and resume at that line.
		msg += ", found the end of the item"
		span = mir.Span{Start: p.prevEnd(), End: p.prevEnd()}
	default:
		msg += fmt.Sprintf(", found %s", describe(t))
	}
	p.errorAt(span, "%s", msg)
	panic(bailout{})
}

func describe(t token) string {
	switch t.kind {
	case tString:
		return "string literal"
	case tComment:
		return "comment"
	}
	s := t.text
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return "`" + s + "`"
}

func (p *parser) is(text string) bool {
	return (p.tok.kind == tPunct || p.tok.kind == tIdent) && p.tok.text == text
}

func (p *parser) isPunct(text string) bool { return p.tok.kind == tPunct && p.tok.text == text }

func (p *parser) got(text string) bool {
	if p.is(text) {
		p.advance()
		return true
	}
	return false
}

func (p *parser) expect(text string) token {
	if !p.is(text) {
		p.fail("expected `%s`", text)
	}
	t := p.tok
	p.advance()
	return t
}

func (p *parser) expectIdent() token {
	if p.tok.kind != tIdent {
		p.fail("expected identifier")
	}
	t := p.tok
	p.advance()
	return t
}

func (p *parser) expectInt() int {
	if p.tok.kind != tNumber {
		p.fail("expected number")
	}
	n, err := strconv.Atoi(p.tok.text)
	if err != nil || n < 0 {
		p.fail("expected a small integer")
	}
	p.advance()
	return n
}

// fillPositions computes line/column numbers of all errors.
func (p *parser) fillPositions() {
	if len(p.errs) == 0 {
		return
	}
	src := p.lx.src
	line, col, i := 1, 1, 0
	for _, e := range p.errs {
		if e.Span.Start < i {
			line, col, i = 1, 1, 0
		}
		for ; i < e.Span.Start && i < len(src); i++ {
			if src[i] == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
		}
		e.Line, e.Col = line, col
	}
}

// parseFile parses items until the end, recovering after errors.
func (p *parser) parseFile() {
	for p.tok.kind != tEOF {
		start := p.tok.start
		p.itemStart = start
		func() {
			defer func() {
				if r := recover(); r != nil {
					if _, ok := r.(bailout); !ok {
						panic(r)
					}
					p.depth, p.tyOpen, p.inner = 0, 0, p.inner[:0]
					p.sync(start)
				}
			}()
			p.parseItem()
		}()
	}
}

// sync skips to the next line, after the line of the error, that starts
// at column 0 with something that can begin an item.
func (p *parser) sync(itemStart int) {
	src := p.lx.src
	i := p.tok.start
	if p.tok.col0 && i > itemStart && p.tok.kind != tEOF && startsItem(src[i:]) {
		// Resume right at the line that starts the next item.
		p.lx.pos = i
		p.body = nil
		p.ctfe, p.dump, p.dumpHeader = false, "", nil
		p.advance()
		return
	}
	if i < itemStart {
		i = itemStart
	}
	// Move to the start of the next line.
	for i < len(src) && src[i] != '\n' {
		i++
	}
	for i < len(src) {
		i++ // past '\n'
		if i < len(src) && startsItem(src[i:]) {
			break
		}
		for i < len(src) && src[i] != '\n' {
			i++
		}
	}
	if i > len(src) {
		i = len(src)
	}
	p.lx.pos = i
	p.body = nil
	p.ctfe, p.dump, p.dumpHeader = false, "", nil
	p.advance()
}

// startsItem reports whether a line can begin an item.
func startsItem(line []byte) bool {
	if len(line) == 0 {
		return false
	}
	c := line[0]
	if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '}' {
		return false
	}
	return isIdentStart(c) || c == '/' || c == '<' || c == '|'
}

func (p *parser) parseItem() {
	t := p.tok
	if !t.col0 && t.kind != tEOF {
		p.fail("expected an item at the start of a line")
	}
	switch {
	case t.kind == tComment && strings.HasPrefix(t.text, "// MIR FOR CTFE"):
		p.ctfe = true
		p.advance()
		return
	case t.kind == tComment && strings.HasPrefix(t.text, "// MIR for "):
		p.dump = strings.TrimPrefix(t.text, "// ")
		p.advance()
		return
	case t.kind == tComment: // | header line
		p.dumpHeader = append(p.dumpHeader, t.text)
		p.advance()
		return
	case t.kind == tIdent && isAllocName(t.text):
		p.parseAllocDump()
		return
	}
	it := &mir.Item{Promoted: -1, CTFE: p.ctfe, Dump: p.dump, DumpHeader: p.dumpHeader}
	p.ctfe, p.dump, p.dumpHeader = false, "", nil
	it.Span.Start = t.start
	switch {
	case p.is("fn"):
		p.advance()
		it.Kind = mir.ItemFn
		p.parseFnItem(it)
	case p.is("const"):
		p.advance()
		it.Kind = mir.ItemConst
		it.ConstKeyword = true
		p.parseDataItem(it)
	case p.is("static"):
		p.advance()
		it.Kind = mir.ItemStatic
		if p.got("mut") {
			it.Kind = mir.ItemStaticMut
		}
		p.parseDataItem(it)
	case p.is("promoted") && p.peek().text == "[":
		// Old header: promoted[0] in main: &[&str; 2] = {
		p.parseOldPromoted(it)
	case t.kind == tIdent || t.kind == tBraced || p.isPunct("<"):
		it.Kind = mir.ItemAnonConst
		p.parseDataItem(it)
	default:
		p.fail("expected an item (fn, const, static or an allocation)")
	}
	it.Span.End = p.prevEnd()
	p.file.Items = append(p.file.Items, it)
	p.last = it
}

func isAllocName(s string) bool {
	if !strings.HasPrefix(s, "alloc") || len(s) == 5 {
		return false
	}
	for _, c := range s[5:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// parseFnItem parses `fn PATH(_1: T, ...) -> R [yields T] {body}`.
func (p *parser) parseFnItem(it *mir.Item) {
	it.Path, it.NameSpan = p.parseItemPath()
	it.Name = it.Path.Text
	b := &mir.Body{Span: mir.Span{Start: it.Span.Start}}
	p.body = b
	p.expect("(")
	p.ensureLocal(0)
	for !p.isPunct(")") {
		if n, ok := localNumber(p.tok); ok && n != b.ArgCount+1 {
			p.fail("expected parameter _%d", b.ArgCount+1)
		}
		loc := p.parseLocal()
		p.expect(":")
		ty := p.parseTy()
		p.ensureLocal(int(loc))
		b.Locals[loc] = &mir.LocalDecl{Ty: ty, Arg: true, Span: mir.Span{Start: p.tok.start, End: p.tok.start}}
		b.ArgCount++
		if !p.got(",") {
			break
		}
	}
	p.expect(")")
	p.expect("->")
	ret := p.parseTy()
	it.Ret = ret
	if p.is("yields") {
		p.advance()
		b.Yield = p.parseTy()
	}
	p.expect("{")
	p.parseBodyInner(b)
	if b.Locals[0] == nil {
		b.Locals[0] = &mir.LocalDecl{Ty: ret, Mut: true}
	}
	it.Body = b
	p.body = nil
}

// parseDataItem parses the rest of const/static/anon const/promoted
// headers: `PATH: T = {body}` or `PATH: T = const VALUE;`.
func (p *parser) parseDataItem(it *mir.Item) {
	path, span := p.parseItemPath()
	it.Path, it.NameSpan, it.Name = path, span, path.Text
	if n := len(path.Segs); n > 0 {
		last := path.Segs[n-1].Name
		switch {
		case strings.HasPrefix(last, "promoted["):
			it.Kind = mir.ItemPromoted
			it.Promoted, _ = strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(last, "promoted["), "]"))
		case strings.HasPrefix(last, "{constant#") || strings.HasPrefix(last, "{{constant}}") ||
			last == "{{initializer}}" || strings.HasPrefix(last, "{{constant"):
			if it.Kind == mir.ItemConst {
				it.Kind = mir.ItemAnonConst
			}
		}
	}
	p.expect(":")
	it.Ty = p.parseTy()
	p.expect("=")
	if p.is("const") {
		p.advance()
		it.Trivial = p.parseConst()
		p.expect(";")
		return
	}
	p.parseDataBody(it)
}

// parseDataBody parses `{ decls blocks }` of a data item whose return
// place has the item's type.
func (p *parser) parseDataBody(it *mir.Item) {
	p.expect("{")
	b := &mir.Body{Span: mir.Span{Start: it.Span.Start}}
	p.body = b
	p.ensureLocal(0)
	p.parseBodyInner(b)
	if b.Locals[0] == nil {
		b.Locals[0] = &mir.LocalDecl{Ty: it.Ty, Mut: true}
	}
	it.Body = b
	p.body = nil
}

// parseOldPromoted parses `promoted[0] in main: T = {`.
func (p *parser) parseOldPromoted(it *mir.Item) {
	start := p.tok.start
	p.advance()
	p.expect("[")
	n := p.expectInt()
	p.expect("]")
	p.expect("in")
	parent, _ := p.parseItemPath()
	it.Kind = mir.ItemPromoted
	it.Promoted = n
	it.NameSpan = mir.Span{Start: start, End: p.prevEnd()}
	it.Name = p.text(it.NameSpan)
	segs := append(append([]mir.PathSeg{}, parent.Segs...), mir.PathSeg{Name: fmt.Sprintf("promoted[%d]", n)})
	it.Path = &mir.Path{Segs: segs, Text: it.Name}
	p.expect(":")
	it.Ty = p.parseTy()
	p.expect("=")
	p.parseDataBody(it)
}

func (p *parser) ensureLocal(n int) {
	b := p.body
	if n > maxLocal {
		p.fail("local number too large")
	}
	for len(b.Locals) <= n {
		b.Locals = append(b.Locals, nil)
	}
}

// parseLocal parses `_N`.
func (p *parser) parseLocal() mir.Local {
	t := p.tok
	n, ok := localNumber(t)
	if !ok {
		p.fail("expected a local (_N)")
	}
	if n > maxLocal {
		p.fail("local number too large")
	}
	p.advance()
	return mir.Local(n)
}

// maxLocal bounds local numbers (rustc's bodies have a few thousand).
const maxLocal = 1 << 16

func localNumber(t token) (int, bool) {
	if t.kind != tIdent || len(t.text) < 2 || t.text[0] != '_' || len(t.text) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range t.text[1:] {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func blockNumber(t token) (int, bool) {
	if t.kind != tIdent || len(t.text) < 3 || !strings.HasPrefix(t.text, "bb") || len(t.text) > 10 {
		return 0, false
	}
	n := 0
	for _, c := range t.text[2:] {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// parseBodyInner parses declarations and blocks up to the closing brace.
func (p *parser) parseBodyInner(b *mir.Body) {
	p.parseDecls(b, 0, -1)
	for !p.isPunct("}") {
		n, ok := blockNumber(p.tok)
		if !ok {
			p.fail("expected a basic block (bbN) or `}`")
		}
		blk := &mir.Block{Index: n, Span: mir.Span{Start: p.tok.start}}
		p.advance()
		if p.got("(") {
			p.expect("cleanup")
			p.expect(")")
			blk.Cleanup = true
		}
		p.expect(":")
		p.expect("{")
		p.parseBlock(blk)
		blk.Span.End = p.tok.end
		p.expect("}")
		if n != len(b.Blocks) {
			p.errorAt(blk.Span, "basic block bb%d out of order (expected bb%d)", n, len(b.Blocks))
		}
		b.Blocks = append(b.Blocks, blk)
	}
	b.Span.End = p.tok.end
	p.expect("}")
}

// parseDecls parses debug/let/scope/coverage declarations of one scope.
func (p *parser) parseDecls(b *mir.Body, scope, parent int) {
	for {
		switch {
		case p.is("debug"):
			start := p.tok.start
			p.advance()
			// The name may be a composite ((a: (u32, u32)).0: u32): take
			// the text up to `=>`.
			// Its types may hold `;` ([i32; 8]), so only a `;` or `}`
			// outside brackets ends the declaration early.
			nameStart := p.tok.start
			depth := 0
			for depth > 0 || !p.isPunct("=>") {
				switch {
				case p.tok.kind == tEOF || depth <= 0 && (p.isPunct(";") || p.isPunct("}")):
					p.fail("expected `=>` in debug declaration")
				case p.isPunct("(") || p.isPunct("["):
					depth++
				case p.isPunct(")") || p.isPunct("]"):
					depth--
				}
				p.advance()
			}
			d := &mir.VarDebugInfo{Name: strings.TrimSpace(p.lx.str[nameStart:p.tok.start]), Scope: scope}
			p.advance()
			if p.is("const") {
				p.advance()
				d.Const = p.parseConst()
			} else {
				pl := p.parsePlace()
				d.Place = &pl
			}
			d.Span = mir.Span{Start: start, End: p.tok.end}
			p.expect(";")
			b.Debug = append(b.Debug, d)
		case p.is("let"):
			start := p.tok.start
			p.advance()
			d := &mir.LocalDecl{Scope: scope}
			if p.got("mut") {
				d.Mut = true
			}
			loc := p.parseLocal()
			p.expect(":")
			d.Ty = p.parseTy()
			for p.is("as") {
				p.advance()
				s := p.tok.start
				p.skipBalancedUntil(";")
				d.UserTy = append(d.UserTy, strings.TrimSpace(p.lx.str[s:p.tok.start]))
			}
			d.Span = mir.Span{Start: start, End: p.tok.end}
			p.expect(";")
			p.ensureLocal(int(loc))
			if b.Locals[loc] != nil && !b.Locals[loc].Arg {
				p.errorAt(d.Span, "local _%d declared twice", loc)
			}
			b.Locals[loc] = d
		case p.is("scope"):
			start := p.tok.start
			p.advance()
			sc := &mir.Scope{Index: p.expectInt(), Parent: parent}
			if p.isPunct("(") {
				s := p.tok.start
				p.skipBalanced()
				txt := p.textFrom(s)
				sc.Inlined = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(txt, "("), ")"))
				sc.Inlined = strings.TrimPrefix(sc.Inlined, "inlined ")
			}
			p.expect("{")
			sc.Span = mir.Span{Start: start, End: start}
			b.Scopes = append(b.Scopes, sc)
			p.enter()
			p.parseDecls(b, sc.Index, sc.Index)
			p.leave()
			sc.Span.End = p.tok.end
			p.expect("}")
		case p.is("coverage"):
			s := p.tok.start
			p.skipBalancedUntil(";")
			b.Coverage = append(b.Coverage, p.lx.str[s:p.tok.start])
			p.expect(";")
		default:
			return
		}
	}
}

// skipBalanced skips one bracketed group starting at the current token.
func (p *parser) skipBalanced() {
	depth := 0
	for {
		switch {
		case p.tok.kind == tEOF:
			p.fail("unbalanced brackets")
		case p.isPunct("(") || p.isPunct("[") || p.isPunct("{"):
			depth++
		case p.isPunct(")") || p.isPunct("]") || p.isPunct("}"):
			depth--
		}
		p.advance()
		if depth <= 0 {
			return
		}
	}
}

// skipBalancedUntil skips tokens until `stop` at bracket depth zero.
func (p *parser) skipBalancedUntil(stop string) {
	depth := 0
	for {
		switch {
		case p.tok.kind == tEOF:
			p.fail("expected `%s`", stop)
		case depth == 0 && p.isPunct(stop):
			return
		case p.isPunct("(") || p.isPunct("[") || p.isPunct("{") || p.isPunct("<"):
			depth++
		case p.isPunct(")") || p.isPunct("]") || p.isPunct("}") || p.isPunct(">"):
			depth--
			if depth < 0 {
				p.fail("expected `%s`", stop)
			}
		}
		p.advance()
	}
}

// parseBlock parses statements and the terminator of a block.
func (p *parser) parseBlock(blk *mir.Block) {
	for {
		// `// DBG: _2 = &_1;` statement debuginfo lines.
		var dbg []string
		for p.tok.kind == tComment && strings.HasPrefix(p.tok.text, "// DBG: ") {
			dbg = append(dbg, strings.TrimPrefix(p.tok.text, "// DBG: "))
			p.advance()
		}
		if p.isPunct("}") {
			p.fail("expected a terminator")
		}
		start := p.tok.start
		st, term := p.parseStmtOrTerm()
		if term != nil {
			term.Span = mir.Span{Start: start, End: p.prevEnd()}
			p.expect(";")
			blk.Dbg = dbg
			blk.Term = term
			if !p.isPunct("}") {
				p.fail("expected `}` after the terminator")
			}
			return
		}
		st.Span = mir.Span{Start: start, End: p.prevEnd()}
		if len(dbg) > 0 {
			st.SetExtra().Dbg = dbg
		}
		p.expect(";")
		blk.Stmts = append(blk.Stmts, st)
	}
}
