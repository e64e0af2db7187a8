// lex.go holds the on-demand tokenizer for MIR text.

package mirparse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tEOF      tokKind = iota
	tIdent            // foo, _1, bb0, alloc3, r#type
	tNumber           // 42, 4096_usize, 2.5f64, 1.00000001E-10f32, 0x1f
	tString           // "..." (val holds the decoded bytes)
	tByteStr          // b"..."
	tChar             // 'x'
	tLifetime         // 'a, '_, '?1, 'static
	tBraced           // {closure@...}, {coroutine@...}, [closure@...], {async ...}, <impl at ...>
	tPunct            // :: -> => .. and single characters
	tComment          // a significant comment: // MIR FOR CTFE, // MIR for `x` ..., | header
)

type token struct {
	kind  tokKind
	text  string // source text (for punctuation: the operator)
	val   string // decoded value of strings and chars
	start int
	end   int
	// nl is set when a newline separates this token from the previous one.
	nl bool
	// col0 is set when the token starts a line at column 0.
	col0 bool
	// bad is set for malformed literals (val holds the complaint).
	bad bool
}

// lexer tokenizes on demand; the parser may reposition it (pos) for
// backtracking and for the line-oriented allocation dumps.
type lexer struct {
	src []byte
	// str is src as one string: token texts are its substrings, so
	// tokenizing allocates nothing per token.
	str string
	pos int
}

func isIdentStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

func isIdentByte(c byte) bool {
	return isIdentStart(c) || c >= '0' && c <= '9'
}

// next returns the token at l.pos and advances past it.
func (l *lexer) next() token {
	src := l.src
	nl := l.pos == 0
	for l.pos < len(src) {
		c := src[l.pos]
		switch {
		case c == '\n':
			nl = true
			l.pos++
			continue
		case c == ' ' || c == '\t' || c == '\r':
			l.pos++
			continue
		case c == '/' && l.pos+1 < len(src) && src[l.pos+1] == '/':
			end := lineEnd(src, l.pos)
			text := l.str[l.pos:end]
			if strings.HasPrefix(text, "// MIR FOR CTFE") || strings.HasPrefix(text, "// MIR for ") || strings.HasPrefix(text, "// DBG: ") {
				t := token{kind: tComment, text: text, start: l.pos, end: end, nl: nl, col0: atCol0(src, l.pos)}
				l.pos = end
				return t
			}
			l.pos = end
			continue
		case c == '/' && l.pos+1 < len(src) && src[l.pos+1] == '*':
			// Block comment (/* coroutine_layout = ... */, /*tls*/), nested.
			depth, i := 0, l.pos
			for i < len(src) {
				if src[i] == '/' && i+1 < len(src) && src[i+1] == '*' {
					depth++
					i += 2
				} else if src[i] == '*' && i+1 < len(src) && src[i+1] == '/' {
					depth--
					i += 2
					if depth == 0 {
						break
					}
				} else {
					i++
				}
			}
			l.pos = i
			continue
		case c == '|' && atCol0(src, l.pos):
			end := lineEnd(src, l.pos)
			t := token{kind: tComment, text: l.str[l.pos:end], start: l.pos, end: end, nl: nl, col0: true}
			l.pos = end
			return t
		}
		break
	}
	start := l.pos
	if start >= len(src) {
		return token{kind: tEOF, start: start, end: start, nl: true}
	}
	t := l.scan()
	t.start, t.end = start, l.pos
	if t.text == "" {
		t.text = l.str[start:l.pos]
	}
	t.nl = nl
	t.col0 = atCol0(src, start)
	return t
}

func atCol0(src []byte, i int) bool { return i == 0 || src[i-1] == '\n' }

func lineEnd(src []byte, i int) int {
	for i < len(src) && src[i] != '\n' {
		i++
	}
	return i
}

// scan reads one token starting at l.pos (not whitespace).
func (l *lexer) scan() token {
	src, i := l.src, l.pos
	c := src[i]
	switch {
	case c == 'b' && i+1 < len(src) && src[i+1] == '"':
		l.pos = i + 1
		t := l.scanString()
		t.kind = tByteStr
		return t
	case c == 'r' && i+1 < len(src) && src[i+1] == '#' && i+2 < len(src) && isIdentStart(src[i+2]):
		j := i + 2
		for j < len(src) && isIdentByte(src[j]) {
			j++
		}
		l.pos = j
		return token{kind: tIdent}
	case isIdentStart(c):
		j := i
		for j < len(src) {
			if src[j] < 0x80 {
				if !isIdentByte(src[j]) {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRune(src[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
				if j == i {
					j += n // a stray non-identifier byte: one token
				}
				break
			}
			j += n
		}
		l.pos = j
		return token{kind: tIdent}
	case c >= '0' && c <= '9':
		return l.scanNumber()
	case c == '"':
		return l.scanString()
	case c == '\'':
		return l.scanQuote()
	case c == '{' || c == '[':
		// {closure@..}, {coroutine@..}, {async fn body of f()}, {async block@..},
		// [closure@..], [generator@..]: one token up to the matching bracket.
		rest := src[i+1:]
		for _, p := range bracedPrefixes {
			if hasPrefix(rest, p) {
				return l.scanBalanced(c)
			}
		}
	case c == '<':
		if hasPrefix(src[i:], "<impl at ") {
			j := i
			for j < len(src) && src[j] != '>' && src[j] != '\n' {
				j++
			}
			if j < len(src) && src[j] == '>' {
				j++
			}
			l.pos = j
			return token{kind: tBraced}
		}
	}
	// Punctuation.
	if i+1 < len(src) {
		two := l.str[i : i+2]
		switch two {
		case "::", "->", "=>", "..":
			l.pos = i + 2
			return token{kind: tPunct, text: two}
		}
	}
	if c >= 0x80 {
		_, n := utf8.DecodeRune(src[i:])
		l.pos = i + n
		return token{kind: tPunct}
	}
	l.pos = i + 1
	return token{kind: tPunct, text: string(c)}
}

var bracedPrefixes = []string{"closure@", "coroutine@", "async fn body", "async block@", "async closure@",
	"coroutine-closure@", "static coroutine@", "generator@", "static generator@", "async gen", "gen block@", "gen fn body"}

func hasPrefix(b []byte, p string) bool { return len(b) >= len(p) && string(b[:len(p)]) == p }

// scanBalanced reads from an opening bracket to its matching close.
func (l *lexer) scanBalanced(open byte) token {
	close := byte('}')
	if open == '[' {
		close = ']'
	}
	src, j, depth := l.src, l.pos, 0
	for j < len(src) {
		switch src[j] {
		case open:
			depth++
		case close:
			depth--
		case '\n':
			l.pos = j
			return token{kind: tBraced, bad: true, val: "unterminated " + string(open) + "..." + string(close)}
		}
		j++
		if depth == 0 {
			break
		}
	}
	l.pos = j
	return token{kind: tBraced}
}

// scanNumber reads integer and float literals with optional suffixes:
// 42, 42usize, 4096_usize, 0x1f, 2.5f64, 1.00000001E-10f32, 1e5.
func (l *lexer) scanNumber() token {
	src, j := l.src, l.pos
	if hasPrefix(src[j:], "0x") || hasPrefix(src[j:], "0b") || hasPrefix(src[j:], "0o") {
		j += 2
		for j < len(src) && (isHex(src[j]) || src[j] == '_') {
			j++
		}
	} else {
		for j < len(src) && (src[j] >= '0' && src[j] <= '9' || src[j] == '_') {
			j++
		}
		if j+1 < len(src) && src[j] == '.' && src[j+1] >= '0' && src[j+1] <= '9' {
			j++
			for j < len(src) && src[j] >= '0' && src[j] <= '9' {
				j++
			}
		}
		if j < len(src) && (src[j] == 'e' || src[j] == 'E') {
			k := j + 1
			if k < len(src) && (src[k] == '+' || src[k] == '-') {
				k++
			}
			if k < len(src) && src[k] >= '0' && src[k] <= '9' {
				j = k
				for j < len(src) && src[j] >= '0' && src[j] <= '9' {
					j++
				}
			}
		}
	}
	for j < len(src) && isIdentByte(src[j]) {
		j++
	}
	l.pos = j
	return token{kind: tNumber}
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// scanString reads a "..." literal and decodes its escapes.
func (l *lexer) scanString() token {
	src, j := l.src, l.pos+1
	var b strings.Builder
	for j < len(src) {
		c := src[j]
		switch c {
		case '"':
			l.pos = j + 1
			return token{kind: tString, val: b.String()}
		case '\\':
			n, ok := decodeEscape(src[j:], &b)
			if !ok {
				l.pos = j + n
				return token{kind: tString, bad: true, val: "invalid escape in string literal"}
			}
			j += n
		case '\n':
			// rustc escapes newlines in printed strings; a raw newline
			// means the literal is unterminated.
			l.pos = j
			return token{kind: tString, bad: true, val: "unterminated string literal"}
		default:
			b.WriteByte(c)
			j++
		}
	}
	l.pos = j
	return token{kind: tString, bad: true, val: "unterminated string literal"}
}

// decodeEscape decodes one backslash escape at s[0] into b and returns
// how many bytes it used.
func decodeEscape(s []byte, b *strings.Builder) (int, bool) {
	if len(s) < 2 {
		return len(s), false
	}
	switch s[1] {
	case 'n':
		b.WriteByte('\n')
	case 't':
		b.WriteByte('\t')
	case 'r':
		b.WriteByte('\r')
	case '0':
		b.WriteByte(0)
	case '\\', '\'', '"':
		b.WriteByte(s[1])
	case 'x':
		if len(s) < 4 || !isHex(s[2]) || !isHex(s[3]) {
			return 2, false
		}
		b.WriteByte(unhex(s[2])<<4 | unhex(s[3]))
		return 4, true
	case 'u':
		if len(s) < 4 || s[2] != '{' {
			return 2, false
		}
		j, r := 3, rune(0)
		for j < len(s) && s[j] != '}' {
			if !isHex(s[j]) || j > 9 {
				return j, false
			}
			r = r<<4 | rune(unhex(s[j]))
			j++
		}
		if j >= len(s) || !utf8.ValidRune(r) {
			return j, false
		}
		b.WriteRune(r)
		return j + 1, true
	default:
		return 2, false
	}
	return 2, true
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// scanQuote reads a char literal ('x', '\n', '\u{1f600}', '😀') or a
// lifetime ('a, '_, '?1, 'static, '{erased}).
func (l *lexer) scanQuote() token {
	src, i := l.src, l.pos
	if i+1 < len(src) {
		var b strings.Builder
		j := i + 1
		if src[j] == '\\' {
			n, ok := decodeEscape(src[j:], &b)
			if ok && j+n < len(src) && src[j+n] == '\'' {
				l.pos = j + n + 1
				return token{kind: tChar, val: b.String()}
			}
		} else if src[j] != '\'' && src[j] != '\n' {
			_, n := utf8.DecodeRune(src[j:])
			if j+n < len(src) && src[j+n] == '\'' {
				l.pos = j + n + 1
				return token{kind: tChar, val: string(src[j : j+n])}
			}
		}
		// A lifetime.
		if src[j] == '?' || src[j] == '{' {
			j++
		}
		for j < len(src) && (isIdentByte(src[j]) || src[j] == '}') {
			j++
		}
		if j > i+1 {
			l.pos = j
			return token{kind: tLifetime}
		}
	}
	l.pos = i + 1
	return token{kind: tPunct, text: "'"}
}
