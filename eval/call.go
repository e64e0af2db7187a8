// call.go evaluates calls: to bodies in the files (a new frame) and to
// core/std functions (native shims, see shims.go), and the messages of
// failed asserts and panics.

package eval

import (
	"strings"

	"mirlsp/mir"
)

// call executes a call terminator.
func (in *interp) call(f *frame, t *mir.Terminator) {
	var callee *mir.Item
	var path *mir.Path
	if c := t.Func.Const; t.Func.Kind == mir.OpConst && c != nil && c.Kind == mir.ConstFn {
		callee, path = c.Item, c.Path
		if callee == nil {
			callee = in.prog.crossFile(path, true)
		}
	} else {
		// A call through a fn pointer.
		v := in.operand(f, &t.Func, in.operandTy(f, &t.Func))
		p := in.scalar(v).Pointer()
		a, ok := in.mem.Get(p.Alloc)
		if !ok || a.Kind != AllocFn {
			fail(ErrUnsupported("calling a value that is not a function pointer"))
		}
		callee = a.Item
		if callee == nil {
			path = &mir.Path{Segs: []mir.PathSeg{{Name: a.Name}}, Text: a.Name}
		}
	}
	if callee != nil && callee.Body != nil && callee.Kind == mir.ItemFn {
		b := callee.Body
		if len(t.Args) != b.ArgCount {
			fail(ErrUnsupported("call of `%s` with %d arguments, expected %d", callee.Name, len(t.Args), b.ArgCount))
		}
		argTys := make([]*mir.Ty, len(t.Args))
		for i := range t.Args {
			argTys[i] = in.operandTy(f, &t.Args[i])
		}
		sub := in.instantiate(callee, argTys, in.placeTy(f, &t.Place))
		args := make([]Operand, len(t.Args))
		for i := range t.Args {
			args[i] = in.operand(f, &t.Args[i], sub.apply(b.Locals[i+1].Ty))
		}
		in.pushFrame(callee, args, MemPlace{}, sub)
		nf := in.stack[len(in.stack)-1]
		nf.site, nf.name = t, callee.Name
		if path != nil {
			nf.name = path.Text
		}
		return
	}
	if path == nil {
		fail(ErrUnsupported("call of an unknown function"))
	}
	sc := in.newShimCall(f, t, path)
	defer in.releaseShimCall()
	for i := range t.Args {
		sc.tys[i] = in.operandTy(f, &t.Args[i])
		sc.args[i] = in.operand(f, &t.Args[i], sc.tys[i])
	}
	sc.dest = in.place(f, &t.Place)
	res, ok := sc.run()
	if ok {
		in.write(sc.dest, res)
		if in.trace != nil && f == in.rootFrame {
			in.recordAssign(f, f.block, len(f.body.Blocks[f.block].Stmts), &t.Place)
		}
	}
	in.jump(f, t.Target)
}

// assertError is the error of a failed assert.
func (in *interp) assertError(f *frame, m *mir.AssertMsg) *EvalError {
	args := m.Args
	if m.Old && len(args) == 0 {
		args = m.Resolved
	}
	need := func(i int) {
		if i >= len(args) {
			fail(ErrUnsupported("assert message `%s` without its operands", m.Template))
		}
	}
	argTy := func(i int) IntTy {
		need(i)
		t := in.operandTy(f, &args[i])
		it, ok := intTyOf(t)
		if !ok {
			fail(ErrUnsupported("assert operand of type `%s`", t.String()))
		}
		return it
	}
	val := func(i int) mir.U128 {
		need(i)
		return in.bits(in.operand(f, &args[i], in.operandTy(f, &args[i])))
	}
	switch m.Kind {
	case mir.AssertBoundsCheck:
		return ErrBounds(val(0).Lo, val(1).Lo)
	case mir.AssertOverflow:
		if m.Op == mir.BinShl || m.Op == mir.BinShr {
			i := 0
			if len(args) == 2 { // old CheckedShl(a, b): the amount is b
				i = 1
			}
			return ErrShiftOverflow(m.Op, argTy(i), val(i))
		}
		return ErrOverflow(m.Op, argTy(0), val(0), val(1))
	case mir.AssertOverflowNeg:
		return ErrNegOverflow(argTy(0), val(0))
	case mir.AssertDivisionByZero:
		return ErrDivByZero(argTy(0), val(0))
	case mir.AssertRemainderByZero:
		return ErrRemByZero(argTy(0), val(0))
	case mir.AssertMisalignedPointerDereference:
		return ErrMisalignedDeref(val(0).Lo, val(1).Lo)
	case mir.AssertNullPointerDereference:
		return ErrNullDeref()
	}
	return ErrPanic(m.Template)
}

// fnPtr returns a pointer to the function a path names.
func (in *interp) fnPtr(path *mir.Path, it *mir.Item) Pointer {
	key := path.Text
	if it != nil {
		key = it.Name
	}
	return Pointer{Alloc: in.prog.Globals.Fn(key, it)}
}

// staticPtr returns a pointer to a static's memory, evaluating it. The
// memory of a static is immutable; a `static mut` cannot be reached from
// a constant at all.
func (in *interp) staticPtr(it *mir.Item) Pointer {
	if it.Kind == mir.ItemStaticMut && !in.staticRoot() {
		fail(ErrMutableGlobal())
	}
	v := in.itemValue(it)
	var p Pointer
	if v.Indirect {
		p = v.Place.Ptr
	} else {
		p = in.toMem(v).Ptr
		p.Imm = true
	}
	if !v.Indirect {
		if a, ok := in.mem.Get(p.Alloc); ok {
			a.Mutable = false
		}
	}
	if it.Kind == mir.ItemStaticMut {
		if in.mem.InitialValues == nil {
			in.mem.InitialValues = map[AllocID]bool{}
		}
		in.mem.InitialValues[p.Alloc] = true
	}
	return p
}

// staticRoot reports whether the item evaluated is a static, whose
// initializer may read (not write) a `static mut`.
func (in *interp) staticRoot() bool {
	return in.root != nil && (in.root.Kind == mir.ItemStatic || in.root.Kind == mir.ItemStaticMut)
}

// panicMessage recovers the &str message of a panic argument: a &str,
// or the Arguments built by Arguments::from_str (see shims).
func (in *interp) panicMessage(v Operand) string {
	if imm := in.immediate(v); imm.Kind != ImmPair {
		fail(ErrUnsupported("panic with a formatted message"))
	} else if imm.B.IsPtr() {
		return in.argumentsText(imm) // Arguments::new (fmtmir.go)
	}
	return string(in.sliceBytes(v))
}

// sliceBytes reads the bytes a &str or &[u8] points to.
func (in *interp) sliceBytes(v Operand) []byte {
	imm := in.immediate(v)
	if imm.Kind != ImmPair {
		fail(ErrUnsupported("expected a string or byte slice"))
	}
	n, err := imm.B.ToUint64()
	if err != nil {
		fail(err)
	}
	b, rerr := in.mem.ReadBytes(imm.A.Pointer(), n)
	if rerr != nil {
		fail(rerr)
	}
	return b
}

// newShimCall returns a shimCall from the interpreter's pool (a shim
// runs for every call of a core function, often in a hot loop).
func (in *interp) newShimCall(f *frame, t *mir.Terminator, path *mir.Path) *shimCall {
	if in.shimTop == len(in.shimPool) {
		in.shimPool = append(in.shimPool, new(shimCall))
	}
	sc := in.shimPool[in.shimTop]
	in.shimTop++
	*sc = shimCall{in: in, f: f, t: t, path: path}
	n := len(t.Args)
	if n <= len(sc.argBuf) {
		sc.args, sc.tys = sc.argBuf[:n], sc.tyBuf[:n]
	} else {
		sc.args, sc.tys = make([]Operand, n), make([]*mir.Ty, n)
	}
	return sc
}

func (in *interp) releaseShimCall() { in.shimTop-- }

// calleeKeyOf is calleeKey, cached per path.
func (in *interp) calleeKeyOf(p *mir.Path) (owner, name string) {
	if k, ok := in.calleeKeys[p]; ok {
		return k[0], k[1]
	}
	owner, name = calleeKey(p)
	in.calleeKeys[p] = [2]string{owner, name}
	return owner, name
}

// calleeKey classifies a callee path for the shim table: "int::pow",
// "Option::unwrap", "mem::size_of", "::panic" (a bare trimmed name).
func calleeKey(p *mir.Path) (owner, name string) {
	segs := p.Segs
	if len(segs) == 0 {
		return "", ""
	}
	name = segs[len(segs)-1].Name
	if len(segs) == 1 {
		return "", name
	}
	o := segs[len(segs)-2].Name
	if strings.HasPrefix(o, "<impl ") && strings.HasSuffix(o, ">") {
		t := strings.TrimSuffix(strings.TrimPrefix(o, "<impl "), ">")
		switch {
		case isIntName(t):
			return "int", name
		case t == "f32" || t == "f64":
			return "float", name
		case strings.HasPrefix(t, "["):
			return "[T]", name
		case strings.HasPrefix(t, "*const") || strings.HasPrefix(t, "*mut"):
			return "ptr", name
		}
		return t, name
	}
	if s := segs[len(segs)-2]; s.QSelf != nil {
		if s.QTrait == nil {
			return "<" + s.QSelf.Text + ">", name
		}
		return "<" + s.QSelf.Text + " as " + s.QTrait.Text + ">", name
	}
	return o, name
}

func isIntName(s string) bool {
	switch s {
	case "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize":
		return true
	}
	return false
}
