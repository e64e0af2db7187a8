// srcscan.go holds a light, brace-aware scan of Rust source: modules, impl blocks, items.

package corpusgen

import (
	"strings"
	"unicode/utf8"
)

// token is one lexical token of Rust source. Only identifiers, punctuation and the
// extent of literals matter to the scan; comments and whitespace are dropped.
type token struct {
	text  string // identifier, punctuation character, or the literal's source text
	kind  byte   // 'i' identifier/keyword, 'p' punctuation, 'l' literal, 'f' lifetime
	start int    // byte offset
	end   int
}

// lexRust splits src into tokens. It understands nested block comments, (raw) string
// and byte-string literals, char literals versus lifetimes, and raw identifiers, which
// is all a scan of braces needs.
func lexRust(src string) []token {
	var toks []token
	i := 0
	n := len(src)
	for i < n {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case strings.HasPrefix(src[i:], "//"):
			for i < n && src[i] != '\n' {
				i++
			}
		case strings.HasPrefix(src[i:], "/*"):
			depth := 0
			for i < n {
				if strings.HasPrefix(src[i:], "/*") {
					depth++
					i += 2
				} else if strings.HasPrefix(src[i:], "*/") {
					depth--
					i += 2
					if depth == 0 {
						break
					}
				} else {
					i++
				}
			}
		case isRawStringStart(src[i:]):
			j := i
			for src[j] != 'r' {
				j++
			}
			j++
			hashes := 0
			for j < n && src[j] == '#' {
				hashes++
				j++
			}
			j++ // opening quote
			closer := "\"" + strings.Repeat("#", hashes)
			k := strings.Index(src[j:], closer)
			if k < 0 {
				k = n - j
			} else {
				k += len(closer)
			}
			toks = append(toks, token{src[i : j+k], 'l', i, j + k})
			i = j + k
		case c == '"' || ((c == 'b' || c == 'c') && i+1 < n && src[i+1] == '"'):
			j := i + 1
			if c != '"' {
				j++
			}
			for j < n && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			j++
			toks = append(toks, token{src[i:min(j, n)], 'l', i, min(j, n)})
			i = j
		case c == '\'' || (c == 'b' && i+1 < n && src[i+1] == '\''):
			j := i + 1
			if c == 'b' {
				j++
			}
			if j < n && src[j] == '\\' {
				// escaped char literal
				j += 2
				for j < n && src[j] != '\'' {
					j++
				}
				j++
				toks = append(toks, token{src[i:j], 'l', i, j})
				i = j
				break
			}
			_, size := utf8.DecodeRuneInString(src[j:])
			if j+size < n && src[j+size] == '\'' {
				j += size + 1
				toks = append(toks, token{src[i:j], 'l', i, j})
				i = j
				break
			}
			// lifetime or label
			for j < n && isIdentByte(src[j]) {
				j++
			}
			toks = append(toks, token{src[i:j], 'f', i, j})
			i = j
		case isIdentStart(c):
			j := i
			if strings.HasPrefix(src[i:], "r#") {
				j += 2
			}
			for j < n && isIdentByte(src[j]) {
				j++
			}
			toks = append(toks, token{src[i:j], 'i', i, j})
			i = j
		case c >= '0' && c <= '9':
			j := i
			for j < n && (isIdentByte(src[j]) || (src[j] == '.' && j+1 < n && src[j+1] >= '0' && src[j+1] <= '9')) {
				j++
			}
			toks = append(toks, token{src[i:j], 'l', i, j})
			i = j
		case c >= 0x80:
			_, size := utf8.DecodeRuneInString(src[i:])
			toks = append(toks, token{src[i : i+size], 'p', i, i + size})
			i += size
		default:
			toks = append(toks, token{src[i : i+1], 'p', i, i + 1})
			i++
		}
	}
	return toks
}

func isRawStringStart(s string) bool {
	for _, p := range []string{"r\"", "r#", "br\"", "br#", "cr\"", "cr#"} {
		if strings.HasPrefix(s, p) {
			if strings.HasSuffix(p, "#") {
				// r#ident is a raw identifier, r#" a raw string
				rest := strings.TrimLeft(s[len(p)-1:], "#")
				return strings.HasPrefix(rest, "\"")
			}
			return true
		}
	}
	return false
}

func isIdentStart(c byte) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

func isIdentByte(c byte) bool {
	return isIdentStart(c) || (c >= '0' && c <= '9')
}

// scope is a brace-delimited region the scan cares about.
type scope struct {
	kind     string // "root", "mod", "impl", "trait", "fn", "enum", "struct", "block"
	name     string // module, trait, fn, enum or struct name
	open     int    // byte offset of '{' (-1 for root)
	close    int    // byte offset of the matching '}' (len(src) for root)
	parent   *scope
	implHdr  implHeader // for kind "impl"
	implLine int        // 1-based line and column of the `impl` keyword
	implCol  int
}

// implHeader is what the source says between `impl` and `{`.
type implHeader struct {
	generic bool   // impl<...>
	selfTy  string // the self type as written
	trait   string // the trait as written, "" for an inherent impl
}

// itemDecl is a named item found in the source.
type itemDecl struct {
	kw    string // "const", "static", "static mut", "fn", "mod", "struct", "enum", "union", "type", "trait"
	name  string
	start int    // byte offset of the keyword
	prev  string // text of the token before the keyword ("pub", ")", ...)
	scope *scope
}

// srcInfo is the result of scanning one file.
type srcInfo struct {
	src    string
	root   *scope
	scopes []*scope
	items  []itemDecl
	lines  []int // byte offset of the start of each line
}

func scanRust(src string) *srcInfo {
	info := &srcInfo{src: src}
	info.lines = append(info.lines, 0)
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			info.lines = append(info.lines, i+1)
		}
	}
	root := &scope{kind: "root", open: -1, close: len(src)}
	info.root = root
	info.scopes = append(info.scopes, root)
	toks := lexRust(src)
	cur := root
	// pending describes the scope the next '{' opens, set by a keyword.
	var pending *scope
	prevText := func(i int) string {
		if i > 0 {
			return toks[i-1].text
		}
		return ""
	}
	itemStartOK := func(i int) bool {
		p := prevText(i)
		return p == "" || p == ";" || p == "}" || p == "{" || p == "pub" || p == ")" || p == "]" || p == "unsafe"
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == 'i' && pending == nil {
			switch t.text {
			case "mod", "trait", "enum", "struct", "union":
				if i+1 < len(toks) && toks[i+1].kind == 'i' && itemStartOK(i) {
					info.items = append(info.items, itemDecl{kw: t.text, name: toks[i+1].text, start: t.start, prev: prevText(i), scope: cur})
					if t.text == "mod" && i+2 < len(toks) && toks[i+2].text == ";" {
						continue
					}
					pending = &scope{kind: t.text, name: toks[i+1].text}
				}
			case "fn":
				if i+1 < len(toks) && toks[i+1].kind == 'i' {
					info.items = append(info.items, itemDecl{kw: "fn", name: toks[i+1].text, start: t.start, scope: cur})
					pending = &scope{kind: "fn", name: toks[i+1].text}
				}
			case "type":
				if i+1 < len(toks) && toks[i+1].kind == 'i' && itemStartOK(i) {
					info.items = append(info.items, itemDecl{kw: "type", name: toks[i+1].text, start: t.start, scope: cur})
				}
			case "impl":
				if itemStartOK(i) {
					line, col := info.lineCol(t.start)
					pending = &scope{kind: "impl", implLine: line, implCol: col}
					pending.implHdr = parseImplHeader(src, toks, i)
				}
			case "const", "static":
				if !itemStartOK(i) {
					break
				}
				j := i + 1
				kw := t.text
				if j < len(toks) && toks[j].text == "mut" {
					kw = "static mut"
					j++
				}
				if j+1 < len(toks) && (toks[j].kind == 'i') && toks[j+1].text == ":" {
					info.items = append(info.items, itemDecl{kw: kw, name: toks[j].text, start: t.start, scope: cur})
				}
			}
		}
		switch t.text {
		case ";":
			if pending != nil && (pending.kind == "fn" || pending.kind == "struct" || pending.kind == "union") {
				// a declaration without a body (trait method, tuple/unit struct)
				if depthOK(toks, i) {
					pending = nil
				}
			}
		case "{":
			s := pending
			pending = nil
			if s == nil {
				s = &scope{kind: "block"}
			}
			s.open = t.start
			s.parent = cur
			info.scopes = append(info.scopes, s)
			cur = s
		case "}":
			if cur != root {
				cur.close = t.start
				cur = cur.parent
			}
		}
	}
	return info
}

// depthOK reports whether toks[i] is not nested in parentheses or brackets of the
// current item header (a ';' inside `[u8; 4]` does not end a declaration).
func depthOK(toks []token, i int) bool {
	depth := 0
	for j := i - 1; j >= 0; j-- {
		switch toks[j].text {
		case ")", "]":
			depth++
		case "(", "[":
			if depth == 0 {
				return false
			}
			depth--
		case "fn", "struct", "union":
			return depth == 0
		}
	}
	return true
}

// parseImplHeader reads `impl<G> Trait for Type {` starting at toks[i] == "impl".
func parseImplHeader(src string, toks []token, i int) implHeader {
	var h implHeader
	j := i + 1
	if j < len(toks) && toks[j].text == "<" {
		h.generic = true
		depth := 0
		for ; j < len(toks); j++ {
			if toks[j].text == "<" {
				depth++
			} else if toks[j].text == ">" && toks[j-1].text != "-" {
				depth--
				if depth == 0 {
					j++
					break
				}
			}
		}
	}
	if j >= len(toks) {
		return h
	}
	start := toks[j].start
	forAt := -1
	end := len(src)
	angle := 0
	for k := j; k < len(toks); k++ {
		tk := toks[k]
		if tk.text == "<" {
			angle++
		} else if tk.text == ">" && toks[k-1].text != "-" {
			angle--
		}
		if tk.text == "for" && angle == 0 && forAt < 0 {
			forAt = k
		}
		if tk.text == "{" || tk.text == "where" {
			end = tk.start
			break
		}
	}
	if forAt >= 0 {
		h.trait = strings.TrimSpace(src[start:toks[forAt].start])
		h.selfTy = strings.TrimSpace(src[toks[forAt].end:end])
	} else {
		h.selfTy = strings.TrimSpace(src[start:end])
	}
	if strings.Contains(h.selfTy, "<") || strings.Contains(h.trait, "<") {
		h.generic = h.generic || strings.ContainsAny(h.selfTy, "'")
	}
	return h
}

// lineCol converts a byte offset to a 1-based line and 1-based character column,
// the way rustc counts them in spans.
func (s *srcInfo) lineCol(off int) (int, int) {
	line := 0
	for line+1 < len(s.lines) && s.lines[line+1] <= off {
		line++
	}
	return line + 1, utf8.RuneCountInString(s.src[s.lines[line]:off]) + 1
}

// offset converts a 1-based line and character column back to a byte offset.
func (s *srcInfo) offset(line, col int) (int, bool) {
	if line < 1 || line > len(s.lines) {
		return 0, false
	}
	off := s.lines[line-1]
	for c := 1; c < col; c++ {
		if off >= len(s.src) {
			return 0, false
		}
		_, size := utf8.DecodeRuneInString(s.src[off:])
		off += size
	}
	return off, true
}

// innermost returns the innermost scope containing byte offset off.
func (s *srcInfo) innermost(off int) *scope {
	best := s.root
	for _, sc := range s.scopes {
		if sc.open < off && off < sc.close && sc.open > best.open {
			best = sc
		}
	}
	return best
}

// modulePath returns the module names from the crate root down to sc.
func modulePath(sc *scope) []string {
	var path []string
	for ; sc != nil; sc = sc.parent {
		if sc.kind == "mod" {
			path = append([]string{sc.name}, path...)
		}
	}
	return path
}

// enclosingModule returns the innermost module (or the root) containing sc.
func enclosingModule(sc *scope) *scope {
	for ; sc != nil; sc = sc.parent {
		if sc.kind == "mod" || sc.kind == "root" {
			return sc
		}
	}
	return nil
}

// enclosing returns the innermost scope of the given kind around sc (sc included).
func enclosing(sc *scope, kind string) *scope {
	for ; sc != nil; sc = sc.parent {
		if sc.kind == kind {
			return sc
		}
	}
	return nil
}

// inFnBody reports whether sc lies inside a function body.
func inFnBody(sc *scope) bool {
	return enclosing(sc, "fn") != nil
}

// implAt finds the impl block whose `impl` keyword is at line:col.
func (s *srcInfo) implAt(line, col int) *scope {
	for _, sc := range s.scopes {
		if sc.kind == "impl" && sc.implLine == line && sc.implCol == col {
			return sc
		}
	}
	return nil
}

// selfPath renders the impl's self type as rustc names an associated item's parent:
// `P` for `impl P`, `<u8 as Tr>` for `impl Tr for u8`.
func (h implHeader) selfPath() string {
	if h.trait == "" {
		return h.selfTy
	}
	return "<" + h.selfTy + " as " + h.trait + ">"
}
