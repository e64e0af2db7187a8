// scan.go is the lexer: source text to a balanced slice of tokens.

package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits src into tokens, ending with an EOF token. Comments other
// than doc comments are dropped. Delimiters in the result are balanced: a
// missing closer is inserted (FlagSynth) and a stray one dropped, each with
// an error. Errors carry spans but no line positions (see Lines).
func Tokenize(src string) ([]Token, ErrorList) {
	// Rust code averages well under one token per three bytes.
	s := &scanner{src: src, toks: make([]Token, 0, len(src)/3+16)}
	s.run()
	indents := s.markLines()
	toks, errs := s.balance(indents, false)
	if len(errs) > 0 {
		toks, errs = s.balance(indents, true)
	}
	return toks, append(s.errs, errs...)
}

type scanner struct {
	src  string
	pos  int
	toks []Token
	errs ErrorList
}

func (s *scanner) errorf(start, end int, msg string) {
	s.errs = append(s.errs, Error{Span: Span{Start: start, End: end}, Msg: msg})
}

func (s *scanner) emit(k Kind, start int, flags uint8, suffix int) {
	s.toks = append(s.toks, Token{Kind: k, Flags: flags, Suffix: uint16(suffix),
		Span: Span{Start: start, End: s.pos}, Text: s.src[start:s.pos]})
}

func (s *scanner) peekByte(i int) byte {
	if s.pos+i < len(s.src) {
		return s.src[s.pos+i]
	}
	return 0
}

func (s *scanner) peekRune(i int) rune {
	if s.pos+i >= len(s.src) {
		return -1
	}
	c := s.src[s.pos+i]
	if c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeRuneInString(s.src[s.pos+i:])
	return r
}

func isIdentStart(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIdentContinue(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Nl, unicode.Mn,
		unicode.Mc, unicode.Pc, unicode.Other_ID_Start, unicode.Other_ID_Continue)
}

// isWhitespace is Rust's Pattern_White_Space.
func isWhitespace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0x200e, 0x200f, 0x2028, 0x2029:
		return true
	}
	return false
}

// identEnd returns the end of the identifier characters starting at i.
func (s *scanner) identEnd(i int) int {
	for i < len(s.src) {
		c := s.src[i]
		if c < utf8.RuneSelf {
			if !isIdentContinue(rune(c)) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s.src[i:])
		if !isIdentContinue(r) {
			break
		}
		i += n
	}
	return i
}

func (s *scanner) startsIdent(i int) bool {
	if i >= len(s.src) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.src[i:])
	return isIdentStart(r)
}

func (s *scanner) run() {
	src := s.src
	if strings.HasPrefix(src, "\ufeff") {
		s.pos = 3
	}
	s.shebang()
	for {
		// Whitespace.
		for s.pos < len(src) {
			c := src[s.pos]
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
				s.pos++
				continue
			}
			if c >= utf8.RuneSelf {
				r, n := utf8.DecodeRuneInString(src[s.pos:])
				if isWhitespace(r) {
					s.pos += n
					continue
				}
			} else if c == '\v' || c == '\f' {
				s.pos++
				continue
			}
			break
		}
		if s.pos >= len(src) {
			break
		}
		start := s.pos
		c := src[s.pos]
		switch {
		case c == '/' && s.peekByte(1) == '/':
			s.lineComment()
		case c == '/' && s.peekByte(1) == '*':
			s.blockComment()
		case c >= '0' && c <= '9':
			s.number()
		case c == '\'':
			s.quote()
		case c == '"':
			s.pos++
			s.str(start, Str)
		case c == 'r' && (s.peekByte(1) == '"' || s.peekByte(1) == '#' && (s.peekByte(2) == '"' || s.peekByte(2) == '#')):
			s.pos++
			s.rawStr(start, Str)
		case c == 'r' && s.peekByte(1) == '#' && s.startsIdent(s.pos+2):
			s.pos = s.identEnd(s.pos + 2)
			name := src[start+2 : s.pos]
			if name == "_" || name == "crate" || name == "self" || name == "super" || name == "Self" {
				s.errorf(start, s.pos, "`"+name+"` cannot be a raw identifier")
			}
			s.toks = append(s.toks, Token{Kind: IdentTok, Flags: FlagRaw, Span: Span{Start: start, End: s.pos}, Text: name})
		case c == 'b' && s.peekByte(1) == '\'':
			s.pos += 2
			s.charBody(start, Byte)
		case c == 'b' && s.peekByte(1) == '"':
			s.pos += 2
			s.str(start, ByteStr)
		case c == 'b' && s.peekByte(1) == 'r' && (s.peekByte(2) == '"' || s.peekByte(2) == '#'):
			s.pos += 2
			s.rawStr(start, ByteStr)
		case c == 'c' && s.peekByte(1) == '"':
			s.pos += 2
			s.str(start, CStr)
		case c == 'c' && s.peekByte(1) == 'r' && (s.peekByte(2) == '"' || s.peekByte(2) == '#'):
			s.pos += 2
			s.rawStr(start, CStr)
		case c < utf8.RuneSelf && isIdentStart(rune(c)) || c >= utf8.RuneSelf && s.startsIdent(s.pos):
			s.pos = s.identEnd(s.pos)
			s.emit(IdentTok, start, 0, 0)
			if s.pos < len(src) && (src[s.pos] == '#' || src[s.pos] == '"' || src[s.pos] == '\'') &&
				s.toks[len(s.toks)-1].Text != "_" {
				// Rust 2021 reserves every `prefix#`, `prefix"` and `prefix'`.
				s.errorf(start, s.pos+1, "prefix `"+src[start:s.pos]+"` is unknown")
			}
		default:
			s.punct()
		}
	}
	s.toks = append(s.toks, Token{Kind: EOF, Span: Span{Start: len(src), End: len(src)}})
}

// shebang skips a `#!` first line that is not an inner attribute.
func (s *scanner) shebang() {
	rest := s.src[s.pos:]
	if !strings.HasPrefix(rest, "#!") {
		return
	}
	// `#![` (after whitespace and comments) is an inner attribute.
	i := 2
	for i < len(rest) {
		switch {
		case rest[i] == ' ' || rest[i] == '\t' || rest[i] == '\n' || rest[i] == '\r':
			i++
			continue
		case strings.HasPrefix(rest[i:], "//") && !strings.HasPrefix(rest[i:], "///") && !strings.HasPrefix(rest[i:], "//!"):
			for i < len(rest) && rest[i] != '\n' {
				i++
			}
			continue
		case strings.HasPrefix(rest[i:], "/*") && !strings.HasPrefix(rest[i:], "/**") && !strings.HasPrefix(rest[i:], "/*!"):
			if j := strings.Index(rest[i+2:], "*/"); j >= 0 {
				i += j + 4
				continue
			}
		}
		break
	}
	if i < len(rest) && rest[i] == '[' {
		return
	}
	if j := strings.IndexByte(rest, '\n'); j >= 0 {
		s.pos += j
	} else {
		s.pos = len(s.src)
	}
}

func (s *scanner) lineComment() {
	start := s.pos
	end := strings.IndexByte(s.src[s.pos:], '\n')
	if end < 0 {
		end = len(s.src)
	} else {
		end += s.pos
	}
	s.pos = end
	text := s.src[start:end]
	var flags uint8
	switch {
	case strings.HasPrefix(text, "///") && !strings.HasPrefix(text, "////"):
	case strings.HasPrefix(text, "//!"):
		flags = FlagInner
	default:
		return
	}
	body := strings.TrimSuffix(text[3:], "\r")
	s.toks = append(s.toks, Token{Kind: DocComment, Flags: flags, Span: Span{Start: start, End: end}, Text: body})
}

func (s *scanner) blockComment() {
	start := s.pos
	s.pos += 2
	depth := 1
	for depth > 0 {
		if s.pos >= len(s.src) {
			s.errorf(start, start+2, "unterminated block comment")
			return
		}
		switch {
		case s.src[s.pos] == '/' && s.peekByte(1) == '*':
			depth++
			s.pos += 2
		case s.src[s.pos] == '*' && s.peekByte(1) == '/':
			depth--
			s.pos += 2
		default:
			s.pos++
		}
	}
	text := s.src[start:s.pos]
	var flags uint8
	switch {
	case strings.HasPrefix(text, "/**") && !strings.HasPrefix(text, "/***") && text != "/**/":
	case strings.HasPrefix(text, "/*!"):
		flags = FlagInner
	default:
		return
	}
	s.toks = append(s.toks, Token{Kind: DocComment, Flags: flags, Span: Span{Start: start, End: s.pos}, Text: text[3 : len(text)-2]})
}

func isDigitOf(c byte, base int) bool {
	switch base {
	case 2:
		return c == '0' || c == '1'
	case 8:
		return c >= '0' && c <= '7'
	case 16:
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
	}
	return c >= '0' && c <= '9'
}

// numberBase returns the base of a number literal from its 0x, 0o or 0b
// prefix (10 without one).
func numberBase(text string) int {
	if len(text) >= 2 && text[0] == '0' {
		switch text[1] {
		case 'x':
			return 16
		case 'o':
			return 8
		case 'b':
			return 2
		}
	}
	return 10
}

func (s *scanner) number() {
	start := s.pos
	src := s.src
	kind := Int
	base := numberBase(src[s.pos:])
	if base != 10 {
		s.pos += 2
		digits := 0
		for s.pos < len(src) {
			c := src[s.pos]
			if c == '_' {
				s.pos++
				continue
			}
			if base == 16 && isDigitOf(c, 16) || base != 16 && c >= '0' && c <= '9' {
				if !isDigitOf(c, base) {
					s.errorf(s.pos, s.pos+1, "invalid digit for a base "+map[int]string{2: "2", 8: "8"}[base]+" literal")
				}
				digits++
				s.pos++
				continue
			}
			break
		}
		if digits == 0 {
			s.errorf(start, s.pos, "no valid digits found for number")
		}
	} else {
		s.digits()
		if s.peekByte(0) == '.' && s.peekByte(1) != '.' && !s.startsIdent(s.pos+1) {
			kind = Float
			s.pos++
			if c := s.peekByte(0); c >= '0' && c <= '9' {
				s.digits()
			}
		}
		if c := s.peekByte(0); c == 'e' || c == 'E' {
			i := 1
			if d := s.peekByte(1); d == '+' || d == '-' {
				i = 2
			}
			j := i
			for s.peekByte(j) == '_' {
				j++
			}
			if d := s.peekByte(j); d >= '0' && d <= '9' {
				kind = Float
				s.pos += j
				s.digits()
			}
		}
	}
	sufStart := s.pos
	if s.startsIdent(s.pos) {
		s.pos = s.identEnd(s.pos)
	}
	s.emit(kind, start, 0, s.pos-sufStart)
}

func (s *scanner) digits() {
	for s.pos < len(s.src) && (s.src[s.pos] >= '0' && s.src[s.pos] <= '9' || s.src[s.pos] == '_') {
		s.pos++
	}
}

// suffix scans an optional literal suffix and emits the literal.
func (s *scanner) suffixed(k Kind, start int, flags uint8) {
	sufStart := s.pos
	if s.startsIdent(s.pos) {
		s.pos = s.identEnd(s.pos)
	}
	s.emit(k, start, flags, s.pos-sufStart)
}

// quote scans a char literal or a lifetime after `'`.
func (s *scanner) quote() {
	start := s.pos
	s.pos++
	if s.peekByte(0) == '\\' {
		s.charBody(start, Char)
		return
	}
	r := s.peekRune(0)
	if r < 0 {
		s.errorf(start, s.pos, "unterminated character literal")
		return
	}
	n := utf8.RuneLen(r)
	if n < 0 {
		n = 1
	}
	if s.peekByte(n) == '\'' {
		s.pos += n + 1
		s.suffixed(Char, start, 0)
		return
	}
	if r == 'r' && s.peekByte(1) == '#' && s.startsIdent(s.pos+2) {
		s.pos = s.identEnd(s.pos + 2)
		s.emit(LifetimeTok, start, FlagRaw, 0)
		return
	}
	if isIdentStart(r) || r >= '0' && r <= '9' {
		s.pos = s.identEnd(s.pos)
		if r >= '0' && r <= '9' {
			s.errorf(start, s.pos, "lifetimes cannot start with a number")
		}
		if s.peekByte(0) == '\'' {
			// 'ab' — a char literal with too many characters.
			s.pos++
			s.errorf(start, s.pos, "character literal may only contain one codepoint")
			s.suffixed(Char, start, 0)
			return
		}
		s.emit(LifetimeTok, start, 0, 0)
		return
	}
	s.charBody(start, Char)
}

// charBody scans the rest of a char or byte literal after its opening quote.
func (s *scanner) charBody(start int, k Kind) {
	for {
		if s.pos >= len(s.src) || s.src[s.pos] == '\n' {
			s.errorf(start, s.pos, "unterminated "+map[Kind]string{Char: "character", Byte: "byte"}[k]+" literal")
			s.emit(k, start, 0, 0)
			return
		}
		c := s.src[s.pos]
		if c == '\\' {
			s.pos += 2
			if s.pos > len(s.src) {
				s.pos = len(s.src)
			}
			continue
		}
		if c == '\'' {
			s.pos++
			break
		}
		s.pos++
	}
	s.suffixed(k, start, 0)
}

// str scans the rest of a quoted string after its opening quote.
func (s *scanner) str(start int, k Kind) {
	for {
		if s.pos >= len(s.src) {
			s.errorf(start, s.pos, "unterminated double quote string")
			s.emit(k, start, 0, 0)
			return
		}
		c := s.src[s.pos]
		if c == '\\' {
			s.pos += 2
			if s.pos > len(s.src) {
				s.pos = len(s.src)
			}
			continue
		}
		s.pos++
		if c == '"' {
			break
		}
	}
	s.suffixed(k, start, 0)
}

// rawStr scans a raw string after the `r` of its prefix.
func (s *scanner) rawStr(start int, k Kind) {
	hashes := 0
	for s.peekByte(0) == '#' {
		hashes++
		s.pos++
	}
	if s.peekByte(0) != '"' {
		s.errorf(start, s.pos, "found invalid character; only `#` is allowed in raw string delimitation")
		s.emit(k, start, FlagRaw, 0)
		return
	}
	s.pos++
	closing := "\"" + strings.Repeat("#", hashes)
	i := strings.Index(s.src[s.pos:], closing)
	if i < 0 {
		s.pos = len(s.src)
		s.errorf(start, s.pos, "unterminated raw string")
		s.emit(k, start, FlagRaw, 0)
		return
	}
	s.pos += i + len(closing)
	s.suffixed(k, start, FlagRaw)
}

func (s *scanner) punct() {
	start := s.pos
	c := s.src[s.pos]
	b1, b2 := s.peekByte(1), s.peekByte(2)
	k, n := EOF, 1
	switch c {
	case ';':
		k = Semi
	case ',':
		k = Comma
	case '.':
		k = Dot
		if b1 == '.' {
			k, n = DotDot, 2
			if b2 == '.' {
				k, n = DotDotDot, 3
			} else if b2 == '=' {
				k, n = DotDotEq, 3
			}
		}
	case '@':
		k = At
	case '#':
		k = Pound
	case '~':
		k = Tilde
	case '?':
		k = Question
	case ':':
		k = Colon
		if b1 == ':' {
			k, n = PathSep, 2
		}
	case '$':
		k = Dollar
	case '=':
		k = Eq
		if b1 == '=' {
			k, n = EqEq, 2
		} else if b1 == '>' {
			k, n = FatArrow, 2
		}
	case '!':
		k = Not
		if b1 == '=' {
			k, n = Ne, 2
		}
	case '<':
		k = Lt
		if b1 == '=' {
			k, n = Le, 2
		} else if b1 == '<' {
			k, n = Shl, 2
			if b2 == '=' {
				k, n = ShlEq, 3
			}
		}
	case '>':
		k = Gt
		if b1 == '=' {
			k, n = Ge, 2
		} else if b1 == '>' {
			k, n = Shr, 2
			if b2 == '=' {
				k, n = ShrEq, 3
			}
		}
	case '-':
		k = Minus
		if b1 == '=' {
			k, n = MinusEq, 2
		} else if b1 == '>' {
			k, n = RArrow, 2
		}
	case '&':
		k = And
		if b1 == '&' {
			k, n = AndAnd, 2
		} else if b1 == '=' {
			k, n = AndEq, 2
		}
	case '|':
		k = Or
		if b1 == '|' {
			k, n = OrOr, 2
		} else if b1 == '=' {
			k, n = OrEq, 2
		}
	case '+':
		k = Plus
		if b1 == '=' {
			k, n = PlusEq, 2
		}
	case '*':
		k = Star
		if b1 == '=' {
			k, n = StarEq, 2
		}
	case '/':
		k = Slash
		if b1 == '=' {
			k, n = SlashEq, 2
		}
	case '^':
		k = Caret
		if b1 == '=' {
			k, n = CaretEq, 2
		}
	case '%':
		k = Percent
		if b1 == '=' {
			k, n = PercentEq, 2
		}
	case '(':
		k = OpenParen
	case ')':
		k = CloseParen
	case '[':
		k = OpenBrack
	case ']':
		k = CloseBrack
	case '{':
		k = OpenBrace
	case '}':
		k = CloseBrace
	}
	if k == EOF {
		_, size := utf8.DecodeRuneInString(s.src[s.pos:])
		s.pos += size
		s.errorf(start, s.pos, "unknown start of token: "+s.src[start:s.pos])
		return
	}
	s.pos += n
	s.emit(k, start, 0, 0)
}

// markLines sets FlagFirstOnLine on every token that only blanks precede
// on its line, and returns the indentation (in bytes) of each token's line.
// It runs in one forward pass.
func (s *scanner) markLines() []int {
	indents := make([]int, len(s.toks))
	lineStart, indent := 0, 0
	prevEnd := 0
	for i := range s.toks {
		t := &s.toks[i]
		if nl := strings.LastIndexByte(s.src[prevEnd:t.Span.Start], '\n'); nl >= 0 || i == 0 {
			if nl >= 0 {
				lineStart = prevEnd + nl + 1
			}
			indent = 0
			for j := lineStart; j < len(s.src) && (s.src[j] == ' ' || s.src[j] == '\t'); j++ {
				indent++
			}
			if strings.TrimLeft(s.src[lineStart:t.Span.Start], " \t\r") == "" {
				t.Flags |= FlagFirstOnLine
			}
		}
		indents[i] = indent
		if t.Span.End > prevEnd {
			prevEnd = t.Span.End
		}
	}
	return indents
}

// lineStarters are the keywords that start items or statements, which
// close unbalanced delimiters when they start a line (see balance).
var lineStarters = map[string]bool{
	"fn": true, "pub": true, "struct": true, "enum": true, "impl": true, "trait": true,
	"mod": true, "use": true, "const": true, "static": true, "type": true, "extern": true,
	"let": true,
}

// balance returns the tokens with delimiters balanced (see Tokenize) and
// the errors found doing so. A stray closer is dropped; a closer that
// matches an outer opener closes the inner ones; an opener still open at
// the end of the file is closed there.
//
// With heuristics, which are used only when the plain balancing finds
// errors (so valid code is never affected), indentation guides the repair
// as it guides a reader:
//   - an unclosed ( or [, or a { that does not end its line (`use a::{b,`),
//     is closed before an item keyword (or `let`) that starts a line
//     indented no deeper than the opener's line;
//   - a } that starts a line indented less than the line of the innermost
//     block-style { (one that ends its line) closes the enclosing
//     block-style { indented like the }, and the inner ones with it: the
//     usual shape of a forgotten }.
func (s *scanner) balance(indents []int, heuristics bool) ([]Token, ErrorList) {
	type open struct {
		idx      int // index in out
		indent   int // indentation of the opener's line
		endsLine bool
	}
	var stack []open
	var errs ErrorList
	errorf := func(sp Span, msg string) { errs = append(errs, Error{Span: sp, Msg: msg}) }
	out := make([]Token, 0, len(s.toks)+4)
	synth := func(o Token, at int) Token {
		k := closer(o.Kind)
		return Token{Kind: k, Flags: FlagSynth, Span: Span{Start: at, End: at}, Text: k.String()}
	}
	// closeAbove closes the openers above stack index k at offset at.
	closeAbove := func(k, at int) {
		for i := len(stack) - 1; i > k; i-- {
			o := out[stack[i].idx]
			errorf(o.Span, "unclosed delimiter `"+o.Text+"`")
			out = append(out, synth(o, at))
		}
		stack = stack[:k+1]
	}
	for i, t := range s.toks {
		first := t.Flags&FlagFirstOnLine != 0
		if heuristics && first && len(stack) > 0 && t.Kind == IdentTok && !t.Raw() && lineStarters[t.Text] {
			k := len(stack) - 1
			for k >= 0 && !(out[stack[k].idx].Kind == OpenBrace && stack[k].endsLine) && indents[i] <= stack[k].indent {
				k--
			}
			closeAbove(k, t.Span.Start)
		}
		switch {
		case isOpen(t.Kind):
			endsLine := i+1 < len(s.toks) && (s.toks[i+1].Flags&FlagFirstOnLine != 0 || s.toks[i+1].Kind == EOF)
			stack = append(stack, open{idx: len(out), indent: indents[i], endsLine: endsLine})
		case isClose(t.Kind):
			match := -1
			for k := len(stack) - 1; k >= 0; k-- {
				if closer(out[stack[k].idx].Kind) == t.Kind {
					match = k
					break
				}
			}
			if match < 0 {
				errorf(t.Span, "unexpected closing delimiter: `"+t.Text+"`")
				continue
			}
			if heuristics && first && t.Kind == CloseBrace && indents[i] < stack[match].indent {
				for k := match - 1; k >= 0; k-- {
					if o := stack[k]; out[o.idx].Kind == OpenBrace && o.endsLine && o.indent == indents[i] {
						match = k
						break
					}
				}
			}
			if match < len(stack)-1 {
				errorf(t.Span, "mismatched closing delimiter: `"+t.Text+"`")
				for k := len(stack) - 1; k > match; k-- {
					out = append(out, synth(out[stack[k].idx], t.Span.Start))
				}
			}
			stack = stack[:match]
		case t.Kind == EOF:
			for k := len(stack) - 1; k >= 0; k-- {
				o := out[stack[k].idx]
				errorf(o.Span, "this file contains an unclosed delimiter")
				out = append(out, synth(o, t.Span.Start))
			}
		}
		out = append(out, t)
	}
	return out, errs
}
