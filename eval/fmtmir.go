// fmtmir.go runs the formatting impls of a program given as rustc's MIR
// (`fn <impl at a.rs:9:1: 9:25>::fmt(_1: &Hex, _2: &mut Formatter<'_>)`)
// with the Formatter of fmtrun.go: rustc 1.95's format_args! lowering
// (`Arguments::new::<N, M>(template, args)` with the byte-encoded
// template of core::fmt and one `rt::Argument::new_debug::<T>(&x)`, …
// per placeholder) is decoded here, and the impl a value's `{:?}` runs
// is found among the file's fmt bodies.
//
// rustc's MIR names an impl by its span only, not by its trait. Which
// trait a body implements is known when the body refers to one of its
// promoteds (`const <Hex as std::fmt::Debug>::fmt::promoted[0]`), or
// follows: the value's type implements the trait asked for (rustc
// compiled the program that formats it), so when the promoteds of all
// its hand-written bodies but one name other traits, that one is the
// impl. Otherwise the item is not evaluated, saying so. (The width of an
// impl's span is no evidence: a macro's impls carry spans of the macro's
// text.) A derived Debug impl is told by its span, `Debug` in
// `#[derive(..)]`, and its calls; it prints as the renderer prints
// derived impls.

package eval

import (
	"encoding/binary"
	"strconv"
	"strings"

	"mirlsp/mir"
)

// mirFmtImpl is one fmt body of a MIR file for an ADT.
type mirFmtImpl struct {
	item *mir.Item
	// trait is the impl's trait when the body names it (its promoteds),
	// else "".
	trait string
	// derived marks a derived Debug impl (the span of `Debug` in
	// `#[derive(..)]` and its body's calls).
	derived bool
}

// fmtTraitNames are the formatting traits (the trait of each
// rt::Argument constructor is found by its name, fmtArgTraits).
var fmtTraitNames = map[string]bool{"Debug": true, "Display": true, "LowerHex": true, "UpperHex": true,
	"Octal": true, "Binary": true, "LowerExp": true, "UpperExp": true, "Pointer": true}

// learnFmtImpls records the fmt bodies of a MIR file by the ADT they
// format.
func (r *Registry) learnFmtImpls(f *mir.File) {
	for _, it := range f.Items {
		imp, name := fmtImplOf(it)
		if imp == nil {
			continue
		}
		r.mu.Lock()
		if r.mirFmt == nil {
			r.mirFmt = map[string][]*mirFmtImpl{}
		}
		r.mirFmt[name] = append(r.mirFmt[name], imp)
		if imp.derived {
			r.fmtDerived[name] = true
		}
		r.mu.Unlock()
	}
}

// fmtImplOf returns what the item shows of a formatting impl
// `fn <impl at ..>::fmt(_1: &T, _2: &mut Formatter<'_>) -> Result<..>`
// of an ADT T, and T's name, or nil.
func fmtImplOf(it *mir.Item) (*mirFmtImpl, string) {
	if it.Kind != mir.ItemFn || it.Body == nil || it.Path == nil || it.Path.Last() != "fmt" || it.Body.ArgCount != 2 || len(it.Body.Locals) < 3 {
		return nil, ""
	}
	implSeg := ""
	for _, s := range it.Path.Segs {
		if strings.HasPrefix(s.Name, "<impl at ") {
			implSeg = s.Name
		}
	}
	self, fty := it.Body.Locals[1].Ty, it.Body.Locals[2].Ty
	if implSeg == "" || self == nil || fty == nil || self.Kind != mir.TyRef || self.Elem == nil || self.Elem.Kind != mir.TyAdt ||
		fty.Kind != mir.TyRef || !fty.Mut || fty.Elem == nil || adtName(fty.Elem) != "Formatter" {
		return nil, ""
	}
	imp := &mirFmtImpl{item: it, trait: promotedTrait(it.Body)}
	// (A derived impl of more than five fields names its promoted
	// array of field names too.)
	imp.derived = (imp.trait == "" || imp.trait == "Debug") && implHeaderWidth(implSeg) == len("Debug") && derivedShape(it.Body)
	if imp.derived {
		imp.trait = "Debug"
	}
	return imp, adtName(self.Elem)
}

// implHeaderWidth is the column width of a one-line span in
// `<impl at a.rs:9:1: 9:25>` (24), or -1.
func implHeaderWidth(seg string) int {
	s := strings.TrimSuffix(strings.TrimPrefix(seg, "<impl at "), ">")
	parts := strings.Split(s, ":")
	n := len(parts)
	if n < 5 || strings.TrimSpace(parts[n-4]) != strings.TrimSpace(parts[n-2]) {
		return -1
	}
	a, err1 := strconv.Atoi(strings.TrimSpace(parts[n-3]))
	b, err2 := strconv.Atoi(strings.TrimSpace(parts[n-1]))
	if err1 != nil || err2 != nil || b < a {
		return -1
	}
	return b - a
}

// promotedTrait returns the formatting trait a body names through a
// promoted of its own (`const <T as std::fmt::Debug>::fmt::promoted[0]`),
// or "".
func promotedTrait(b *mir.Body) string {
	for _, bb := range b.Blocks {
		for _, st := range bb.Stmts {
			if st.Kind != mir.StmtAssign || st.Rvalue == nil || st.Rvalue.Kind != mir.RvUse || st.Rvalue.A.Kind != mir.OpConst {
				continue
			}
			c := st.Rvalue.A.Const
			if c == nil || c.Path == nil || len(c.Path.Segs) != 3 || c.Path.Segs[1].Name != "fmt" ||
				!strings.HasPrefix(c.Path.Segs[2].Name, "promoted[") {
				continue
			}
			if q := c.Path.Segs[0].QTrait; q != nil && fmtTraitNames[q.Last()] {
				return q.Last()
			}
		}
	}
	return ""
}

// derivedShape reports whether every call of a body is one a derived
// Debug impl makes (write_str, debug_*_fieldN_finish,
// debug_*_fields_finish; their string arguments are reborrowed in
// rustc's built MIR).
func derivedShape(b *mir.Body) bool {
	calls := 0
	for _, bb := range b.Blocks {
		t := bb.Term
		if t == nil || t.Kind != mir.TermCall {
			continue
		}
		calls++
		if t.Func.Kind != mir.OpConst || t.Func.Const == nil || t.Func.Const.Path == nil {
			return false
		}
		switch fn := t.Func.Const.Path.Last(); {
		case fn == "write_str", fn == "debug_struct_fields_finish", fn == "debug_tuple_fields_finish":
		case (strings.HasPrefix(fn, "debug_tuple_field") || strings.HasPrefix(fn, "debug_struct_field")) && strings.HasSuffix(fn, "_finish"):
		default:
			return false
		}
	}
	return calls > 0
}

// mirFmtFn finds the impl of trait for ty among the fmt bodies of MIR
// files: the body, or nil with why saying why none can be run ("" when
// the files show no hand-written impl of the trait: a derived Debug or
// none at all).
//
// The value's type implements trait (rustc compiled the program that
// formats it), by a derived impl or by one of its hand-written bodies:
// the body whose promoteds name trait, or the only one left when the
// promoteds of every other body name another trait. (A header's width
// is no evidence: a macro's impls carry the spans of the macro's text,
// `impl fmt::Display for $t` as wide as `impl fmt::Debug for Cent`.)
func (r *Registry) mirFmtFn(ty *mir.Ty, trait string) (fn *mir.Item, why string) {
	if r.mirFmt == nil {
		return nil, ""
	}
	name := adtName(ty)
	impls := r.mirFmt[name]
	if len(impls) == 0 {
		return nil, ""
	}
	hand := 0
	var rest []*mirFmtImpl
	for _, imp := range impls {
		if imp.derived {
			if trait == "Debug" {
				return nil, ""
			}
			continue
		}
		hand++
		if imp.trait == trait {
			return imp.item, ""
		}
		if imp.trait == "" {
			rest = append(rest, imp)
		}
	}
	switch {
	case hand == 0:
		return nil, ""
	case len(rest) == 1:
		return rest[0].item, ""
	case len(rest) == 0:
		return nil, "rustc's MIR shows no `" + trait + "` impl of `" + name + "` among its " + strconv.Itoa(hand) + " formatting impls"
	}
	return nil, "rustc's MIR does not say which of the " + strconv.Itoa(len(rest)) + " formatting impls of `" + name + "` is its `" + trait + "` impl"
}

// ---- format_args! as rustc 1.95 lowers it ----

// fmtPiece is one part of a decoded format template: a literal string,
// or a placeholder formatting argument Arg with Spec, its width or
// precision taken from the count arguments WidthArg / PrecArg (-1: the
// spec's own).
type fmtPiece struct {
	Lit      string
	IsArg    bool
	Arg      int
	Spec     mir.FmtSpec
	WidthArg int
	PrecArg  int
}

// flags of a placeholder (core::fmt's FormattingOptions::flags).
const (
	fmtFlagPlus      = 1 << 21
	fmtFlagMinus     = 1 << 22
	fmtFlagAlternate = 1 << 23
	fmtFlagZero      = 1 << 24
	fmtFlagDebugLow  = 1 << 25
	fmtFlagDebugUp   = 1 << 26
	fmtFlagWidth     = 1 << 27
	fmtFlagPrecision = 1 << 28
)

// decodeFmtTemplate decodes the template of `Arguments::new` (core::fmt's
// encoding, see the comment on `Arguments` in library/core/src/fmt/mod.rs):
// literal pieces (a length byte < 0x80, or 0x80 and a 16-bit length),
// placeholders (a byte 0b11xxxxxx followed by the fields its low bits
// announce: flags u32, width u16, precision u16, arg index u16; bit 4/5:
// width/precision are indices of count arguments) and a 0 byte at the
// end. It also returns the number of bytes read.
func decodeFmtTemplate(b []byte) ([]fmtPiece, int, error) {
	var out []fmtPiece
	next := 0
	i := 0
	need := func(n int) error {
		if i+n > len(b) {
			return errTemplate("the format template ends early")
		}
		return nil
	}
	for {
		if err := need(1); err != nil {
			return nil, i, err
		}
		n := b[i]
		i++
		switch {
		case n == 0:
			return out, i, nil
		case n < 0x80:
			if err := need(int(n)); err != nil {
				return nil, i, err
			}
			out = append(out, fmtPiece{Lit: string(b[i : i+int(n)])})
			i += int(n)
		case n == 0x80:
			if err := need(2); err != nil {
				return nil, i, err
			}
			l := int(binary.LittleEndian.Uint16(b[i:]))
			i += 2
			if err := need(l); err != nil {
				return nil, i, err
			}
			out = append(out, fmtPiece{Lit: string(b[i : i+l])})
			i += l
		case n < 0xC0:
			return nil, i, errTemplate("the format template has a byte 0x" + strconv.FormatUint(uint64(n), 16) + " where a piece starts")
		default:
			flags := uint32(' ') | 3<<29
			var width, prec uint16
			p := fmtPiece{WidthArg: -1, PrecArg: -1}
			if n&1 != 0 {
				if err := need(4); err != nil {
					return nil, i, err
				}
				flags = binary.LittleEndian.Uint32(b[i:])
				i += 4
			}
			if n&2 != 0 {
				if err := need(2); err != nil {
					return nil, i, err
				}
				width = binary.LittleEndian.Uint16(b[i:])
				i += 2
			}
			if n&4 != 0 {
				if err := need(2); err != nil {
					return nil, i, err
				}
				prec = binary.LittleEndian.Uint16(b[i:])
				i += 2
			}
			if n&8 != 0 {
				if err := need(2); err != nil {
					return nil, i, err
				}
				next = int(binary.LittleEndian.Uint16(b[i:]))
				i += 2
			}
			p.IsArg, p.Arg = true, next
			next++
			p.Spec = specOfFlags(flags)
			if flags&fmtFlagWidth != 0 {
				if n&16 != 0 {
					p.WidthArg = int(width)
				} else {
					p.Spec.Width = int(width)
				}
			}
			if flags&fmtFlagPrecision != 0 {
				if n&32 != 0 {
					p.PrecArg = int(prec)
				} else {
					p.Spec.Precision = int(prec)
				}
			}
			out = append(out, p)
		}
	}
}

// specOfFlags is the spec a placeholder's flags give (width and
// precision unset).
func specOfFlags(flags uint32) mir.FmtSpec {
	sp := defaultFmtSpec
	sp.Fill = rune(flags & (1<<21 - 1))
	sp.Plus = flags&fmtFlagPlus != 0
	sp.Minus = flags&fmtFlagMinus != 0
	sp.Alternate = flags&fmtFlagAlternate != 0
	sp.Zero = flags&fmtFlagZero != 0
	switch {
	case flags&fmtFlagDebugLow != 0:
		sp.DebugHex = 'x'
	case flags&fmtFlagDebugUp != 0:
		sp.DebugHex = 'X'
	}
	switch (flags >> 29) & 3 {
	case 0:
		sp.Align = '<'
	case 1:
		sp.Align = '>'
	case 2:
		sp.Align = '^'
	}
	return sp
}

type errTemplate string

func (e errTemplate) Error() string { return string(e) }

// fmtArgTraits maps the constructors of core::fmt::rt::Argument to the
// trait they format with.
var fmtArgTraits = map[string]string{"new_display": "Display", "new_debug": "Debug", "new_debug_noop": "Debug",
	"new_lower_hex": "LowerHex", "new_upper_hex": "UpperHex", "new_octal": "Octal", "new_binary": "Binary",
	"new_lower_exp": "LowerExp", "new_upper_exp": "UpperExp", "new_pointer": "Pointer"}

// fmtArgKind is what an rt::Argument made by the running program formats:
// the value's type (the argument's pointer is to it) and the trait, or
// a count (`from_usize`).
type fmtArgKind struct {
	ty    *mir.Ty
	trait string
	count bool
}

var (
	tyArgument = &mir.Ty{Kind: mir.TyAdt, Path: &mir.Path{Segs: []mir.PathSeg{{Name: "core"}, {Name: "fmt"}, {Name: "rt"}, {Name: "Argument"}}, Text: "core::fmt::rt::Argument"}, Text: "core::fmt::rt::Argument"}
	tyU8Ptr    = &mir.Ty{Kind: mir.TyRawPtr, Elem: &mir.Ty{Kind: mir.TyUint, Bits: 8, Text: "u8"}, Text: "*const u8"}
)

// argumentNew runs `rt::Argument::new_debug::<T>(&x)` and its kin: the
// Argument is the pointer and a handle to what it formats.
func (sc *shimCall) argumentNew(name string) Operand {
	in := sc.in
	k := fmtArgKind{}
	if name == "from_usize" {
		k.count = true
	} else if tr, ok := fmtArgTraits[name]; ok {
		k.trait = tr
	} else {
		fail(ErrUnsupported("`core::fmt::rt::Argument::%s` is not supported", name))
	}
	if len(sc.args) != 1 || sc.tys[0].Kind != mir.TyRef {
		fail(ErrUnsupported("`core::fmt::rt::Argument::%s` with these arguments", name))
	}
	k.ty = sc.tys[0].Elem
	h := len(in.fmtArgs)
	in.fmtArgs = append(in.fmtArgs, k)
	ptr := in.scalar(sc.arg(0))
	ul := in.layout(tyUsize)
	return Operand{Imm: ImmFromPair(ptr, ScalarUint(uint64(h), uint8(ul.Size))), Layout: sc.dest.l}
}

// argumentsNew runs `Arguments::new::<N, M>(&template, &args)`: the
// Arguments holds the two pointers (a literal's holds the &str,
// Arguments::from_str).
func (sc *shimCall) argumentsNew() Operand {
	in := sc.in
	if len(sc.args) != 2 {
		fail(ErrUnsupported("`Arguments::new` with %d arguments", len(sc.args)))
	}
	t, a := in.scalar(sc.arg(0)), in.scalar(sc.arg(1))
	return Operand{Imm: ImmFromPair(t, a), Layout: sc.dest.l}
}

// writeArguments writes an Arguments (argument i) to the formatter o:
// a literal's text, or its template with its arguments formatted.
func (sc *shimCall) writeArguments(o *fmtOut, i int) {
	o.b.WriteString(sc.in.argumentsText(sc.in.immediate(sc.arg(i))))
}

// argumentsText is what an Arguments value writes.
func (in *interp) argumentsText(imm Immediate) string {
	if imm.Kind != ImmPair {
		fail(ErrUnsupported("an `Arguments` mirlsp did not make"))
	}
	if !imm.B.IsPtr() {
		// Arguments::from_str: the &str.
		n, err := imm.B.ToUint64()
		if err != nil {
			fail(err)
		}
		b, rerr := in.mem.ReadBytes(imm.A.Pointer(), n)
		if rerr != nil {
			fail(rerr)
		}
		return string(b)
	}
	var o strings.Builder
	tp := imm.A.Pointer()
	a, ok := in.mem.Get(tp.Alloc)
	if !ok || tp.Offset > a.Size {
		fail(ErrUnsupported("an `Arguments` template mirlsp cannot read"))
	}
	raw, err := in.mem.ReadBytes(tp, a.Size-tp.Offset)
	if err != nil {
		fail(err)
	}
	pieces, _, derr := decodeFmtTemplate(raw)
	if derr != nil {
		fail(ErrUnsupported("%s", derr.Error()))
	}
	argsPtr := imm.B.Pointer()
	al := in.layout(tyArgument)
	arg := func(k int) (Scalar, fmtArgKind) {
		v, _, e := in.mem.ReadImmediateAt(at(argsPtr, uint64(k)*al.Size), al, al.Align)
		if e != nil {
			fail(e)
		}
		h, e := v.B.ToUint64()
		if e != nil {
			fail(e)
		}
		if h >= uint64(len(in.fmtArgs)) {
			fail(ErrUnsupported("a format argument mirlsp did not make"))
		}
		return v.A, in.fmtArgs[h]
	}
	count := func(k int) int {
		p, kind := arg(k)
		if !kind.count {
			fail(ErrUnsupported("a width or precision argument that is not a count"))
		}
		v, e := in.mem.ReadScalar(p.Pointer(), in.layout(tyUsize).Size, 1)
		if e != nil {
			fail(e)
		}
		n, e := v.ToUint64()
		if e != nil {
			fail(e)
		}
		// core keeps counts as u16.
		return int(uint16(n))
	}
	for _, pc := range pieces {
		if !pc.IsArg {
			o.WriteString(pc.Lit)
			continue
		}
		spec := pc.Spec
		if pc.WidthArg >= 0 {
			spec.Width = count(pc.WidthArg)
		}
		if pc.PrecArg >= 0 {
			spec.Precision = count(pc.PrecArg)
		}
		p, kind := arg(pc.Arg)
		if kind.count {
			fail(ErrUnsupported("a count argument formatted as a value"))
		}
		o.WriteString(in.fmtPointee(p.Pointer(), kind.ty, kind.trait, &spec))
	}
	return o.String()
}

// fmtPointee formats the value of type ty at p with trait and spec.
func (in *interp) fmtPointee(p Pointer, ty *mir.Ty, trait string, spec *mir.FmtSpec) string {
	s := &renderState{Renderer: &Renderer{Mem: in.mem, Reg: in.reg, in: in, generalOnly: in.ev.Cfg.generalOnly}, inShim: true}
	if err := s.fmtValue(trait, spec, ty, p); err != nil {
		if e, ok := err.(*EvalError); ok {
			fail(e)
		}
		fail(ErrUnsupported("%s", err.Error()))
	}
	return s.b.String()
}

// fmtTraitCall runs `<T as std::fmt::Trait>::fmt(&x, f)` for a T whose
// impl the files do not hold (core's impls, or one found by type).
func (sc *shimCall) fmtTraitCall(trait string) Operand {
	o := sc.formatter(1)
	o.b.WriteString(sc.fmtArg(0, trait, &o.spec))
	return sc.fmtOK()
}

// fmtTraitOf returns the formatting trait of a callee owner
// `<T as std::fmt::Debug>`, or "".
func fmtTraitOf(owner string) string {
	if !strings.HasPrefix(owner, "<") || !strings.HasSuffix(owner, ">") {
		return ""
	}
	i := strings.LastIndex(owner, " as ")
	if i < 0 {
		return ""
	}
	tr := strings.TrimSuffix(owner[i+4:], ">")
	if j := strings.LastIndex(tr, "::"); j >= 0 {
		if !strings.HasSuffix(tr[:j], "fmt") {
			return ""
		}
		tr = tr[j+2:]
	}
	if fmtTraitNames[tr] {
		return tr
	}
	return ""
}

// coreFmtDefs are the ADTs of core::fmt that rustc's MIR names by their
// full path (`std::fmt::Error`, `core::fmt::rt::Argument<'_>`): an
// rt::Argument is the value's pointer and a handle to what formats it.
var coreFmtDefs = map[string]*AdtDef{
	"Error": {Name: "Error", Variants: []*VariantDef{{Name: "Error", Ctor: CtorUnit, FieldsKnown: true, discrKnown: true}}},
	"Argument": {Name: "Argument", Variants: []*VariantDef{{Name: "Argument", Ctor: CtorNamed, FieldsKnown: true, discrKnown: true,
		Fields: []FieldDef{{Name: "value", Ty: tyU8Ptr, Param: -1}, {Name: "handle", Ty: tyUsize, Param: -1}}}}},
}

// controlFlowDef is std::ops::ControlFlow<B> (C = ()), what `?` on a
// fmt::Result branches on.
var controlFlowDef = &AdtDef{Name: "ControlFlow", Kind: AdtEnum, Generics: 1, VariantsKnown: true, Variants: []*VariantDef{
	{Name: "Continue", Discr: mir.I128From(0), Ctor: CtorTuple, FieldsKnown: true, discrKnown: true, Fields: []FieldDef{{Ty: tyUnit, Param: -1}}},
	{Name: "Break", Discr: mir.I128From(1), Ctor: CtorTuple, FieldsKnown: true, discrKnown: true, Fields: []FieldDef{{Param: 0}}},
}}

// coreFmtDef returns the definition of ty when it is one of coreFmtDefs
// or a ControlFlow<B>.
func coreFmtDef(ty *mir.Ty) *AdtDef {
	if ty.Path == nil || len(ty.Path.Segs) < 3 {
		return nil
	}
	segs := ty.Path.Segs
	if len(segs) == 3 && (segs[0].Name == "std" || segs[0].Name == "core") && segs[1].Name == "ops" && segs[2].Name == "ControlFlow" && len(segs[2].Args) == 1 {
		return controlFlowDef
	}
	if s := segs[0].Name; s != "std" && s != "core" || segs[1].Name != "fmt" {
		return nil
	}
	switch name := segs[len(segs)-1].Name; {
	case name == "Error" && len(segs) == 3, name == "Argument" && len(segs) == 4 && segs[2].Name == "rt":
		return coreFmtDefs[name]
	}
	return nil
}

// fmtResultBranch is `?` on a fmt::Result: Continue(()) for Ok(()). The
// formatter never fails, so an Err comes from the impl itself, which
// rustc's format machinery turns into a panic.
func (sc *shimCall) fmtResultBranch() Operand {
	in := sc.in
	v, _ := sc.val(0)
	p := in.asPlace(v)
	vi, _ := in.readDiscriminant(p)
	if p.l.Adt == nil || vi < 0 || vi >= len(p.l.Adt.Variants) || p.l.Adt.Variants[vi].Name != "Ok" {
		fail(ErrUnsupported("a formatting impl's `?` on `Err`: rustc panics with \"a formatting trait implementation returned an error when the underlying stream did not\""))
	}
	return sc.variant("Continue", nil)
}

// typeName runs std::any::type_name::<T>() for a primitive T (whose name
// is its text; an ADT's would need its crate's path).
func (sc *shimCall) typeName() Operand {
	t := sc.generic(0)
	switch t.Kind {
	case mir.TyBool, mir.TyChar, mir.TyInt, mir.TyUint, mir.TyFloat, mir.TyStr:
	default:
		fail(ErrUnsupported("`std::any::type_name::<%s>` (the name of a type that is not a primitive)", t.Text))
	}
	ptr := sc.in.bytesAlloc([]byte(t.Text))
	return Operand{Imm: ImmFromPair(ScalarPtr(ptr), ScalarUint(uint64(len(t.Text)), PtrSize)), Layout: sc.dest.l}
}

// strRangeIndex runs `<str as Index<RangeTo<usize>>>::index(s, ..n)` (and
// Range, RangeFrom): the substring when its ends are char boundaries.
func (sc *shimCall) strRangeIndex(rng string) Operand {
	in := sc.in
	imm := in.immediate(sc.arg(0))
	b := in.sliceBytes(sc.arg(0))
	n := uint64(len(b))
	r := in.immediate(sc.arg(1))
	field := func(s Scalar) uint64 {
		v, err := s.ToUint64()
		if err != nil {
			fail(err)
		}
		return v
	}
	start, end := uint64(0), n
	switch {
	case rng == "RangeTo<usize>" && r.Kind == ImmScalar:
		end = field(r.A)
	case rng == "RangeFrom<usize>" && r.Kind == ImmScalar:
		start = field(r.A)
	case rng == "Range<usize>" && r.Kind == ImmPair:
		start, end = field(r.A), field(r.B)
	default:
		fail(ErrUnsupported("`%s`", sc.path.Text))
	}
	boundary := func(i uint64) bool { return i == 0 || i == n || i < n && (b[i] < 0x80 || b[i] >= 0xC0) }
	if start > end || end > n || !boundary(start) || !boundary(end) {
		fail(ErrUnsupported("`%s` of bytes %d..%d of a string of %d bytes, which panics", sc.path.Text, start, end, n))
	}
	p := imm.A.Pointer()
	p.Offset += start
	return Operand{Imm: ImmFromPair(ScalarPtr(p), ScalarUint(end-start, PtrSize)), Layout: sc.dest.l}
}
