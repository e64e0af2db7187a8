// check_call.go checks calls, method calls (crate methods and the core
// methods the evaluator implements), panicking macros and patterns.

package rustsrc

import (
	"strings"

	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

// sig returns a fn's parameter and return types.
func (p *prog) sig(f *fnDef) {
	switch f.sigDone {
	case 2:
		if f.bad != "" {
			fail("%s", f.bad)
		}
		return
	case 1:
		return
	}
	f.sigDone = 1
	defer p.setFile(f.def.file)()
	r := guard(func() {
		a := f.ast
		if f.generic() && f.gen == nil {
			fail("a generic fn is lowered per instance")
		}
		if !a.Header.Const && !f.runtime {
			fail("`%s` is not a `const fn`", f.def.name)
		}
		if a.Body == nil || a.Variadic != nil || a.Header.Async || a.Header.Extern {
			fail("`%s` is not supported", f.def.name)
		}
		sc := scope{mod: f.def.mod, self: f.selfTy, gen: f.gen}
		if a.Self != nil {
			switch a.Self.Kind {
			case syntax.SelfValue:
				f.params = append(f.params, f.selfTy)
			case syntax.SelfRef:
				f.params = append(f.params, refTo(f.selfTy, a.Self.Mut))
			default:
				f.params = append(f.params, p.astType(a.Self.Type, sc))
			}
		}
		for _, prm := range a.Params {
			if prm.Type == nil {
				fail("a parameter of `%s` has no type", f.def.name)
			}
			f.params = append(f.params, p.astType(prm.Type, sc))
		}
		f.ret = p.astType(a.Ret, sc)
	})
	f.sigDone = 2
	if r != "" {
		f.bad = r
		fail("%s", r)
	}
}

func (c *checker) args(args []syntax.Expr, params []*Type, at syntax.Node) {
	if len(args) != len(params) {
		fail("`%s` takes %d arguments", c.p.text(at), len(params))
	}
	for i, a := range args {
		c.expect(a, params[i])
	}
}

func (c *checker) call(e *syntax.Call, want *Type) *Type {
	if t, ok := c.fmtCall(e); ok {
		return t
	}
	pe, ok := e.Fun.(*syntax.PathExpr)
	if !ok || len(pe.Path.Segments) == 1 && c.lookup(pe.Path.Segments[0].Name.Name) != nil {
		// A call through a fn pointer.
		ft := res(c.expr(e.Fun, nil))
		if ft.kind != kFn {
			fail("calls of `%s` are not supported", c.p.text(e.Fun))
		}
		c.calls[e] = &callee{kind: callPtr, params: ft.elems, ret: ft.elem}
		c.args(e.Args, ft.elems, e)
		return ft.elem
	}
	d := c.p.resolveValue(pe.Path, c.sc)
	if d == nil {
		fail("cannot resolve `%s`", c.p.text(pe.Path))
	}
	c.refs[pe] = d
	switch d.kind {
	case defFn:
		if d.fn.generic() {
			return c.genericCall(e, d.fn, pe)
		}
		for _, s := range pe.Path.Segments {
			if s.Args != nil {
				fail("generic calls are not supported")
			}
		}
		c.callable(d.fn)
		c.p.sig(d.fn)
		c.calls[e] = &callee{kind: callFn, fn: d.fn, params: d.fn.params, ret: d.fn.ret}
		c.args(e.Args, d.fn.params, e)
		return d.fn.ret
	case defVariant:
		v := d.variant
		if v.ctor != mir.CtorTuple {
			fail("`%s` is not a tuple constructor", c.p.text(pe.Path))
		}
		t := c.adtType(v.adt, pe.Path)
		if w := res(want); w != nil && w.kind == kAdt && w.adt == v.adt {
			c.unify(t, w, e)
		}
		var params []*Type
		for i := range v.fields {
			params = append(params, c.p.fieldType(v, i, res(t).args))
		}
		c.calls[e] = &callee{kind: callCtor, variant: v, adtTy: t}
		c.args(e.Args, params, e)
		return t
	case defCore:
		return c.coreCall(e, d, pe)
	case defLocalC:
		fail("%s", d.core)
	}
	fail("`%s` is not a function", c.p.text(pe.Path))
	return nil
}

// genericCall checks a call of a generic fn: its type parameters are
// inference variables, its const parameters lengths to infer, both
// fixed by the turbofish when there is one. The instance is made when
// the call is lowered.
func (c *checker) genericCall(e *syntax.Call, f *fnDef, pe *syntax.PathExpr) *Type {
	var given []syntax.GenericArg
	if last := pe.Path.Segments[len(pe.Path.Segments)-1]; last.Args != nil {
		given = last.Args.Args
	}
	gb, selfT := c.fnBind(f, given, pe.Path)
	if f.impl != nil {
		// The self type the path names: Self, or Buf::<4>.
		if segs := pe.Path.Segments; len(segs) >= 2 {
			// Self, an alias, Buf::<4>: the type fixes the impl's parameters.
			prefix := &syntax.Path{Spanned: pe.Path.Spanned, Segments: segs[:len(segs)-1]}
			var t *Type
			guard(func() { t = c.p.pathType(prefix, c.sc) })
			if t != nil {
				c.unify(selfT, t, e)
			}
		}
	}
	params, ret := c.genericSig(f, gb, selfT)
	c.calls[e] = &callee{kind: callFn, fn: f, gen: gb, params: params, ret: ret}
	c.args(e.Args, params, e)
	return ret
}

// fnBind binds the generic parameters of a generic fn (and of its
// impl): fresh variables, or the turbofish's arguments.
func (c *checker) fnBind(f *fnDef, given []syntax.GenericArg, at syntax.Node) (*genBind, *Type) {
	a := f.ast
	if !a.Header.Const {
		fail("`%s` is not a `const fn`", f.def.name)
	}
	gb := &genBind{types: map[string]*Type{}, consts: map[string]*cparam{}}
	var selfT *Type
	if f.impl != nil {
		gb, selfT = c.implBind(f.impl)
	}
	k := 0
	for _, gp := range typeParams(a.Generics) {
		var arg syntax.GenericArg
		if given != nil {
			if k >= len(given) {
				fail("`%s` has too few generic arguments", c.p.text(at))
			}
			arg = given[k]
		}
		k++
		name := gp.Name.Name
		gb.order = append(gb.order, name)
		if gp.Kind == syntax.TypeParam {
			if arg == nil {
				gb.types[name] = c.newVar(0)
				continue
			}
			ta, ok := arg.(*syntax.TypeArg)
			if !ok {
				fail("the generic argument of `%s` is not supported", name)
			}
			gb.types[name] = c.p.astType(ta.Type, c.sc)
			continue
		}
		ty := c.p.astType(gp.Type, scope{mod: f.def.mod})
		if !ty.isInt() {
			fail("const parameters of type `%s` are not supported", ty)
		}
		cp := &cparam{ty: ty, lv: &lenVar{}}
		gb.consts[name] = cp
		if arg == nil {
			continue
		}
		x := constArgExpr(arg)
		n, ok := c.p.fold(x, c.sc, 0)
		if x == nil || !ok || !n.IsInt64() {
			fail("the generic argument of `%s` is not a constant mirlsp computes", name)
		}
		cp.lv.n, cp.lv.set = n.Int64(), true
	}
	if given != nil && k != len(given) {
		fail("`%s` has too many generic arguments", c.p.text(at))
	}
	return gb, selfT
}

// genericSig is a generic fn's signature under bindings: its self
// parameter's type first, if it has one.
func (c *checker) genericSig(f *fnDef, gb *genBind, selfT *Type) ([]*Type, *Type) {
	a := f.ast
	sc := scope{mod: f.def.mod, self: selfT, gen: gb}
	var params []*Type
	if a.Self != nil {
		if selfT == nil {
			fail("`self` outside an impl")
		}
		switch a.Self.Kind {
		case syntax.SelfValue:
			params = append(params, selfT)
		case syntax.SelfRef:
			params = append(params, refTo(selfT, a.Self.Mut))
		default:
			fail("explicit self types are not supported")
		}
	}
	for _, prm := range a.Params {
		if prm.Type == nil {
			fail("a parameter of `%s` has no type", f.def.name)
		}
		params = append(params, c.p.astType(prm.Type, sc))
	}
	return params, c.p.astType(a.Ret, sc)
}

// coreCall checks a call of a core function: size_of::<T>(), an
// associated fn of a primitive type (u32::from_be_bytes, char::from_u32,
// i32::wrapping_add(a, b)).
func (c *checker) coreCall(e *syntax.Call, d *def, pe *syntax.PathExpr) *Type {
	name := lastSeg(d.core)
	if t := c.wrapperNew(e, d, pe); t != nil {
		return t
	}
	if d.owner == nonZeroAdt || d.owner == maybeUninitAdt {
		var self *Type
		if d.fixedArg != nil {
			self = &Type{kind: kAdt, adt: d.owner, args: []*Type{d.fixedArg}}
		} else {
			self = c.adtType(d.owner, pe.Path)
		}
		arg := self.args[0]
		cl := &callee{kind: callShim, owner: self}
		switch d.owner.name + "::" + name {
		case "NonZero::new":
			cl.params, cl.ret = []*Type{arg}, optionOf(self)
		case "NonZero::new_unchecked":
			cl.kind = callNewUnchecked
			cl.params, cl.ret = []*Type{arg}, self
		case "MaybeUninit::uninit", "MaybeUninit::zeroed":
			cl.ret = self
		case "MaybeUninit::new":
			cl.params, cl.ret = []*Type{arg}, self
		default:
			if m := shimMethod(self, name); m != nil && len(e.Args) == len(m.params)+1 {
				params := append([]*Type{self}, m.params...)
				c.calls[e] = &callee{kind: callShim, path: m.path, params: params, ret: m.ret}
				c.args(e.Args, params, e)
				return m.ret
			}
			fail("`%s::%s` is not supported", d.owner.name, name)
		}
		cl.pathText = name
		c.calls[e] = cl
		c.args(e.Args, cl.params, e)
		if !arg.isInt() && d.owner == nonZeroAdt && res(arg).kind != kVar {
			fail("`NonZero<%s>` is not supported", res(arg))
		}
		return cl.ret
	}
	if d.owner == durationAdt {
		dur := &Type{kind: kAdt, adt: durationAdt}
		var params []*Type
		switch name {
		case "new":
			params = []*Type{primTypes["u64"], tyU32}
		case "from_secs", "from_millis", "from_micros", "from_nanos", "from_mins", "from_hours":
			params = []*Type{primTypes["u64"]}
		default:
			if m := shimMethod(dur, name); m != nil && len(e.Args) == len(m.params)+1 {
				// Duration::as_secs(d): the method called as a function.
				params = append([]*Type{dur}, m.params...)
				c.calls[e] = &callee{kind: callShim, path: m.path, params: params, ret: m.ret}
				c.args(e.Args, params, e)
				return m.ret
			}
			fail("`Duration::%s` is not supported", name)
		}
		c.calls[e] = &callee{kind: callShim, path: mirPath("Duration::" + name), params: params, ret: dur}
		c.args(e.Args, params, e)
		return dur
	}
	if d.prim != nil {
		var m *methodSig
		if len(e.Args) > 0 {
			m = shimMethod(d.prim, name)
		}
		if m == nil {
			m = shimAssoc(d.prim, name)
			if m == nil {
				fail("`%s` is not supported", c.p.text(pe.Path))
			}
			c.calls[e] = &callee{kind: callShim, path: m.path, params: m.params, ret: m.ret}
			c.args(e.Args, m.params, e)
			return m.ret
		}
		params := append([]*Type{d.prim}, m.params...)
		c.calls[e] = &callee{kind: callShim, path: m.path, params: params, ret: m.ret}
		c.args(e.Args, params, e)
		return m.ret
	}
	if cl := c.genericCore(e, d.core, pe); cl != nil {
		c.calls[e] = cl
		c.args(e.Args, cl.params, e)
		return cl.ret
	}
	switch d.core {
	case "mem::size_of", "mem::align_of":
		last := pe.Path.Segments[len(pe.Path.Segments)-1]
		if last.Args == nil || len(last.Args.Args) != 1 || len(e.Args) != 0 {
			fail("`%s` without a type argument", c.p.text(pe.Path))
		}
		ta, ok := last.Args.Args[0].(*syntax.TypeArg)
		if !ok {
			fail("`%s` is not supported", c.p.text(pe.Path))
		}
		t := c.p.astType(ta.Type, c.sc)
		mt := c.p.tys.mir(t)
		path := &mir.Path{Text: "core::mem::" + name + "::<" + mt.Text + ">", Segs: []mir.PathSeg{{Name: "core"}, {Name: "mem"}, {Name: name, Args: []*mir.Ty{mt}}}}
		c.calls[e] = &callee{kind: callShim, path: path, ret: tyUsize}
		return tyUsize
	}
	fail("`%s` is not supported", c.p.text(pe.Path))
	return nil
}

// turbofish returns the type arguments written on a path's last segment
// (nil without), or fresh variables.
func (c *checker) turbofish(pe *syntax.PathExpr, n int) []*Type {
	last := pe.Path.Segments[len(pe.Path.Segments)-1]
	out := make([]*Type, n)
	if last.Args != nil && len(last.Args.Args) == n {
		for i, ga := range last.Args.Args {
			ta, ok := ga.(*syntax.TypeArg)
			if !ok {
				fail("the path `%s` is not supported", c.p.text(pe.Path))
			}
			out[i] = c.p.astType(ta.Type, c.sc)
		}
		return out
	}
	if last.Args != nil {
		fail("the path `%s` is not supported", c.p.text(pe.Path))
	}
	for i := range out {
		out[i] = c.newVar(0)
	}
	return out
}

// genericCore checks calls of the generic core functions the evaluator
// implements: mem::swap, mem::replace, mem::transmute, ptr::null,
// slice::from_raw_parts, hint::unreachable_unchecked.
func (c *checker) genericCore(e *syntax.Call, path string, pe *syntax.PathExpr) *callee {
	cl := &callee{kind: callShim}
	switch path {
	case "mem::swap":
		t := c.turbofish(pe, 1)
		cl.params, cl.ret, cl.targs, cl.pathText = []*Type{refTo(t[0], true), refTo(t[0], true)}, tyUnit, t, "core::mem::swap"
	case "mem::replace":
		t := c.turbofish(pe, 1)
		cl.params, cl.ret, cl.targs, cl.pathText = []*Type{refTo(t[0], true), t[0]}, t[0], t, "core::mem::replace"
	case "mem::transmute", "intrinsics::transmute":
		t := c.turbofish(pe, 2)
		cl.kind = callTransmute
		cl.params, cl.ret = []*Type{t[0]}, t[1]
	case "ptr::null", "ptr::null_mut":
		t := c.turbofish(pe, 1)
		cl.params, cl.ret, cl.targs, cl.pathText = nil, &Type{kind: kPtr, elem: t[0], mut: path == "ptr::null_mut"}, t, "core::ptr::"+lastSeg(path)
	case "slice::from_ref":
		t := c.turbofish(pe, 1)
		cl.params, cl.ret, cl.targs, cl.pathText = []*Type{refTo(t[0], false)}, refTo(&Type{kind: kSlice, elem: t[0]}, false), t, "core::slice::from_ref"
	case "ptr::copy", "ptr::copy_nonoverlapping":
		t := c.turbofish(pe, 1)
		cl.params, cl.ret, cl.targs, cl.pathText = []*Type{{kind: kPtr, elem: t[0]}, {kind: kPtr, elem: t[0], mut: true}, tyUsize}, tyUnit, t, "core::ptr::"+lastSeg(path)
	case "ptr::swap":
		t := c.turbofish(pe, 1)
		cl.params, cl.ret, cl.targs, cl.pathText = []*Type{{kind: kPtr, elem: t[0], mut: true}, {kind: kPtr, elem: t[0], mut: true}}, tyUnit, t, "core::ptr::swap"
	case "ptr::replace":
		t := c.turbofish(pe, 1)
		cl.params, cl.ret, cl.targs, cl.pathText = []*Type{{kind: kPtr, elem: t[0], mut: true}, t[0]}, t[0], t, "core::ptr::replace"
	case "ptr::write", "ptr::write_unaligned":
		t := c.turbofish(pe, 1)
		cl.params, cl.ret, cl.targs, cl.pathText = []*Type{{kind: kPtr, elem: t[0], mut: true}, t[0]}, tyUnit, t, "core::ptr::"+lastSeg(path)
	case "ptr::read_unaligned", "ptr::read":
		t := c.turbofish(pe, 1)
		cl.params, cl.ret, cl.targs, cl.pathText = []*Type{{kind: kPtr, elem: t[0]}}, t[0], t, "core::ptr::"+lastSeg(path)
	case "slice::from_raw_parts":
		t := c.turbofish(pe, 1)
		cl.params, cl.ret, cl.targs, cl.pathText = []*Type{{kind: kPtr, elem: t[0]}, tyUsize}, refTo(&Type{kind: kSlice, elem: t[0]}, false), t, "core::slice::from_raw_parts"
	case "mem::size_of_val", "mem::align_of_val":
		t := c.turbofish(pe, 1)
		cl.params, cl.ret, cl.targs, cl.pathText = []*Type{refTo(t[0], false)}, tyUsize, t, "core::mem::"+lastSeg(path)
	case "str::from_utf8":
		cl.params = []*Type{refTo(&Type{kind: kSlice, elem: tyU8}, false)}
		cl.ret = &Type{kind: kAdt, adt: resultAdt, args: []*Type{tyStrRef, {kind: kAdt, adt: utf8ErrorAdt}}}
		cl.pathText = "core::str::from_utf8"
	case "hint::unreachable_unchecked":
		cl.params, cl.ret, cl.pathText = nil, tyNever, "core::hint::unreachable_unchecked"
	case "hint::black_box":
		t := c.turbofish(pe, 1)
		cl.params, cl.ret, cl.targs, cl.pathText = []*Type{t[0]}, t[0], t, "core::hint::black_box"
	default:
		return nil
	}
	return cl
}

// methodSig is the signature of a core method (params after self).
type methodSig struct {
	path   *mir.Path
	params []*Type
	ret    *Type
	recv   int // 0 by value, 1 &self, 2 &mut self
	unsize bool
}

func shimPath(owner, implTy, name string) *mir.Path {
	text := owner + "::<impl " + implTy + ">::" + name
	return mirPath(text)
}

func unsignedOf(t *Type) *Type { return &Type{kind: kUint, bits: res(t).bits} }

// shimMethod returns the signature of a core method of a primitive,
// slice, str or Option receiver type, or nil.
func shimMethod(recv *Type, name string) *methodSig {
	t := res(recv)
	S := t
	m := &methodSig{}
	switch t.kind {
	case kInt, kUint:
		m.path = shimPath("core::num", t.String(), name)
		switch name {
		case "count_ones", "count_zeros", "leading_zeros", "trailing_zeros", "leading_ones", "trailing_ones", "ilog2", "ilog10":
			m.ret = tyU32
		case "checked_ilog2", "checked_ilog10":
			m.ret = optionOf(tyU32)
		case "ilog":
			m.params, m.ret = []*Type{S}, tyU32
		case "rotate_left", "rotate_right", "wrapping_shl", "wrapping_shr", "pow", "wrapping_pow", "saturating_pow":
			m.params, m.ret = []*Type{tyU32}, S
		case "swap_bytes", "reverse_bits", "to_le", "to_be", "wrapping_neg", "abs", "wrapping_abs", "signum", "isqrt",
			"next_power_of_two", "saturating_neg", "saturating_abs":
			m.ret = S
		case "unsigned_abs":
			m.ret = unsignedOf(S)
		case "is_power_of_two", "is_positive", "is_negative":
			m.ret = tyBool
		case "wrapping_add", "wrapping_sub", "wrapping_mul", "wrapping_div", "wrapping_rem",
			"saturating_add", "saturating_sub", "saturating_mul", "saturating_div", "rem_euclid", "div_euclid",
			"div_ceil", "next_multiple_of", "midpoint":
			m.params, m.ret = []*Type{S}, S
		case "abs_diff":
			m.params, m.ret = []*Type{S}, unsignedOf(S)
		case "is_multiple_of":
			m.params, m.ret = []*Type{S}, tyBool
		case "overflowing_add", "overflowing_sub", "overflowing_mul", "overflowing_div", "overflowing_rem":
			m.params, m.ret = []*Type{S}, &Type{kind: kTuple, elems: []*Type{S, tyBool}}
		case "overflowing_neg", "overflowing_abs":
			m.ret = &Type{kind: kTuple, elems: []*Type{S, tyBool}}
		case "overflowing_shl", "overflowing_shr", "overflowing_pow":
			m.params, m.ret = []*Type{tyU32}, &Type{kind: kTuple, elems: []*Type{S, tyBool}}
		case "checked_add", "checked_sub", "checked_mul", "checked_div", "checked_rem", "checked_div_euclid", "checked_rem_euclid":
			m.params, m.ret = []*Type{S}, optionOf(S)
		case "checked_neg", "checked_abs", "checked_next_power_of_two":
			m.ret = optionOf(S)
		case "checked_shl", "checked_shr", "checked_pow":
			m.params, m.ret = []*Type{tyU32}, optionOf(S)
		case "to_le_bytes", "to_be_bytes", "to_ne_bytes":
			m.ret = &Type{kind: kArray, elem: tyU8, n: int64(t.size())}
		case "cast_signed":
			if t.kind != kUint {
				return nil
			}
			m.ret = &Type{kind: kInt, bits: t.bits}
		case "cast_unsigned":
			if t.kind != kInt {
				return nil
			}
			m.ret = unsignedOf(S)
		case "unbounded_shl", "unbounded_shr":
			m.params, m.ret = []*Type{tyU32}, S
		case "unchecked_add", "unchecked_sub", "unchecked_mul":
			m.params, m.ret = []*Type{S}, S
		case "unchecked_shl", "unchecked_shr":
			m.params, m.ret = []*Type{tyU32}, S
		case "checked_add_signed", "wrapping_add_signed", "saturating_add_signed", "overflowing_add_signed":
			if t.kind != kUint {
				return nil
			}
			st := &Type{kind: kInt, bits: t.bits}
			switch name {
			case "checked_add_signed":
				m.params, m.ret = []*Type{st}, optionOf(S)
			case "overflowing_add_signed":
				m.params, m.ret = []*Type{st}, &Type{kind: kTuple, elems: []*Type{S, tyBool}}
			default:
				m.params, m.ret = []*Type{st}, S
			}
		case "is_ascii_digit", "is_ascii_alphabetic", "is_ascii_alphanumeric", "is_ascii_uppercase", "is_ascii_lowercase",
			"is_ascii_whitespace", "is_ascii_hexdigit", "is_ascii_punctuation", "is_ascii", "is_ascii_control", "is_ascii_graphic":
			if t.kind != kUint || t.bits != 8 {
				return nil
			}
			m.ret, m.recv = tyBool, 1
		case "to_ascii_uppercase", "to_ascii_lowercase":
			if t.kind != kUint || t.bits != 8 {
				return nil
			}
			m.ret, m.recv = S, 1
		case "eq_ignore_ascii_case":
			if t.kind != kUint || t.bits != 8 {
				return nil
			}
			m.params, m.ret, m.recv = []*Type{refTo(S, false)}, tyBool, 1
		default:
			return nil
		}
	case kChar:
		m.path = shimPath("core::char::methods", "char", name)
		switch name {
		case "is_ascii_digit", "is_ascii_alphabetic", "is_ascii_alphanumeric", "is_ascii_uppercase", "is_ascii_lowercase",
			"is_ascii_whitespace", "is_ascii_hexdigit", "is_ascii_punctuation", "is_ascii", "is_ascii_control", "is_ascii_graphic":
			m.ret, m.recv = tyBool, 1
		case "is_whitespace", "is_alphabetic", "is_numeric", "is_control":
			m.ret = tyBool
		case "to_ascii_uppercase", "to_ascii_lowercase":
			m.ret, m.recv = S, 1
		case "to_digit":
			m.params, m.ret = []*Type{tyU32}, optionOf(tyU32)
		case "eq_ignore_ascii_case":
			m.params, m.ret, m.recv = []*Type{refTo(S, false)}, tyBool, 1
		case "is_digit":
			m.params, m.ret = []*Type{tyU32}, tyBool
		case "len_utf8", "len_utf16":
			m.ret = tyUsize
		case "encode_utf8":
			m.params, m.ret = []*Type{refTo(&Type{kind: kSlice, elem: tyU8}, true)}, refTo(tyStr, true)
		default:
			return nil
		}
	case kFloat:
		m.path = shimPath("core::"+t.String(), t.String(), name)
		switch name {
		case "to_bits":
			m.ret = &Type{kind: kUint, bits: t.bits}
		case "is_nan", "is_infinite", "is_finite", "is_sign_negative", "is_sign_positive", "is_normal", "is_subnormal":
			m.ret = tyBool
		case "abs", "signum", "recip", "floor", "ceil", "round", "trunc", "round_ties_even", "fract", "to_degrees", "to_radians":
			m.ret = S
		case "copysign", "min", "max":
			m.params, m.ret = []*Type{S}, S
		case "mul_add", "clamp":
			m.params, m.ret = []*Type{S, S}, S
		case "to_le_bytes", "to_be_bytes", "to_ne_bytes":
			m.ret = &Type{kind: kArray, elem: tyU8, n: int64(t.size())}
		default:
			return nil
		}
	case kArray, kSlice:
		m.path = shimPath("core::slice", "["+t.elem.String()+"]", name)
		m.recv, m.unsize = 1, t.kind == kArray
		switch name {
		case "len":
			m.ret = tyUsize
		case "is_empty":
			m.ret = tyBool
		case "first", "last":
			m.ret = optionOf(refTo(t.elem, false))
		case "split_at":
			sl := refTo(&Type{kind: kSlice, elem: t.elem}, false)
			m.params, m.ret = []*Type{tyUsize}, &Type{kind: kTuple, elems: []*Type{sl, sl}}
		case "first_chunk", "last_chunk":
			// The result type is set by the caller, with the chunk size.
			m.ret = tyUnit
		case "split_at_mut":
			sl := refTo(&Type{kind: kSlice, elem: t.elem}, true)
			m.params, m.ret, m.recv = []*Type{tyUsize}, &Type{kind: kTuple, elems: []*Type{sl, sl}}, 2
		case "split_at_checked":
			sl := refTo(&Type{kind: kSlice, elem: t.elem}, false)
			m.params, m.ret = []*Type{tyUsize}, optionOf(&Type{kind: kTuple, elems: []*Type{sl, sl}})
		case "split_first", "split_last":
			sl := refTo(&Type{kind: kSlice, elem: t.elem}, false)
			m.ret = optionOf(&Type{kind: kTuple, elems: []*Type{refTo(t.elem, false), sl}})
		case "as_ptr":
			m.ret = &Type{kind: kPtr, elem: t.elem}
		case "as_mut_ptr":
			m.ret, m.recv = &Type{kind: kPtr, elem: t.elem, mut: true}, 2
		case "swap":
			m.params, m.ret, m.recv = []*Type{tyUsize, tyUsize}, tyUnit, 2
		case "reverse":
			m.ret, m.recv = tyUnit, 2
		case "rotate_left", "rotate_right":
			m.params, m.ret, m.recv = []*Type{tyUsize}, tyUnit, 2
		case "copy_from_slice":
			m.params, m.ret, m.recv = []*Type{refTo(&Type{kind: kSlice, elem: t.elem}, false)}, tyUnit, 2
		case "is_ascii":
			if !unify(t.elem, tyU8) {
				return nil
			}
			m.ret = tyBool
		case "trim_ascii", "trim_ascii_start", "trim_ascii_end":
			if !unify(t.elem, tyU8) {
				return nil
			}
			m.ret = refTo(&Type{kind: kSlice, elem: tyU8}, false)
		case "eq_ignore_ascii_case":
			if !unify(t.elem, tyU8) {
				return nil
			}
			m.params, m.ret = []*Type{refTo(&Type{kind: kSlice, elem: tyU8}, false)}, tyBool
		case "as_flattened":
			inner := res(t.elem)
			if inner.kind != kArray {
				return nil
			}
			m.ret = refTo(&Type{kind: kSlice, elem: inner.elem}, false)
		default:
			return nil
		}
	case kStr:
		m.path = shimPath("core::str", "str", name)
		m.recv = 1
		switch name {
		case "len":
			m.ret = tyUsize
		case "is_empty":
			m.ret = tyBool
		case "as_bytes":
			m.ret = refTo(&Type{kind: kSlice, elem: tyU8}, false)
		case "as_ptr":
			m.ret = &Type{kind: kPtr, elem: tyU8}
		case "is_char_boundary":
			m.params, m.ret = []*Type{tyUsize}, tyBool
		case "trim_ascii", "trim_ascii_start", "trim_ascii_end":
			m.ret = tyStrRef
		case "is_ascii":
			m.ret = tyBool
		case "eq_ignore_ascii_case":
			m.params, m.ret = []*Type{tyStrRef}, tyBool
		case "split_at":
			m.params, m.ret = []*Type{tyUsize}, &Type{kind: kTuple, elems: []*Type{tyStrRef, tyStrRef}}
		case "split_at_checked":
			m.params, m.ret = []*Type{tyUsize}, optionOf(&Type{kind: kTuple, elems: []*Type{tyStrRef, tyStrRef}})
		default:
			return nil
		}
	case kPtr:
		m.path = shimPath("core::ptr::const_ptr", "*const "+t.elem.String(), name)
		if t.mut {
			m.path = shimPath("core::ptr::mut_ptr", "*mut "+t.elem.String(), name)
		}
		switch name {
		case "add", "sub", "wrapping_add", "wrapping_sub":
			m.params, m.ret = []*Type{tyUsize}, S
		case "offset", "wrapping_offset":
			m.params, m.ret = []*Type{tyIsize}, S
		case "byte_add", "byte_sub", "wrapping_byte_add", "wrapping_byte_sub":
			m.params, m.ret = []*Type{tyUsize}, S
		case "byte_offset", "wrapping_byte_offset":
			m.params, m.ret = []*Type{tyIsize}, S
		case "cast_mut", "cast_const":
			m.ret = &Type{kind: kPtr, elem: t.elem, mut: name == "cast_mut"}
		case "cast":
			// The pointee comes from the call's turbofish (method).
			m.ret = S
		case "write_unaligned":
			if !t.mut {
				return nil
			}
			m.params, m.ret = []*Type{t.elem}, tyUnit
		case "read", "read_unaligned":
			m.ret = t.elem
		case "write":
			if !t.mut {
				return nil
			}
			m.params, m.ret = []*Type{t.elem}, tyUnit
		case "is_null":
			m.ret = tyBool
		case "offset_from":
			m.params, m.ret = []*Type{{kind: kPtr, elem: t.elem}}, tyIsize
		default:
			return nil
		}
	case kAdt:
		if m := wrapperMethod(t, name); m != nil {
			return m
		}
		if t.adt == orderingAdt {
			m.path = mirPath("Ordering::" + name)
			switch name {
			case "is_eq", "is_ne", "is_lt", "is_gt", "is_le", "is_ge":
				m.ret = tyBool
			case "reverse":
				m.ret = S
			default:
				return nil
			}
			return m
		}
		if t.adt == nonZeroAdt || t.adt == maybeUninitAdt {
			arg := t.args[0]
			m.path = &mir.Path{Text: t.adt.name + "::<_>::" + name}
			switch t.adt.name + "::" + name {
			case "NonZero::get":
				m.ret = arg
			case "MaybeUninit::assume_init":
				m.ret = arg
			case "MaybeUninit::assume_init_read":
				m.ret, m.recv = arg, 1
			case "MaybeUninit::assume_init_ref":
				m.ret, m.recv = refTo(arg, false), 1
			case "MaybeUninit::assume_init_mut":
				m.ret, m.recv = refTo(arg, true), 2
			case "MaybeUninit::as_ptr":
				m.ret, m.recv = &Type{kind: kPtr, elem: arg}, 1
			case "MaybeUninit::as_mut_ptr":
				m.ret, m.recv = &Type{kind: kPtr, elem: arg, mut: true}, 2
			case "MaybeUninit::write":
				m.params, m.ret, m.recv = []*Type{arg}, refTo(arg, true), 2
			default:
				return nil
			}
			return m
		}
		if t.adt == durationAdt {
			m.path = mirPath("Duration::" + name)
			u64 := primTypes["u64"]
			switch name {
			case "as_secs":
				m.ret = u64
			case "subsec_millis", "subsec_micros", "subsec_nanos":
				m.ret = tyU32
			case "as_millis", "as_micros", "as_nanos":
				m.ret = primTypes["u128"]
			case "is_zero":
				m.ret, m.recv = tyBool, 1
			case "as_secs_f64":
				m.ret = tyF64
			case "as_secs_f32":
				m.ret = primTypes["f32"]
			case "checked_add", "checked_sub":
				m.params, m.ret = []*Type{S}, optionOf(S)
			case "saturating_add", "saturating_sub", "abs_diff":
				m.params, m.ret = []*Type{S}, S
			case "checked_mul", "checked_div":
				m.params, m.ret = []*Type{tyU32}, optionOf(S)
			case "saturating_mul":
				m.params, m.ret = []*Type{tyU32}, S
			default:
				return nil
			}
			return m
		}
		if t.adt == utf8ErrorAdt {
			m.path, m.recv = mirPath("Utf8Error::"+name), 1
			switch name {
			case "valid_up_to":
				m.ret = tyUsize
			case "error_len":
				m.ret = optionOf(tyUsize)
			default:
				return nil
			}
			return m
		}
		if t.adt == resultAdt {
			m.path = &mir.Path{Text: "Result::<_, _>::" + name}
			switch name {
			case "is_ok", "is_err":
				m.ret, m.recv = tyBool, 1
			case "as_ref":
				m.ret, m.recv = &Type{kind: kAdt, adt: resultAdt, args: []*Type{refTo(t.args[0], false), refTo(t.args[1], false)}}, 1
			case "copied":
				ra := res(t.args[0])
				if ra.kind != kRef {
					return nil
				}
				m.ret = &Type{kind: kAdt, adt: resultAdt, args: []*Type{ra.elem, t.args[1]}}
			default:
				return nil
			}
			return m
		}
		if t.adt != optionAdt {
			return nil
		}
		arg := t.args[0]
		m.path = &mir.Path{Text: "Option::<" + res(arg).String() + ">::" + name}
		switch name {
		case "unwrap", "unwrap_unchecked":
			m.ret = arg
		case "expect":
			m.params, m.ret = []*Type{tyStrRef}, arg
		case "unwrap_or":
			m.params, m.ret = []*Type{arg}, arg
		case "is_some", "is_none":
			m.ret, m.recv = tyBool, 1
		case "take":
			m.ret, m.recv = t, 2
		case "replace":
			m.params, m.ret, m.recv = []*Type{arg}, t, 2
		case "as_ref":
			m.ret, m.recv = optionOf(refTo(arg, false)), 1
		case "as_mut":
			m.ret, m.recv = optionOf(refTo(arg, true)), 2
		case "copied", "cloned":
			if ra := res(arg); ra.kind == kRef {
				m.ret = optionOf(ra.elem)
			} else {
				return nil
			}
		case "flatten":
			if ra := res(arg); ra.kind == kAdt && ra.adt == optionAdt {
				m.ret = ra
			} else {
				return nil
			}
		default:
			return nil
		}
	default:
		return nil
	}
	return m
}

// builtinPath is the path of a method of Option or Result once the
// type arguments are known: Option::<u8>::unwrap.
func (p *prog) builtinPath(m *mir.Path, t *Type) *mir.Path {
	name := lastSeg(m.Text)
	seg := mir.PathSeg{Name: t.adt.name}
	var texts []string
	for _, a := range t.args {
		mt := p.tys.mir(a)
		seg.Args = append(seg.Args, mt)
		texts = append(texts, mt.Text)
	}
	text := t.adt.name + "::<" + strings.Join(texts, ", ") + ">::" + name
	return &mir.Path{Text: text, Segs: []mir.PathSeg{seg, {Name: name}}}
}

// shimAssoc returns the signature of an associated fn (no self) of a
// primitive type.
func shimAssoc(t *Type, name string) *methodSig {
	t = res(t)
	m := &methodSig{}
	switch t.kind {
	case kInt, kUint:
		m.path = shimPath("core::num", t.String(), name)
		switch name {
		case "from_le_bytes", "from_be_bytes", "from_ne_bytes":
			m.params, m.ret = []*Type{{kind: kArray, elem: tyU8, n: int64(t.size())}}, t
		case "from_be", "from_le":
			m.params, m.ret = []*Type{t}, t
		case "from_str_radix":
			m.params = []*Type{tyStrRef, tyU32}
			m.ret = &Type{kind: kAdt, adt: resultAdt, args: []*Type{t, {kind: kAdt, adt: parseIntErrorAdt}}}
		default:
			return nil
		}
	case kChar:
		m.path = mirPath("core::char::methods::<impl char>::" + name)
		switch name {
		case "from_u32":
			m.params, m.ret = []*Type{tyU32}, optionOf(tyChar)
		case "from_digit":
			m.params, m.ret = []*Type{tyU32, tyU32}, optionOf(tyChar)
		default:
			return nil
		}
	case kFloat:
		m.path = shimPath("core::"+t.String(), t.String(), name)
		switch name {
		case "from_bits":
			m.params, m.ret = []*Type{{kind: kUint, bits: t.bits}}, t
		case "from_le_bytes", "from_be_bytes", "from_ne_bytes":
			m.params, m.ret = []*Type{{kind: kArray, elem: tyU8, n: int64(t.size())}}, t
		default:
			return nil
		}
	default:
		return nil
	}
	return m
}

func (c *checker) method(e *syntax.MethodCall, want *Type) *Type {
	if t, ok := c.fmtMethod(e); ok {
		return t
	}
	rt := res(c.expr(e.Recv, nil))
	derefs := 0
	base := rt
	for base.kind == kRef {
		base = res(base.elem)
		derefs++
	}
	if base.kind == kVar {
		fail("the type of `%s` is not known here", c.p.text(e.Recv))
	}
	if base.kind == kAdt && !base.adt.builtin {
		c.p.resolveImpls()
		d := base.adt.assoc[e.Name.Name]
		if d == nil && c.runtime {
			d = c.p.traitFn(base.adt, e.Name.Name)
		}
		if d == nil || d.kind != defFn || d.fn.ast.Self == nil {
			fail("no method `%s` on `%s`", e.Name.Name, base)
		}
		f := d.fn
		c.callable(f)
		var cl *callee
		if f.generic() {
			var given []syntax.GenericArg
			if e.Generics != nil {
				given = e.Generics.Args
			}
			gb, selfT := c.fnBind(f, given, e)
			if selfT != nil {
				c.unify(selfT, base, e)
			}
			params, ret := c.genericSig(f, gb, selfT)
			cl = &callee{kind: callFn, fn: f, gen: gb, derefs: derefs, params: params, ret: ret}
		} else {
			c.p.sig(f)
			cl = &callee{kind: callFn, fn: f, derefs: derefs, params: f.params, ret: f.ret}
		}
		switch s := f.ast.Self; {
		case s.Kind == syntax.SelfRef && s.Mut:
			cl.recv = 2
		case s.Kind == syntax.SelfRef:
			cl.recv = 1
		case s.Kind == syntax.SelfExplicit:
			fail("explicit self types are not supported")
		}
		c.calls[e] = cl
		c.args(e.Args, cl.params[1:], e)
		return cl.ret
	}
	m := shimMethod(base, e.Name.Name)
	if m == nil {
		fail("the method `%s` of `%s` is not supported", e.Name.Name, base)
	}
	if base.kind == kStr || base.kind == kSlice {
		// The receiver is the reference itself.
		if derefs == 0 {
			fail("unsized receiver")
		}
		derefs--
		m.recv = 0
	}
	cl := &callee{kind: callShim, path: m.path, derefs: derefs, recv: m.recv, unsize: m.unsize, params: m.params, ret: m.ret, base: base}
	if (base.kind == kArray || base.kind == kSlice) && (e.Name.Name == "first_chunk" || e.Name.Name == "last_chunk") {
		// first_chunk::<N>(): N from the turbofish or the expected type.
		lv := &lenVar{}
		if e.Generics != nil {
			if len(e.Generics.Args) != 1 {
				fail("`%s` takes one generic argument", e.Name.Name)
			}
			x := constArgExpr(e.Generics.Args[0])
			n, ok := c.p.fold(x, c.sc, 0)
			if x == nil || !ok || !n.IsInt64() {
				fail("the chunk size of `%s` is not a constant mirlsp computes", e.Name.Name)
			}
			lv.n, lv.set = n.Int64(), true
		}
		cl.ret = optionOf(refTo(&Type{kind: kArray, elem: base.elem, lv: lv}, false))
		cl.cargs = []*lenVar{lv}
	} else if base.kind == kPtr && e.Name.Name == "cast" {
		// cast::<U>(): U from the turbofish or the expected type.
		if k := res(base.elem).kind; k == kSlice || k == kStr {
			fail("`cast` of a pointer to an unsized type is not supported")
		}
		u := newVar(0)
		if e.Generics != nil {
			if len(e.Generics.Args) != 1 {
				fail("`cast` takes one type argument")
			}
			ta, ok := e.Generics.Args[0].(*syntax.TypeArg)
			if !ok {
				fail("`cast` takes one type argument")
			}
			u = c.p.astType(ta.Type, c.sc)
		}
		cl.ret = &Type{kind: kPtr, elem: u, mut: base.mut}
	} else if e.Generics != nil {
		fail("generic method calls are not supported")
	}
	c.calls[e] = cl
	c.args(e.Args, m.params, e)
	return cl.ret
}

// macro is a checked panicking macro: the message (nil for assert's
// condition) and the condition.
type macro struct {
	kind string // "panic" or "assert"
	cond syntax.Expr
	msg  string
	// msgExpr is the &str of `panic!("{}", e)`, which core's panic_2021
	// passes to panic_display: the message is e's value.
	msgExpr syntax.Expr
}

func (c *checker) macro(m *syntax.MacCall, want *Type) *Type {
	name := m.Path.Segments[len(m.Path.Segments)-1].Name.Name
	if x, why := c.p.crate.macroExpansion(m); x != nil {
		// A macro_rules! macro: checked as its expansion (macros.go).
		c.expanded[m] = x
		return c.expr(x, want)
	} else if why != "" {
		fail("%s", why)
	}
	if t, ok := c.fmtMacro(m); ok {
		return t
	}
	if name == "matches" {
		x := c.p.matchesExpr(m, c.file)
		c.expanded[m] = x
		return c.expect(x, tyBool)
	}
	var lines *syntax.Lines
	args, err := syntax.ParseMacroArgs(m, lines)
	if name == "concat" && err == nil {
		// concat!("a", 1, 'c', true): a &str of the literals' texts.
		var b strings.Builder
		for _, a := range args {
			neg := false
			if u, ok := a.(*syntax.Unary); ok && u.Op == syntax.UnNeg {
				neg, a = true, u.X
			}
			lit, ok := a.(*syntax.Lit)
			if !ok {
				fail("`concat!` of `%s` is not supported", c.p.text(a))
			}
			if neg {
				b.WriteByte('-')
			}
			switch lit.Kind {
			case syntax.LitStr, syntax.LitChar:
				v, err := lit.Unquote()
				if err != nil {
					fail("bad literal in `concat!`")
				}
				b.WriteString(v)
			case syntax.LitInt, syntax.LitFloat:
				digits, base := lit.Digits()
				if base != 10 {
					fail("`concat!` of a non-decimal literal is not supported")
				}
				b.WriteString(digits)
			case syntax.LitBool:
				b.WriteString(lit.Text)
			default:
				fail("`concat!` of `%s` is not supported", c.p.text(a))
			}
		}
		c.strMacros[m] = b.String()
		return tyStrRef
	}
	if (name == "addr_of" || name == "addr_of_mut") && err == nil && len(args) == 1 {
		// core::ptr::addr_of!(place) is &raw const place.
		x := &syntax.Ref{Spanned: syntax.Spanned{Span: m.Span}, Raw: true, Mut: name == "addr_of_mut", X: args[0]}
		c.expanded[m] = x
		return c.expr(x, want)
	}
	if name == "cfg" && err == nil && len(args) == 1 {
		// cfg!(p), evaluated when the file was loaded (cfg.go).
		if lit, ok := args[0].(*syntax.Lit); ok && lit.Kind == syntax.LitBool {
			c.expanded[m] = lit
			return c.expect(lit, tyBool)
		}
	}
	if err != nil {
		fail("the arguments of `%s!` are not supported", name)
	}
	mc := &macro{kind: "panic"}
	msgArg := func(args []syntax.Expr, prefix string, def string) {
		switch len(args) {
		case 0:
			mc.msg = def
		case 1:
			lit, ok := args[0].(*syntax.Lit)
			if !ok || lit.Kind != syntax.LitStr {
				fail("`%s!` with a message that is not a literal", name)
			}
			s, err := lit.Unquote()
			if err != nil || strings.ContainsAny(strings.ReplaceAll(strings.ReplaceAll(s, "{{", ""), "}}", ""), "{}") {
				fail("`%s!` with a formatted message", name)
			}
			mc.msg = prefix + strings.ReplaceAll(strings.ReplaceAll(s, "{{", "{"), "}}", "}")
		case 2:
			lit, ok := args[0].(*syntax.Lit)
			if !ok || lit.Kind != syntax.LitStr || prefix != "" {
				fail("`%s!` with a formatted message", name)
			}
			if s, err := lit.Unquote(); err != nil || s != "{}" {
				fail("`%s!` with a formatted message", name)
			}
			c.expect(args[1], tyStrRef)
			mc.msgExpr = args[1]
		default:
			fail("`%s!` with a formatted message", name)
		}
	}
	switch name {
	case "panic":
		msgArg(args, "", "explicit panic")
	case "unreachable":
		msgArg(args, "internal error: entered unreachable code: ", "internal error: entered unreachable code")
	case "todo":
		msgArg(args, "not yet implemented: ", "not yet implemented")
	case "unimplemented":
		msgArg(args, "not implemented: ", "not implemented")
	case "assert", "debug_assert":
		if len(args) == 0 {
			fail("`assert!` without a condition")
		}
		mc.kind, mc.cond = "assert", args[0]
		msgArg(args[1:], "", "assertion failed: "+c.p.condText(args[0]))
		c.expect(args[0], tyBool)
		c.macros[m] = mc
		return tyUnit
	default:
		fail("the macro `%s!` is not supported", name)
	}
	c.macros[m] = mc
	return tyNever
}

// matchesExpr rewrites matches!(e, pat) as `match e { pat => true, _ =>
// false }`, parsed from the file's text so its spans are the source's.
func (p *prog) matchesExpr(m *syntax.MacCall, file int) syntax.Expr {
	text := p.crate.Files[file].Text
	comma := -1
	for _, t := range m.Args {
		if t.Delim == syntax.NoDelim && t.Tok.Kind == syntax.Comma {
			comma = t.Span.Start
			break
		}
	}
	if comma < 0 || len(m.Args) == 0 {
		fail("`matches!` without a pattern")
	}
	start, end := m.Args[0].Span.Start, m.Args[len(m.Args)-1].Span.End
	if start < len("match ") || end > len(text) || comma > end {
		fail("`matches!` is not supported here")
	}
	var b strings.Builder
	if start >= len("match (") && comma+1 < end && text[comma+1] == ' ' {
		// Parenthesized, so a struct literal may be matched.
		b.WriteString(strings.Repeat(" ", start-len("match (")))
		b.WriteString("match (")
		b.Write(text[start:comma])
		b.WriteString("){")
		b.Write(text[comma+2 : end])
	} else {
		b.WriteString(strings.Repeat(" ", start-len("match ")))
		b.WriteString("match ")
		b.Write(text[start:comma])
		b.WriteString("{")
		b.Write(text[comma+1 : end])
	}
	b.WriteString(" => true, _ => false }")
	x, err := syntax.ParseExpr(b.String())
	mx, ok := x.(*syntax.Match)
	if err != nil || !ok || len(mx.Arms) < 2 {
		fail("the arguments of `matches!` are not supported")
	}
	// The synthesized parts lie beyond the macro: they get its span.
	mx.Span = m.Span
	for _, arm := range mx.Arms {
		if arm.Span.End > end {
			arm.Span = m.Span
		}
		if lit, ok := arm.Body.(*syntax.Lit); ok && lit.Span.End > end {
			lit.Span = m.Span
		}
		if w, ok := arm.Pat.(*syntax.WildPat); ok && w.Span.End > end {
			w.Span = m.Span
		}
	}
	return mx
}

// condText is an assert condition as rustc prints it: its tokens
// separated by single spaces where the source has blanks.
func (p *prog) condText(e syntax.Expr) string {
	return strings.Join(strings.Fields(p.text(e)), " ")
}

// pat checks a pattern against the scrutinee type t, declaring its
// bindings. irrefutable: a let pattern.
func (c *checker) pat(pt syntax.Pat, t *Type, irrefutable bool) {
	c.patTy[pt] = t
	switch pt := pt.(type) {
	case *syntax.WildPat:
		return
	case *syntax.ParenPat:
		c.pat(pt.Pat, t, irrefutable)
		return
	case *syntax.IdentPat:
		if pt.Sub == nil && !pt.ByRef && !pt.Mut {
			// A unit variant, unit struct or const in scope is a path pattern.
			if d := c.p.resolvePathIn(c.sc.mod, []string{pt.Name.Name}, nsValue, 0, false); d != nil &&
				(d.kind == defVariant && d.variant.ctor == mir.CtorUnit || d.kind == defConst) {
				c.pathPat(pt, d, c.derefPat(pt, t))
				return
			}
		}
		bt := t
		mut := pt.Mut
		switch {
		case pt.ByRef:
			// ref x / ref mut x: bound by reference.
			bt = refTo(t, pt.Mut)
			c.byRef[pt] = true
			mut = false
		case c.byRefMode(pt):
			bt = refTo(t, c.byRefMut[pt])
		}
		l := &local{name: pt.Name.Name, ty: bt, mut: mut, span: pt.Name.Span}
		c.binds[pt] = l
		if _, rest := pt.Sub.(*syntax.RestPat); pt.Sub != nil && !rest {
			c.pat(pt.Sub, t, irrefutable)
		}
		c.declare(l)
		return
	}
	// Non-binding patterns: default binding modes dereference references.
	t = c.derefPat(pt, t)
	if c.patDerefs[pt] > 0 {
		saved := c.bindMode
		c.bindMode = c.nextMode
		defer func() { c.bindMode = saved }()
	}
	switch pt := pt.(type) {
	case *syntax.LitPat:
		if lit, ok := pt.Expr.(*syntax.Lit); ok && lit.Kind == syntax.LitByteStr {
			// b"..." matches a byte array or slice element by element.
			rt := res(t)
			if (rt.kind == kSlice || rt.kind == kArray) && unify(rt.elem, tyU8) {
				bs, err := lit.Unquote()
				if err != nil {
					fail("bad byte string")
				}
				if rt.kind == kArray && arrLen(rt) != int64(len(bs)) {
					fail("mismatched types: `%s` and a byte string of length %d", rt, len(bs))
				}
				c.ty[pt.Expr] = refTo(&Type{kind: kArray, elem: tyU8, n: int64(len(bs))}, false)
				return
			}
		}
		lt := c.expr(pt.Expr, t)
		c.unify(t, lt, pt)
		if rt := res(t); rt.kind == kRef || rt.kind == kStr {
			fail("string patterns are not supported")
		}
	case *syntax.RangePat:
		if pt.Lo != nil {
			c.expect(pt.Lo, t)
		}
		if pt.Hi != nil {
			c.expect(pt.Hi, t)
		}
		if rt := res(t); !rt.isNum() && rt.kind != kChar {
			fail("range pattern on `%s`", rt)
		}
	case *syntax.PathPat:
		var d *def
		if len(pt.Path.Segments) == 2 && pt.Path.Segments[0].Name.Name == "Self" {
			d = c.p.resolveValue(pt.Path, c.sc)
		} else {
			d = c.p.resolveValue(pt.Path, c.sc)
		}
		if d == nil {
			fail("cannot resolve `%s`", c.p.text(pt.Path))
		}
		c.pathPat(pt, d, t)
	case *syntax.TuplePat:
		rt := res(t)
		if rt.kind != kTuple {
			fail("tuple pattern on `%s`", rt)
		}
		c.subPats(pt.Elems, rt.elems, irrefutable)
	case *syntax.TupleStructPat:
		d := c.p.resolveValue(pt.Path, c.sc)
		if d == nil || d.kind != defVariant || d.variant.ctor != mir.CtorTuple {
			fail("`%s` is not a tuple variant", c.p.text(pt.Path))
		}
		at := c.adtType(d.adt, pt.Path)
		c.unify(t, at, pt)
		c.patDef[pt] = d
		var fts []*Type
		for i := range d.variant.fields {
			fts = append(fts, c.p.fieldType(d.variant, i, res(at).args))
		}
		c.subPats(pt.Elems, fts, irrefutable)
	case *syntax.StructPat:
		var d *def
		segs := segNames(pt.Path)
		if len(segs) == 1 && segs[0] == "Self" && c.sc.self != nil && res(c.sc.self).kind == kAdt {
			a := res(c.sc.self).adt
			d = &def{kind: defVariant, adt: a, variant: a.variants[0]}
		} else if td := c.p.resolvePathIn(c.sc.mod, segs, nsType, 0, false); td != nil && td.kind == defAdt && td.adt.kind == mir.AdtStruct {
			d = &def{kind: defVariant, adt: td.adt, variant: td.adt.variants[0]}
		} else {
			d = c.p.resolveValue(pt.Path, c.sc)
			if d == nil && len(segs) >= 2 {
				if td := c.p.resolvePathIn(c.sc.mod, segs[:len(segs)-1], nsType, 0, false); td != nil && td.kind == defAdt {
					d = variantDef(td.adt, segs[len(segs)-1])
				}
			}
		}
		if d == nil || d.kind != defVariant {
			fail("`%s` is not a struct or variant", c.p.text(pt.Path))
		}
		at := c.adtType(d.adt, pt.Path)
		c.unify(t, at, pt)
		c.patDef[pt] = d
		for _, fp := range pt.Fields {
			i := d.variant.fieldIndex(fp.Name.Name)
			if i < 0 {
				fail("no field `%s`", fp.Name.Name)
			}
			c.pat(fp.Pat, c.p.fieldType(d.variant, i, res(at).args), irrefutable)
		}
	case *syntax.OrPat:
		// Every alternative binds the same names: they share locals.
		var first map[string]*local
		for i, alt := range pt.Alts {
			c.push()
			c.pat(alt, t, irrefutable)
			scope := c.scopes[len(c.scopes)-1]
			c.pop()
			if i == 0 {
				first = scope
				continue
			}
			if len(scope) != len(first) {
				fail("or-pattern alternatives bind different names")
			}
			for name, l := range scope {
				f := first[name]
				if f == nil {
					fail("or-pattern alternatives bind different names")
				}
				c.unify(f.ty, l.ty, alt)
			}
			c.shareBinds(alt, first)
		}
		for _, l := range first {
			c.declare(l)
		}
	case *syntax.SlicePat:
		rt := res(t)
		if rt.kind != kArray && rt.kind != kSlice {
			fail("slice pattern on `%s`", rt)
		}
		before, after, rest := slicePatShape(pt)
		if rest < 0 && rt.kind == kArray && int64(len(pt.Elems)) != arrLen(rt) {
			fail("the pattern has %d elements, the array %d", len(pt.Elems), arrLen(rt))
		}
		if rt.kind == kArray && int64(before+after) > arrLen(rt) {
			fail("the pattern has too many elements")
		}
		for i, el := range pt.Elems {
			if i != rest {
				c.pat(el, rt.elem, irrefutable)
				continue
			}
			restTy := &Type{kind: kSlice, elem: rt.elem}
			if rt.kind == kArray {
				restTy = &Type{kind: kArray, elem: rt.elem, n: arrLen(rt) - int64(before+after)}
			}
			if ip, ok := el.(*syntax.IdentPat); ok {
				if restTy.kind == kSlice && c.bindMode == 0 {
					fail("binding an unsized slice")
				}
				c.pat(ip, restTy, irrefutable)
			}
		}
	case *syntax.RefPat:
		rt := res(t)
		if rt.kind != kRef {
			fail("reference pattern on `%s`", rt)
		}
		c.pat(pt.Pat, rt.elem, irrefutable)
	default:
		fail("the pattern `%s` is not supported", c.p.text(pt))
	}
}

// slicePatShape returns the number of elements before and after the
// rest pattern of a slice pattern and its index (-1 without one).
func slicePatShape(pt *syntax.SlicePat) (before, after, rest int) {
	rest = -1
	for i, el := range pt.Elems {
		if isRestPat(el) {
			if rest >= 0 {
				fail("two `..` in a slice pattern")
			}
			rest = i
		}
	}
	if rest < 0 {
		return len(pt.Elems), 0, -1
	}
	return rest, len(pt.Elems) - rest - 1, rest
}

func isRestPat(p syntax.Pat) bool {
	switch p := p.(type) {
	case *syntax.RestPat:
		return true
	case *syntax.IdentPat:
		_, ok := p.Sub.(*syntax.RestPat)
		return ok
	}
	return false
}

// shareBinds points the bindings of an or-pattern alternative at the
// first alternative's locals.
func (c *checker) shareBinds(p syntax.Pat, first map[string]*local) {
	syntax.Inspect(p, func(n syntax.Node) bool {
		if ip, ok := n.(*syntax.IdentPat); ok {
			if l, ok := c.binds[ip]; ok {
				c.binds[ip] = first[l.name]
			}
		}
		return true
	})
}

// derefPat applies default binding modes: a non-reference pattern on a
// reference type matches the referent, and bindings inside bind by
// reference.
func (c *checker) derefPat(pt syntax.Pat, t *Type) *Type {
	if _, isRef := pt.(*syntax.RefPat); isRef {
		return t
	}
	n := 0
	mode := c.bindMode
	for res(t).kind == kRef {
		// Rust's default binding mode: through & bindings are by ref,
		// through &mut by ref mut unless already by ref.
		switch {
		case !res(t).mut:
			mode = 1
		case mode != 1:
			mode = 2
		}
		t = res(t).elem
		n++
	}
	if n > 0 {
		c.patDerefs[pt] = n
		c.nextMode = mode
	}
	return t
}

func (c *checker) byRefMode(pt *syntax.IdentPat) bool {
	if c.bindMode != 0 {
		c.byRef[pt] = true
		if c.bindMode == 2 {
			c.byRefMut[pt] = true
		}
		return true
	}
	return false
}

func (c *checker) subPats(elems []syntax.Pat, tys []*Type, irrefutable bool) {
	rest := -1
	for i, e := range elems {
		if _, ok := e.(*syntax.RestPat); ok {
			if rest >= 0 {
				fail("two `..` in a pattern")
			}
			rest = i
		}
	}
	if rest < 0 {
		if len(elems) != len(tys) {
			fail("pattern has %d fields, the type %d", len(elems), len(tys))
		}
		for i, e := range elems {
			c.pat(e, tys[i], irrefutable)
		}
		return
	}
	after := len(elems) - rest - 1
	if rest+after > len(tys) {
		fail("pattern has too many fields")
	}
	for i := 0; i < rest; i++ {
		c.pat(elems[i], tys[i], irrefutable)
	}
	for j := 0; j < after; j++ {
		c.pat(elems[rest+1+j], tys[len(tys)-after+j], irrefutable)
	}
}

// pathPat checks a pattern naming a unit variant, unit struct or const.
func (c *checker) pathPat(pt syntax.Pat, d *def, t *Type) {
	switch {
	case d.kind == defVariant && d.variant.ctor == mir.CtorUnit:
		at := c.adtType(d.adt, nil)
		if pp, ok := pt.(*syntax.PathPat); ok {
			at = c.adtType(d.adt, pp.Path)
		}
		c.unify(t, at, pt)
	case d.kind == defConst:
		ct := c.p.constType(d.cnst)
		c.unify(t, ct, pt)
		if rt := res(t); !rt.isNum() && rt.kind != kChar && rt.kind != kBool {
			fail("const patterns of type `%s` are not supported", rt)
		}
	default:
		fail("`%s` is not supported in a pattern", c.p.text(pt))
	}
	c.patDef[pt] = d
}
