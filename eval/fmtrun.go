// fmtrun.go runs formatting impls lowered to MIR (`fn fmt(&self, f: &mut
// Formatter) -> fmt::Result`) as Miri runs ordinary code, with a native
// Formatter: a handle to a buffer and the options of the `{…}` being
// formatted. The Formatter's methods, write!'s format string, the
// debug_* builders and `Trait::fmt(x, f)` are shims; values are formatted
// by the renderer (core's impls for primitives, str, refs, derived Debug),
// which runs the impls it meets the same way.

package eval

import (
	"strconv"
	"strings"

	"mirlsp/mir"
)

// fmtOut is one running formatter: what it wrote and its options.
type fmtOut struct {
	b    strings.Builder
	spec mir.FmtSpec
}

var tyFormatter = &mir.Ty{Kind: mir.TyAdt, Path: &mir.Path{Segs: []mir.PathSeg{{Name: "Formatter"}}, Text: "Formatter"}, Text: "Formatter"}

// fmtFn returns the formatting impl of trait lowered to MIR for ty, or nil.
func (r *Registry) fmtFn(ty *mir.Ty, trait string) *mir.Item {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fmtFns == nil {
		fn, _ := r.mirFmtFn(ty, trait)
		return fn
	}
	return r.fmtFns[NormTy(ty)][trait]
}

// runFmtFn runs fn, the impl of trait for the value of type ty at p, with
// the options spec (nil: `{}`), and writes what it wrote.
func (s *renderState) runFmtFn(fn *mir.Item, trait string, ty *mir.Ty, p Pointer, spec *mir.FmtSpec) error {
	if spec == nil {
		spec = &defaultFmtSpec
	}
	in := s.in
	if in == nil {
		return ErrUnsupported("the `%s` impl of `%s` is not run here", trait, adtName(ty))
	}
	var str string
	if s.inShim {
		str = in.callFmt(fn, ty, p, spec)
	} else {
		var err error
		if str, err = in.callFmtTop(fn, ty, p, spec); err != nil {
			if e, ok := err.(*EvalError); ok && e.Kind == KindUnsupported {
				return e
			}
			return ErrUnsupported("the `%s` impl of `%s` cannot be run: %s", trait, adtName(ty), err.Error())
		}
	}
	return s.write(str)
}

// callFmtTop runs callFmt from the renderer: an error of the run is
// returned, and the interpreter's stack restored.
func (in *interp) callFmtTop(fn *mir.Item, ty *mir.Ty, p Pointer, spec *mir.FmtSpec) (str string, err error) {
	depth, rd, outs := len(in.stack), in.retDepth, len(in.fmtOuts)
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*EvalError)
			if !ok {
				panic(r)
			}
			in.stack, in.retDepth, in.fmtOuts = in.stack[:depth], rd, in.fmtOuts[:outs]
			err = e
		}
	}()
	return in.callFmt(fn, ty, p, spec), nil
}

// callFmt runs fn(&value, &mut formatter) to completion and returns what
// it wrote; an Err result is an error, as rustc's format machinery panics.
func (in *interp) callFmt(fn *mir.Item, ty *mir.Ty, p Pointer, spec *mir.FmtSpec) string {
	if fn.Body == nil || fn.Ret == nil {
		fail(ErrUnsupported("`%s` has no body", fn.Name))
	}
	out := &fmtOut{spec: *spec}
	h, na := len(in.fmtOuts), len(in.fmtArgs)
	in.fmtOuts = append(in.fmtOuts, out)
	defer func() { in.fmtOuts, in.fmtArgs = in.fmtOuts[:h], in.fmtArgs[:na] }()
	fl := in.layout(tyFormatter)
	fp := in.allocate(fl, AllocStack)
	in.writeToMem(fp, Operand{Imm: ImmFromScalar(ScalarUint(uint64(h), uint8(fl.Size))), Layout: in.layout(tyUsize)}, in.layout(tyUsize))
	selfTy := &mir.Ty{Kind: mir.TyRef, Elem: ty, Text: "&" + ty.Text}
	fTy := &mir.Ty{Kind: mir.TyRef, Mut: true, Elem: tyFormatter, Text: "&mut Formatter"}
	args := []Operand{
		{Imm: ImmFromScalar(ScalarPtr(p)), Layout: in.layout(selfTy)},
		{Imm: ImmFromScalar(ScalarPtr(fp)), Layout: in.layout(fTy)},
	}
	rl := in.layout(fn.Ret)
	rp := in.allocate(rl, AllocStack)
	old := in.retDepth
	in.retDepth = len(in.stack)
	// A generic impl (`impl<T: Debug> Debug for Wrap<T>`) runs for the
	// value's instance.
	sub := in.instantiate(fn, []*mir.Ty{selfTy, fTy}, fn.Ret)
	in.pushFrame(fn, args, MemPlace{Ptr: rp, Align: rl.Align}, sub)
	in.stack[len(in.stack)-1].name = fn.Name
	in.run()
	in.retDepth = old
	tag, e := in.mem.ReadScalar(rp, 1, 1)
	if e != nil {
		fail(e)
	}
	if v, _ := tag.ToBits(); v.Lo != 0 {
		fail(ErrUnsupported("`%s` returned `Err`: rustc panics with \"a formatting trait implementation returned an error when the underlying stream did not\"", fn.Name))
	}
	return out.b.String()
}

// formatter returns the formatter a `&mut Formatter` argument is.
func (sc *shimCall) formatter(i int) *fmtOut {
	in := sc.in
	v := in.readPlace(in.deref(sc.arg(i), sc.tys[i]))
	h := in.bits(v).Lo
	if h >= uint64(len(in.fmtOuts)) {
		fail(ErrUnsupported("a `Formatter` mirlsp did not make"))
	}
	return in.fmtOuts[h]
}

// ok is Ok(()) of fmt::Result.
func (sc *shimCall) fmtOK() Operand { return sc.variant("Ok", nil) }

// formatterMethod runs a method of core::fmt::Formatter.
func (sc *shimCall) formatterMethod(name string) Operand {
	if strings.HasPrefix(name, "debug_") {
		return sc.newBuilder(strings.TrimPrefix(name, "debug_"))
	}
	o := sc.formatter(0)
	str := func(i int) string { return string(sc.in.sliceBytes(sc.arg(i))) }
	switch name {
	case "write_str":
		o.b.WriteString(str(1))
	case "write_fmt":
		sc.writeArguments(o, 1)
	case "write_char":
		c, err := sc.in.scalar(sc.arg(1)).ToChar()
		if err != nil {
			fail(err)
		}
		o.b.WriteRune(c)
	case "pad":
		o.b.WriteString(padStr(str(1), &o.spec, '<'))
	case "pad_integral":
		nonNeg, err := sc.in.scalar(sc.arg(1)).ToBool()
		if err != nil {
			fail(err)
		}
		o.b.WriteString(padIntegral(nonNeg, str(2), str(3), &o.spec))
	case "alternate":
		return sc.bool(o.spec.Alternate)
	case "sign_plus":
		return sc.bool(o.spec.Plus)
	case "sign_minus":
		return sc.bool(o.spec.Minus)
	case "sign_aware_zero_pad":
		return sc.bool(o.spec.Zero)
	case "fill":
		return Operand{Imm: ImmFromScalar(ScalarUint(uint64(o.spec.Fill), 4)), Layout: sc.dest.l}
	case "width", "precision":
		n := o.spec.Width
		if name == "precision" {
			n = o.spec.Precision
		}
		if n < 0 {
			return sc.option(nil)
		}
		l := sc.in.layout(tyUsize)
		v := Operand{Imm: ImmFromScalar(ScalarUint(uint64(n), uint8(l.Size))), Layout: l}
		return sc.option(&v)
	default:
		fail(ErrUnsupported("`Formatter::%s` is not supported", name))
	}
	return sc.fmtOK()
}

// fmtRt runs the calls the front end makes of formatting code: write
// (write!'s format string) and Trait (the trait's fmt of a value with the
// formatter's options).
func (sc *shimCall) fmtRt(name string) Operand {
	switch name {
	case "write":
		o := sc.formatter(0)
		tmpl := string(sc.in.sliceBytes(sc.arg(1)))
		sc.writeFormat(o, tmpl, 2)
		return sc.fmtOK()
	}
	o := sc.formatter(1)
	o.b.WriteString(sc.fmtArg(0, name, &o.spec))
	return sc.fmtOK()
}

// fmtArg formats the value argument i (a reference) points to with trait.
func (sc *shimCall) fmtArg(i int, trait string, spec *mir.FmtSpec) string {
	in := sc.in
	ty := sc.tys[i]
	if ty.Kind == mir.TyRef && ty.Elem != nil && ty.Elem.Kind == mir.TyDyn {
		// &dyn Debug: the value behind the pointer, of the vtable's type.
		imm := in.immediate(sc.arg(i))
		vt := in.vtableOf(imm.B)
		if imm.Kind != ImmPair || vt == nil {
			fail(ErrUnsupported("formatting a `%s` without its vtable", ty))
		}
		return in.fmtPointee(imm.A.Pointer(), vt.Ty, trait, spec)
	}
	l := in.layout(ty)
	p := in.allocate(l, AllocStack)
	in.writeToMem(p, sc.arg(i), l)
	s := &renderState{Renderer: &Renderer{Mem: in.mem, Reg: in.reg, in: in, generalOnly: in.ev.Cfg.generalOnly}, inShim: true}
	if err := s.fmtValue(trait, spec, ty, p); err != nil {
		if e, ok := err.(*EvalError); ok {
			fail(e)
		}
		fail(ErrUnsupported("%s", err.Error()))
	}
	return s.b.String()
}

// writeFormat writes a format string whose arguments are numbered
// (`{0:>1$}`), the arguments being the references from argument base on.
func (sc *shimCall) writeFormat(o *fmtOut, tmpl string, base int) {
	for i := 0; i < len(tmpl); {
		switch {
		case strings.HasPrefix(tmpl[i:], "{{"):
			o.b.WriteByte('{')
			i += 2
		case strings.HasPrefix(tmpl[i:], "}}"):
			o.b.WriteByte('}')
			i += 2
		case tmpl[i] == '{':
			j := strings.IndexByte(tmpl[i:], '}')
			arg, spec, _ := strings.Cut(tmpl[i+1:i+j], ":")
			n, _ := strconv.Atoi(arg)
			sp, trait := sc.parseSpec(spec, base)
			if base+n >= len(sc.args) {
				fail(ErrUnsupported("a format argument is missing"))
			}
			o.b.WriteString(sc.fmtArg(base+n, trait, &sp))
			i += j + 1
		default:
			o.b.WriteByte(tmpl[i])
			i++
		}
	}
}

// parseSpec reads `[[fill]align][sign][#][0][width][.precision][type]`,
// width and precision given or taken from an argument (`N$`).
func (sc *shimCall) parseSpec(spec string, base int) (mir.FmtSpec, string) {
	sp := defaultFmtSpec
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
		n, _ := strconv.Atoi(string(rs[start:i]))
		if i < len(rs) && rs[i] == '$' {
			i++
			if base+n >= len(sc.args) {
				fail(ErrUnsupported("a format argument is missing"))
			}
			v := sc.in.readPlace(sc.in.deref(sc.arg(base+n), sc.tys[base+n]))
			return int(sc.in.bits(v).Lo)
		}
		return n
	}
	sp.Width = num()
	if i < len(rs) && rs[i] == '.' {
		i++
		sp.Precision = num()
	}
	trait := ""
	switch string(rs[i:]) {
	case "":
		trait = "Display"
	case "?":
		trait = "Debug"
	case "#?":
		trait, sp.Alternate = "Debug", true
	case "x?", "X?":
		trait, sp.DebugHex = "Debug", byte(rs[i])
	case "x":
		trait = "LowerHex"
	case "X":
		trait = "UpperHex"
	case "b":
		trait = "Binary"
	case "o":
		trait = "Octal"
	case "e":
		trait = "LowerExp"
	case "E":
		trait = "UpperExp"
	default:
		fail(ErrUnsupported("the format spec `%s`", spec))
	}
	return sp, trait
}

// fmtBuilder is a running debug_struct/tuple/list/set/map: the items
// formatted so far (`name: value` for struct fields and map entries).
type fmtBuilder struct {
	out     *fmtOut
	kind    string
	name    string
	items   []string
	pending string // a map key waiting for its value
}

var tyBuilder = &mir.Ty{Kind: mir.TyAdt, Path: &mir.Path{Segs: []mir.PathSeg{{Name: "DebugBuilder"}}, Text: "DebugBuilder"}, Text: "DebugBuilder"}

// newBuilder starts a builder on the formatter argument 0 and returns the
// `&mut` to its handle.
func (sc *shimCall) newBuilder(kind string) Operand {
	in := sc.in
	o := sc.formatter(0)
	b := &fmtBuilder{out: o, kind: kind}
	if kind == "struct" || kind == "tuple" {
		b.name = string(in.sliceBytes(sc.arg(1)))
	}
	h := len(in.fmtBuilders)
	in.fmtBuilders = append(in.fmtBuilders, b)
	bl, ul := in.layout(tyBuilder), in.layout(tyUsize)
	hv := ImmFromScalar(ScalarUint(uint64(h), uint8(ul.Size)))
	if sc.dest.l.Size == ul.Size && sc.dest.l.Abi == AbiScalar && sc.dest.l.A.Prim.Kind == PrimInt {
		// core's debug_struct returns the builder (rustc's MIR).
		return Operand{Imm: hv, Layout: sc.dest.l}
	}
	p := in.allocate(bl, AllocStack)
	in.writeToMem(p, Operand{Imm: hv, Layout: ul}, ul)
	return Operand{Imm: ImmFromScalar(ScalarPtr(p)), Layout: sc.dest.l}
}

// builderMethod runs a method of a builder (argument 0).
func (sc *shimCall) builderMethod(name string) Operand {
	in := sc.in
	h := in.bits(in.readPlace(in.deref(sc.arg(0), sc.tys[0]))).Lo
	if h >= uint64(len(in.fmtBuilders)) {
		fail(ErrUnsupported("a `Debug` builder mirlsp did not make"))
	}
	b := in.fmtBuilders[h]
	// The builder formats with its Formatter's options, as core's does.
	spec := b.out.spec
	elem := func(i int) string { return sc.fmtArg(i, "Debug", &spec) }
	switch name {
	case "field":
		if len(sc.args) == 3 {
			b.items = append(b.items, string(in.sliceBytes(sc.arg(1)))+": "+elem(2))
		} else {
			b.items = append(b.items, elem(1))
		}
	case "entry":
		if len(sc.args) == 3 {
			b.items = append(b.items, elem(1)+": "+elem(2))
		} else {
			b.items = append(b.items, elem(1))
		}
	case "key":
		b.pending = elem(1)
	case "value":
		b.items = append(b.items, b.pending+": "+elem(1))
	case "entries":
		b.items = append(b.items, sc.seqElems(1, &spec, b.kind == "map")...)
	case "finish", "finish_non_exhaustive":
		b.out.b.WriteString(b.finish(name == "finish_non_exhaustive"))
		return sc.fmtOK()
	default:
		fail(ErrUnsupported("the builder method `%s` is not supported", name))
	}
	return sc.arg(0)
}

// seqElems formats with Debug each element of the array or slice that
// argument i is or refers to (through references); pairs, a map's
// entries, as `key: value`.
func (sc *shimCall) seqElems(i int, spec *mir.FmtSpec, pairs bool) []string {
	in := sc.in
	v, ty := sc.arg(i), sc.tys[i]
	for ty.Kind == mir.TyRef && ty.Elem.Kind == mir.TyRef {
		v, ty = in.readPlace(in.deref(v, ty)), ty.Elem
	}
	if ty.Kind == mir.TyArray {
		// An array by value (IntoIterator of [T; N]).
		l := in.layout(ty)
		p := in.allocate(l, AllocStack)
		in.writeToMem(p, v, l)
		ty = &mir.Ty{Kind: mir.TyRef, Elem: ty, Text: "&" + ty.Text}
		v = Operand{Imm: ImmFromScalar(ScalarPtr(p)), Layout: in.layout(ty)}
	}
	if ty.Kind != mir.TyRef {
		fail(ErrUnsupported("`entries` of a value of type `%s`", ty))
	}
	q := in.deref(v, ty)
	var elemTy *mir.Ty
	var n uint64
	switch ty.Elem.Kind {
	case mir.TyArray:
		elemTy, n = ty.Elem.Elem, q.l.Count
	case mir.TySlice:
		elemTy = ty.Elem.Elem
		m, err := q.mp.Meta.ToUint64()
		if err != nil {
			fail(err)
		}
		n = m
	default:
		fail(ErrUnsupported("`entries` of a value of type `%s`", ty))
	}
	el := in.layout(elemTy)
	if pairs && (elemTy.Kind != mir.TyTuple || len(elemTy.Elems) != 2) {
		fail(ErrUnsupported("`DebugMap::entries` of elements of type `%s`", elemTy))
	}
	var out []string
	for k := uint64(0); k < n; k++ {
		ep := at(q.mp.Ptr, k*el.Size)
		if pairs {
			out = append(out, in.fmtPointee(at(ep, el.FieldOffset(0)), elemTy.Elems[0], "Debug", spec)+": "+
				in.fmtPointee(at(ep, el.FieldOffset(1)), elemTy.Elems[1], "Debug", spec))
			continue
		}
		out = append(out, in.fmtPointee(ep, elemTy, "Debug", spec))
	}
	return out
}

// finish is what the builder writes: core's DebugStruct & co., one line
// or, with `{:#?}`, an item per line.
func (b *fmtBuilder) finish(nonEx bool) string {
	pretty := b.out.spec.Alternate
	delims := map[string][2]string{"struct": {" {", "}"}, "tuple": {"(", ")"}, "list": {"[", "]"}, "set": {"{", "}"}, "map": {"{", "}"}}[b.kind]
	open, close := delims[0], delims[1]
	items := b.items
	if len(items) == 0 && nonEx {
		return b.name + map[string]string{"struct": " { .. }", "tuple": "(..)", "list": "[..]", "set": "{..}", "map": "{..}"}[b.kind]
	}
	if len(items) == 0 {
		if b.kind == "struct" || b.kind == "tuple" {
			return b.name
		}
		return open + close
	}
	var s strings.Builder
	s.WriteString(b.name)
	if b.kind == "struct" && !pretty {
		open, close = " { ", " }"
	}
	if b.kind == "tuple" && b.name == "" && len(items) == 1 && !pretty && !nonEx {
		// A 1-tuple prints its trailing comma.
		items = []string{items[0] + ","}
	}
	s.WriteString(open)
	if pretty {
		s.WriteString("\n")
		for _, it := range items {
			s.WriteString(indent(it) + ",\n")
		}
		if nonEx {
			s.WriteString("    ..\n")
		}
	} else {
		s.WriteString(strings.Join(items, ", "))
		if nonEx {
			s.WriteString(", ..")
		}
	}
	s.WriteString(close)
	return s.String()
}

// indent is PadAdapter: four spaces before every line.
func indent(s string) string {
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}
