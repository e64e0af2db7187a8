// check.go infers and checks the types of one body (a const initializer
// or a fn): integer and float literals are inference variables unified
// with their uses, paths resolve to locals or items, calls and method
// calls to fns, constructors or core functions, patterns bind locals
// with Rust's default binding modes. Anything outside the subset, and
// any type error, makes the item unsupported (never an error).

package rustsrc

import (
	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

// local is a variable of a body.
type local struct {
	name string
	ty   *Type
	mut  bool
	span mir.Span
	// byRef: bound by reference by a default binding mode.
}

type calleeKind uint8

const (
	callFn           calleeKind = iota // a fn of the crate
	callShim                           // a core function the evaluator implements
	callCtor                           // a tuple struct or tuple variant constructor
	callTransmute                      // mem::transmute: a Transmute cast
	callNewUnchecked                   // NonZero::new_unchecked: new, and unreachable on None
	callPtr                            // a call through a fn pointer
)

// callee is what a call or method call resolves to.
type callee struct {
	kind    calleeKind
	fn      *fnDef
	path    *mir.Path // shim path
	variant *variant
	adtTy   *Type
	// recv: how a method's receiver is passed: 0 by value, 1 &, 2 &mut;
	// derefs: implicit derefs of the receiver expression before that.
	recv   int
	derefs int
	// unsize: the receiver is an array passed as a slice reference.
	unsize bool
	params []*Type
	ret    *Type
	// targs and pathText: a generic core function's path, completed with
	// its type arguments once they are inferred.
	targs    []*Type
	pathText string
	gen      *genBind // a generic fn's parameters at this call
	// owner: the builtin type whose associated fn is called; its type
	// arguments complete the path (MaybeUninit::<u32>::uninit).
	owner *Type
	// cargs: a core method's const generic arguments (first_chunk::<4>).
	cargs []*lenVar
	// base: a core method's receiver type, whose inferred element type
	// completes the path once known (core::slice::<impl [u8]>::len).
	base *Type
}

type loopInfo struct {
	label  string
	ty     *Type
	isLoop bool // break may carry a value
	block  bool // a labeled block
}

// checker holds the inference state of one body.
type checker struct {
	p      *prog
	sc     scope
	file   int
	ty     map[syntax.Expr]*Type
	refs   map[syntax.Expr]any // PathExpr: *local, *def
	calls  map[syntax.Node]*callee
	binds  map[*syntax.IdentPat]*local
	patTy  map[syntax.Pat]*Type
	patDef map[syntax.Pat]*def
	// patDerefs: implicit derefs of the scrutinee before a pattern
	// (default binding modes); byRef: bindings made by reference.
	patDerefs map[syntax.Pat]int
	byRef     map[*syntax.IdentPat]bool
	fields    map[*syntax.Field]fieldRef
	derefs    map[syntax.Expr]int // implicit derefs of a field or index base
	scopes    []map[string]*local
	ret       *Type
	loops     []loopInfo
	macros    map[*syntax.MacCall]*macro
	vars      []*Type
	// bindMode is the default binding mode inside the pattern being
	// checked: 0 by value, 1 by ref, 2 by ref mut (nextMode: after the
	// derefs of the current pattern).
	bindMode, nextMode int
	byRefMut           map[*syntax.IdentPat]bool
	coerce             map[syntax.Expr]*Type           // the type before an unsizing coercion
	expanded           map[*syntax.MacCall]syntax.Expr // macros checked as the expression they stand for (matches!, addr_of!)
	strMacros          map[*syntax.MacCall]string      // concat!
	// runtime: the body is a non-const fn run by a formatting impl
	// (fmtrun.go), of the impl of fmtTrait; desugared and fmtExpanded:
	// `for`, `?` and Formatter calls checked as what they stand for.
	runtime     bool
	fmtTrait    string
	desugared   map[syntax.Expr]syntax.Expr
	fmtExpanded map[syntax.Node]syntax.Expr

	// closures are the types of the closure expressions (closure.go).
	closures map[*syntax.Closure]*closureInfo

	// bmaps: the maps of the builder of the const this checker checked,
	// which the builder of the next const takes once cleared.
	bmaps builderMaps
}

type builderMaps struct {
	locals map[*local]mir.Local
	seen   map[*mir.Item]bool
	parens map[syntax.Expr]mir.Span
}

type fieldRef struct {
	idx int
}

func newChecker(p *prog, sc scope, file int) *checker {
	return &checker{p: p, sc: sc, file: file, ty: map[syntax.Expr]*Type{}, refs: map[syntax.Expr]any{},
		calls: map[syntax.Node]*callee{}, binds: map[*syntax.IdentPat]*local{}, patTy: map[syntax.Pat]*Type{},
		patDef: map[syntax.Pat]*def{}, patDerefs: map[syntax.Pat]int{}, byRef: map[*syntax.IdentPat]bool{},
		fields: map[*syntax.Field]fieldRef{}, derefs: map[syntax.Expr]int{}, macros: map[*syntax.MacCall]*macro{},
		coerce: map[syntax.Expr]*Type{}, byRefMut: map[*syntax.IdentPat]bool{}, expanded: map[*syntax.MacCall]syntax.Expr{},
		strMacros: map[*syntax.MacCall]string{}}
}

// maxReusedEntries bounds the maps a released checker keeps: clearing a
// map costs its capacity, so those of a body with many expressions are
// dropped rather than cleared for every later body.
const maxReusedEntries = 512

// reuseChecker is newChecker, with the maps of a checker released by
// releaseChecker when there is one (cleared): most bodies are small
// consts, and making 15 maps per body was a tenth of their lowering.
func (p *prog) reuseChecker(sc scope, file int) *checker {
	n := len(p.freeCheckers)
	if n == 0 {
		return newChecker(p, sc, file)
	}
	c := p.freeCheckers[n-1]
	p.freeCheckers = p.freeCheckers[:n-1]
	*c = checker{p: p, sc: sc, file: file, ty: c.ty, refs: c.refs, calls: c.calls, binds: c.binds, patTy: c.patTy,
		patDef: c.patDef, patDerefs: c.patDerefs, byRef: c.byRef, fields: c.fields, derefs: c.derefs, macros: c.macros,
		coerce: c.coerce, byRefMut: c.byRefMut, expanded: c.expanded, strMacros: c.strMacros, scopes: c.scopes[:0], bmaps: c.bmaps}
	return c
}

// releaseChecker hands c back for reuseChecker once nothing refers to it
// or to its maps (the body it checked is lowered). Its maps are cleared
// now, so what they name can be collected.
func (p *prog) releaseChecker(c *checker) {
	if c == nil || len(c.ty) > maxReusedEntries || len(c.calls) > maxReusedEntries || len(c.refs) > maxReusedEntries {
		return
	}
	clear(c.ty)
	clear(c.refs)
	clear(c.calls)
	clear(c.binds)
	clear(c.patTy)
	clear(c.patDef)
	clear(c.patDerefs)
	clear(c.byRef)
	clear(c.fields)
	clear(c.derefs)
	clear(c.macros)
	clear(c.coerce)
	clear(c.byRefMut)
	clear(c.expanded)
	clear(c.strMacros)
	clear(c.scopes[:cap(c.scopes)])
	bm := c.bmaps
	if len(bm.locals) > maxReusedEntries || len(bm.seen) > maxReusedEntries || len(bm.parens) > maxReusedEntries {
		bm = builderMaps{}
	}
	clear(bm.locals)
	clear(bm.seen)
	clear(bm.parens)
	*c = checker{bmaps: bm, ty: c.ty, refs: c.refs, calls: c.calls, binds: c.binds, patTy: c.patTy,
		patDef: c.patDef, patDerefs: c.patDerefs, byRef: c.byRef, fields: c.fields, derefs: c.derefs, macros: c.macros,
		coerce: c.coerce, byRefMut: c.byRefMut, expanded: c.expanded, strMacros: c.strMacros, scopes: c.scopes[:0]}
	p.freeCheckers = append(p.freeCheckers, c)
}

func (c *checker) push()            { c.scopes = append(c.scopes, map[string]*local{}) }
func (c *checker) pop()             { c.scopes = c.scopes[:len(c.scopes)-1] }
func (c *checker) declare(l *local) { c.scopes[len(c.scopes)-1][l.name] = l }
func (c *checker) newVar(k byte) *Type {
	t := newVar(k)
	c.vars = append(c.vars, t)
	return t
}

func (c *checker) lookup(name string) *local {
	for i := len(c.scopes) - 1; i >= 0; i-- {
		if l := c.scopes[i][name]; l != nil {
			return l
		}
	}
	return nil
}

func (c *checker) unify(a, b *Type, at syntax.Node) {
	if !unify(a, b) {
		fail("mismatched types: expected `%s`, found `%s` (at `%s`)", res(a), res(b), c.p.text(at))
	}
}

// expect checks e against the expected type.
func (c *checker) expect(e syntax.Expr, want *Type) *Type {
	t := c.expr(e, want)
	if c.dynCoerce(e, t, want) {
		return want
	}
	if w, g := res(want), res(t); w != nil && w.kind == kRef && res(w.elem).kind == kSlice && g.kind == kRef && res(g.elem).kind == kArray {
		// &[T; N] coerces to &[T].
		c.unify(res(w.elem).elem, res(g.elem).elem, e)
		if w.mut && !g.mut {
			fail("mismatched types")
		}
		c.coerce[e] = t
		c.ty[e] = want
		return want
	}
	if w, g := res(want), res(t); w != nil && w.kind == kRef && g.kind == kRef && res(g.elem).kind == kRef && res(w.elem).kind != kRef &&
		(!w.mut || g.mut && res(g.elem).mut) && unify(w.elem, res(g.elem).elem) {
		// &&T derefs to &T.
		c.coerce[e] = t
		c.ty[e] = want
		return want
	}
	if w, g := res(want), res(t); w != nil && w.kind == kPtr && g.kind == kRef && (!w.mut || g.mut) && unify(w.elem, g.elem) {
		// &T coerces to *const T (and &mut T to *mut T).
		c.coerce[e] = t
		c.ty[e] = want
		return want
	}
	if w, g := res(want), res(t); w != nil && w.kind == kPtr && !w.mut && g.kind == kPtr && g.mut && unify(w.elem, g.elem) {
		// *mut T coerces to *const T.
		c.coerce[e] = t
		c.ty[e] = want
		return want
	}
	if res(t).kind == kNever {
		return want
	}
	c.unify(want, t, e)
	return t
}

// exprCoerce checks e where its value may be coerced to want (a block's
// tail, a branch, a tuple element): &[T; N] to &[T].
func (c *checker) exprCoerce(e syntax.Expr, want *Type) *Type {
	if w := res(want); w != nil && (w.kind == kRef && res(w.elem).kind == kSlice || w.kind == kPtr || isDynPtr(w)) {
		return c.expect(e, want)
	}
	return c.expr(e, want)
}

func (c *checker) expr(e syntax.Expr, want *Type) *Type {
	t := c.expr1(e, want)
	c.ty[e] = t
	return t
}

func (c *checker) expr1(e syntax.Expr, want *Type) *Type {
	if t, ok := c.desugar(e, want); ok {
		return t
	}
	switch e := e.(type) {
	case *syntax.Lit:
		return c.lit(e, want)
	case *syntax.Paren:
		return c.expr(e.X, want)
	case *syntax.AttrExpr:
		return c.expr(e.X, want)
	case *syntax.PathExpr:
		return c.path(e, want)
	case *syntax.Unary:
		switch e.Op {
		case syntax.UnNeg:
			t := c.expr(e.X, want)
			if !t.isNum() || res(t).kind == kUint {
				fail("cannot negate `%s`", res(t))
			}
			return t
		case syntax.UnNot:
			t := c.expr(e.X, want)
			if !t.isInt() && res(t).kind != kBool {
				fail("cannot apply `!` to `%s`", res(t))
			}
			return t
		default:
			t := res(c.expr(e.X, nil))
			if t.kind != kRef && t.kind != kPtr {
				fail("cannot dereference `%s`", t)
			}
			return t.elem
		}
	case *syntax.Ref:
		var inner *Type
		if w := res(want); w != nil && w.kind == kRef && !e.Raw {
			inner = w.elem
			if res(inner).kind == kSlice {
				// An array literal coerced to a slice: its elements
				// have the slice's element type.
				inner = &Type{kind: kArray, elem: res(inner).elem, n: -1}
			}
			if res(inner).kind == kDyn {
				// &value coerced to &dyn Trait: the value has its own type.
				inner = nil
			}
		}
		t := c.expr(e.X, inner)
		if e.Raw {
			return &Type{kind: kPtr, mut: e.Mut, elem: t}
		}
		return refTo(t, e.Mut)
	case *syntax.Binary:
		return c.binary(e, want)
	case *syntax.Assign:
		if tup, ok := e.X.(*syntax.Tuple); ok && e.Op == 0 {
			// Destructuring assignment: (a, b) = (b, a).
			c.destructure(tup, c.expr(e.Y, nil))
			return tyUnit
		}
		lt := c.expr(e.X, nil)
		c.place(e.X, true)
		if e.Op == syntax.BinShl || e.Op == syntax.BinShr {
			rt := c.expr(e.Y, nil)
			if !lt.isInt() || !rt.isInt() {
				fail("shift of `%s` by `%s`", res(lt), res(rt))
			}
		} else {
			c.expect(e.Y, lt)
			if e.Op != 0 && !lt.isNum() && !(res(lt).kind == kBool && (e.Op == syntax.BinBitAnd || e.Op == syntax.BinBitOr || e.Op == syntax.BinBitXor)) {
				fail("compound assignment to `%s`", res(lt))
			}
		}
		return tyUnit
	case *syntax.Closure:
		return c.closure(e)
	case *syntax.Cast:
		to := c.p.astType(e.Type, c.sc)
		from := c.expr(e.X, nil)
		c.checkCast(from, to, e)
		return to
	case *syntax.Tuple:
		if len(e.Elems) == 0 {
			return tyUnit
		}
		t := &Type{kind: kTuple}
		w := res(want)
		for i, x := range e.Elems {
			var we *Type
			if w != nil && w.kind == kTuple && len(w.elems) == len(e.Elems) {
				we = w.elems[i]
			}
			t.elems = append(t.elems, c.exprCoerce(x, we))
		}
		return t
	case *syntax.Array:
		var elem *Type
		if w := res(want); w != nil && w.kind == kArray {
			elem = w.elem
		}
		if elem == nil {
			elem = c.newVar(0)
		}
		for _, x := range e.Elems {
			c.expect(x, elem)
		}
		return &Type{kind: kArray, elem: elem, n: int64(len(e.Elems))}
	case *syntax.Repeat:
		var elem *Type
		if w := res(want); w != nil && w.kind == kArray {
			elem = w.elem
		}
		if elem == nil {
			elem = c.newVar(0)
		}
		c.expect(e.Elem, elem)
		n, ok := c.p.fold(e.Len, c.sc, 0)
		if !ok {
			if v, ok := c.p.evalLen(e.Len); ok {
				return &Type{kind: kArray, elem: elem, n: v}
			}
		}
		if !ok || n.Sign() < 0 || !n.IsInt64() {
			fail("the array length `%s` is not a constant mirlsp computes", c.p.text(e.Len))
		}
		return &Type{kind: kArray, elem: elem, n: n.Int64()}
	case *syntax.Range:
		return c.rangeExpr(e, want)
	case *syntax.Index:
		bt := c.autoderef(e.X, c.expr(e.X, nil))
		if _, isRange := e.Index.(*syntax.Range); isRange {
			fail("range indexing is not supported")
		}
		c.expect(e.Index, tyUsize)
		if bt.kind != kArray && bt.kind != kSlice {
			fail("cannot index `%s`", bt)
		}
		return bt.elem
	case *syntax.Field:
		bt := c.autoderef(e.X, c.expr(e.X, nil))
		name := e.Name.Name
		switch bt.kind {
		case kTuple:
			for i := range bt.elems {
				if itoa(i) == name {
					c.fields[e] = fieldRef{idx: i}
					return bt.elems[i]
				}
			}
		case kAdt:
			if bt.adt.kind != mir.AdtEnum && (!bt.adt.builtin || publicFields(bt.adt)) {
				v := bt.adt.variants[0]
				if i := v.fieldIndex(name); i >= 0 {
					c.fields[e] = fieldRef{idx: i}
					return c.p.fieldType(v, i, bt.args)
				}
			}
		}
		fail("no field `%s` on `%s`", name, bt)
	case *syntax.Call:
		return c.call(e, want)
	case *syntax.MethodCall:
		return c.method(e, want)
	case *syntax.StructLit:
		return c.structLit(e)
	case *syntax.BlockExpr:
		if e.Kind == syntax.ConstBlock && c.p.inline[e] != nil {
			// An inline const sees no locals.
			saved, savedLoops := c.scopes, c.loops
			c.scopes, c.loops = []map[string]*local{{}}, nil
			t := c.block(e.Block, want)
			c.scopes, c.loops = saved, savedLoops
			return t
		}
		if e.Kind != syntax.PlainBlock && e.Kind != syntax.UnsafeBlock {
			fail("this kind of block is not supported")
		}
		if e.Label != nil {
			c.loops = append(c.loops, loopInfo{label: e.Label.Name, ty: c.newVar(0), isLoop: true, block: true})
			t := c.block(e.Block, want)
			li := c.loops[len(c.loops)-1]
			c.loops = c.loops[:len(c.loops)-1]
			c.unify(li.ty, t, e)
			return li.ty
		}
		return c.block(e.Block, want)
	case *syntax.If:
		c.push()
		c.cond(e.Cond)
		if e.Else == nil {
			c.expectBlock(e.Then, tyUnit)
			c.pop()
			return tyUnit
		}
		t := c.block(e.Then, want)
		c.pop()
		et := c.exprCoerce(e.Else, want)
		return c.join(t, et, e)
	case *syntax.While:
		c.push()
		c.cond(e.Cond)
		c.loops = append(c.loops, loopInfo{label: labelName(e.Label), ty: tyUnit})
		c.expectBlock(e.Body, tyUnit)
		c.loops = c.loops[:len(c.loops)-1]
		c.pop()
		return tyUnit
	case *syntax.Loop:
		c.loops = append(c.loops, loopInfo{label: labelName(e.Label), ty: c.newVar(0), isLoop: true})
		c.expectBlock(e.Body, tyUnit)
		li := c.loops[len(c.loops)-1]
		c.loops = c.loops[:len(c.loops)-1]
		if r := res(li.ty); r.kind == kVar && r.v.lit == 0 {
			// A loop without break values never ends normally.
			r.v.t = tyNever
			return tyNever
		}
		return li.ty
	case *syntax.Break:
		li := c.loopFor(e.Label, e)
		if e.Value != nil {
			if !li.isLoop {
				fail("`break` with a value outside `loop`")
			}
			c.expect(e.Value, li.ty)
		} else if li.isLoop {
			c.unify(li.ty, tyUnit, e)
		}
		return tyNever
	case *syntax.Continue:
		c.loopFor(e.Label, e)
		return tyNever
	case *syntax.Return:
		if c.ret == nil {
			fail("`return` outside a fn")
		}
		if e.Value != nil {
			c.expect(e.Value, c.ret)
		} else {
			c.unify(c.ret, tyUnit, e)
		}
		return tyNever
	case *syntax.Match:
		return c.match(e, want)
	case *syntax.MacExpr:
		return c.macro(e.Mac, want)
	}
	fail("`%s` is not supported", c.p.text(e))
	return nil
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func labelName(l *syntax.Label) string {
	if l == nil {
		return ""
	}
	return l.Name
}

func (c *checker) loopFor(label *syntax.Label, at syntax.Node) *loopInfo {
	for i := len(c.loops) - 1; i >= 0; i-- {
		li := &c.loops[i]
		if label == nil && li.block {
			continue
		}
		if label == nil || li.label == label.Name {
			if _, isCont := at.(*syntax.Continue); isCont && li.block {
				fail("`continue` to a block")
			}
			return li
		}
	}
	fail("`%s` outside a loop", c.p.text(at))
	return nil
}

// join is the type of an if/else or match: the two branch types unified
// (a diverging branch takes the other's type).
func (c *checker) join(a, b *Type, at syntax.Node) *Type {
	if res(a).kind == kNever {
		return b
	}
	c.unify(a, b, at)
	return a
}

func (c *checker) expectBlock(b *syntax.Block, want *Type) {
	t := c.block(b, want)
	if res(t).kind != kNever {
		c.unify(want, t, b)
	}
}

func (c *checker) block(b *syntax.Block, want *Type) *Type {
	c.push()
	defer c.pop()
	if m := c.p.blockMods[b]; m != nil {
		saved := c.sc.mod
		c.sc.mod = m
		defer func() { c.sc.mod = saved }()
	}
	diverges := false
	for _, s := range b.Stmts {
		switch s := s.(type) {
		case *syntax.LetStmt:
			var t *Type
			if s.Type != nil {
				t = c.p.astType(s.Type, c.sc)
			} else {
				t = c.newVar(0)
			}
			if s.Init != nil {
				var it *Type
				if s.Type != nil {
					it = c.expect(s.Init, t)
				} else {
					it = c.expr(s.Init, t)
				}
				if res(it).kind == kNever {
					diverges = true
				} else {
					c.unify(t, it, s.Init)
				}
			}
			if s.Else != nil {
				// The else block must diverge.
				if et := c.block(s.Else, nil); res(et).kind != kNever {
					fail("`let ... else` whose else block does not diverge")
				}
			}
			c.pat(s.Pat, t, s.Else == nil)
		case *syntax.ExprStmt:
			var t *Type
			if s.Semi {
				t = c.expr(s.X, nil)
			} else {
				t = c.expr(s.X, tyUnit)
				if res(t).kind != kNever {
					c.unify(tyUnit, t, s.X)
				}
			}
			if res(t).kind == kNever {
				diverges = true
			}
		case *syntax.EmptyStmt:
		case *syntax.ItemStmt:
			// Collected with the block's scope.
		default:
			fail("this statement is not supported")
		}
	}
	if b.Expr != nil {
		return c.exprCoerce(b.Expr, want)
	}
	if diverges {
		return tyNever
	}
	return tyUnit
}

// cond checks an if/while condition: a bool or a `let` (chain).
func (c *checker) cond(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Let:
		t := c.expr(e.X, nil)
		c.pat(e.Pat, t, false)
		c.ty[e] = tyBool
		return
	case *syntax.Binary:
		if e.Op == syntax.BinAnd && hasLet(e) {
			c.cond(e.X)
			c.cond(e.Y)
			c.ty[e] = tyBool
			return
		}
	case *syntax.Paren:
		if hasLet(e.X) {
			fail("parenthesized `let` is not supported")
		}
	}
	c.expect(e, tyBool)
}

func hasLet(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.Let:
		return true
	case *syntax.Binary:
		return e.Op == syntax.BinAnd && (hasLet(e.X) || hasLet(e.Y))
	}
	return false
}

// autoderef follows references of a field or index base.
func (c *checker) autoderef(x syntax.Expr, t *Type) *Type {
	n := 0
	t = res(t)
	for t.kind == kRef {
		t = res(t.elem)
		n++
	}
	if n > 0 {
		c.derefs[x] = n
	}
	return t
}

// destructure checks the left side of a destructuring assignment.
func (c *checker) destructure(tup *syntax.Tuple, t *Type) {
	rt := res(t)
	if rt.kind != kTuple || len(rt.elems) != len(tup.Elems) {
		fail("destructuring `%s` is not supported", c.p.text(tup))
	}
	c.ty[tup] = t
	for i, x := range tup.Elems {
		switch x := x.(type) {
		case *syntax.Underscore:
			c.ty[x] = rt.elems[i]
		case *syntax.Tuple:
			c.destructure(x, rt.elems[i])
		default:
			c.expect(x, rt.elems[i])
			c.place(x, true)
		}
	}
}

// place checks that e is a place expression (for assignment or &mut).
func (c *checker) place(e syntax.Expr, assign bool) {
	switch e := e.(type) {
	case *syntax.PathExpr:
		switch r := c.refs[e].(type) {
		case *local:
			return
		case *def:
			if r.kind == defStatic && (!r.cnst.mut || !assign) {
				fail("writing to a static is not supported")
			}
			if r.kind == defStatic {
				return
			}
		}
		fail("cannot assign to `%s`", c.p.text(e))
	case *syntax.Field:
		c.place(e.X, assign)
	case *syntax.Index:
		c.place(e.X, assign)
	case *syntax.Paren:
		c.place(e.X, assign)
	case *syntax.Unary:
		if e.Op == syntax.UnDeref {
			return
		}
		fail("cannot assign to `%s`", c.p.text(e))
	default:
		fail("cannot assign to `%s`", c.p.text(e))
	}
}

func (c *checker) checkCast(from, to *Type, at syntax.Node) {
	f, t := res(from), res(to)
	ok := false
	switch {
	case f.isNum() && (t.kind == kInt || t.kind == kUint || t.kind == kFloat):
		ok = true
	case (f.kind == kBool || f.kind == kChar) && (t.kind == kInt || t.kind == kUint):
		ok = true
	case f.kind == kUint && f.bits == 8 && t.kind == kChar:
		ok = true
	case f.kind == kVar && f.v.lit == 'i' && t.kind == kChar:
		c.unify(f, tyU8, at)
		ok = true
	case f.kind == kAdt && f.adt.kind == mir.AdtEnum && !f.adt.builtin && (t.kind == kInt || t.kind == kUint):
		for _, v := range f.adt.variants {
			if len(v.fields) > 0 {
				fail("cast of an enum with fields")
			}
		}
		ok = true
	case (f.kind == kRef || f.kind == kPtr) && t.kind == kPtr, dynCast(f, t):
		ok = true
	case f.kind == kFn && t.kind == kFn:
		// A fn item or pointer as the same fn pointer type.
		c.unify(t, f, at)
		ok = true
	case f.kind == kVar && f.v.lit == 'i' && t.kind == kPtr:
		// An integer literal cast to a pointer is a usize (rustc
		// accepts `0xdeadbeef as *const u64`).
		c.unify(f, tyUsize, at)
		ok = true
	case f.isInt() && t.kind == kPtr:
		ok = true
	case f.kind == kPtr && (t.kind == kInt || t.kind == kUint):
		ok = true
	}
	if !ok {
		fail("cast from `%s` to `%s` is not supported", f, t)
	}
}

func (c *checker) lit(e *syntax.Lit, want *Type) *Type {
	switch e.Kind {
	case syntax.LitBool:
		return tyBool
	case syntax.LitChar:
		return tyChar
	case syntax.LitByte:
		return tyU8
	case syntax.LitStr:
		return tyStrRef
	case syntax.LitByteStr:
		s, err := e.Unquote()
		if err != nil {
			fail("bad literal")
		}
		return refTo(&Type{kind: kArray, elem: tyU8, n: int64(len(s))}, false)
	case syntax.LitInt:
		if e.Suffix != "" {
			t, ok := primTypes[e.Suffix]
			if !ok || !t.isNum() {
				fail("bad suffix `%s`", e.Suffix)
			}
			return t
		}
		if w := res(want); w != nil && w.isFloat() && w.kind != kVar {
			fail("integer literal where a float is expected")
		}
		return c.newVar('i')
	case syntax.LitFloat:
		if e.Suffix != "" {
			t, ok := primTypes[e.Suffix]
			if !ok || t.kind != kFloat {
				fail("bad suffix `%s`", e.Suffix)
			}
			return t
		}
		return c.newVar('f')
	}
	fail("this literal is not supported")
	return nil
}

func (c *checker) path(e *syntax.PathExpr, want *Type) *Type {
	path := e.Path
	if len(path.Segments) == 1 && path.QSelf == nil && path.Segments[0].Args == nil {
		if l := c.lookup(path.Segments[0].Name.Name); l != nil {
			c.refs[e] = l
			return l.ty
		}
	}
	if len(path.Segments) == 1 && path.Segments[0].Name.Name == "self" {
		fail("`self` outside a method")
	}
	if cp := c.sc.constParam(e); cp != nil {
		c.refs[e] = cp
		return cp.ty
	}
	d := c.p.resolveValue(path, c.sc)
	if d == nil {
		fail("cannot resolve `%s`", c.p.text(path))
	}
	if d.kind == defConst && d.cnst.impl != nil {
		// A const of a generic impl: its instance for the self type the
		// path names (Self::CAP, Buf::<8>::CAP).
		var self *Type
		if len(path.Segments) >= 2 {
			// The type the path names before the const: Self, an
			// alias, Buf::<8>.
			prefix := &syntax.Path{Spanned: path.Spanned, Segments: path.Segments[:len(path.Segments)-1]}
			guard(func() { self = c.p.pathType(prefix, c.sc) })
		}
		if self == nil {
			self = c.adtType(d.cnst.impl.adt, path)
		}
		d = &def{kind: defConst, name: d.name, cnst: c.constInstance(d.cnst, self, want)}
	}
	c.refs[e] = d
	switch d.kind {
	case defConst, defStatic:
		return c.p.constType(d.cnst)
	case defVariant:
		switch d.variant.ctor {
		case mir.CtorUnit:
			return c.adtType(d.adt, path)
		}
		fail("constructor `%s` used as a value", c.p.text(path))
	case defCore:
		if parts := splitPath(d.core); len(parts) == 3 && parts[1] == "consts" && (parts[0] == "f32" || parts[0] == "f64") && mathConsts[parts[2]] {
			return primTypes[parts[0]]
		}
		if d.owner == durationAdt {
			switch lastSeg(d.core) {
			case "ZERO", "MAX", "SECOND", "MILLISECOND", "MICROSECOND", "NANOSECOND":
				return &Type{kind: kAdt, adt: durationAdt}
			}
		}
		if d.prim != nil {
			if _, t, ok := intConst(d.prim, lastSeg(d.core)); ok {
				return t
			}
			if res(d.prim).kind == kFloat {
				if t, ok := floatConsts[lastSeg(d.core)]; ok {
					if t == nil {
						return d.prim
					}
					return t
				}
			}
			if _, ok := charConsts[lastSeg(d.core)]; ok && res(d.prim).kind == kChar {
				return d.prim
			}
		}
		fail("`%s` is not supported", c.p.text(path))
	case defLocalC:
		fail("%s", d.core)
	case defFn:
		// A fn as a value: a fn pointer.
		if d.fn.generic() {
			fail("generic fns as values are not supported")
		}
		c.p.sig(d.fn)
		return &Type{kind: kFn, elems: d.fn.params, elem: d.fn.ret}
	}
	fail("`%s` is not supported as a value", c.p.text(path))
	return nil
}

// floatConsts are the associated consts of f32/f64 the evaluator
// defines, with their types (nil: the float type itself).
var floatConsts = map[string]*Type{"MAX": nil, "MIN": nil, "INFINITY": nil, "NEG_INFINITY": nil, "NAN": nil,
	"EPSILON": nil, "MIN_POSITIVE": nil, "MANTISSA_DIGITS": tyU32, "DIGITS": tyU32, "RADIX": tyU32,
	"MAX_EXP": tyI32, "MIN_EXP": tyI32, "MAX_10_EXP": tyI32, "MIN_10_EXP": tyI32}

// mathConsts are the names of core::f64::consts.
var mathConsts = map[string]bool{"PI": true, "TAU": true, "E": true, "SQRT_2": true, "LN_2": true, "LN_10": true,
	"FRAC_PI_2": true, "FRAC_PI_3": true, "FRAC_PI_4": true, "FRAC_PI_6": true, "FRAC_PI_8": true, "FRAC_1_PI": true,
	"FRAC_2_PI": true, "FRAC_2_SQRT_PI": true, "FRAC_1_SQRT_2": true, "LOG2_E": true, "LOG2_10": true, "LOG10_E": true,
	"LOG10_2": true}

// charConsts are the associated consts of char.
var charConsts = map[string]rune{"MAX": 0x10FFFF, "MIN": 0, "REPLACEMENT_CHARACTER": 0xFFFD}

// adtType is the type of an ADT named by path (Option<T> gets a fresh
// variable or the path's argument).
func (c *checker) adtType(a *adt, path *syntax.Path) *Type {
	if !a.builtin {
		if a.bad != "" {
			fail("%s", a.bad)
		}
		if a.generic() {
			if path != nil {
				for _, s := range path.Segments {
					if s.Args != nil && !onlyLifetimes(s.Args) && (s.Name.Name == a.name || len(path.Segments) == 1) {
						return &Type{kind: kAdt, adt: a, args: c.p.genericArgs(a, s.Args.Args, c.sc)}
					}
				}
			}
			return &Type{kind: kAdt, adt: a, args: c.freshArgs(a)}
		}
		return &Type{kind: kAdt, adt: a}
	}
	t := &Type{kind: kAdt, adt: a}
	if path != nil {
		for _, s := range path.Segments {
			if s.Args != nil && len(s.Args.Args) == a.generics {
				for _, ga := range s.Args.Args {
					ta, ok := ga.(*syntax.TypeArg)
					if !ok {
						fail("the path `%s` is not supported", c.p.text(path))
					}
					t.args = append(t.args, c.p.astType(ta.Type, c.sc))
				}
				return t
			}
		}
	}
	for i := 0; i < a.generics; i++ {
		t.args = append(t.args, c.newVar(0))
	}
	return t
}

// constType is the declared type of a const or static.
func (p *prog) constType(cd *constDef) *Type {
	if cd.typ != nil {
		return cd.typ
	}
	if cd.fixedTy != nil {
		cd.typ = cd.fixedTy
		return cd.typ
	}
	if cd.generics != nil && len(cd.generics.Params) > 0 {
		fail("generic consts are not supported")
	}
	if cd.ty == nil {
		fail("`%s` has no type", cd.def.name)
	}
	cd.typ = p.astType(cd.ty, scope{mod: cd.def.mod, self: cd.selfTy, gen: cd.gen})
	return cd.typ
}

func (c *checker) binary(e *syntax.Binary, want *Type) *Type {
	switch e.Op {
	case syntax.BinAnd, syntax.BinOr:
		c.expect(e.X, tyBool)
		c.expect(e.Y, tyBool)
		return tyBool
	case syntax.BinShl, syntax.BinShr:
		lt := c.expr(e.X, want)
		rt := c.expr(e.Y, nil)
		if !lt.isInt() || !rt.isInt() {
			fail("shift of `%s` by `%s`", res(lt), res(rt))
		}
		return lt
	}
	var w *Type
	if !e.Op.IsComparison() {
		w = want
	}
	lt := c.expr(e.X, w)
	rt := c.expr(e.Y, lt)
	c.unify(lt, rt, e)
	t := res(lt)
	if e.Op.IsComparison() {
		if !t.isNum() && t.kind != kBool && t.kind != kChar {
			fail("comparison of `%s` is not supported", t)
		}
		return tyBool
	}
	switch e.Op {
	case syntax.BinBitAnd, syntax.BinBitOr, syntax.BinBitXor:
		if !t.isInt() && t.kind != kBool {
			fail("`%s` on `%s`", e.Op, t)
		}
	default:
		if !t.isNum() {
			fail("`%s` on `%s`", e.Op, t)
		}
	}
	return lt
}

func (c *checker) structLit(e *syntax.StructLit) *Type {
	if e.Rest {
		fail("struct literal with `..` is not supported")
	}
	var v *variant
	segs := segNames(e.Path)
	var d *def
	if len(segs) == 1 && segs[0] == "Self" {
		if c.sc.self == nil || res(c.sc.self).kind != kAdt {
			fail("`Self` outside an impl")
		}
		a := res(c.sc.self).adt
		if a.kind != mir.AdtStruct {
			fail("`Self` is not a struct")
		}
		v = a.variants[0]
	} else {
		d = c.p.resolvePathIn(c.sc.mod, segs, nsType, 0, false)
		if d == nil || d.kind != defAdt {
			d = c.p.resolveValue(e.Path, c.sc)
			if d == nil {
				// Enum::Variant { .. } resolves in the type namespace.
				if len(segs) >= 2 {
					if td := c.p.resolvePathIn(c.sc.mod, segs[:len(segs)-1], nsType, 0, false); td != nil && td.kind == defAdt {
						d = variantDef(td.adt, segs[len(segs)-1])
					}
				}
				if d == nil && len(segs) == 2 && segs[0] == "Self" && c.sc.self != nil && res(c.sc.self).kind == kAdt {
					d = variantDef(res(c.sc.self).adt, segs[1])
				}
			}
		}
		switch {
		case d == nil:
			fail("cannot resolve `%s`", c.p.text(e.Path))
		case d.kind == defAdt && d.adt.kind != mir.AdtEnum && len(d.adt.variants) == 1:
			v = d.adt.variants[0]
		case d.kind == defVariant:
			v = d.variant
		case d.kind == defAlias:
			t := res(c.p.aliasType(d))
			if t.kind != kAdt || t.adt.kind != mir.AdtStruct {
				fail("`%s` is not a struct", c.p.text(e.Path))
			}
			v = t.adt.variants[0]
		default:
			fail("`%s` is not a struct", c.p.text(e.Path))
		}
	}
	a := v.adt
	if a.bad != "" {
		fail("%s", a.bad)
	}
	t := c.adtType(a, e.Path)
	if len(segs) == 1 && segs[0] == "Self" {
		t = res(c.sc.self)
	}
	c.calls[e] = &callee{kind: callCtor, variant: v}
	seen := map[int]bool{}
	for _, f := range e.Fields {
		i := v.fieldIndex(f.Name.Name)
		if i < 0 || seen[i] {
			fail("no field `%s` in `%s`", f.Name.Name, a.name)
		}
		seen[i] = true
		c.expect(f.Value, c.p.fieldType(v, i, t.args))
	}
	if a.kind == mir.AdtUnion {
		if len(e.Fields) != 1 || e.Base != nil {
			fail("a union literal sets exactly one field")
		}
	} else if e.Base != nil {
		c.expect(e.Base, t)
	} else if len(seen) != len(v.fields) {
		fail("missing fields in `%s`", c.p.text(e.Path))
	}
	return t
}

func (c *checker) match(e *syntax.Match, want *Type) *Type {
	st := c.expr(e.X, nil)
	var out *Type
	for _, arm := range e.Arms {
		c.push()
		c.pat(arm.Pat, st, false)
		if arm.Guard != nil {
			if hasLet(arm.Guard) {
				fail("`if let` guards are not supported")
			}
			c.expect(arm.Guard, tyBool)
		}
		t := c.exprCoerce(arm.Body, want)
		c.pop()
		if out == nil {
			out = t
		} else {
			out = c.join(out, t, arm.Body)
		}
	}
	if out == nil {
		return tyNever
	}
	return out
}
