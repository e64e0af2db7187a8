// vec.go: alloc's Vec<T> and String as const code sees them: empty
// (Vec::new(), String::new()), 24 bytes on a 64-bit target with rustc's
// field layout — the capacity (a usize at most isize::MAX, whose niche
// Option<Vec<T>> and Cow use), the pointer (dangling, T's alignment)
// and the length.

package eval

import (
	"mirlsp/mir"
)

var (
	tyVecCap    = &mir.Ty{Kind: mir.TyAdt, Path: &mir.Path{Segs: []mir.PathSeg{{Name: "VecCap"}}, Text: "VecCap"}, Text: "VecCap"}
	tyU8        = &mir.Ty{Kind: mir.TyUint, Bits: 8, Text: "u8"}
	tyNonNullU8 = &mir.Ty{Kind: mir.TyAdt, Path: &mir.Path{Segs: []mir.PathSeg{{Name: "NonNull", Args: []*mir.Ty{tyU8}}}, Text: "NonNull<u8>"}, Text: "NonNull<u8>"}
	tyVecU8     = &mir.Ty{Kind: mir.TyAdt, Path: &mir.Path{Segs: []mir.PathSeg{{Name: "Vec", Args: []*mir.Ty{tyU8}}}, Text: "Vec<u8>"}, Text: "Vec<u8>"}
	maxIsize    = mir.U128{Lo: 1<<63 - 1}
)

// refOf is &'static t.
func refOf(t *mir.Ty) *mir.Ty { return &mir.Ty{Kind: mir.TyRef, Elem: t, Text: "&" + t.Text} }

// ownedOf is <t as ToOwned>::Owned: Vec<T> for [T], String for str, t
// for a Clone type.
func ownedOf(t *mir.Ty) *mir.Ty {
	switch t.Kind {
	case mir.TySlice:
		return &mir.Ty{Kind: mir.TyAdt, Path: &mir.Path{Segs: []mir.PathSeg{{Name: "Vec", Args: []*mir.Ty{t.Elem}}}, Text: "Vec<" + t.Elem.Text + ">"}, Text: "Vec<" + t.Elem.Text + ">"}
	case mir.TyStr:
		return &mir.Ty{Kind: mir.TyAdt, Path: &mir.Path{Segs: []mir.PathSeg{{Name: "String"}}, Text: "String"}, Text: "String"}
	}
	return t
}

// allocBuiltins are the ADTs of Vec, String and Cow.
func allocBuiltins() []*AdtDef {
	named := func(fs ...FieldDef) *VariantDef {
		return &VariantDef{Ctor: CtorNamed, Fields: fs, FieldsKnown: true, discrKnown: true}
	}
	return []*AdtDef{
		{Name: "VecCap", ValidEnd: &maxIsize, Variants: []*VariantDef{{Ctor: CtorTuple, Fields: []FieldDef{{Ty: tyUsize, Param: -1}}, FieldsKnown: true, discrKnown: true}}},
		{Name: "Vec", Generics: 1, Variants: []*VariantDef{named(FieldDef{Name: "cap", Ty: tyVecCap, Param: -1},
			FieldDef{Name: "ptr", Ty: tyNonNullU8, Param: -1}, FieldDef{Name: "len", Ty: tyUsize, Param: -1})}},
		{Name: "String", Variants: []*VariantDef{named(FieldDef{Name: "vec", Ty: tyVecU8, Param: -1})}},
		{Name: "Cow", Kind: AdtEnum, Generics: 1, VariantsKnown: true, Variants: []*VariantDef{
			{Name: "Borrowed", Ctor: CtorTuple, Fields: []FieldDef{{Param: 0, Of: refOf}}, FieldsKnown: true, discrKnown: true},
			{Name: "Owned", Ctor: CtorTuple, Discr: mir.I128From(1), Fields: []FieldDef{{Param: 0, Of: ownedOf}}, FieldsKnown: true, discrKnown: true}}},
	}
}

// vecValue is an empty Vec<T> (layout l) whose dangling pointer is
// align.
func (in *interp) vecValue(l *Layout, align uint64) Operand {
	usize := in.layout(tyUsize)
	capL := in.layout(tyVecCap)
	nnL := in.layout(tyNonNullU8)
	ptrL := in.layout(nnL.FieldTys[0])
	zero := Operand{Imm: ImmFromScalar(ScalarUint(0, 8)), Layout: usize}
	return in.buildStruct(l.Ty, l, []Operand{
		in.buildStruct(tyVecCap, capL, []Operand{zero}),
		in.buildStruct(tyNonNullU8, nnL, []Operand{{Imm: ImmFromScalar(ScalarUint(align, 8)), Layout: ptrL}}),
		zero,
	})
}

// vecMethod implements Vec::new and String::new.
func (sc *shimCall) vecMethod(owner, name string) Operand {
	in := sc.in
	if name != "new" {
		fail(ErrUnsupported("`%s::%s` is not supported", owner, name))
	}
	if owner == "String" {
		vl := in.layout(tyVecU8)
		return in.buildStruct(sc.dest.ty, sc.dest.l, []Operand{in.vecValue(vl, 1)})
	}
	align := uint64(1)
	if args := adtArgs(sc.dest.ty); len(args) == 1 {
		align = in.layout(args[0]).Align
	}
	return in.vecValue(sc.dest.l, align)
}

// renderVec prints an empty Vec (`[]`) or String (`""`); a non-empty
// one cannot be built by const code.
func (s *renderState) renderVec(name string, l *Layout, p Pointer) error {
	if name == "String" {
		vl, err := s.Reg.LayoutOf(tyVecU8)
		if err != nil {
			return err
		}
		p, l = at(p, l.FieldOffset(0)), vl
	}
	n, err := s.Mem.ReadScalar(at(p, l.FieldOffset(2)), 8, 8)
	if err != nil {
		return err
	}
	if v, err := n.ToBits(); err != nil || !v.IsZero() {
		return ErrUnsupported("a non-empty `%s`", name)
	}
	if name == "String" {
		return s.write(`""`)
	}
	return s.write("[]")
}

// renderCow prints a Cow as its Debug impl does: the borrowed or owned
// value.
func (s *renderState) renderCow(ty *mir.Ty, l *Layout, p Pointer) error {
	v, vl, err := s.variantAt(ty, l, p)
	if err != nil {
		return err
	}
	fty, ok := s.Reg.FieldTy(ty, v, 0)
	if !ok {
		return ErrUnsupported("rendering `%s`", ty)
	}
	return s.value(fty, at(p, vl.FieldOffset(0)))
}

// wrapperMethod implements ManuallyDrop::into_inner, Cell::get and
// Cell's and UnsafeCell's into_inner: the wrapped value (at offset 0
// of these transparent wrappers).
func (sc *shimCall) wrapperMethod(owner, name string) Operand {
	in := sc.in
	var p place
	switch owner + "::" + name {
	case "ManuallyDrop::into_inner", "Cell::into_inner", "UnsafeCell::into_inner":
		v, _ := sc.val(0)
		p = in.asPlace(v)
	case "Cell::get":
		p = in.deref(sc.arg(0), sc.tys[0])
	default:
		sc.notEvaluated()
		return Operand{}
	}
	q := place{half: -1, ty: sc.dest.ty, l: sc.dest.l, variant: -1, mp: p.mp}
	return in.copyOut(in.readPlace(q))
}
