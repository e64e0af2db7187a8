// fmtimpl.go compiles hand-written formatting impls (Debug, Display,
// LowerHex, …) to the text they write (mir.FmtImpl), which the evaluator
// runs when it prints a value: bodies made of write!, write_str,
// write_char, pad and Trait::fmt calls on self's fields, possibly under a
// match on self. Any other body leaves the type unprintable, with the
// reason naming what is outside this subset.

package rustsrc

import (
	"strconv"
	"strings"

	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

// fmtTraits are the formatting traits whose impls are compiled.
var fmtTraits = map[string]bool{"Debug": true, "Display": true, "LowerHex": true, "UpperHex": true, "Binary": true, "Octal": true}

// fmtSrc is one formatting impl of an ADT, compiled on first use.
type fmtSrc struct {
	ib     *implBlock
	done   bool
	busy   bool
	impl   *mir.FmtImpl
	reason string
}

// markFmtImpl records a formatting impl written by hand.
func (p *prog) markFmtImpl(ib *implBlock, trait string) {
	pt, ok := ib.ast.SelfType.(*syntax.PathType)
	if !ok {
		return
	}
	d := p.resolvePathIn(ib.mod, segNames(pt.Path), nsType, 0, false)
	if d == nil || d.kind != defAdt || d.adt.builtin {
		return
	}
	if trait == "Debug" {
		d.adt.customDebug = true
	}
	if d.adt.fmt == nil {
		d.adt.fmt = map[string]*fmtSrc{}
	}
	if _, dup := d.adt.fmt[trait]; dup || hasTypeParams(ib.ast.Generics) {
		d.adt.fmt[trait] = &fmtSrc{done: true, reason: "its `" + trait + "` impl is generic"}
		return
	}
	d.adt.fmt[trait] = &fmtSrc{ib: ib}
}

// fmtImpl compiles a's impl of trait, returning why it cannot be run
// ("" when it can).
func (p *prog) fmtImpl(a *adt, trait string) string {
	fs := a.fmt[trait]
	if fs == nil {
		return "`" + a.name + "` has no `" + trait + "` impl that mirlsp reads"
	}
	if fs.done || fs.busy {
		return fs.reason
	}
	fs.busy = true
	defer p.setFile(fs.ib.file)()
	fn, why := p.fmtFn(a, trait, fs.ib)
	if fn != nil {
		fs.busy, fs.done = false, true
		if a.decl.FmtFns == nil {
			a.decl.FmtFns = map[string]*mir.Item{}
		}
		a.decl.FmtFns[trait] = fn
		return ""
	}
	fs.reason = guard(func() { fs.impl = p.compileFmt(a, trait, fs.ib) })
	if fs.reason != "" {
		fs.reason = "the `" + trait + "` impl of `" + a.name + "` cannot be run: " + why
	}
	fs.busy, fs.done = false, true
	if fs.reason == "" && a.decl != nil {
		if a.decl.Fmt == nil {
			a.decl.Fmt = map[string]*mir.FmtImpl{}
		}
		a.decl.Fmt[trait] = fs.impl
	}
	return fs.reason
}

// compileFmtImpls compiles every formatting impl of the crate's ADTs, so
// their declarations carry them when the evaluator reads them.
func (p *prog) compileFmtImpls() {
	for _, a := range p.adts {
		for _, tr := range []string{"Debug", "Display", "LowerHex", "UpperHex", "Binary", "Octal"} {
			if a.fmt[tr] != nil {
				p.fmtImpl(a, tr)
			}
		}
	}
}

// fmtBinding is a name bound to a value reached from self.
type fmtBinding struct {
	fields []int
	ty     *Type
}

type fmtCompiler struct {
	p       *prog
	a       *adt
	fmtName string // the Formatter parameter
	env     map[string]fmtBinding
}

func (p *prog) compileFmt(a *adt, trait string, ib *implBlock) *mir.FmtImpl {
	if a.bad != "" || a.generic() || a.decl == nil {
		fail("is on a type mirlsp does not lay out")
	}
	var fn *syntax.Fn
	for _, it := range ib.ast.Items {
		if f, ok := it.(*syntax.Fn); ok && f.Name.Name == "fmt" {
			fn = f
		}
	}
	if fn == nil || fn.Body == nil || len(fn.Params) != 1 {
		fail("has no `fmt` body")
	}
	ip, ok := fn.Params[0].Pat.(*syntax.IdentPat)
	if !ok {
		fail("takes its formatter by a pattern")
	}
	self := &Type{kind: kAdt, adt: a}
	c := &fmtCompiler{p: p, a: a, fmtName: ip.Name.Name, env: map[string]fmtBinding{"self": {ty: self}}}
	fi := &mir.FmtImpl{Trait: trait, Arms: make([][]mir.FmtPiece, len(a.variants))}
	body := fn.Body
	if len(body.Stmts) == 0 && body.Expr != nil {
		if m, ok := unparen(body.Expr).(*syntax.Match); ok && c.isSelf(m.X) {
			for vi, v := range a.variants {
				fi.Arms[vi] = c.matchArm(m, v)
			}
			return fi
		}
	}
	pieces := c.block(body)
	for vi := range fi.Arms {
		fi.Arms[vi] = pieces
	}
	return fi
}

func unparen(e syntax.Expr) syntax.Expr {
	for {
		switch x := e.(type) {
		case *syntax.Paren:
			e = x.X
		case *syntax.Ref:
			if x.Raw {
				return e
			}
			e = x.X
		case *syntax.Unary:
			if x.Op != syntax.UnDeref {
				return e
			}
			e = x.X
		default:
			return e
		}
	}
}

func (c *fmtCompiler) isSelf(e syntax.Expr) bool {
	pe, ok := unparen(e).(*syntax.PathExpr)
	return ok && len(pe.Path.Segments) == 1 && pe.Path.Segments[0].Name.Name == "self"
}

func (c *fmtCompiler) isFormatter(e syntax.Expr) bool {
	pe, ok := unparen(e).(*syntax.PathExpr)
	return ok && len(pe.Path.Segments) == 1 && pe.Path.Segments[0].Name.Name == c.fmtName
}

// matchArm compiles the first arm of m that matches variant v.
func (c *fmtCompiler) matchArm(m *syntax.Match, v *variant) []mir.FmtPiece {
	for _, arm := range m.Arms {
		if arm.Guard != nil {
			fail("matches with a guard")
		}
		binds, ok := c.patMatches(arm.Pat, v)
		if !ok {
			continue
		}
		saved := c.env
		c.env = map[string]fmtBinding{}
		for k, b := range saved {
			c.env[k] = b
		}
		for k, b := range binds {
			c.env[k] = b
		}
		pieces := c.expr(arm.Body)
		c.env = saved
		return pieces
	}
	fail("matches `%s` in no arm mirlsp reads", v.name)
	return nil
}

// patMatches reports whether pattern pt matches every value of variant
// v, with the names it binds.
func (c *fmtCompiler) patMatches(pt syntax.Pat, v *variant) (map[string]fmtBinding, bool) {
	named := func(path *syntax.Path) bool {
		segs := segNames(path)
		return segs[len(segs)-1] == v.name
	}
	field := func(i int, sub syntax.Pat, binds map[string]fmtBinding) {
		switch sp := sub.(type) {
		case *syntax.WildPat, *syntax.RestPat:
		case *syntax.IdentPat:
			if sp.Sub != nil {
				fail("binds with `@`")
			}
			binds[sp.Name.Name] = fmtBinding{fields: []int{i}, ty: v.fields[i].ty}
		default:
			fail("matches a field with the pattern `%s`", c.p.text(sub))
		}
	}
	switch pt := pt.(type) {
	case *syntax.WildPat:
		return nil, true
	case *syntax.ParenPat:
		return c.patMatches(pt.Pat, v)
	case *syntax.OrPat:
		for _, alt := range pt.Alts {
			if b, ok := c.patMatches(alt, v); ok {
				if len(b) > 0 {
					fail("binds names in an or-pattern")
				}
				return b, true
			}
		}
		return nil, false
	case *syntax.IdentPat:
		if pt.Name.Name == v.name && v.ctor == mir.CtorUnit {
			return nil, true
		}
		if d := c.p.resolvePathIn(c.a.mod, []string{pt.Name.Name}, nsValue, 0, false); d != nil && d.kind == defVariant {
			return nil, false
		}
		fail("binds all of self in a match")
	case *syntax.PathPat:
		return nil, named(pt.Path)
	case *syntax.TupleStructPat:
		if !named(pt.Path) {
			return nil, false
		}
		binds := map[string]fmtBinding{}
		for i, e := range pt.Elems {
			if _, rest := e.(*syntax.RestPat); rest {
				break
			}
			if i >= len(v.fields) {
				fail("matches `%s` with too many fields", v.name)
			}
			field(i, e, binds)
		}
		return binds, true
	case *syntax.StructPat:
		if !named(pt.Path) {
			return nil, false
		}
		binds := map[string]fmtBinding{}
		for _, fp := range pt.Fields {
			i := v.fieldIndex(fp.Name.Name)
			if i < 0 {
				fail("matches an unknown field `%s`", fp.Name.Name)
			}
			sub := fp.Pat
			if fp.Shorthand || sub == nil {
				sub = &syntax.IdentPat{Name: fp.Name}
			}
			field(i, sub, binds)
		}
		return binds, true
	}
	fail("matches self with the pattern `%s`", c.p.text(pt))
	return nil, false
}

// block compiles a fmt body: write calls, each as a statement (with `?`)
// or as the tail, and `Ok(())`.
func (c *fmtCompiler) block(b *syntax.Block) []mir.FmtPiece {
	var out []mir.FmtPiece
	for _, st := range b.Stmts {
		switch st := st.(type) {
		case *syntax.ExprStmt:
			x := st.X
			if t, ok := x.(*syntax.Try); ok {
				x = t.X
			}
			out = append(out, c.expr(x)...)
		case *syntax.EmptyStmt:
		default:
			fail("has the statement `%s`", firstLine(c.p.text(st)))
		}
	}
	if b.Expr != nil {
		out = append(out, c.expr(b.Expr)...)
	}
	return out
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " …"
	}
	return s
}

// expr compiles an expression that writes to the formatter.
func (c *fmtCompiler) expr(e syntax.Expr) []mir.FmtPiece {
	switch x := e.(type) {
	case *syntax.Paren:
		return c.expr(x.X)
	case *syntax.BlockExpr:
		if x.Kind != syntax.PlainBlock || x.Label != nil {
			fail("has a block of another kind")
		}
		return c.block(x.Block)
	case *syntax.MacExpr:
		return c.writeMacro(x.Mac)
	case *syntax.Call:
		if pe, ok := x.Fun.(*syntax.PathExpr); ok {
			segs := segNames(pe.Path)
			if len(segs) == 1 && segs[0] == "Ok" && len(x.Args) == 1 {
				if t, ok := x.Args[0].(*syntax.Tuple); ok && len(t.Elems) == 0 {
					return nil
				}
			}
			if len(segs) >= 2 && segs[len(segs)-1] == "fmt" && fmtTraits[segs[len(segs)-2]] && len(x.Args) == 2 && c.isFormatter(x.Args[1]) {
				return []mir.FmtPiece{{Arg: c.arg(x.Args[0], segs[len(segs)-2], nil)}}
			}
		}
		fail("calls `%s`", firstLine(c.p.text(x.Fun)))
	case *syntax.MethodCall:
		if x.Name.Name == "finish" || x.Name.Name == "finish_non_exhaustive" {
			return c.builder(x)
		}
		if c.isFormatter(x.Recv) && len(x.Args) == 1 {
			lit, ok := unparen(x.Args[0]).(*syntax.Lit)
			switch {
			case x.Name.Name == "write_str" && ok && lit.Kind == syntax.LitStr:
				s, err := lit.Unquote()
				if err == nil {
					return []mir.FmtPiece{{Lit: s}}
				}
			case x.Name.Name == "write_char" && ok && lit.Kind == syntax.LitChar:
				s, err := lit.Unquote()
				if err == nil {
					return []mir.FmtPiece{{Lit: s}}
				}
			case x.Name.Name == "pad" && ok && lit.Kind == syntax.LitStr:
				s, err := lit.Unquote()
				if err == nil {
					return []mir.FmtPiece{{Arg: &mir.FmtArg{Trait: "Display", Str: &s}}}
				}
			}
		}
		fail("calls `%s`", x.Name.Name)
	}
	fail("has the expression `%s`", firstLine(c.p.text(e)))
	return nil
}

// builder compiles f.debug_struct("S").field("a", &x).finish() and the
// debug_tuple, debug_list, debug_set and debug_map chains, non-alternate:
// each field is formatted with Debug and the caller's options.
func (c *fmtCompiler) builder(fin *syntax.MethodCall) []mir.FmtPiece {
	var calls []*syntax.MethodCall
	var x syntax.Expr = fin
	for {
		mc, ok := x.(*syntax.MethodCall)
		if !ok {
			fail("has the expression `%s`", firstLine(c.p.text(x)))
		}
		calls = append(calls, mc)
		if c.isFormatter(mc.Recv) {
			break
		}
		x = mc.Recv
	}
	start := calls[len(calls)-1]
	kind := start.Name.Name
	var name string
	switch kind {
	case "debug_struct", "debug_tuple":
		if len(start.Args) != 1 {
			fail("calls `%s` with other arguments", kind)
		}
		lit, ok := unparen(start.Args[0]).(*syntax.Lit)
		if !ok || lit.Kind != syntax.LitStr {
			fail("names its `%s` with something other than a literal", kind)
		}
		var err error
		if name, err = lit.Unquote(); err != nil {
			fail("uses a bad literal")
		}
	case "debug_list", "debug_set", "debug_map":
		if len(start.Args) != 0 {
			fail("calls `%s` with arguments", kind)
		}
	default:
		fail("calls `%s`", kind)
	}
	delims := map[string][2]string{
		"debug_struct": {" { ", " }"}, "debug_tuple": {"(", ")"},
		"debug_list": {"[", "]"}, "debug_set": {"{", "}"}, "debug_map": {"{", "}"},
	}[kind]
	open, close, sep := delims[0], delims[1], ", "
	out := []mir.FmtPiece{{Lit: name}}
	n := 0
	next := func() {
		if n == 0 {
			out = append(out, mir.FmtPiece{Lit: open})
		} else {
			out = append(out, mir.FmtPiece{Lit: sep})
		}
		n++
	}
	for i := len(calls) - 2; i >= 1; i-- {
		mc := calls[i]
		switch {
		case mc.Name.Name == "field" && kind == "debug_struct" && len(mc.Args) == 2:
			lit, ok := unparen(mc.Args[0]).(*syntax.Lit)
			fname, err := "", error(nil)
			if ok && lit.Kind == syntax.LitStr {
				fname, err = lit.Unquote()
			}
			if !ok || lit.Kind != syntax.LitStr || err != nil {
				fail("names a field with something other than a literal")
			}
			next()
			out = append(out, mir.FmtPiece{Lit: fname + ": "}, mir.FmtPiece{Arg: c.arg(mc.Args[1], "Debug", nil)})
		case mc.Name.Name == "field" && kind == "debug_tuple" && len(mc.Args) == 1,
			mc.Name.Name == "entry" && (kind == "debug_list" || kind == "debug_set") && len(mc.Args) == 1:
			next()
			out = append(out, mir.FmtPiece{Arg: c.arg(mc.Args[0], "Debug", nil)})
		case mc.Name.Name == "entry" && kind == "debug_map" && len(mc.Args) == 2:
			next()
			out = append(out, mir.FmtPiece{Arg: c.arg(mc.Args[0], "Debug", nil)}, mir.FmtPiece{Lit: ": "}, mir.FmtPiece{Arg: c.arg(mc.Args[1], "Debug", nil)})
		default:
			fail("calls `%s` on a `%s` builder", mc.Name.Name, kind)
		}
	}
	if fin.Name.Name == "finish_non_exhaustive" {
		if kind != "debug_struct" {
			fail("calls `finish_non_exhaustive` on a `%s` builder", kind)
		}
		if n == 0 {
			return append(out, mir.FmtPiece{Lit: " { .. }"})
		}
		return append(out, mir.FmtPiece{Lit: ", .. }"})
	}
	if n == 0 {
		switch kind {
		case "debug_list", "debug_set", "debug_map":
			out = append(out, mir.FmtPiece{Lit: open})
		default:
			return out
		}
	}
	return append(out, mir.FmtPiece{Lit: close})
}

// writeMacro compiles write!(f, "…", args).
func (c *fmtCompiler) writeMacro(m *syntax.MacCall) []mir.FmtPiece {
	name := m.Path.Segments[len(m.Path.Segments)-1].Name.Name
	if name != "write" && name != "writeln" {
		fail("uses `%s!`", name)
	}
	args, err := syntax.ParseMacroArgs(m, nil)
	if err != nil || len(args) < 1 || !c.isFormatter(args[0]) {
		fail("uses `%s!` on something other than its formatter", name)
	}
	if len(args) == 1 {
		if name == "writeln" {
			return []mir.FmtPiece{{Lit: "\n"}}
		}
		fail("uses `write!` without a format string")
	}
	lit, ok := args[1].(*syntax.Lit)
	if !ok || lit.Kind != syntax.LitStr {
		fail("uses `%s!` with a format string that is not a literal", name)
	}
	tmpl, err := lit.Unquote()
	if err != nil {
		fail("uses a bad format string")
	}
	if name == "writeln" {
		tmpl += "\n"
	}
	var pos []syntax.Expr
	named := map[string]syntax.Expr{}
	for _, a := range args[2:] {
		if as, ok := a.(*syntax.Assign); ok && as.Op == 0 {
			if pe, ok := as.X.(*syntax.PathExpr); ok && len(pe.Path.Segments) == 1 {
				named[pe.Path.Segments[0].Name.Name] = as.Y
				continue
			}
		}
		pos = append(pos, a)
	}
	segs, perr := parseFormatString(tmpl)
	if perr != "" {
		fail("uses the format string %q: %s", tmpl, perr)
	}
	var out []mir.FmtPiece
	next := 0
	for _, sg := range segs {
		if sg.arg == nil {
			out = append(out, mir.FmtPiece{Lit: sg.lit})
			continue
		}
		var x syntax.Expr
		switch {
		case sg.arg.name != "":
			if nx, ok := named[sg.arg.name]; ok {
				x = nx
			} else {
				x = &syntax.PathExpr{Path: &syntax.Path{Segments: []*syntax.PathSegment{{Name: syntax.Ident{Name: sg.arg.name}}}}}
			}
		case sg.arg.index >= 0:
			if sg.arg.index >= len(pos) {
				fail("refers to a missing argument")
			}
			x = pos[sg.arg.index]
		default:
			if next >= len(pos) {
				fail("refers to a missing argument")
			}
			x = pos[next]
			next++
		}
		out = append(out, mir.FmtPiece{Arg: c.arg(x, sg.arg.trait, sg.arg.spec)})
	}
	return out
}

// arg compiles a value to format: a path from self or a bound name
// through fields.
func (c *fmtCompiler) arg(e syntax.Expr, trait string, spec *mir.FmtSpec) *mir.FmtArg {
	if lit, ok := unparen(e).(*syntax.Lit); ok && lit.Kind == syntax.LitStr {
		// A string literal: Display pads it; Debug quotes it.
		s, err := lit.Unquote()
		if err != nil || trait != "Display" && trait != "Debug" {
			fail("formats `%s` with `%s`", c.p.text(lit), trait)
		}
		if trait == "Debug" && spec != nil && *spec != defaultSpec {
			fail("formats `%s` with `{:?}` and options", c.p.text(lit))
		}
		return &mir.FmtArg{Trait: trait, Spec: spec, Str: &s}
	}
	fields, t := c.place(e)
	c.checkFmtTy(t, trait, spec)
	return &mir.FmtArg{Fields: fields, Trait: trait, Spec: spec}
}

func (c *fmtCompiler) place(e syntax.Expr) ([]int, *Type) {
	switch x := unparen(e).(type) {
	case *syntax.PathExpr:
		if len(x.Path.Segments) == 1 {
			if b, ok := c.env[x.Path.Segments[0].Name.Name]; ok {
				return b.fields, b.ty
			}
		}
		fail("formats `%s`", c.p.text(x))
	case *syntax.Field:
		base, bt := c.place(x.X)
		bt = res(bt)
		if bt.kind == kRef && len(base) == 0 {
			bt = res(bt.elem)
		}
		switch {
		case bt.kind == kAdt && !bt.adt.builtin && !bt.adt.generic() && len(bt.adt.variants) == 1 && bt.adt.kind == mir.AdtStruct:
			v := bt.adt.variants[0]
			i := v.fieldIndex(x.Name.Name)
			if i < 0 || v.fields[i].ty == nil {
				fail("formats an unknown field `%s`", x.Name.Name)
			}
			return append(append([]int(nil), base...), i), v.fields[i].ty
		case bt.kind == kTuple:
			i, err := strconv.Atoi(x.Name.Name)
			if err != nil || i < 0 || i >= len(bt.elems) {
				fail("formats an unknown field `%s`", x.Name.Name)
			}
			return append(append([]int(nil), base...), i), bt.elems[i]
		}
		fail("formats `%s`", c.p.text(x))
	case *syntax.MethodCall:
		fail("calls `%s`", x.Name.Name)
	case *syntax.Call:
		fail("calls `%s`", firstLine(c.p.text(x.Fun)))
	}
	fail("formats `%s`", firstLine(c.p.text(e)))
	return nil, nil
}

// checkFmtTy fails unless a value of type t can be formatted by trait
// with spec.
func (c *fmtCompiler) checkFmtTy(t *Type, trait string, spec *mir.FmtSpec) {
	t = res(t)
	for t != nil && t.kind == kRef && res(t.elem).kind != kStr {
		t = res(t.elem)
	}
	if t == nil {
		fail("formats a value of unknown type")
	}
	switch t.kind {
	case kInt, kUint:
		if trait == "Debug" || trait == "Display" || trait == "LowerHex" || trait == "UpperHex" || trait == "Binary" || trait == "Octal" {
			return
		}
	case kFloat:
		if trait == "Debug" || trait == "Display" {
			return
		}
	case kBool, kChar:
		if trait == "Display" || trait == "Debug" && (spec == nil || *spec == defaultSpec) {
			return
		}
	case kRef:
		// &str
		if trait == "Display" || trait == "Debug" && (spec == nil || *spec == defaultSpec) {
			return
		}
	case kAdt:
		if t.adt.fmt[trait] != nil {
			if r := c.p.fmtImpl(t.adt, trait); r != "" {
				fail("formats a `%s`, whose %s", t.adt.name, strings.TrimPrefix(r, "the "))
			}
			return
		}
		if trait == "Debug" && (spec == nil || *spec == defaultSpec) {
			if a := c.p.customDebug(t, 0); a != nil {
				fail("formats a value holding a `%s`, whose %s", a.name, strings.TrimPrefix(c.p.fmtImpl(a, "Debug"), "the "))
			}
			if hasFnPtr(t, 0) {
				fail("formats a fn pointer")
			}
			return
		}
	default:
		if trait == "Debug" && (spec == nil || *spec == defaultSpec) {
			if a := c.p.customDebug(t, 0); a != nil {
				fail("formats a value holding a `%s`, whose %s", a.name, strings.TrimPrefix(c.p.fmtImpl(a, "Debug"), "the "))
			}
			if hasFnPtr(t, 0) {
				fail("formats a fn pointer")
			}
			return
		}
	}
	fail("formats a `%s` with `%s` and options mirlsp does not print", t.String(), trait)
}

var defaultSpec = mir.FmtSpec{Fill: ' ', Width: -1, Precision: -1}

// fmtSegment is literal text or one `{…}` of a format string.
type fmtSegment struct {
	lit string
	arg *fmtArgRef
}

type fmtArgRef struct {
	index int    // -1: the next positional argument
	name  string // a named argument or a captured variable
	trait string
	spec  *mir.FmtSpec
}

// parseFormatString splits a format string into literal text and
// arguments; the error says what is outside the forms supported.
func parseFormatString(s string) ([]fmtSegment, string) {
	var out []fmtSegment
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			out = append(out, fmtSegment{lit: lit.String()})
			lit.Reset()
		}
	}
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "{{"):
			lit.WriteByte('{')
			i += 2
		case strings.HasPrefix(s[i:], "}}"):
			lit.WriteByte('}')
			i += 2
		case s[i] == '}':
			return nil, "unmatched `}`"
		case s[i] == '{':
			j := strings.IndexByte(s[i:], '}')
			if j < 0 {
				return nil, "unclosed `{`"
			}
			ref, err := parseArgRef(s[i+1 : i+j])
			if err != "" {
				return nil, err
			}
			flush()
			out = append(out, fmtSegment{arg: ref})
			i += j + 1
		default:
			lit.WriteByte(s[i])
			i++
		}
	}
	flush()
	return out, ""
}

func parseArgRef(s string) (*fmtArgRef, string) {
	ref := &fmtArgRef{index: -1}
	arg, spec, _ := strings.Cut(s, ":")
	arg = strings.TrimSpace(arg)
	if arg != "" {
		if n, err := strconv.Atoi(arg); err == nil {
			ref.index = n
		} else {
			ref.name = arg
		}
	}
	sp := defaultSpec
	rs := []rune(spec)
	i := 0
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '^' }
	if len(rs) >= 2 && isAlign(rs[1]) {
		sp.Fill, sp.Align = rs[0], byte(rs[1])
		i = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		sp.Align = byte(rs[0])
		i = 1
	}
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-') {
		sp.Plus, sp.Minus = rs[i] == '+', rs[i] == '-'
		i++
	}
	if i < len(rs) && rs[i] == '#' {
		sp.Alternate = true
		i++
	}
	if i < len(rs) && rs[i] == '0' && (i+1 >= len(rs) || rs[i+1] != '$') {
		sp.Zero = true
		i++
	}
	num := func() int {
		start := i
		for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
			i++
		}
		if start == i {
			return -1
		}
		n, err := strconv.Atoi(string(rs[start:i]))
		if err != nil || n > 1<<16 {
			return -2
		}
		return n
	}
	if sp.Width = num(); sp.Width == -2 {
		return nil, "a width that large"
	}
	if i < len(rs) && rs[i] == '$' {
		return nil, "a width taken from an argument"
	}
	if i < len(rs) && rs[i] == '.' {
		i++
		if sp.Precision = num(); sp.Precision < 0 {
			return nil, "a precision taken from an argument"
		}
		if i < len(rs) && rs[i] == '$' {
			return nil, "a precision taken from an argument"
		}
	}
	switch string(rs[i:]) {
	case "":
		ref.trait = "Display"
	case "?":
		ref.trait = "Debug"
	case "x":
		ref.trait = "LowerHex"
	case "X":
		ref.trait = "UpperHex"
	case "b":
		ref.trait = "Binary"
	case "o":
		ref.trait = "Octal"
	default:
		return nil, "the format type `" + string(rs[i:]) + "`"
	}
	if sp.Minus {
		return nil, "the `-` flag"
	}
	ref.spec = &sp
	return ref, ""
}
