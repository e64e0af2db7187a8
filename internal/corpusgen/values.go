// values.go derives the expected `{:?}` value of every const-like MIR item by compiling
// and running a copy of the program with generated printer functions.

package corpusgen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// ValueItem is one entry of X.values.json.
type ValueItem struct {
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Type     string `json:"type"`
	RustPath string `json:"rust_path"`
	Value    string `json:"value"`
}

// SkippedItem is an item whose value could not be derived, with the reason.
type SkippedItem struct {
	Name   string `json:"name"`
	Reason string `json:"reason"`
}

// ValuesFile is the content of X.values.json.
type ValuesFile struct {
	Program string        `json:"program"`
	Items   []ValueItem   `json:"items"`
	Skipped []SkippedItem `json:"skipped"`
}

// plan is how one item's value is obtained.
type plan struct {
	item     mirItem
	rustPath string
	value    string   // known without running anything
	skip     string   // reason, if the value cannot be derived
	module   *scope   // where the printer fn goes
	bodies   []string // candidate printer fn bodies, tried in order
	cand     int
	done     bool
}

var implAtRe = regexp.MustCompile(`^(?:[A-Za-z0-9_:]*::)?<impl at [^:]+:(\d+):(\d+): \d+:\d+>::(.*)$`)

// deriveValues computes the values file of one corpus program. mirText is its
// --emit=mir listing and spansText the same with -Zmir-include-spans.
func (g *generator) deriveValues(dir, file, mirText, spansText string) (*ValuesFile, error) {
	srcBytes, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		return nil, err
	}
	src := string(srcBytes)
	info := scanRust(src)
	items := parseMIRItems(mirText)
	spanItems := parseMIRItems(spansText)
	if len(items) != len(spanItems) {
		return nil, fmt.Errorf("%s: %d items in MIR but %d with spans", file, len(items), len(spanItems))
	}
	plans := make([]*plan, len(items))
	for i, it := range items {
		if spanItems[i].name != it.name {
			return nil, fmt.Errorf("%s: item %d is %q in MIR but %q with spans", file, i, it.name, spanItems[i].name)
		}
		sp := spanItems[i]
		it.spanLine, it.spanCol, it.spanEndLine, it.spanEndCol = sp.spanLine, sp.spanCol, sp.spanEndLine, sp.spanEndCol
		plans[i] = planItem(info, it)
	}
	if err := g.runPrinter(file, info, plans); err != nil {
		return nil, err
	}
	vf := &ValuesFile{Program: file, Items: []ValueItem{}, Skipped: []SkippedItem{}}
	for _, p := range plans {
		kind := p.item.kind
		if kind == "static mut" {
			kind = "static"
		}
		if p.skip != "" {
			vf.Skipped = append(vf.Skipped, SkippedItem{Name: p.item.name, Reason: p.skip})
			continue
		}
		vf.Items = append(vf.Items, ValueItem{Name: p.item.name, Kind: kind, Type: p.item.ty, RustPath: p.rustPath, Value: p.value})
	}
	return vf, nil
}

// planItem decides how to get one item's value.
func planItem(info *srcInfo, it mirItem) *plan {
	p := &plan{item: it}
	p.rustPath = rustPathOf(info, it.name)
	if it.ty == "()" {
		p.value = "()"
		p.done = true
		return p
	}
	switch it.kind {
	case "const", "static", "static mut":
		planNamed(info, p)
	default:
		if v, ok := trivialValue(it.trivial); ok && it.kind == "anon-const" {
			p.value = v
			p.done = true
			return p
		}
		planSpan(info, p)
	}
	return p
}

// planNamed handles const and static items: print the item by name from its module.
func planNamed(info *srcInfo, p *plan) {
	name := p.item.name
	if m := implAtRe.FindStringSubmatch(name); m != nil {
		imp := info.implAt(atoi(m[1]), atoi(m[2]))
		if imp == nil {
			p.skip = "impl block not found in source"
			return
		}
		if imp.implHdr.generic {
			p.skip = "item of a generic impl"
			return
		}
		if inFnBody(imp) {
			p.skip = "impl inside a fn body"
			return
		}
		p.module = enclosingModule(imp)
		p.bodies = []string{fmt.Sprintf("format!(\"{:?}\", %s::%s)", imp.implHdr.selfPath(), m[3])}
		return
	}
	segs := strings.Split(name, "::")
	var found []itemDecl
	for _, d := range info.items {
		if d.kw != "const" && d.kw != "static" && d.kw != "static mut" {
			continue
		}
		if d.name != segs[len(segs)-1] || enclosing(d.scope, "impl") != nil {
			continue
		}
		if len(segs) == 1 && enclosing(d.scope, "trait") != nil {
			continue // trait items print as `Tr::NAME`
		}
		q := qualPath(d.scope)
		if len(q) >= len(segs)-1 && strings.Join(q[len(q)-(len(segs)-1):], "::") == strings.Join(segs[:len(segs)-1], "::") {
			found = append(found, d)
		}
	}
	if len(found) != 1 {
		p.skip = fmt.Sprintf("%d source declarations match the header name", len(found))
		return
	}
	d := found[0]
	switch {
	case enclosing(d.scope, "trait") != nil:
		p.skip = "trait default const (generic over Self)"
		return
	case inFnBody(d.scope):
		p.skip = "item local to a fn body (not nameable from outside)"
		return
	case enclosingModule(d.scope) != d.scope:
		p.skip = "item local to a block expression (not nameable from outside)"
		return
	case enclosing(d.scope, "impl") != nil:
		p.skip = "impl item without an <impl at> header"
		return
	}
	p.module = enclosingModule(d.scope)
	expr := d.name
	if d.kw == "static mut" {
		expr = "unsafe { " + d.name + " }"
	}
	p.bodies = []string{fmt.Sprintf("format!(\"{:?}\", %s)", expr)}
}

// planSpan handles promoteds and anon consts: print the source expression at the span
// of the body's return place, in the module that holds it.
func planSpan(info *srcInfo, p *plan) {
	it := p.item
	if it.spanLine == 0 {
		p.skip = "no span for the body (trivial const of a non-scalar value)"
		return
	}
	start, ok1 := info.offset(it.spanLine, it.spanCol)
	end, ok2 := info.offset(it.spanEndLine, it.spanEndCol)
	if !ok1 || !ok2 || end <= start {
		p.skip = "span outside the source file"
		return
	}
	expr := info.src[start:end]
	sc := info.innermost(start)
	if enclosing(sc, "trait") != nil {
		p.skip = "expression inside a trait (generic over Self)"
		return
	}
	if imp := enclosing(sc, "impl"); imp != nil {
		if imp.implHdr.generic {
			p.skip = "expression inside a generic impl"
			return
		}
		expr = replaceSelf(expr, imp.implHdr.selfTy)
	}
	p.module = enclosingModule(sc)
	ty := it.ty
	p.bodies = []string{
		fmt.Sprintf("let __v: %s = %s; format!(\"{:?}\", __v)", ty, expr),
	}
	if it.kind == "promoted" {
		// A promoted is a reference to its expression (`&'x'` for the
		// receiver of 'x'.is_ascii_digit()).
		p.bodies = append(p.bodies, fmt.Sprintf("let __v: %s = &(%s); format!(\"{:?}\", __v)", ty, expr))
	} else {
		// The span of a promoted's use may cover more than the promoted
		// (`TIMEOUTS[2]` where the promoted is `&TIMEOUTS`): only the
		// typed form shows the expression is the promoted's value.
		p.bodies = append(p.bodies, fmt.Sprintf("format!(\"{:?}\", (%s))", expr))
	}
}

var selfTokenRe = regexp.MustCompile(`\bSelf\b`)

func replaceSelf(expr, selfTy string) string {
	return selfTokenRe.ReplaceAllString(expr, selfTy)
}

// qualPath lists the names of the modules, traits and fns around sc, outermost first.
func qualPath(sc *scope) []string {
	var path []string
	for ; sc != nil; sc = sc.parent {
		switch sc.kind {
		case "mod", "trait", "fn", "enum", "struct":
			path = append([]string{sc.name}, path...)
		}
	}
	return path
}

// rustPathOf turns a MIR header path (trimmed, impls as `<impl at ..>`) into the path
// rustc uses in diagnostics: module prefix added, impls written as `P::` or `<T as Tr>::`.
func rustPathOf(info *srcInfo, name string) string {
	if m := implAtRe.FindStringSubmatch(name); m != nil {
		imp := info.implAt(atoi(m[1]), atoi(m[2]))
		if imp == nil {
			return name
		}
		prefix := ""
		if mp := modulePath(imp); len(mp) > 0 && imp.implHdr.trait == "" {
			prefix = strings.Join(mp, "::") + "::"
		}
		return prefix + imp.implHdr.selfPath() + "::" + m[3]
	}
	first := name
	if k := strings.Index(name, "::"); k >= 0 {
		first = name[:k]
	}
	var found []itemDecl
	for _, d := range info.items {
		if d.name == first {
			found = append(found, d)
		}
	}
	if len(found) == 1 {
		if q := qualPath(found[0].scope); len(q) > 0 {
			return strings.Join(q, "::") + "::" + name
		}
	}
	return name
}

var intConstRe = regexp.MustCompile(`^(-?[0-9]+)_([iu](?:8|16|32|64|128|size))$`)
var minMaxRe = regexp.MustCompile(`^([iu](?:8|16|32|64|128|size))::(MIN|MAX)$`)

// trivialValue converts a scalar MIR constant (`3_usize`, `u8::MAX`, `true`, `'x'`)
// to its `{:?}` form.
func trivialValue(c string) (string, bool) {
	if m := intConstRe.FindStringSubmatch(c); m != nil {
		return m[1], true
	}
	if m := minMaxRe.FindStringSubmatch(c); m != nil {
		return intLimit(m[1], m[2] == "MAX").String(), true
	}
	if c == "true" || c == "false" {
		return c, true
	}
	if strings.HasPrefix(c, "'") && strings.HasSuffix(c, "'") && len(c) >= 3 {
		return c, true
	}
	return "", false
}

// intLimit returns MIN or MAX of an integer type (usize/isize are 64-bit).
func intLimit(ty string, max bool) *big.Int {
	bits := 64
	if ty[1:] != "size" {
		fmt.Sscan(ty[1:], &bits)
	}
	one := big.NewInt(1)
	if ty[0] == 'u' {
		if !max {
			return big.NewInt(0)
		}
		v := new(big.Int).Lsh(one, uint(bits))
		return v.Sub(v, one)
	}
	v := new(big.Int).Lsh(one, uint(bits-1))
	if max {
		return v.Sub(v, one)
	}
	return v.Neg(v)
}

// printerSource builds the program that prints every pending item: the original
// source with `pub` added to modules, printer fns appended to each module, and a main.
// It returns the text and, per plan index, the line ranges that belong to it.
func printerSource(info *srcInfo, plans []*plan) (string, map[int][2]int, map[int][2]int) {
	type edit struct {
		off  int
		text string
		plan int // -1 for plain edits
	}
	var edits []edit
	for _, d := range info.items {
		if d.kw == "mod" && d.prev != "pub" && d.prev != ")" {
			edits = append(edits, edit{d.start, "pub ", -1})
		}
	}
	var calls []string
	var callPlan []int
	for i, p := range plans {
		if p.done || p.skip != "" {
			continue
		}
		fn := fmt.Sprintf("\npub fn __mirlsp_v%d() -> String { %s }\n", i, p.bodies[p.cand])
		off := p.module.close
		edits = append(edits, edit{off, fn, i})
		path := strings.Join(append(modulePath(p.module), fmt.Sprintf("__mirlsp_v%d", i)), "::")
		calls = append(calls, fmt.Sprintf("    print!(\"\\u{1}{}\\u{2}{}\\u{3}\", %d, %s());\n", i, path))
		callPlan = append(callPlan, i)
	}
	sort.SliceStable(edits, func(a, b int) bool { return edits[a].off < edits[b].off })
	var b strings.Builder
	fnLines := map[int][2]int{}
	callLines := map[int][2]int{}
	line := 1
	last := 0
	write := func(s string) {
		b.WriteString(s)
		line += strings.Count(s, "\n")
	}
	for _, e := range edits {
		write(info.src[last:e.off])
		last = e.off
		startLine := line
		write(e.text)
		if e.plan >= 0 {
			fnLines[e.plan] = [2]int{startLine, line}
		}
	}
	write(info.src[last:])
	write("\nfn main() {\n")
	for k, c := range calls {
		callLines[callPlan[k]] = [2]int{line, line}
		write(c)
	}
	write("}\n")
	return b.String(), fnLines, callLines
}

// runPrinter compiles and runs the printer program, retrying with the next candidate
// body for items whose printer fn does not compile, and fills in values.
func (g *generator) runPrinter(file string, info *srcInfo, plans []*plan) error {
	tmp, err := os.MkdirTemp("", "corpusgen-values-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	for round := 0; ; round++ {
		pending := 0
		for _, p := range plans {
			if !p.done && p.skip == "" {
				pending++
			}
		}
		if pending == 0 {
			return nil
		}
		text, fnLines, callLines := printerSource(info, plans)
		if err := os.WriteFile(filepath.Join(tmp, file), []byte(text), 0o644); err != nil {
			return err
		}
		exe := filepath.Join(tmp, "printer")
		res := g.rustc(tmp, "", "--edition", "2021", "-A", "warnings", "--error-format=json", "-o", exe, file)
		if res.err != nil && res.exitCode < 0 {
			return fmt.Errorf("%s: running rustc: %v", file, res.err)
		}
		if res.exitCode != 0 {
			failed := map[int]bool{}
			for _, d := range parseDiagnostics(res.stderr) {
				if d.Level != "error" {
					continue
				}
				matched := false
				for _, sp := range d.Spans {
					if !sp.IsPrimary {
						continue
					}
					for i, r := range fnLines {
						if sp.LineStart >= r[0] && sp.LineStart <= r[1] {
							failed[i], matched = true, true
						}
					}
					for i, r := range callLines {
						if sp.LineStart >= r[0] && sp.LineStart <= r[1] {
							failed[i], matched = true, true
						}
					}
				}
				if !matched && len(d.Spans) > 0 {
					return fmt.Errorf("%s: printer program fails outside generated code:\n%s", file, d.Rendered)
				}
			}
			if len(failed) == 0 {
				return fmt.Errorf("%s: printer program does not compile:\n%s", file, res.stderr)
			}
			for i := range failed {
				p := plans[i]
				p.cand++
				if p.cand >= len(p.bodies) {
					p.skip = "source expression does not compile outside its context"
				}
			}
			if round > 10 {
				return fmt.Errorf("%s: printer program still fails after %d rounds", file, round)
			}
			continue
		}
		out, err := g.run(tmp, exe)
		if err != nil {
			return fmt.Errorf("%s: running printer: %v", file, err)
		}
		for _, rec := range strings.Split(out, "\x03") {
			if rec == "" {
				continue
			}
			rec = strings.TrimPrefix(rec, "\x01")
			k := strings.IndexByte(rec, '\x02')
			if k < 0 {
				return fmt.Errorf("%s: malformed printer output %q", file, rec)
			}
			i := atoi(rec[:k])
			plans[i].value = rec[k+1:]
			plans[i].done = true
		}
		for _, p := range plans {
			if !p.done && p.skip == "" {
				return fmt.Errorf("%s: printer did not print %s", file, p.item.name)
			}
		}
		return nil
	}
}

// marshalJSON renders v as indented JSON without HTML escaping, ending in a newline.
func marshalJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
