// fmtrun.go lowers hand-written formatting impls (`impl fmt::Debug for
// T`, Display, LowerHex, …) to MIR fns the evaluator runs, as Miri runs
// ordinary code: their bodies and the fns they call are not const, so
// const-checking does not apply to them (the step limit does). The
// Formatter is native: write!/writeln!/write_fmt(format_args!) and the
// Formatter's methods become calls the evaluator implements
// (core::fmt::Formatter::*, core::fmt::rt::mirlsp_*). `for` loops and `?`
// are checked as the loop and match they stand for.

package rustsrc

import (
	"strconv"
	"strings"

	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

// formatterAdt is core::fmt::Formatter, a handle the evaluator keeps.
var formatterAdt = &adt{name: "Formatter", path: "Formatter", kind: mir.AdtStruct, builtin: true, resolved: true}

// fmtResultTy is fmt::Result: Result<(), fmt::Error>, fmt::Error being a
// unit struct laid out as ().
var fmtResultTy = &Type{kind: kAdt, adt: resultAdt, args: []*Type{tyUnit, tyUnit}}

var formatterTy = &Type{kind: kAdt, adt: formatterAdt}

// fmtCoreDef resolves the paths of core::fmt the formatting impls use.
func fmtCoreDef(segs []string, n ns) *def {
	if len(segs) == 0 || segs[0] != "fmt" {
		return nil
	}
	path := strings.Join(segs, "::")
	switch path {
	case "fmt":
		return &def{kind: defCore, core: path}
	case "fmt::Formatter":
		if n == nsType {
			return &def{kind: defAdt, name: "Formatter", adt: formatterAdt}
		}
	case "fmt::Result":
		if n == nsType {
			return &def{kind: defPrim, name: "Result", prim: fmtResultTy}
		}
	case "fmt::Error":
		if n == nsType {
			return &def{kind: defPrim, name: "Error", prim: tyUnit}
		}
	}
	return nil
}

// callable checks that a call of f is allowed here: a const context calls
// const fns only; runtime code (a formatting impl and what it calls) any
// fn, which is then lowered as runtime code too.
func (c *checker) callable(f *fnDef) {
	if f.ast == nil || f.ast.Header.Const || f.runtime {
		return
	}
	if !c.runtime {
		fail("`%s` is not a `const fn`", f.def.name)
	}
	f.runtime = true
	if f.sigDone == 2 && f.bad != "" {
		// Refused as a const fn before: check it again as runtime code.
		f.sigDone, f.bad, f.lowered = 0, "", false
	}
}

// fmtTraitOf is the formatting trait a path names (fmt::Display,
// core::fmt::LowerHex, Debug), or "".
func fmtTraitOf(segs []string) string {
	if len(segs) == 0 || !fmtTraits[segs[len(segs)-1]] {
		return ""
	}
	if len(segs) > 1 && segs[len(segs)-2] != "fmt" {
		return ""
	}
	return segs[len(segs)-1]
}

func identExpr(name string, sp syntax.Span) *syntax.PathExpr {
	return &syntax.PathExpr{Spanned: syntax.Spanned{Span: sp}, Path: pathOf(sp, name)}
}

func pathOf(sp syntax.Span, names ...string) *syntax.Path {
	p := &syntax.Path{Spanned: syntax.Spanned{Span: sp}}
	for _, n := range names {
		p.Segments = append(p.Segments, &syntax.PathSegment{Spanned: syntax.Spanned{Span: sp}, Name: syntax.Ident{Name: n, Span: sp}})
	}
	return p
}

// strLit is a string literal of s (raw, so no escape is needed).
func strLit(s string, sp syntax.Span) *syntax.Lit {
	h := "#"
	for strings.Contains(s, "\""+h) {
		h += "#"
	}
	return &syntax.Lit{Spanned: syntax.Spanned{Span: sp}, Kind: syntax.LitStr, Raw: true, Text: "r" + h + "\"" + s + "\"" + h}
}

// desugar checks a `for` loop or `?` in runtime code as what it stands
// for; ok false: e is neither.
func (c *checker) desugar(e syntax.Expr, want *Type) (*Type, bool) {
	var d syntax.Expr
	switch x := e.(type) {
	case *syntax.Try:
		if !c.runtime {
			return nil, false
		}
		d = c.tryExpr(x)
	case *syntax.For:
		if !c.runtime {
			return nil, false
		}
		d = c.forExpr(x)
	default:
		return nil, false
	}
	if c.desugared == nil {
		c.desugared = map[syntax.Expr]syntax.Expr{}
	}
	c.desugared[e] = d
	return c.expr(d, want), true
}

// tryExpr is `x?` on a Result: match x { Ok(v) => v, Err(e) => return Err(e) }.
func (c *checker) tryExpr(x *syntax.Try) syntax.Expr {
	sp := x.Span
	v, e := "__mirlsp_ok", "__mirlsp_err"
	okArm := &syntax.Arm{Spanned: syntax.Spanned{Span: sp},
		Pat:  &syntax.TupleStructPat{Spanned: syntax.Spanned{Span: sp}, Path: pathOf(sp, "Ok"), Elems: []syntax.Pat{&syntax.IdentPat{Spanned: syntax.Spanned{Span: sp}, Name: syntax.Ident{Name: v, Span: sp}}}},
		Body: identExpr(v, sp)}
	errArm := &syntax.Arm{Spanned: syntax.Spanned{Span: sp},
		Pat:  &syntax.TupleStructPat{Spanned: syntax.Spanned{Span: sp}, Path: pathOf(sp, "Err"), Elems: []syntax.Pat{&syntax.IdentPat{Spanned: syntax.Spanned{Span: sp}, Name: syntax.Ident{Name: e, Span: sp}}}},
		Body: &syntax.Return{Spanned: syntax.Spanned{Span: sp}, Value: &syntax.Call{Spanned: syntax.Spanned{Span: sp}, Fun: identExpr("Err", sp), Args: []syntax.Expr{identExpr(e, sp)}}}}
	return &syntax.Match{Spanned: syntax.Spanned{Span: sp}, X: x.X, Arms: []*syntax.Arm{okArm, errArm}}
}

// forExpr is a `for` loop as a `while` over an index (ranges of
// integers, arrays and slices, `.iter()` of them) or a `loop` calling
// the iterator's `next`.
func (c *checker) forExpr(x *syntax.For) syntax.Expr {
	sp := x.Span
	ssp := syntax.Spanned{Span: sp}
	i, s := "__mirlsp_i", "__mirlsp_s"
	let := func(name string, mut bool, init syntax.Expr) syntax.Stmt {
		return &syntax.LetStmt{Spanned: ssp, Pat: &syntax.IdentPat{Spanned: ssp, Mut: mut, Name: syntax.Ident{Name: name, Span: sp}}, Init: init}
	}
	body := func(elem syntax.Expr) *syntax.Block {
		// let PAT = elem; i += 1; { BODY }
		return &syntax.Block{Spanned: ssp, Stmts: []syntax.Stmt{
			&syntax.LetStmt{Spanned: ssp, Pat: x.Pat, Init: elem},
			&syntax.ExprStmt{Spanned: ssp, Semi: true, X: &syntax.Assign{Spanned: ssp, Op: syntax.BinAdd, X: identExpr(i, sp), Y: &syntax.Lit{Spanned: ssp, Kind: syntax.LitInt, Text: "1"}}},
			&syntax.ExprStmt{Spanned: ssp, Semi: true, X: &syntax.BlockExpr{Spanned: syntax.Spanned{Span: x.Body.Span}, Block: x.Body}},
		}}
	}
	iter := x.Iter
	for {
		p, ok := iter.(*syntax.Paren)
		if !ok {
			break
		}
		iter = p.X
	}
	if r, ok := iter.(*syntax.Range); ok && r.Lo != nil && r.Hi != nil {
		op := syntax.BinLt
		if r.Closed {
			op = syntax.BinLe
		}
		return &syntax.BlockExpr{Spanned: ssp, Block: &syntax.Block{Spanned: ssp, Stmts: []syntax.Stmt{
			let(i, true, r.Lo), let(s, false, r.Hi),
			&syntax.ExprStmt{Spanned: ssp, X: &syntax.While{Spanned: ssp, Label: x.Label,
				Cond: &syntax.Binary{Spanned: ssp, Op: op, X: identExpr(i, sp), Y: identExpr(s, sp)},
				Body: body(identExpr(i, sp))}},
		}}}
	}
	// Adapters of an indexed sequence, outermost first: `.enumerate()`,
	// `.map(|x| …)`, `.copied()`, `.cloned()`.
	var adapters []*syntax.MethodCall
	for {
		mc, ok := iter.(*syntax.MethodCall)
		if !ok || mc.Generics != nil {
			break
		}
		switch {
		case (mc.Name.Name == "enumerate" || mc.Name.Name == "copied" || mc.Name.Name == "cloned") && len(mc.Args) == 0:
		case mc.Name.Name == "map" && len(mc.Args) == 1 && simpleClosure(mc.Args[0]):
		default:
			mc = nil
		}
		if mc == nil {
			break
		}
		adapters = append(adapters, mc)
		iter = mc.Recv
	}
	// The sequence indexed: `a`, `&a`, `a.iter()` for an array or slice.
	var seq syntax.Expr
	byRef := true
	switch it := iter.(type) {
	case *syntax.Ref:
		if !it.Raw && !it.Mut && c.isSeq(it.X) {
			seq = it.X
		}
	case *syntax.MethodCall:
		if it.Name.Name == "iter" && len(it.Args) == 0 && c.isSeq(it.Recv) {
			seq = it.Recv
		}
	default:
		if c.isSeq(iter) {
			seq, byRef = iter, false
		}
	}
	if seq != nil {
		elem := syntax.Expr(&syntax.Index{Spanned: ssp, X: &syntax.Unary{Spanned: ssp, Op: syntax.UnDeref, X: identExpr(s, sp)}, Index: identExpr(i, sp)})
		if byRef {
			elem = &syntax.Ref{Spanned: ssp, X: elem}
		}
		for k := len(adapters) - 1; k >= 0; k-- {
			switch a := adapters[k]; a.Name.Name {
			case "enumerate":
				elem = &syntax.Tuple{Spanned: ssp, Elems: []syntax.Expr{identExpr(i, sp), elem}}
			case "copied", "cloned":
				elem = &syntax.Unary{Spanned: ssp, Op: syntax.UnDeref, X: elem}
			case "map":
				// { let PAT = elem; BODY }
				cl := a.Args[0].(*syntax.Closure)
				elem = &syntax.BlockExpr{Spanned: ssp, Block: &syntax.Block{Spanned: ssp, Stmts: []syntax.Stmt{
					&syntax.LetStmt{Spanned: ssp, Pat: cl.Params[0].Pat, Type: cl.Params[0].Type, Init: elem},
				}, Expr: cl.Body}}
			}
		}
		return &syntax.BlockExpr{Spanned: ssp, Block: &syntax.Block{Spanned: ssp, Stmts: []syntax.Stmt{
			let(s, false, &syntax.Ref{Spanned: ssp, X: seq}),
			let(i, true, &syntax.Lit{Spanned: ssp, Kind: syntax.LitInt, Text: "0usize", Suffix: "usize"}),
			&syntax.ExprStmt{Spanned: ssp, X: &syntax.While{Spanned: ssp, Label: x.Label,
				Cond: &syntax.Binary{Spanned: ssp, Op: syntax.BinLt, X: identExpr(i, sp),
					Y: &syntax.MethodCall{Spanned: ssp, Recv: identExpr(s, sp), Name: syntax.Ident{Name: "len", Span: sp}}},
				Body: body(elem)}},
		}}}
	}
	if len(adapters) > 0 {
		fail("a `for` loop over `%s` of an iterator other than an array's or a slice's", adapters[len(adapters)-1].Name.Name)
	}
	// Any other iterator: loop { match it.next() { Some(PAT) => BODY, None => break } }.
	it := "__mirlsp_iter"
	some := &syntax.Arm{Spanned: ssp, Pat: &syntax.TupleStructPat{Spanned: ssp, Path: pathOf(sp, "Some"), Elems: []syntax.Pat{x.Pat}},
		Body: &syntax.BlockExpr{Spanned: syntax.Spanned{Span: x.Body.Span}, Block: x.Body}}
	none := &syntax.Arm{Spanned: ssp, Pat: &syntax.IdentPat{Spanned: ssp, Name: syntax.Ident{Name: "None", Span: sp}}, Body: &syntax.Break{Spanned: ssp}}
	next := &syntax.MethodCall{Spanned: ssp, Recv: identExpr(it, sp), Name: syntax.Ident{Name: "next", Span: sp}}
	return &syntax.BlockExpr{Spanned: ssp, Block: &syntax.Block{Spanned: ssp, Stmts: []syntax.Stmt{
		let(it, true, x.Iter),
		&syntax.ExprStmt{Spanned: ssp, X: &syntax.Loop{Spanned: ssp, Label: x.Label, Body: &syntax.Block{Spanned: ssp, Stmts: []syntax.Stmt{
			&syntax.ExprStmt{Spanned: ssp, Semi: true, X: &syntax.Match{Spanned: ssp, X: next, Arms: []*syntax.Arm{some, none}}},
		}}}},
	}}}
}

// simpleClosure reports whether e is a closure of one parameter whose
// body can stand inline for its call: no `return` or `?` leaves it.
func simpleClosure(e syntax.Expr) bool {
	cl, ok := e.(*syntax.Closure)
	if !ok || len(cl.Params) != 1 || cl.Ret != nil || cl.Async || cl.Static {
		return false
	}
	leaves := false
	syntax.Inspect(cl.Body, func(n syntax.Node) bool {
		switch n.(type) {
		case *syntax.Return, *syntax.Try, *syntax.Closure:
			leaves = true
		}
		return !leaves
	})
	return !leaves
}

// isSeq reports whether e is an array or a slice (through references),
// judged by its type in a scratch checker so e is checked once for real.
func (c *checker) isSeq(e syntax.Expr) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, u := r.(unsupported); !u {
				panic(r)
			}
			ok = false
		}
	}()
	sc := *c
	sc.ty = map[syntax.Expr]*Type{}
	sc.refs, sc.calls, sc.fields, sc.derefs = map[syntax.Expr]any{}, map[syntax.Node]*callee{}, map[*syntax.Field]fieldRef{}, map[syntax.Expr]int{}
	sc.coerce, sc.expanded = map[syntax.Expr]*Type{}, map[*syntax.MacCall]syntax.Expr{}
	t := res(sc.expr(e, nil))
	for t.kind == kRef {
		t = res(t.elem)
	}
	return t.kind == kArray || t.kind == kSlice
}

// fmtShim is a call of a function the evaluator implements.
func fmtShim(path string, params []*Type, ret *Type) *callee {
	return &callee{kind: callShim, path: mirPath(path), params: params, ret: ret}
}

// fmtCall checks `Trait::fmt(x, f)` and the write calls write! stands
// for; ok false: e is neither.
func (c *checker) fmtCall(e *syntax.Call) (*Type, bool) {
	pe, ok := e.Fun.(*syntax.PathExpr)
	if !ok || pe.Path.QSelf != nil {
		return nil, false
	}
	segs := segNames(pe.Path)
	if len(segs) == 1 && segs[0] == "__mirlsp_entries" {
		params := []*Type{builderRef, refTo(c.newVar(0), false)}
		c.calls[e] = fmtShim("core::fmt::DebugBuilder::entries", params, builderRef)
		c.args(e.Args, params, e)
		return builderRef, true
	}
	if len(segs) == 1 && segs[0] == "__mirlsp_write" {
		params := []*Type{refTo(formatterTy, true), tyStrRef}
		for range e.Args[2:] {
			params = append(params, refTo(c.newVar(0), false))
		}
		cl := fmtShim("core::fmt::rt::mirlsp_"+strings.TrimPrefix(segs[0], "__mirlsp_"), params, fmtResultTy)
		c.calls[e] = cl
		c.args(e.Args, params, e)
		return fmtResultTy, true
	}
	if len(segs) < 2 || segs[len(segs)-1] != "fmt" || !c.runtime {
		return nil, false
	}
	tr := fmtTraitOf(segs[:len(segs)-1])
	if tr == "" || len(e.Args) != 2 {
		return nil, false
	}
	params := []*Type{refTo(c.newVar(0), false), refTo(formatterTy, true)}
	c.calls[e] = fmtShim("core::fmt::rt::mirlsp_"+tr, params, fmtResultTy)
	c.args(e.Args, params, e)
	return fmtResultTy, true
}

// formatterMethods are the Formatter methods the evaluator implements,
// with their parameters after self and their results.
var formatterMethods = map[string]struct {
	params []*Type
	ret    *Type
}{
	"write_str":           {[]*Type{tyStrRef}, fmtResultTy},
	"write_char":          {[]*Type{tyChar}, fmtResultTy},
	"pad":                 {[]*Type{tyStrRef}, fmtResultTy},
	"pad_integral":        {[]*Type{tyBool, tyStrRef, tyStrRef}, fmtResultTy},
	"alternate":           {nil, tyBool},
	"sign_plus":           {nil, tyBool},
	"sign_minus":          {nil, tyBool},
	"sign_aware_zero_pad": {nil, tyBool},
	"fill":                {nil, tyChar},
	"width":               {nil, optionOf(tyUsize)},
	"precision":           {nil, optionOf(tyUsize)},
}

// isFormatterRef reports whether t is &mut Formatter (or &Formatter).
func isFormatterRef(t *Type) bool {
	t = res(t)
	return t != nil && t.kind == kRef && res(t.elem).kind == kAdt && res(t.elem).adt == formatterAdt
}

// fmtMethod checks a method of the Formatter, a builder chain ended by
// finish(), and `x.fmt(f)`; ok false: e is none of them.
func (c *checker) fmtMethod(e *syntax.MethodCall) (*Type, bool) {
	if !c.runtime {
		return nil, false
	}
	name := e.Name.Name
	switch {
	case name == "fmt" && len(e.Args) == 1:
		if c.fmtTrait == "" {
			return nil, false
		}
		// x.fmt(f): the trait of the impl being run (the one in scope).
		rt := res(c.expr(e.Recv, nil))
		params := []*Type{refTo(c.newVar(0), false), refTo(formatterTy, true)}
		cl := fmtShim("core::fmt::rt::mirlsp_"+c.fmtTrait, params, fmtResultTy)
		if rt.kind != kRef {
			cl.recv = 1
			c.unify(params[0], refTo(rt, false), e)
		} else {
			c.unify(params[0], rt, e)
		}
		c.calls[e] = cl
		c.args(e.Args, params[1:], e)
		return fmtResultTy, true
	case name == "write_fmt" && len(e.Args) == 1:
		if m, ok := e.Args[0].(*syntax.MacExpr); ok && lastSeg(c.p.text(m.Mac.Path)) == "format_args" {
			x := c.writeCall(e.Recv, m.Mac, false)
			if c.fmtExpanded == nil {
				c.fmtExpanded = map[syntax.Node]syntax.Expr{}
			}
			c.fmtExpanded[e] = x
			return c.expr(x, nil), true
		}
		return nil, false
	}
	if t, ok := c.builderMethod(e); ok {
		return t, true
	}
	m, ok := formatterMethods[name]
	if !ok {
		return nil, false
	}
	rt := res(c.expr(e.Recv, nil))
	if !isFormatterRef(rt) {
		return nil, false
	}
	c.calls[e] = &callee{kind: callShim, path: mirPath("core::fmt::Formatter::" + name), params: append([]*Type{rt}, m.params...), ret: m.ret}
	c.args(e.Args, m.params, e)
	return m.ret, true
}

// fmtMacro checks write!(f, …) and writeln!(f, …); ok false: another
// macro.
func (c *checker) fmtMacro(m *syntax.MacCall) (*Type, bool) {
	name := m.Path.Segments[len(m.Path.Segments)-1].Name.Name
	if !c.runtime || name != "write" && name != "writeln" {
		return nil, false
	}
	args, err := syntax.ParseMacroArgs(m, nil)
	if err != nil || len(args) < 1 {
		fail("`%s!` with arguments mirlsp does not read", name)
	}
	x := c.writeCall(args[0], m, name == "writeln")
	c.expanded[m] = x
	return c.expr(x, nil), true
}

// writeCall is the write of format arguments (the macro's after its
// first when it is write!) to the formatter dst: one call with the
// template, its arguments numbered, and references to the arguments.
func (c *checker) writeCall(dst syntax.Expr, m *syntax.MacCall, newline bool) syntax.Expr {
	args, err := syntax.ParseMacroArgs(m, nil)
	if err != nil {
		fail("format arguments mirlsp does not read")
	}
	if lastSeg(c.p.text(m.Path)) != "format_args" {
		args = args[1:]
	}
	tmpl := ""
	if len(args) > 0 {
		lit, ok := args[0].(*syntax.Lit)
		if !ok || lit.Kind != syntax.LitStr {
			fail("a format string that is not a literal")
		}
		s, err := lit.Unquote()
		if err != nil {
			fail("a bad format string")
		}
		tmpl, args = s, args[1:]
	}
	if newline {
		tmpl += "\n"
	}
	var pos []syntax.Expr
	named := map[string]int{}
	for _, a := range args {
		if as, ok := a.(*syntax.Assign); ok && as.Op == 0 {
			if pe, ok := as.X.(*syntax.PathExpr); ok && len(pe.Path.Segments) == 1 {
				named[pe.Path.Segments[0].Name.Name] = len(pos)
				pos = append(pos, as.Y)
				continue
			}
		}
		pos = append(pos, a)
	}
	ref := func(name string) string {
		if n, err := strconv.Atoi(name); err == nil {
			if n >= len(pos) {
				fail("format argument %d is missing", n)
			}
			return name
		}
		if i, ok := named[name]; ok {
			return strconv.Itoa(i)
		}
		// A captured variable.
		named[name] = len(pos)
		pos = append(pos, identExpr(name, m.Span))
		return strconv.Itoa(named[name])
	}
	var out strings.Builder
	next := 0
	for i := 0; i < len(tmpl); {
		switch {
		case strings.HasPrefix(tmpl[i:], "{{"), strings.HasPrefix(tmpl[i:], "}}"):
			out.WriteString(tmpl[i : i+2])
			i += 2
		case tmpl[i] == '{':
			j := strings.IndexByte(tmpl[i:], '}')
			if j < 0 {
				fail("an unclosed `{` in a format string")
			}
			arg, spec, hasSpec := strings.Cut(tmpl[i+1:i+j], ":")
			arg = strings.TrimSpace(arg)
			if arg == "" {
				arg = strconv.Itoa(next)
				if next >= len(pos) {
					fail("a format string with more `{}` than arguments")
				}
				next++
			} else {
				arg = ref(arg)
			}
			// Width and precision arguments: `name$`, `N$`, `.*`.
			if k := strings.Index(spec, ".*"); k >= 0 {
				if next >= len(pos) {
					fail("a format string with more `{}` than arguments")
				}
				// `.*` takes the precision before the value.
				spec = spec[:k] + "." + arg + "$" + spec[k+2:]
				arg = strconv.Itoa(next)
				next++
			}
			var sb strings.Builder
			for k := 0; k < len(spec); {
				l := k
				for l < len(spec) && (spec[l] == '_' || spec[l] >= 'a' && spec[l] <= 'z' || spec[l] >= 'A' && spec[l] <= 'Z' || spec[l] >= '0' && spec[l] <= '9') {
					l++
				}
				if l > k+1 && spec[k] == '0' && strings.Trim(spec[k:l], "0123456789") != "" {
					// The `0` flag before a width argument (`{:0w$}`).
					sb.WriteByte('0')
					k++
					continue
				}
				if l > k && l < len(spec) && spec[l] == '$' {
					sb.WriteString(ref(spec[k:l]))
					k = l
					continue
				}
				if l == k {
					l++
				}
				sb.WriteString(spec[k:l])
				k = l
			}
			out.WriteString("{" + arg)
			if hasSpec {
				out.WriteString(":" + sb.String())
			}
			out.WriteString("}")
			i += j + 1
		default:
			out.WriteByte(tmpl[i])
			i++
		}
	}
	call := &syntax.Call{Spanned: syntax.Spanned{Span: m.Span}, Fun: identExpr("__mirlsp_write", m.Span), Args: []syntax.Expr{dst, strLit(out.String(), m.Span)}}
	for _, a := range pos {
		call.Args = append(call.Args, &syntax.Ref{Spanned: syntax.Spanned{Span: a.NodeSpan()}, X: a})
	}
	return call
}

// traitFn finds the fn `name` of a non-generic trait impl for a (an
// Iterator's next), made a fn of the crate on first use.
func (p *prog) traitFn(a *adt, name string) *def {
	if d, ok := p.traitFns[a][name]; ok {
		return d
	}
	var found *def
	for _, ib := range p.impls {
		im := ib.ast
		if im.Trait == nil || im.Negative || hasTypeParams(im.Generics) {
			continue
		}
		pt, ok := im.SelfType.(*syntax.PathType)
		if !ok || p.resolvePathIn(ib.mod, segNames(pt.Path), nsType, 0, false) == nil || p.resolvePathIn(ib.mod, segNames(pt.Path), nsType, 0, false).adt != a {
			continue
		}
		for _, it := range im.Items {
			if fn, ok := it.(*syntax.Fn); ok && fn.Name.Name == name {
				tr := segNames(im.Trait)
				found = p.newRuntimeFn(ib, fn, &Type{kind: kAdt, adt: a}, tr[len(tr)-1])
			}
		}
	}
	if p.traitFns == nil {
		p.traitFns = map[*adt]map[string]*def{}
	}
	if p.traitFns[a] == nil {
		p.traitFns[a] = map[string]*def{}
	}
	p.traitFns[a][name] = found
	return found
}

// newRuntimeFn makes a fn of a trait impl, lowered as runtime code.
func (p *prog) newRuntimeFn(ib *implBlock, fn *syntax.Fn, self *Type, trait string) *def {
	d := &def{kind: defFn, name: fn.Name.Name, path: "<" + self.String() + " as " + trait + ">::" + fn.Name.Name, mod: ib.mod, file: ib.file, span: fn.Name.Span}
	d.fn = &fnDef{def: d, ast: fn, selfTy: self, runtime: true}
	if fmtTraits[trait] {
		d.fn.fmtTrait = trait
	}
	d.fn.path = mirPath(d.path)
	d.fn.mir = &mir.Item{Kind: mir.ItemFn, Name: p.uniqueName(d.path), Span: fn.Span, NameSpan: fn.Name.Span}
	d.fn.mir.Path = mirPath(d.fn.mir.Name)
	p.byMIR[d.fn.mir] = d.fn
	p.fns = append(p.fns, d.fn)
	return d
}

// fmtFn lowers a's impl of a formatting trait to a MIR fn, with the fns
// it reaches; the reason says why it cannot be run ("" when it can).
func (p *prog) fmtFn(a *adt, trait string, ib *implBlock, inst *fmtInst) (*mir.Item, string) {
	if a.bad != "" || (a.generic() != (inst != nil)) || (inst == nil && a.decl == nil) {
		return nil, "is on a type mirlsp does not lay out"
	}
	var fn *syntax.Fn
	for _, it := range ib.ast.Items {
		if f, ok := it.(*syntax.Fn); ok && f.Name.Name == "fmt" {
			fn = f
		}
	}
	if fn == nil || fn.Body == nil {
		return nil, "has no `fmt` body"
	}
	self := &Type{kind: kAdt, adt: a}
	if inst != nil {
		self = inst.self
	}
	d := p.newRuntimeFn(ib, fn, self, trait)
	if inst != nil {
		d.fn.gen = inst.gen
	}
	p.lowerFn(d.fn)
	if r := p.runnable(d.fn, map[*fnDef]bool{}); r != "" {
		return nil, r
	}
	return d.fn.mir, ""
}

// runnable lowers what f reaches and says why it cannot run ("" if it can).
func (p *prog) runnable(f *fnDef, seen map[*fnDef]bool) string {
	if seen[f] {
		return ""
	}
	seen[f] = true
	if !f.lowered && f.bad == "" && !f.lowering {
		p.lowerFn(f)
	}
	if f.bad != "" {
		return f.bad
	}
	for _, dep := range f.deps {
		g, ok := p.byMIR[dep].(*fnDef)
		if !ok {
			continue
		}
		if r := p.runnable(g, seen); r != "" {
			if strings.HasPrefix(r, "calls `") || strings.HasPrefix(r, "uses `") {
				return r
			}
			return "calls `" + g.def.name + "`, which " + r
		}
	}
	return ""
}

// builderKind is the builder a chain of builder calls starts with
// (f.debug_list().entry(&x) is "debug_list"), or "".
func builderKind(e syntax.Expr) string {
	for depth := 0; depth < 64; depth++ {
		mc, ok := e.(*syntax.MethodCall)
		if !ok {
			return ""
		}
		switch mc.Name.Name {
		case "debug_list", "debug_set", "debug_map":
			return mc.Name.Name
		case "entry", "entries", "key", "value":
			e = mc.Recv
		default:
			return ""
		}
	}
	return ""
}

// builderAdt is core::fmt's DebugStruct, DebugTuple, DebugList, DebugSet
// and DebugMap: a handle to the evaluator's builder, used through
// `&mut` (what debug_struct returns here and what its methods take).
var builderAdt = &adt{name: "DebugBuilder", path: "DebugBuilder", kind: mir.AdtStruct, builtin: true, resolved: true}

var builderRef = refTo(&Type{kind: kAdt, adt: builderAdt}, true)

func isBuilderRef(t *Type) bool {
	t = res(t)
	return t != nil && t.kind == kRef && res(t.elem).kind == kAdt && res(t.elem).adt == builderAdt
}

// builderMethod checks f.debug_struct("S") (and debug_tuple, _list, _set,
// _map) and the builder's field, entry, entries, finish and
// finish_non_exhaustive; ok false: e is none of them.
func (c *checker) builderMethod(e *syntax.MethodCall) (*Type, bool) {
	name := e.Name.Name
	var params []*Type
	ret := builderRef
	switch name {
	case "debug_struct", "debug_tuple":
		params = []*Type{tyStrRef}
	case "debug_list", "debug_set", "debug_map":
	case "field":
		if len(e.Args) == 2 {
			params = []*Type{tyStrRef, refTo(c.newVar(0), false)}
		} else {
			params = []*Type{refTo(c.newVar(0), false)}
		}
	case "entry":
		params = []*Type{refTo(c.newVar(0), false)}
		if len(e.Args) == 2 {
			params = append(params, refTo(c.newVar(0), false))
		}
	case "key", "value":
		params = []*Type{refTo(c.newVar(0), false)}
	case "entries":
		if len(e.Args) != 1 {
			return nil, false
		}
		// entries(x.iter()), entries(&x), entries(x) of an array or slice.
		var seq syntax.Expr
		switch a := e.Args[0].(type) {
		case *syntax.MethodCall:
			if a.Name.Name == "iter" && len(a.Args) == 0 && c.isSeq(a.Recv) {
				seq = a.Recv
			}
		case *syntax.Ref:
			if !a.Raw && c.isSeq(a.X) {
				seq = a.X
			}
		default:
			if c.isSeq(a) {
				seq = a
			}
		}
		if seq == nil {
			// { let b = RECV; for e in ITER { b.entry(&e); } b }, with
			// (k, v) and entry(&k, &v) for a map.
			kind := builderKind(e.Recv)
			if kind == "" {
				fail("calls `entries` with an iterator other than an array's or a slice's on a builder whose kind mirlsp does not see")
			}
			sp := e.Span
			ssp := syntax.Spanned{Span: sp}
			b, k, v := "__mirlsp_b", "__mirlsp_k", "__mirlsp_v"
			ip := func(n string) syntax.Pat {
				return &syntax.IdentPat{Spanned: ssp, Name: syntax.Ident{Name: n, Span: sp}}
			}
			ref := func(n string) syntax.Expr { return &syntax.Ref{Spanned: ssp, X: identExpr(n, sp)} }
			pat, args := ip(k), []syntax.Expr{ref(k)}
			if kind == "debug_map" {
				pat, args = &syntax.TuplePat{Spanned: ssp, Elems: []syntax.Pat{ip(k), ip(v)}}, []syntax.Expr{ref(k), ref(v)}
			}
			entry := &syntax.MethodCall{Spanned: ssp, Recv: identExpr(b, sp), Name: syntax.Ident{Name: "entry", Span: sp}, Args: args}
			loop := &syntax.For{Spanned: ssp, Pat: pat, Iter: e.Args[0], Body: &syntax.Block{Spanned: ssp, Stmts: []syntax.Stmt{
				&syntax.ExprStmt{Spanned: ssp, Semi: true, X: entry}}}}
			x := &syntax.BlockExpr{Spanned: ssp, Block: &syntax.Block{Spanned: ssp, Stmts: []syntax.Stmt{
				&syntax.LetStmt{Spanned: ssp, Pat: ip(b), Init: e.Recv},
				&syntax.ExprStmt{Spanned: ssp, Semi: true, X: loop},
			}, Expr: identExpr(b, sp)}}
			if c.fmtExpanded == nil {
				c.fmtExpanded = map[syntax.Node]syntax.Expr{}
			}
			c.fmtExpanded[e] = x
			return c.expr(x, nil), true
		}
		rt := res(c.expr(e.Recv, nil))
		if !isBuilderRef(rt) {
			return nil, false
		}
		x := &syntax.Call{Spanned: syntax.Spanned{Span: e.Span}, Fun: identExpr("__mirlsp_entries", e.Span),
			Args: []syntax.Expr{e.Recv, &syntax.Ref{Spanned: syntax.Spanned{Span: seq.NodeSpan()}, X: seq}}}
		if c.fmtExpanded == nil {
			c.fmtExpanded = map[syntax.Node]syntax.Expr{}
		}
		c.fmtExpanded[e] = x
		return c.expr(x, nil), true
	case "finish", "finish_non_exhaustive":
		ret = fmtResultTy
	default:
		return nil, false
	}
	rt := res(c.expr(e.Recv, nil))
	owner := "Formatter"
	if strings.HasPrefix(name, "debug_") {
		if !isFormatterRef(rt) {
			return nil, false
		}
	} else {
		if !isBuilderRef(rt) {
			return nil, false
		}
		owner = "DebugBuilder"
	}
	if len(e.Args) != len(params) {
		fail("calls `%s` with %d arguments", name, len(e.Args))
	}
	c.calls[e] = &callee{kind: callShim, path: mirPath("core::fmt::" + owner + "::" + name), params: append([]*Type{rt}, params...), ret: ret}
	c.args(e.Args, params, e)
	return ret, true
}
