// validity.go checks values as rustc's validator (validity.rs) does: the
// final value of every const and static, and typed copies to uninhabited
// types.

package eval

import (
	"fmt"
	"math/bits"
	"regexp"
	"strings"

	"mirlsp/mir"
)

// How a validation failure is reported: rustc maps most failures to
// "constructing invalid value ..." (UB notes and the raw bytes), but lets
// some errors of the reads it makes through unchanged.
const (
	invalidValue   = iota // constructing invalid value: UB note and raw bytes
	invalidRead           // a read error (partly uninitialized scalar): raw bytes
	invalidPtrRead        // a pointer where an integer is read: no notes
)

// validator walks a value; references are followed after the value
// itself, like rustc's ref_tracking.
type validator struct {
	in     *interp
	todo   []pendingRef
	seen   map[string]bool
	budget int // values left to visit; the check stops quietly at 0
	kind   int // how the failure is reported
}

type pendingRef struct {
	p    Pointer
	l    *Layout
	path string
	n    uint64 // element count of a slice or str pointee
}

// validate checks the final value of an item.
func (in *interp) validate(op Operand, l *Layout) (*EvalError, int) {
	v := &validator{in: in, seen: map[string]bool{}, budget: 1 << 20}
	mp := in.toMem(op)
	if e := v.value(mp.Ptr, l, "", 0, 0); e != nil {
		return e, v.kind
	}
	for len(v.todo) > 0 && v.budget > 0 {
		t := v.todo[len(v.todo)-1]
		v.todo = v.todo[:len(v.todo)-1]
		if e := v.value(t.p, t.l, t.path, 1, t.n); e != nil {
			return e, v.kind
		}
	}
	return nil, invalidValue
}

// validateCopy checks a value produced by a typed copy (a transmute):
// rustc's CTFE checks those only when the type is uninhabited.
func (in *interp) validateCopy(p Pointer, l *Layout) {
	if !l.Uninhabited {
		return
	}
	v := &validator{in: in, seen: map[string]bool{}, budget: 1 << 16}
	if e := v.value(p, l, "", 1, 0); e != nil {
		fail(e)
	}
	fail(ErrValidation("", "a value of uninhabited type `%s`", shortTy(l.Ty)))
}

// value checks the value of layout l at p; path is where it lies in the
// final value, as rustc prints it (.b, .0, [3], .<enum-variant(Some)>.0,
// .<deref>); n is the length of an unsized slice or str.
func (v *validator) value(p Pointer, l *Layout, path string, depth int, n uint64) *EvalError {
	v.budget--
	if depth > 64 || v.budget <= 0 || l == nil || l.Ty == nil {
		return nil
	}
	in := v.in
	ty := l.Ty
	if what := scalarExpectation(ty); what != "" && l.Size > 0 {
		if l.Abi == AbiScalarPair {
			if e := v.pairInit(p, l, path, what); e != nil {
				return e
			}
		} else if e := v.scalarInit(p, l.Size, path, what, depth); e != nil {
			return e
		}
	}
	switch ty.Kind {
	case mir.TyNever:
		return ErrValidation(path, "a value of the never type `!`")
	case mir.TyInt, mir.TyUint, mir.TyFloat:
		if s, err := in.mem.ReadScalar(p, l.Size, 1); err == nil && s.IsPtr() {
			if depth == 0 && path == "" && ty.Kind != mir.TyFloat {
				v.kind = invalidPtrRead
				return ErrPtrToInt()
			}
			return ErrValidation(path, "a pointer, but %s", "expected "+scalarExpectation(ty))
		}
	case mir.TyBool:
		s, err := in.mem.ReadScalar(p, 1, 1)
		if err != nil {
			return nil
		}
		if s.IsPtr() {
			return ErrValidation(path, "a pointer, but expected a boolean")
		}
		if s.Bits.Lo > 1 {
			return ErrValidationBool(path, uint8(s.Bits.Lo))
		}
	case mir.TyChar:
		s, err := in.mem.ReadScalar(p, 4, 1)
		if err != nil {
			return nil
		}
		if s.IsPtr() {
			return ErrValidation(path, "a pointer, but expected a unicode scalar value")
		}
		if c := uint32(s.Bits.Lo); c > 0x10FFFF || c >= 0xD800 && c <= 0xDFFF {
			return ErrValidationChar(path, c)
		}
	case mir.TyFnPtr:
		s, err := in.mem.ReadScalar(p, PtrSize, 1)
		if err != nil {
			return nil
		}
		if !s.IsPtr() {
			if s.Bits.IsZero() {
				return ErrValidation(path, "null pointer, but expected a function pointer")
			}
			return ErrValidation(path, "%s, but expected a function pointer", rustcPtr(s.Pointer()))
		}
		if a, ok := in.mem.Get(s.Prov); ok && a.Kind != AllocFn {
			return ErrValidation(path, "%s, but expected a function pointer", rustcPtr(s.Pointer()))
		}
	case mir.TyRef:
		return v.reference(p, l, path)
	case mir.TyStr:
		return v.str(p, n, path)
	case mir.TyRawPtr:
		if ty.Elem != nil && ty.Elem.Kind == mir.TyDyn {
			return v.rawDynPointer(p, l, path)
		}
	case mir.TyArray, mir.TySlice:
		el, err := in.reg.LayoutOf(ty.Elem)
		if err != nil {
			return nil
		}
		count := l.Count
		if ty.Kind == mir.TySlice {
			count = n
		}
		if el.Size == 0 {
			if count > 0 {
				return v.value(p, el, path+"[0]", depth+1, 0)
			}
			return nil
		}
		if what := scalarExpectation(ty.Elem); what != "" && (ty.Elem.Kind == mir.TyInt || ty.Elem.Kind == mir.TyUint || ty.Elem.Kind == mir.TyFloat) {
			// rustc checks arrays of numbers at once: the first element
			// with an uninitialized byte is reported.
			if a, ok := in.mem.Get(p.Alloc); ok && p.Offset+count*el.Size <= a.Size {
				if s, _, found := a.firstUninit(p.Offset, p.Offset+count*el.Size); found {
					return ErrValidationUninit(fmt.Sprintf("%s[%d]", path, (s-p.Offset)/el.Size), what)
				}
				if i, j := a.provRange(p.Offset, p.Offset+count*el.Size); i == j {
					// Initialized numbers without pointer bytes: valid.
					return nil
				}
			}
		}
		for i := uint64(0); i < count && v.budget > 0; i++ {
			q := p
			q.Offset += i * el.Size
			if e := v.value(q, el, fmt.Sprintf("%s[%d]", path, i), depth+1, 0); e != nil {
				return e
			}
		}
	case mir.TyTuple:
		for i, et := range ty.Elems {
			el, err := in.reg.LayoutOf(et)
			if err != nil {
				return nil
			}
			q := p
			q.Offset += l.FieldOffset(i)
			if e := v.value(q, el, fmt.Sprintf("%s.%d", path, i), depth+1, 0); e != nil {
				return e
			}
		}
	case mir.TyAdt:
		if e := v.adt(p, l, path, depth, n); e != nil {
			return e
		}
	}
	if l.Uninhabited {
		return ErrValidation(path, "a value of uninhabited type `%s`", shortTy(ty))
	}
	return nil
}

// scalarInit checks that a primitive's bytes are initialized: rustc
// reports a wholly uninitialized value as invalid, and lets the read
// error of a partly initialized one through.
func (v *validator) scalarInit(p Pointer, size uint64, path, what string, depth int) *EvalError {
	a, ok := v.in.mem.Get(p.Alloc)
	if !ok || p.Offset+size > a.Size || a.allInit(p.Offset, p.Offset+size) {
		return nil
	}
	if s, e, _ := a.firstUninit(p.Offset, p.Offset+size); s == p.Offset && e >= p.Offset+size {
		return ErrValidationUninit(path, what)
	}
	_, err := a.readScalar(p, size)
	v.kind = invalidRead
	return err
}

// pairInit is scalarInit for a wide pointer: rustc reads its two halves
// one after the other, so a partly initialized one reports the read of
// the first half with uninitialized bytes.
func (v *validator) pairInit(p Pointer, l *Layout, path, what string) *EvalError {
	a, ok := v.in.mem.Get(p.Alloc)
	if !ok || p.Offset+l.Size > a.Size || a.allInit(p.Offset, p.Offset+l.Size) {
		return nil
	}
	if s, e, _ := a.firstUninit(p.Offset, p.Offset+l.Size); s == p.Offset && e >= p.Offset+l.Size {
		return ErrValidationUninit(path, what)
	}
	for _, h := range [2][2]uint64{{0, l.A.Size()}, {l.PairOffset(), l.B.Size()}} {
		q := Pointer{Alloc: p.Alloc, Offset: p.Offset + h[0], Imm: p.Imm}
		if !a.allInit(q.Offset, q.Offset+h[1]) {
			_, err := a.readScalar(q, h[1])
			v.kind = invalidRead
			return err
		}
	}
	return nil
}

// adt checks a struct, enum or union value.
func (v *validator) adt(p Pointer, l *Layout, path string, depth int, n uint64) *EvalError {
	in := v.in
	ty := l.Ty
	if l.Adt == nil || l.Adt.Kind == AdtUnion || isMaybeUninit(ty) {
		// A union's value is bytes: no field need be initialized.
		return nil
	}
	if len(l.Adt.Variants) == 0 {
		return nil
	}
	vi := l.Variant
	if l.Multiple {
		tp := p
		tp.Offset += l.TagOffset()
		s, err := in.mem.ReadScalar(tp, l.Tag.Size(), 1)
		if err != nil {
			return nil
		}
		if vi, err = l.VariantOfScalar(s); err != nil {
			return ErrValidationTag(path, s.Bits, l.Tag.Size())
		}
	}
	if vi < 0 || vi >= len(l.Adt.Variants) {
		return nil
	}
	vl := l.ForVariant(vi)
	if l.Adt.Kind == AdtEnum && vl.Uninhabited {
		return ErrValidation(path+".<enum-tag>", "an uninhabited enum variant")
	}
	vd := l.Adt.Variants[vi]
	vpath := path
	if l.Adt.Kind == AdtEnum {
		vpath += ".<enum-variant(" + vd.Name + ")>"
	}
	for i, fd := range vd.Fields {
		ft, ok := in.reg.FieldTy(ty, vi, i)
		if !ok {
			return nil
		}
		fl, err := in.reg.LayoutOf(ft)
		if err != nil {
			return nil
		}
		q := p
		q.Offset += vl.FieldOffset(i)
		fpath := ""
		switch {
		case fd.Name != "" && strings.HasPrefix(ty.Text, "{closure@"):
			// A closure's fields are its captured variables.
			fpath = vpath + ".<captured-var(" + fd.Name + ")>"
		case fd.Name != "":
			fpath = vpath + "." + fd.Name
		case vd.Ctor == CtorTuple:
			fpath = fmt.Sprintf("%s.%d", vpath, i)
		}
		var fn uint64
		if !fl.Sized && i == len(vd.Fields)-1 {
			fn = n // the unsized tail's length
		}
		if e := v.value(q, fl, fpath, depth+1, fn); e != nil {
			if fpath == "" && strings.HasPrefix(e.Msg, "constructing invalid value at") {
				// The field's name would be part of rustc's message.
				return ErrUnsupported("the final value is invalid in field %d of `%s`, whose name the file does not show", i, ty.Text)
			}
			return e
		}
	}
	if l.Abi == AbiScalar && !l.Multiple && l.A.Valid != fullScalar(l.A.Prim).Valid {
		// A scalar with a restricted range (NonZero): rustc reports it at
		// the integer inside.
		s, err := in.mem.ReadScalar(p, l.A.Size(), 1)
		if err != nil || s.IsPtr() {
			return nil
		}
		if !l.A.Valid.Contains(s.Bits) {
			ipath := path
			if adtName(ty) == "NonZero" {
				ipath += ".0.0"
			}
			return ErrValidation(ipath, "%s, but expected something %s", formatU128(s.Bits), l.A.describe())
		}
	}
	return nil
}

// reference checks a reference as rustc's check_safe_pointer does, and
// queues its pointee.
func (v *validator) reference(p Pointer, l *Layout, path string) *EvalError {
	in := v.in
	pointee := l.Ty.Elem
	if pointee == nil {
		return nil
	}
	imm, ok, err := in.mem.ReadImmediate(p, l)
	if err != nil && pointee.Kind == mir.TyAdt && err.Msg == ErrPtrToInt().Msg {
		if _, _, _, _, isUnsized := v.unsizedStructRef(pointee, 0, path); isUnsized {
			// The length of a struct's unsized tail is read as an integer.
			v.kind = invalidPtrRead
			return err
		}
	}
	if err != nil || !ok || imm.Kind == ImmUninit {
		return nil
	}
	ptr := imm.A
	var size, align, n uint64
	deref, keyTy := ".<deref>", pointee.Text
	var pl *Layout
	kind := pointee.Kind
	if kind == mir.TyAdt && imm.Kind != ImmPair {
		kind = mir.TyOther // a sized struct or enum: below
	}
	switch kind {
	case mir.TySlice, mir.TyStr:
		if imm.Kind != ImmPair || imm.B.IsPtr() {
			return nil
		}
		n = imm.B.Bits.Lo
		elemSize, elemAlign := uint64(1), uint64(1)
		if pointee.Kind == mir.TySlice {
			el, err := in.reg.LayoutOf(pointee.Elem)
			if err != nil {
				return nil
			}
			elemSize, elemAlign = el.Size, el.Align
		}
		hi, lo := bits.Mul64(n, elemSize)
		if hi != 0 || lo > 1<<63-1 {
			return ErrValidation(path, "invalid reference metadata: slice is bigger than largest supported object")
		}
		size, align = lo, elemAlign
		var lerr error
		if pl, lerr = in.reg.LayoutOf(pointee); lerr != nil {
			return nil
		}
	case mir.TyAdt:
		// A struct with an unsized tail (struct Name(str)).
		if imm.B.IsPtr() {
			return nil
		}
		n = imm.B.Bits.Lo
		var e *EvalError
		var ok bool
		if pl, size, align, e, ok = v.unsizedStructRef(pointee, n, path); !ok {
			return nil
		} else if e != nil {
			return e
		}
	case mir.TyDyn:
		if imm.Kind != ImmPair {
			return nil
		}
		vt, e := v.dynPointer(imm.B, pointee, path)
		if e != nil {
			return e
		}
		var lerr error
		if pl, lerr = in.reg.LayoutOf(vt.Ty); lerr != nil {
			return nil
		}
		size, align, deref, keyTy = pl.Size, pl.Align, ".<deref>.<dyn-downcast>", vt.Ty.Text
	default:
		if l.Abi != AbiScalar {
			return nil
		}
		var lerr error
		if pl, lerr = in.reg.LayoutOf(pointee); lerr != nil || !pl.Sized {
			return nil
		}
		size, align = pl.Size, pl.Align
	}
	at := ptr.Pointer()
	if !ptr.IsPtr() {
		if at.Offset == 0 {
			return ErrValidationNullRef(path)
		}
		if size > 0 {
			return ErrValidation(path, "a dangling reference (%s has no provenance)", rustcPtr(at))
		}
		if has := alignOf(1<<63, at.Offset); has < align {
			return ErrValidation(path, "an unaligned reference (required %d byte alignment but found %d)", align, has)
		}
	} else {
		a, ok := in.mem.Get(at.Alloc)
		if !ok {
			return nil
		}
		if a.Freed {
			return ErrValidationDanglingRef(path)
		}
		if a.MutableGlobal {
			// A `static mut`: rustc does not look into it from a constant.
			return nil
		}
		if a.Kind == AllocFn || a.Kind == AllocVTable {
			return nil
		}
		if at.Offset > a.Size || size > a.Size-at.Offset {
			return ErrValidation(path, "a dangling reference (going beyond the bounds of its allocation)")
		}
		if has := alignOf(a.Align, at.Offset); has < align {
			return ErrValidation(path, "an unaligned reference (required %d byte alignment but found %d)", align, has)
		}
		if pl.Uninhabited {
			return ErrValidation(path, "a reference pointing to uninhabited type %s", shortTy(pointee))
		}
		if a.Kind == AllocStatic || a.MutableGlobal {
			// rustc does not look into statics from a constant.
			return nil
		}
		key := fmt.Sprintf("%d+%d:%s:%d", at.Alloc, at.Offset, keyTy, n)
		if !v.seen[key] {
			v.seen[key] = true
			v.todo = append(v.todo, pendingRef{p: at, l: pl, path: path + deref, n: n})
		}
		return nil
	}
	if pl.Uninhabited {
		return ErrValidation(path, "a reference pointing to uninhabited type %s", shortTy(pointee))
	}
	return nil
}

// rustcPtr prints a pointer as rustc's Pointer Debug does in validation
// messages: alloc1<imm>+0x4, 0x40[noalloc], null pointer.
func rustcPtr(p Pointer) string {
	if p.Alloc == 0 {
		if p.Offset == 0 {
			return "null pointer"
		}
		return fmt.Sprintf("%#x[noalloc]", p.Offset)
	}
	s := p.Alloc.String()
	if p.Imm {
		s += "<imm>"
	}
	if p.Offset != 0 {
		s += fmt.Sprintf("+%#x", p.Offset)
	}
	return s
}

var modPathRE = regexp.MustCompile(`\b(?:[A-Za-z_][A-Za-z0-9_]*::)+`)

// shortTy prints a type as rustc's messages do, with trimmed paths
// (`Infallible`, not `std::convert::Infallible`).
func shortTy(t *mir.Ty) string {
	return modPathRE.ReplaceAllString(t.Text, "")
}

// describe prints the valid range of a scalar as rustc's validation
// messages do.
func (s ScalarAbi) describe() string {
	r := s.Valid
	lo, hi := formatU128(r.Start), formatU128(r.End)
	switch {
	case r.Start == r.End:
		return "equal to " + lo
	case cmp128(r.Start, r.End) > 0:
		return "less or equal to " + hi + ", or greater or equal to " + lo
	case r.Start.IsZero():
		return "less or equal to " + hi
	case r.End == s.maxValue():
		return "greater or equal to " + lo
	}
	return "in the range " + lo + "..=" + hi
}

// interiorMutable names core's types with interior mutability.
var interiorMutable = map[string]bool{
	"UnsafeCell": true, "Cell": true, "RefCell": true, "OnceCell": true, "SyncUnsafeCell": true,
	"AtomicBool": true, "AtomicU8": true, "AtomicU16": true, "AtomicU32": true, "AtomicU64": true, "AtomicUsize": true,
	"AtomicI8": true, "AtomicI16": true, "AtomicI32": true, "AtomicI64": true, "AtomicIsize": true, "AtomicPtr": true,
	"Mutex": true, "RwLock": true, "OnceLock": true, "LazyCell": true, "LazyLock": true,
}

// isFreeze reports whether a type provably has no interior mutability
// (rustc's Freeze); false when unsure, so a write is never refused
// wrongly.
func (in *interp) isFreeze(t *mir.Ty, depth int) bool {
	if t == nil || depth > 16 {
		return false
	}
	switch t.Kind {
	case mir.TyBool, mir.TyChar, mir.TyInt, mir.TyUint, mir.TyFloat, mir.TyStr, mir.TyNever,
		mir.TyRef, mir.TyRawPtr, mir.TyFnPtr, mir.TyFnDef:
		return true
	case mir.TyArray, mir.TySlice:
		return in.isFreeze(t.Elem, depth+1)
	case mir.TyTuple:
		for _, e := range t.Elems {
			if !in.isFreeze(e, depth+1) {
				return false
			}
		}
		return true
	case mir.TyAdt:
		if t.Path == nil || interiorMutable[t.Path.Last()] {
			return false
		}
		d, _, ok := in.reg.Lookup(t)
		if !ok {
			return false
		}
		for vi, v := range d.Variants {
			for fi := range v.Fields {
				ft, ok := in.reg.FieldTy(t, vi, fi)
				if !ok || !in.isFreeze(ft, depth+1) {
					return false
				}
			}
		}
		return true
	}
	return false
}
