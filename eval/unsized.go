// unsized.go holds structs with an unsized tail (struct MyStr(str),
// struct MySlice<T: ?Sized>(bool, T) at [bool]): pointers to them carry
// the tail's length, and the validator checks the pointee with it; and
// the validation of str contents.

package eval

import (
	"math/bits"

	"mirlsp/mir"
)

// unsizedTailLocked is unsizedTail looking into structs: the str, slice
// or dyn type that ends t, through the last fields of structs.
func (r *Registry) unsizedTailLocked(t *mir.Ty) *mir.Ty {
	for i := 0; t != nil && i < 32; i++ {
		if tail := unsizedTail(t); tail != nil || t.Kind != mir.TyAdt {
			return tail
		}
		d, args, ok := r.lookupLocked(t)
		if !ok || d.Kind != AdtStruct || len(d.Variants) != 1 || len(d.Variants[0].Fields) == 0 {
			return nil
		}
		f := d.Variants[0].Fields[len(d.Variants[0].Fields)-1]
		ft := f.Ty
		if f.Param >= 0 && ft == nil {
			if f.Param >= len(args) {
				return nil
			}
			ft = f.paramTy(args)
		}
		t = ft
	}
	return nil
}

// unsizedStructRef sizes the pointee of a reference to a struct whose
// last field is a str or slice (n elements): its layout, size and
// alignment. ok is false when the pointee is not such a struct.
func (v *validator) unsizedStructRef(pointee *mir.Ty, n uint64, path string) (pl *Layout, size, align uint64, e *EvalError, ok bool) {
	in := v.in
	pl, err := in.reg.LayoutOf(pointee)
	if err != nil || pl.Sized || pl.Multiple || pl.Adt == nil || pl.Adt.Kind != AdtStruct || len(pl.FieldTys) == 0 {
		return nil, 0, 0, nil, false
	}
	last := len(pl.FieldTys) - 1
	tail := pl.FieldTys[last]
	elemSize := uint64(1)
	switch {
	case tail == nil:
		return nil, 0, 0, nil, false
	case tail.Kind == mir.TySlice:
		el, err := in.reg.LayoutOf(tail.Elem)
		if err != nil {
			return nil, 0, 0, nil, false
		}
		elemSize = el.Size
	case tail.Kind != mir.TyStr:
		return nil, 0, 0, nil, false
	}
	size, fits := structSize(pl, n, elemSize)
	if !fits {
		return nil, 0, 0, ErrValidation(path, "invalid reference metadata: slice is bigger than largest supported object"), true
	}
	return pl, size, pl.Align, nil, true
}

// structSize is the size of a struct of layout l whose tail holds n
// elements of elemSize bytes: the tail's offset plus its size, rounded
// up to the alignment; fits is false beyond what an isize counts.
func structSize(l *Layout, n, elemSize uint64) (size uint64, fits bool) {
	hi, lo := bits.Mul64(n, elemSize)
	sum, carry := bits.Add64(lo, l.FieldOffset(len(l.FieldTys)-1), 0)
	if hi != 0 || carry != 0 || sum > 1<<63-1 {
		return 0, false
	}
	return (sum + l.Align - 1) &^ (l.Align - 1), true
}

// str checks the n bytes of a str: they must be initialized.
func (v *validator) str(p Pointer, n uint64, path string) *EvalError {
	a, ok := v.in.mem.Get(p.Alloc)
	if !ok || n == 0 || p.Offset > a.Size || n > a.Size-p.Offset || a.Kind == AllocFn || a.Kind == AllocVTable {
		return nil
	}
	if _, _, bad := a.firstUninit(p.Offset, p.Offset+n); bad {
		return ErrValidation(path, "uninitialized memory, but expected a string")
	}
	return nil
}

// unsizedStructSize is size_of_val of a struct with a str or slice tail
// behind the shim's first argument (a wide pointer).
func (sc *shimCall) unsizedStructSize(t *mir.Ty, l *Layout) uint64 {
	in := sc.in
	imm := in.immediate(sc.arg(0))
	if imm.Kind != ImmPair || l.Multiple || len(l.FieldTys) == 0 {
		fail(ErrUnsupported("`size_of_val` of `%s`", t.Text))
	}
	n, err := imm.B.ToUint64()
	if err != nil {
		fail(err)
	}
	last := len(l.FieldTys) - 1
	elemSize := uint64(1)
	switch tail := l.FieldTys[last]; {
	case tail != nil && tail.Kind == mir.TySlice:
		elemSize = in.layout(tail.Elem).Size
	case tail == nil || tail.Kind != mir.TyStr:
		fail(ErrUnsupported("`size_of_val` of `%s`", t.Text))
	}
	size, fits := structSize(l, n, elemSize)
	if !fits {
		fail(ErrUnsupported("`size_of_val` of a `%s` larger than an `isize` counts", t.Text))
	}
	return size
}
