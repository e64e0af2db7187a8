// dyn.go holds trait objects: vtables (one allocation per trait and
// concrete type, as rustc's vtable allocations), the unsizing coercion
// of &T to &dyn Trait, reading a wide pointer's vtable (size_of_val,
// align_of_val, rendering) and the validation of vtable pointers with
// rustc's messages.

package eval

import (
	"strings"

	"mirlsp/mir"
)

// VTable is what a vtable allocation stands for: the trait object type's
// principal trait (trimmed, as rustc's messages print it) and the
// concrete type behind the pointer.
type VTable struct {
	Trait string
	Ty    *mir.Ty
}

// dynTrait returns the principal trait of a `dyn` type as rustc's
// messages name it: `dyn std::fmt::Debug + Send` → `Debug`.
func dynTrait(t *mir.Ty) string {
	s := strings.TrimSpace(strings.TrimPrefix(t.Text, "dyn "))
	if i := strings.Index(s, " + "); i >= 0 {
		s = s[:i]
	}
	args := ""
	if i := strings.IndexByte(s, '<'); i >= 0 {
		s, args = s[:i], s[i:]
	}
	if i := strings.LastIndex(s, "::"); i >= 0 {
		s = s[i+2:]
	}
	return s + args
}

// vtableFor returns a pointer to the vtable of concrete type ty for the
// trait of dyn type d, creating it once.
func (in *interp) vtableFor(d, ty *mir.Ty) Pointer {
	tr := dynTrait(d)
	key := "impl " + tr + " for " + ty.Text
	id := in.prog.Globals.keyed("vtable:"+key, GlobalVTable, &Allocation{Kind: AllocVTable, Name: key, Align: 1, VTable: &VTable{Trait: tr, Ty: ty}})
	return Pointer{Alloc: id}
}

// unsizeDyn is the coercion of a pointer to sp into a pointer to the dyn
// type dp: the data pointer with a vtable pointer as metadata (a dyn
// source keeps its vtable: an upcast to the same trait or an auto trait
// dropped).
func (in *interp) unsizeDyn(v Operand, sp, dp *mir.Ty, dl *Layout) Operand {
	imm := in.immediate(v)
	if sp.Kind == mir.TyDyn {
		if imm.Kind != ImmPair || dynTrait(sp) != dynTrait(dp) {
			fail(ErrUnsupported("unsizing `%s` to `%s`", sp.Text, dp.Text))
		}
		return Operand{Imm: ImmFromPair(imm.A, imm.B), Layout: dl}
	}
	if unsizedTail(sp) != nil {
		fail(ErrUnsupported("unsizing `%s` to `%s`", sp.Text, dp.Text))
	}
	return Operand{Imm: ImmFromPair(imm.A, ScalarPtr(in.vtableFor(dp, sp))), Layout: dl}
}

// vtableOf returns the vtable a scalar points to, or nil.
func (in *interp) vtableOf(s Scalar) *VTable {
	if !s.IsPtr() || s.Bits.Lo != 0 {
		return nil
	}
	a, ok := in.mem.Get(s.Prov)
	if !ok || a.Kind != AllocVTable || a.VTable == nil {
		return nil
	}
	return a.VTable
}

// vtableAt returns the vtable of a wide pointer's metadata, failing as
// rustc does when it is not a vtable pointer; inside names the core
// function rustc reports the failure in (size_of_val::<dyn T>).
func (in *interp) vtableAt(s Scalar, sc *shimCall, inside ...string) *VTable {
	if vt := in.vtableOf(s); vt != nil {
		return vt
	}
	var p Pointer
	if s.IsPtr() {
		p = Pointer{Alloc: s.Prov, Offset: s.Bits.Lo}
	} else {
		p = Pointer{Offset: s.Bits.Lo}
	}
	what := p.String()
	if p.Alloc == 0 && p.Offset == 0 {
		what = "null pointer"
	}
	err := newErr(KindUB, "using %s as vtable pointer but it does not point to a vtable", what)
	if sc != nil {
		sc.failInside(err, inside...)
	}
	fail(err)
	return nil
}

// dynSizeOrAlign answers size_of_val and align_of_val of a pointer to a dyn
// type (name is the shim's name).
func (sc *shimCall) dynSizeOrAlign(name string, t *mir.Ty) Operand {
	in := sc.in
	imm := in.immediate(sc.arg(0))
	if imm.Kind != ImmPair {
		fail(ErrUnsupported("`%s` of a `%s` without metadata", name, t.Text))
	}
	vt := in.vtableAt(imm.B, sc, "std::mem::"+name+"::<"+t.Text+">")
	if !in.reg.reprVisible(vt.Ty) {
		fail(ErrUnsupported("the layout of `%s` depends on #[repr] attributes, which MIR does not show", vt.Ty.Text))
	}
	l := in.layout(vt.Ty)
	if name == "size_of_val" {
		return sc.uint(l.Size)
	}
	return sc.uint(l.Align)
}

// dynPointer validates the metadata of a pointer to a dyn type (a
// reference or a raw pointer): it must point to a vtable of the trait.
// It returns the vtable.
func (v *validator) dynPointer(meta Scalar, pointee *mir.Ty, path string) (*VTable, *EvalError) {
	vt := v.in.vtableOf(meta)
	if vt == nil {
		var p Pointer
		if meta.IsPtr() {
			p = meta.Pointer()
		} else {
			p = Pointer{Offset: meta.Bits.Lo}
		}
		return nil, ErrValidation(path, "%s, but expected a vtable pointer", rustcPtr(p))
	}
	if want := dynTrait(pointee); vt.Trait != want {
		return nil, newErr(KindUB, "constructing invalid value%s: wrong trait in wide pointer vtable: expected `%s`, but encountered `%s`", atPath(path), want, vt.Trait)
	}
	return vt, nil
}

// rawDynPointer validates a raw pointer to a dyn type: only its vtable.
func (v *validator) rawDynPointer(p Pointer, l *Layout, path string) *EvalError {
	imm, ok, err := v.in.mem.ReadImmediate(p, l)
	if err != nil || !ok || imm.Kind != ImmPair {
		return nil
	}
	_, e := v.dynPointer(imm.B, l.Ty.Elem, path)
	return e
}
