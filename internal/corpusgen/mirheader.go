// mirheader.go finds the const-like item headers of a `--emit=mir` file.

package corpusgen

import (
	"regexp"
	"strings"
)

// mirItem is one const, static, anon const or promoted printed in a MIR file.
type mirItem struct {
	name    string // header path exactly as printed
	kind    string // "const", "static", "static mut", "anon-const", "promoted"
	ty      string // type as printed in the header
	trivial string // for `const X: T = const V;`, the printed V
	line    int    // 1-based line of the header in the MIR file
	// from the -Zmir-include-spans listing: the span of the return place
	spanLine, spanCol, spanEndLine, spanEndCol int
}

var (
	anonConstRe = regexp.MustCompile(`::\{constant#\d+\}$`)
	promotedRe  = regexp.MustCompile(`::promoted\[\d+\]$`)
	returnSpan  = regexp.MustCompile(`// return place in scope \d+ at [^:]+:(\d+):(\d+): (\d+):(\d+)`)
)

// parseMIRItems returns the const-like items of a MIR listing in header order.
// fn bodies, allocation dumps and the `// MIR FOR CTFE` marker are ignored.
func parseMIRItems(text string) []mirItem {
	var items []mirItem
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if l == "" || l[0] == ' ' || l[0] == '}' || strings.HasPrefix(l, "//") ||
			strings.HasPrefix(l, "fn ") || strings.HasPrefix(l, "alloc") {
			continue
		}
		it, ok := parseHeader(l)
		if !ok {
			continue
		}
		it.line = i + 1
		if it.trivial == "" && i+1 < len(lines) {
			// the first declaration of a body is `let mut _0: T;`
			for _, dl := range lines[i+1 : min(i+40, len(lines))] {
				if m := returnSpan.FindStringSubmatch(dl); m != nil {
					it.spanLine, it.spanCol = atoi(m[1]), atoi(m[2])
					it.spanEndLine, it.spanEndCol = atoi(m[3]), atoi(m[4])
					break
				}
			}
		}
		items = append(items, it)
	}
	return items
}

// parseHeader splits `const NAME: TYPE = {` and its variants.
func parseHeader(l string) (mirItem, bool) {
	var it mirItem
	rest := l
	switch {
	case strings.HasPrefix(l, "static mut "):
		it.kind = "static mut"
		rest = l[len("static mut "):]
	case strings.HasPrefix(l, "static "):
		it.kind = "static"
		rest = l[len("static "):]
	case strings.HasPrefix(l, "const "):
		it.kind = "const"
		rest = l[len("const "):]
	default:
		it.kind = "" // anon const without the keyword
	}
	// the name ends at the first ": " outside <...>, {...}, [...], (...)
	depth := 0
	colon := -1
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case '<', '{', '[', '(':
			depth++
		case '>', '}', ']', ')':
			depth--
		case ':':
			if depth == 0 && i+1 < len(rest) && rest[i+1] == ' ' {
				colon = i
			}
		}
		if colon >= 0 {
			break
		}
	}
	if colon < 0 {
		return it, false
	}
	it.name = rest[:colon]
	tail := rest[colon+2:]
	if k := strings.Index(tail, " = const "); k >= 0 && strings.HasSuffix(tail, ";") {
		it.ty = tail[:k]
		it.trivial = strings.TrimSuffix(tail[k+len(" = const "):], ";")
	} else if strings.HasSuffix(tail, " = {") {
		it.ty = strings.TrimSuffix(tail, " = {")
	} else {
		return it, false
	}
	switch {
	case promotedRe.MatchString(it.name):
		it.kind = "promoted"
	case anonConstRe.MatchString(it.name):
		it.kind = "anon-const"
	case it.kind == "":
		return it, false
	}
	return it, true
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
