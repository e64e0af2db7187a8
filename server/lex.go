// lex.go splits MIR text into the tokens the editor features need:
// semantic token classes, and the name under the cursor (an item path, a
// local _N, a block bbN or an allocation allocN).

package server

import (
	"regexp"
	"sort"

	"mirlsp/cache"
	"mirlsp/mir"
)

// tokKind classifies a token for semantic highlighting.
type tokKind int

const (
	tokNone tokKind = iota
	tokKeyword
	tokNumber
	tokString
	tokComment
	tokLocal
	tokBlock
	tokAlloc
	tokIdent
	tokType
	tokOperator
)

type token struct {
	kind       tokKind
	start, end int
}

var keywords = map[string]bool{
	"fn": true, "const": true, "static": true, "mut": true, "let": true, "debug": true, "scope": true,
	"return": true, "goto": true, "switchInt": true, "assert": true, "drop": true, "unreachable": true,
	"resume": true, "move": true, "copy": true, "as": true, "otherwise": true, "success": true,
	"unwind": true, "continue": true, "cleanup": true, "terminate": true, "StorageLive": true,
	"StorageDead": true, "discriminant": true, "true": true, "false": true, "raw": true, "fake": true,
	"shallow": true, "yields": true, "inlined": true, "user_ty": true,
}

var primTypes = map[string]bool{
	"i8": true, "i16": true, "i32": true, "i64": true, "i128": true, "isize": true,
	"u8": true, "u16": true, "u32": true, "u64": true, "u128": true, "usize": true,
	"f16": true, "f32": true, "f64": true, "f128": true, "bool": true, "char": true, "str": true,
}

var (
	localRE = regexp.MustCompile(`^_[0-9]+$`)
	blockRE = regexp.MustCompile(`^bb[0-9]+$`)
	allocRE = regexp.MustCompile(`^alloc[0-9]+$`)
)

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// lex returns the tokens of text[start:end) (whole lines), skipping
// white space and punctuation other than operators.
func lex(text []byte, start, end int) []token {
	var toks []token
	i := start
	for i < end {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '/' && i+1 < end && text[i+1] == '/':
			j := i
			for j < end && text[j] != '\n' {
				j++
			}
			toks = append(toks, token{tokComment, i, j})
			i = j
		case c == '"':
			j := i + 1
			for j < end && text[j] != '"' && text[j] != '\n' {
				if text[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, end)
			toks = append(toks, token{tokString, i, j})
			i = j
		case c == '\'' && i+2 < end && (text[i+2] == '\'' || text[i+1] == '\\'):
			j := i + 1
			for j < end && text[j] != '\'' && text[j] != '\n' {
				if text[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, end)
			toks = append(toks, token{tokString, i, j})
			i = j
		case c >= '0' && c <= '9' || c == '-' && i+1 < end && text[i+1] >= '0' && text[i+1] <= '9' && (i == 0 || !isIdentByte(text[i-1])):
			j := i + 1
			for j < end && (isIdentByte(text[j]) || text[j] == '.' && j+1 < end && text[j+1] >= '0' && text[j+1] <= '9') {
				j++
			}
			toks = append(toks, token{tokNumber, i, j})
			i = j
		case isIdentByte(c):
			j := i
			for j < end && isIdentByte(text[j]) {
				j++
			}
			w := string(text[i:j])
			k := tokIdent
			switch {
			case localRE.MatchString(w):
				k = tokLocal
			case blockRE.MatchString(w):
				k = tokBlock
			case allocRE.MatchString(w):
				k = tokAlloc
			case keywords[w]:
				k = tokKeyword
			case primTypes[w]:
				k = tokType
			}
			toks = append(toks, token{k, i, j})
			i = j
		case c == '=' || c == '&' || c == '*' || c == '!' || c == '-' && i+1 < end && text[i+1] == '>':
			j := i + 1
			if c == '-' {
				j++
			}
			toks = append(toks, token{tokOperator, i, j})
			i = j
		default:
			i++
		}
	}
	return toks
}

// wordAt returns the identifier-like word around offset off.
func wordAt(text []byte, off int) (start, end int) {
	start, end = off, off
	for start > 0 && isIdentByte(text[start-1]) {
		start--
	}
	for end < len(text) && isIdentByte(text[end]) {
		end++
	}
	return start, end
}

// pathRE matches an item path as MIR prints it in operands and headers:
// FOO, Foo::{constant#0}, SUM::promoted[0], core::num::<impl u8>::MAX,
// sum::<3>.
var pathRE = regexp.MustCompile(`(?:[A-Za-z_][A-Za-z0-9_]*|<[^<>\n]*>)(?:::(?:[A-Za-z_][A-Za-z0-9_]*|\{[a-z_]+#[0-9]+\}|promoted\[[0-9]+\]|<[^<>\n]*>))*`)

// turbofishRE matches generic arguments of a path segment.
var turbofishRE = regexp.MustCompile(`::<[^<>\n]*>`)

// pathAt returns the item path around off in its line.
func pathAt(text []byte, off int) (start, end int, path string, ok bool) {
	ls := off
	for ls > 0 && text[ls-1] != '\n' {
		ls--
	}
	le := off
	for le < len(text) && text[le] != '\n' {
		le++
	}
	for _, loc := range pathRE.FindAllIndex(text[ls:le], -1) {
		s, e := ls+loc[0], ls+loc[1]
		if s <= off && off < e || off == e && s < e {
			return s, e, string(text[s:e]), true
		}
	}
	return 0, 0, "", false
}

// itemAt returns the item whose text contains off.
func itemAt(da *cache.DocAnalysis, off int) *mir.Item {
	items := da.File.Items
	i := sort.Search(len(items), func(i int) bool { return items[i].Span.End > off })
	if i < len(items) && items[i].Span.Start <= off {
		return items[i]
	}
	return nil
}

// resolvePath finds the item a path names: the path itself, then without
// generic arguments.
func (sn *snapshot) resolvePath(home *cache.DocAnalysis, path string) *mir.Item {
	if it := sn.findItem(home, path); it != nil {
		return it
	}
	if p := turbofishRE.ReplaceAllString(path, ""); p != path {
		return sn.findItem(home, p)
	}
	return nil
}
