// render.go prints values as Rust's `{:?}` does: the one renderer behind
// the CLI, hover and inlay hints.

package eval

import (
	"fmt"
	"strconv"
	"strings"

	"mirlsp/mir"
)

// RenderOpts limits what Render prints.
type RenderOpts struct {
	// MaxElems truncates arrays and slices longer than this many
	// elements as `[0, 0, 0, …; 4054]` (0 = no limit). Inlay hints use it.
	MaxElems int
	// MaxBytes stops the output after about this many bytes with `…`
	// (0 = no limit). Hover uses it.
	MaxBytes int
	// Pretty renders `{:#?}`, fields on lines of their own (pretty.go).
	Pretty bool
}

// Renderer prints values of types laid out by Reg from memory Mem.
type Renderer struct {
	Mem  *Memory
	Reg  *Registry
	Opts RenderOpts
	// in runs the formatting impls lowered to MIR (fmtrun.go); nil: they
	// are not run.
	in *interp
	// generalOnly renders every element on the general path
	// (Config.generalOnly).
	generalOnly bool
}

type renderState struct {
	*Renderer
	b     strings.Builder
	full  bool
	depth int
	// inShim: the renderer formats for a shim of a running impl, whose
	// errors end the evaluation (fmtrun.go).
	inShim bool
	// pretty: `{:#?}` (pretty.go).
	pretty bool
	// leaf: the options of a `{:?}` with options (`{:5?}`, `{:x?}`),
	// which core's Formatter hands down to every primitive the value
	// prints; nil: none.
	leaf *mir.FmtSpec
}

// errTruncated stops rendering once MaxBytes is reached.
type errTruncated struct{}

func (errTruncated) Error() string { return "truncated" }

// Render prints the value of type ty stored at p.
func (r *Renderer) Render(ty *mir.Ty, p Pointer) (string, error) {
	s := &renderState{Renderer: r, pretty: r.Opts.Pretty}
	err := s.value(ty, p)
	if _, ok := err.(errTruncated); ok {
		return s.b.String() + "…", nil
	}
	if err != nil {
		return "", err
	}
	return s.b.String(), nil
}

// RenderConst prints a ConstValue of type ty.
func (r *Renderer) RenderConst(cv ConstValue, ty *mir.Ty) (string, error) {
	switch cv.Kind {
	case ConstByRef:
		return r.Render(ty, cv.Ptr)
	case ConstZeroSized:
		return r.Render(ty, Pointer{Offset: 1 << 32}) // any aligned address
	case ConstSlice:
		s := &renderState{Renderer: r, pretty: r.Opts.Pretty}
		err := s.slice(ty.Elem, cv.Ptr, cv.Len)
		if _, ok := err.(errTruncated); ok {
			return s.b.String() + "…", nil
		}
		return s.b.String(), err
	}
	// A scalar: spill it to a scratch allocation of its layout.
	l, err := r.Reg.LayoutOf(ty)
	if err != nil {
		return "", err
	}
	if r.in != nil && r.in.mem == r.Mem {
		// In the interpreter's memory, where formatting impls run.
		p, e := r.Mem.Allocate(l.Size, l.Align, AllocStack, true)
		if e != nil {
			return "", e
		}
		if e := r.Mem.WriteScalar(p, cv.Scalar, l.Size, l.Align); e != nil {
			return "", e
		}
		return r.Render(ty, p)
	}
	m := NewMemory(r.Mem.Globals, 1<<39)
	m.File = func(id AllocID) *Allocation { a, _ := r.Mem.Get(id); return a }
	p, e := m.Allocate(l.Size, l.Align, AllocStack, true)
	if e != nil {
		return "", e
	}
	if e := m.WriteScalar(p, cv.Scalar, l.Size, l.Align); e != nil {
		return "", e
	}
	r2 := *r
	r2.Mem = m
	return r2.Render(ty, p)
}

// RenderScalar prints a scalar of a primitive type (ints, bool, char,
// floats) without memory.
func RenderScalar(s Scalar, ty *mir.Ty) (string, error) {
	switch ty.Kind {
	case mir.TyInt, mir.TyUint:
		it, _ := IntTyOf(ty)
		v, err := s.ToBits()
		if err != nil {
			return "", err
		}
		return it.Format(it.Truncate(v)), nil
	case mir.TyBool:
		b, err := s.ToBool()
		if err != nil {
			return "", err
		}
		return strconv.FormatBool(b), nil
	case mir.TyChar:
		c, err := s.ToChar()
		if err != nil {
			return "", err
		}
		return mir.QuoteChar(c), nil
	case mir.TyFloat:
		v, err := s.ToBits()
		if err != nil {
			return "", err
		}
		if ty.Bits == 32 {
			return FormatF32(uint32(v.Lo), true), nil
		}
		return FormatF64(v.Lo, true), nil
	}
	return "", ErrUnsupported("rendering a scalar of type `%s`", ty)
}

func (s *renderState) write(str string) error {
	s.b.WriteString(str)
	if s.Opts.MaxBytes > 0 && s.b.Len() > s.Opts.MaxBytes {
		return errTruncated{}
	}
	if s.b.Len() > maxRenderBytes {
		return ErrRenderTooLarge(maxRenderBytes)
	}
	return nil
}

// maxRenderBytes bounds a full rendering (MaxBytes 0): a value such as
// [(); 1_000_000_000_000] takes no memory but would print terabytes.
const maxRenderBytes = 64 << 20

// maxRenderDepth bounds the nesting of a rendered value (statics that
// point at each other nest without end). It is above the deepest types
// the front ends accept, so a value of any accepted type renders whole.
const maxRenderDepth = 5000

func at(p Pointer, off uint64) Pointer {
	return Pointer{Alloc: p.Alloc, Offset: p.Offset + off, Imm: p.Imm}
}

// scalarAt reads the value of primitive type ty at p.
func (s *renderState) scalarAt(ty *mir.Ty, p Pointer) (Scalar, error) {
	size := primSize(ty)
	if size == 0 {
		l, err := s.Reg.LayoutOf(ty)
		if err != nil {
			return Scalar{}, err
		}
		size = l.Size
	}
	sc, e := s.Mem.ReadScalar(p, size, 1)
	if e != nil {
		return Scalar{}, e
	}
	return sc, nil
}

func (s *renderState) value(ty *mir.Ty, p Pointer) error {
	s.depth++
	err := s.value1(ty, p)
	s.depth--
	return err
}

func (s *renderState) value1(ty *mir.Ty, p Pointer) error {
	if s.depth > maxRenderDepth {
		return s.write("…")
	}
	if s.leaf != nil {
		switch ty.Kind {
		case mir.TyInt, mir.TyUint, mir.TyBool, mir.TyChar, mir.TyFloat:
			sc, err := s.scalarAt(ty, p)
			if err != nil {
				return err
			}
			trait := "Debug"
			if s.leaf.DebugHex != 0 && (ty.Kind == mir.TyInt || ty.Kind == mir.TyUint) {
				trait = map[byte]string{'x': "LowerHex", 'X': "UpperHex"}[s.leaf.DebugHex]
			}
			str, err := fmtScalar(trait, s.leaf, sc, ty)
			if err != nil {
				return err
			}
			return s.write(str)
		case mir.TyRawPtr, mir.TyFnPtr, mir.TyFnDef:
			return ErrUnsupported("formatting a `%s` with `Debug` and these options", ty)
		}
	}
	switch ty.Kind {
	case mir.TyInt, mir.TyUint, mir.TyBool, mir.TyChar, mir.TyFloat:
		sc, err := s.scalarAt(ty, p)
		if err != nil {
			return err
		}
		str, err := RenderScalar(sc, ty)
		if err != nil {
			return err
		}
		return s.write(str)
	case mir.TyTuple:
		l, err := s.Reg.LayoutOf(ty)
		if err != nil {
			return err
		}
		if s.prettyMode() && len(ty.Elems) > 0 {
			return s.prettyList("(", ")", len(ty.Elems), nil, func(c *renderState, i int) error {
				return c.value(ty.Elems[i], at(p, l.FieldOffset(i)))
			})
		}
		if err := s.write("("); err != nil {
			return err
		}
		for i, e := range ty.Elems {
			if i > 0 {
				if err := s.write(", "); err != nil {
					return err
				}
			}
			if err := s.value(e, at(p, l.FieldOffset(i))); err != nil {
				return err
			}
		}
		if len(ty.Elems) == 1 {
			return s.write(",)")
		}
		return s.write(")")
	case mir.TyArray:
		l, err := s.Reg.LayoutOf(ty)
		if err != nil {
			return err
		}
		return s.elems(ty.Elem, p, l.Count, l.Stride)
	case mir.TyRef, mir.TyRawPtr:
		return s.pointer(ty, p)
	case mir.TyFnPtr:
		sc, e := s.Mem.ReadScalar(p, PtrSize, 1)
		if e != nil {
			return e
		}
		if a, ok := s.Mem.Get(sc.Prov); ok && a.Kind == AllocFn {
			return s.write(a.Name)
		}
		return s.write(sc.Pointer().String())
	case mir.TyAdt:
		return s.adt(ty, p)
	case mir.TyFnDef:
		if ty.Path != nil {
			return s.write(ty.Path.Text)
		}
	}
	return ErrUnsupported("rendering a value of type `%s`", ty)
}

// elems prints n elements of type elem with the given stride.
func (s *renderState) elems(elem *mir.Ty, p Pointer, n, stride uint64) error {
	if s.prettyMode() {
		return s.prettyList("[", "]", int(n), nil, func(c *renderState, i int) error {
			return c.value(elem, at(p, uint64(i)*stride))
		})
	}
	if err := s.write("["); err != nil {
		return err
	}
	shown := n
	if s.Opts.MaxElems > 0 && n > uint64(s.Opts.MaxElems) {
		shown = uint64(s.Opts.MaxElems)
	}
	done, err := s.intElems(elem, p, n, shown, stride)
	if err != nil {
		return err
	}
	for i := uint64(0); !done && i < shown; i++ {
		if i > 0 {
			if err := s.write(", "); err != nil {
				return err
			}
		}
		before := s.b.Len()
		if err := s.value(elem, at(p, i*stride)); err != nil {
			return err
		}
		if i == 0 && shown > 16 && s.Opts.MaxBytes == 0 {
			// Room for the rest at the first element's size, so the
			// text is not copied at every doubling of the buffer.
			each := uint64(s.b.Len()-before) + 2
			s.b.Grow(int(min(each*(shown-1), maxRenderBytes-uint64(s.b.Len())+1)))
		}
	}
	if shown < n {
		return s.write(", …; " + strconv.FormatUint(n, 10) + "]")
	}
	return s.write("]")
}

// slice prints the pointee of a &[T] / &str with length n.
func (s *renderState) slice(pointee *mir.Ty, data Pointer, n uint64) error {
	if pointee.Kind == mir.TyStr {
		if s.leaf != nil && (s.leaf.Width >= 0 || s.leaf.Precision >= 0) {
			return ErrUnsupported("formatting a `&str` with `Debug` and these options")
		}
		b, e := s.Mem.ReadBytes(data, n)
		if e != nil {
			return e
		}
		return s.write(mir.QuoteStr(b))
	}
	el, err := s.Reg.LayoutOf(pointee.Elem)
	if err != nil {
		return err
	}
	return s.elems(pointee.Elem, data, n, el.Size)
}

// pointer prints a reference or Box as its target (Debug of &T is T's);
// raw pointers print as their address.
func (s *renderState) pointer(ty *mir.Ty, p Pointer) error {
	l, err := s.Reg.LayoutOf(ty)
	if err != nil {
		return err
	}
	imm, _, e := s.Mem.ReadImmediateAt(p, l, 1)
	if e != nil {
		return e
	}
	if ty.Kind == mir.TyRawPtr {
		// Debug prints the address, which only an integer address has
		// at compile time.
		if imm.A.IsPtr() {
			return ErrUnsupported("a raw pointer prints as its address, which is only known when the program runs")
		}
		return s.write(fmt.Sprintf("%#x", imm.A.Bits.Lo))
	}
	pointee := ty.Elem
	if ty.Kind == mir.TyAdt { // Box<T>
		pointee = adtArgs(ty)[0]
	}
	if l.Abi == AbiScalarPair {
		if pointee.Kind == mir.TyDyn {
			// Debug of &dyn Debug is the concrete value's.
			a, ok := s.Mem.Get(imm.B.Prov)
			if !imm.B.IsPtr() || !ok || a.VTable == nil || dynTrait(pointee) != "Debug" {
				return ErrUnsupported("rendering a `dyn` value")
			}
			return s.value(a.VTable.Ty, imm.A.Pointer())
		}
		n, e := imm.B.ToUint64()
		if e != nil {
			return e
		}
		return s.slice(pointee, imm.A.Pointer(), n)
	}
	return s.value(pointee, imm.A.Pointer())
}

func (s *renderState) adt(ty *mir.Ty, p Pointer) error {
	l, err := s.Reg.LayoutOf(ty)
	if err != nil {
		return err
	}
	d := l.Adt
	if d == nil {
		return ErrUnsupported("rendering a value of type `%s`", ty)
	}
	if d.Pointer {
		return s.pointer(ty, p)
	}
	if s.leaf != nil {
		switch d.Name {
		case "Duration", "Vec", "String", "Cow":
			return ErrUnsupported("formatting a `%s` with `Debug` and these options", ty)
		}
	}
	switch d.Name {
	case "Duration":
		secs, e := s.Mem.ReadScalar(at(p, l.FieldOffset(0)), 8, 1)
		if e != nil {
			return e
		}
		nanos, e := s.Mem.ReadScalar(at(p, l.FieldOffset(1)), 4, 1)
		if e != nil {
			return e
		}
		sv, e := secs.ToBits()
		if e != nil {
			return e
		}
		nv, e := nanos.ToBits()
		if e != nil {
			return e
		}
		return s.write(formatDuration(duration{sv.Lo, uint32(nv.Lo)}))
	case "NonZero", "Wrapping":
		// Their Debug impls print the value.
		return s.value(l.FieldTys[0], p)
	case "ManuallyDrop":
		// Since Rust 1.94 its field is a MaybeDangling<T>, both with
		// derived Debug.
		if err := s.write("ManuallyDrop { value: MaybeDangling("); err != nil {
			return err
		}
		if err := s.value(l.FieldTys[0], p); err != nil {
			return err
		}
		return s.write(") }")
	case "PhantomData":
		return s.write("PhantomData<" + rustTypeName(adtArgs(ty)[0]) + ">")
	case "Vec", "String", "Cow":
		if s.Reg.isDeclared(ty) {
			break // a type of the program's own
		}
		if d.Name == "Cow" {
			return s.renderCow(ty, l, p)
		}
		return s.renderVec(d.Name, l, p)
	case "Range", "RangeInclusive":
		if err := s.value(l.FieldTys[0], at(p, l.FieldOffset(0))); err != nil {
			return err
		}
		sep := ".."
		if d.Name == "RangeInclusive" {
			sep = "..="
		}
		if err := s.write(sep); err != nil {
			return err
		}
		return s.value(l.FieldTys[1], at(p, l.FieldOffset(1)))
	}
	if d.Kind == AdtUnion {
		return ErrUnsupported("unions have no Debug formatting")
	}
	if fn := s.Reg.fmtFn(ty, "Debug"); fn != nil {
		if s.leaf != nil {
			return s.runFmtFn(fn, "Debug", ty, p, s.leaf)
		}
		if s.pretty {
			spec := defaultFmtSpec
			spec.Alternate = true
			return s.runFmtFn(fn, "Debug", ty, p, &spec)
		}
		return s.runFmtFn(fn, "Debug", ty, p, nil)
	}
	if why := s.Reg.fmtWhyNot(ty, "Debug"); why != "" {
		return ErrUnsupported("%s", why)
	}
	if s.Reg.debugByHand(adtName(ty)) {
		return ErrUnsupported("`%s` has no derived Debug impl: its {:?} output is written by hand", adtName(ty))
	}
	v, vl, err := s.variantAt(ty, l, p)
	if err != nil {
		return err
	}
	if v < 0 || v >= len(d.Variants) {
		// An uninhabited type (enum Void {}) has no value to print.
		return ErrUnsupported("`%s` has no variant to print", adtName(ty))
	}
	vd := d.Variants[v]
	if err := s.write(vd.Name); err != nil {
		return err
	}
	if len(vd.Fields) == 0 && vd.Ctor != CtorNamed {
		return nil
	}
	open, close := "(", ")"
	if vd.Ctor == CtorNamed {
		open, close = " { ", " }"
		if len(vd.Fields) == 0 {
			return nil
		}
	}
	if s.prettyMode() {
		var label func(int) string
		if vd.Ctor == CtorNamed {
			open, label = " {", func(i int) string { return vd.Fields[i].Name + ": " }
			close = "}"
		}
		return s.prettyList(open, close, len(vd.Fields), label, func(c *renderState, i int) error {
			return c.value(vl.FieldTys[i], at(p, vl.FieldOffset(i)))
		})
	}
	if err := s.write(open); err != nil {
		return err
	}
	for i, f := range vd.Fields {
		if i > 0 {
			if err := s.write(", "); err != nil {
				return err
			}
		}
		if vd.Ctor == CtorNamed {
			if err := s.write(f.Name + ": "); err != nil {
				return err
			}
		}
		if err := s.value(vl.FieldTys[i], at(p, vl.FieldOffset(i))); err != nil {
			return err
		}
	}
	return s.write(close)
}

// rustTypeName approximates core::any::type_name for PhantomData's Debug.
func rustTypeName(t *mir.Ty) string { return NormTy(t) }
