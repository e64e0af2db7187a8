// adt.go holds the ADT registry (struct/enum/union definitions as far as
// a MIR file shows them, plus core's ADTs) and the dispatch from a type to
// its layout.

package eval

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"mirlsp/mir"
)

// AdtKind is struct, enum or union.
type AdtKind uint8

const (
	AdtStruct AdtKind = iota
	AdtEnum
	AdtUnion
)

// CtorKind is how a variant is written: Unit, Tuple(..) or Named { .. }.
type CtorKind uint8

const (
	CtorUnit CtorKind = iota
	CtorTuple
	CtorNamed
)

// FieldDef is one field. Ty is its type; for core's generic ADTs Param
// >= 0 names the generic argument instead (Option<T>'s T is Param 0).
type FieldDef struct {
	Name  string
	Ty    *mir.Ty
	Param int
}

// VariantDef is one variant (the only one of a struct or union).
type VariantDef struct {
	Name   string
	Discr  mir.U128 // the discriminant, in the enum's discriminant type (two's complement)
	Ctor   CtorKind
	Fields []FieldDef
	// FieldsKnown records that the number of fields is known (from an
	// aggregate, a Debug impl or a builtin definition).
	FieldsKnown bool
	discrKnown  bool
}

// AdtDef is an ADT as far as it is known.
type AdtDef struct {
	Name     string
	Kind     AdtKind
	Generics int // number of generic type parameters of a builtin def
	Variants []*VariantDef
	Repr     Repr
	// VariantsKnown records that Variants is the complete list, in
	// declaration order, with their discriminants.
	VariantsKnown bool
	// ValidStart narrows the scalar's valid range (NonZero: 1).
	ValidStart *mir.U128
	// Pointer marks Box-like ADTs laid out as a pointer to Param 0.
	Pointer bool
}

// VariantByName returns the index of the named variant, or -1.
func (d *AdtDef) VariantByName(name string) int {
	for i, v := range d.Variants {
		if v.Name == name {
			return i
		}
	}
	return -1
}

// complete reports whether the definition determines a layout.
func (d *AdtDef) complete() error {
	if d.Kind == AdtEnum && !d.VariantsKnown {
		return fmt.Errorf("the variants of `%s` are not all shown in the file", d.Name)
	}
	if len(d.Variants) == 0 && d.Kind != AdtEnum {
		return fmt.Errorf("the fields of `%s` are not shown in the file", d.Name)
	}
	for _, v := range d.Variants {
		if !v.FieldsKnown {
			return fmt.Errorf("the fields of `%s` are not all shown in the file", d.variantName(v))
		}
		for i, f := range v.Fields {
			if f.Ty == nil && f.Param < 0 {
				return fmt.Errorf("the type of field %d of `%s` is not shown in the file", i, d.variantName(v))
			}
		}
	}
	return nil
}

func (d *AdtDef) variantName(v *VariantDef) string {
	if d.Kind == AdtEnum {
		return d.Name + "::" + v.Name
	}
	return d.Name
}

// ErrLayoutUnknown is returned when a layout cannot be known (an ADT
// whose fields the file never shows, a generic parameter, an unsized
// type where a size is needed). The caller reports the item as
// unsupported with this reason; mirlsp never guesses a layout.
type ErrLayoutUnknown struct {
	Type   string
	Reason string
}

func (e *ErrLayoutUnknown) Error() string {
	if e.Reason == "" {
		return "the layout of `" + e.Type + "` is unknown"
	}
	return "the layout of `" + e.Type + "` is unknown: " + e.Reason
}

// Registry holds the ADT definitions of one file and caches layouts.
// It is safe for concurrent use.
type Registry struct {
	mu       sync.Mutex
	builtins map[string]*AdtDef // generic core ADTs by name
	defs     map[string]*AdtDef // by normalized type text (P, W<u32>)
	layouts  map[*mir.Ty]*Layout
	byText   map[string]*Layout
}

// NewRegistry returns a registry holding core's ADTs.
func NewRegistry() *Registry {
	r := &Registry{builtins: map[string]*AdtDef{}, defs: map[string]*AdtDef{}, layouts: map[*mir.Ty]*Layout{}, byText: map[string]*Layout{}}
	p := func(i int) FieldDef { return FieldDef{Param: i} }
	tuple := func(name string, discr int64, fs ...FieldDef) *VariantDef {
		c := CtorTuple
		if len(fs) == 0 {
			c = CtorUnit
		}
		return &VariantDef{Name: name, Discr: mir.I128From(discr), Ctor: c, Fields: fs, FieldsKnown: true, discrKnown: true}
	}
	named := func(fs ...FieldDef) *VariantDef {
		return &VariantDef{Ctor: CtorNamed, Fields: fs, FieldsKnown: true, discrKnown: true}
	}
	i8t := I8
	one := mir.U128{Lo: 1}
	for _, d := range []*AdtDef{
		{Name: "Option", Kind: AdtEnum, Generics: 1, VariantsKnown: true, Variants: []*VariantDef{tuple("None", 0), tuple("Some", 1, p(0))}},
		{Name: "Result", Kind: AdtEnum, Generics: 2, VariantsKnown: true, Variants: []*VariantDef{tuple("Ok", 0, p(0)), tuple("Err", 1, p(1))}},
		{Name: "Ordering", Kind: AdtEnum, VariantsKnown: true, Repr: Repr{Int: &i8t}, Variants: []*VariantDef{tuple("Less", -1), tuple("Equal", 0), tuple("Greater", 1)}},
		{Name: "NonZero", Generics: 1, ValidStart: &one, Variants: []*VariantDef{tuple("NonZero", 0, p(0))}},
		{Name: "Range", Generics: 1, Variants: []*VariantDef{named(FieldDef{Name: "start", Param: 0}, FieldDef{Name: "end", Param: 0})}},
		{Name: "RangeInclusive", Generics: 1, Variants: []*VariantDef{named(FieldDef{Name: "start", Param: 0}, FieldDef{Name: "end", Param: 0}, FieldDef{Name: "exhausted", Ty: tyBool, Param: -1})}},
		{Name: "ManuallyDrop", Generics: 1, Repr: Repr{Transparent: true}, Variants: []*VariantDef{named(FieldDef{Name: "value", Param: 0})}},
		{Name: "MaybeUninit", Kind: AdtUnion, Generics: 1, Variants: []*VariantDef{named(FieldDef{Name: "uninit", Ty: tyUnit, Param: -1}, FieldDef{Name: "value", Param: 0})}},
		{Name: "PhantomData", Generics: 1, Variants: []*VariantDef{tuple("PhantomData", 0)}},
		{Name: "UnsafeCell", Generics: 1, Repr: Repr{NoNiche: true, Transparent: true}, Variants: []*VariantDef{named(FieldDef{Name: "value", Param: 0})}},
		{Name: "Cell", Generics: 1, Repr: Repr{NoNiche: true, Transparent: true}, Variants: []*VariantDef{named(FieldDef{Name: "value", Param: 0})}},
		{Name: "Box", Generics: 1, Pointer: true},
	} {
		for _, v := range d.Variants {
			if v.Name == "" || d.Kind != AdtEnum {
				v.Name = d.Name
			}
		}
		r.builtins[d.Name] = d
	}
	return r
}

var (
	tyBool  = &mir.Ty{Kind: mir.TyBool, Text: "bool"}
	tyUnit  = &mir.Ty{Kind: mir.TyTuple, Text: "()"}
	tyUsize = &mir.Ty{Kind: mir.TyUint, Text: "usize"}
)

// NormTy returns the canonical text of a type for ADT lookup: paths cut
// to their last segment (std::option::Option<u32> → Option<u32>),
// lifetimes dropped.
func NormTy(t *mir.Ty) string {
	if t == nil {
		return "?"
	}
	switch t.Kind {
	case mir.TyAdt:
		if t.Path == nil || len(t.Path.Segs) == 0 {
			return t.Text
		}
		seg := t.Path.Segs[len(t.Path.Segs)-1]
		var args []string
		for _, a := range seg.Args {
			if a.Kind == mir.TyOther && strings.HasPrefix(a.Text, "'") {
				continue
			}
			args = append(args, NormTy(a))
		}
		if len(args) == 0 {
			return seg.Name
		}
		return seg.Name + "<" + strings.Join(args, ", ") + ">"
	case mir.TyRef:
		if t.Mut {
			return "&mut " + NormTy(t.Elem)
		}
		return "&" + NormTy(t.Elem)
	case mir.TyRawPtr:
		if t.Mut {
			return "*mut " + NormTy(t.Elem)
		}
		return "*const " + NormTy(t.Elem)
	case mir.TySlice:
		return "[" + NormTy(t.Elem) + "]"
	case mir.TyArray:
		n := t.LenText
		if t.LenSet {
			n = strconv.FormatInt(t.Len, 10)
		}
		return "[" + NormTy(t.Elem) + "; " + n + "]"
	case mir.TyTuple:
		var es []string
		for _, e := range t.Elems {
			es = append(es, NormTy(e))
		}
		if len(es) == 1 {
			return "(" + es[0] + ",)"
		}
		return "(" + strings.Join(es, ", ") + ")"
	}
	return t.Text
}

// adtName is the last path segment of an ADT type.
func adtName(t *mir.Ty) string {
	if t == nil || t.Path == nil {
		return ""
	}
	return t.Path.Last()
}

// adtArgs returns the type arguments of an ADT type (lifetimes dropped).
func adtArgs(t *mir.Ty) []*mir.Ty {
	if t == nil || t.Path == nil || len(t.Path.Segs) == 0 {
		return nil
	}
	var args []*mir.Ty
	for _, a := range t.Path.Segs[len(t.Path.Segs)-1].Args {
		if a.Kind == mir.TyOther && strings.HasPrefix(a.Text, "'") {
			continue
		}
		args = append(args, a)
	}
	return args
}

// Define adds or replaces the definition of the ADT type ty (used by the
// Rust front end, which knows definitions, and by tests). Field types of
// a generic ADT must be given per instantiation (W<u32> and W<u8> are two
// definitions).
func (r *Registry) Define(ty *mir.Ty, d *AdtDef) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.defs[NormTy(ty)] = d
	r.invalidateLocked()
}

func (r *Registry) invalidateLocked() {
	clear(r.layouts)
	clear(r.byText)
}

// Lookup returns the definition of an ADT type and its type arguments
// (for builtin generic definitions whose fields use Param).
func (r *Registry) Lookup(ty *mir.Ty) (*AdtDef, []*mir.Ty, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.lookupLocked(ty)
}

func (r *Registry) lookupLocked(ty *mir.Ty) (*AdtDef, []*mir.Ty, bool) {
	if ty == nil || ty.Kind != mir.TyAdt {
		return nil, nil, false
	}
	if d, ok := r.defs[NormTy(ty)]; ok {
		return d, nil, true
	}
	if d, ok := r.builtins[adtName(ty)]; ok {
		args := adtArgs(ty)
		if len(args) >= d.Generics {
			return d, args, true
		}
	}
	return nil, nil, false
}

// observed returns the definition of ty to fill in, creating it.
func (r *Registry) observed(ty *mir.Ty, kind AdtKind) *AdtDef {
	if d, _, ok := r.lookupLocked(ty); ok {
		return d
	}
	d := &AdtDef{Name: adtName(ty), Kind: kind}
	if kind != AdtEnum {
		d.Variants = []*VariantDef{{Name: d.Name}}
	}
	r.defs[NormTy(ty)] = d
	return d
}

// FieldTy returns the type of field i of variant v of an ADT type.
func (r *Registry) FieldTy(ty *mir.Ty, v, i int) (*mir.Ty, bool) {
	d, args, ok := r.Lookup(ty)
	if !ok || v >= len(d.Variants) || i >= len(d.Variants[v].Fields) {
		return nil, false
	}
	f := d.Variants[v].Fields[i]
	if f.Param >= 0 && f.Ty == nil {
		if f.Param < len(args) {
			return args[f.Param], true
		}
		return nil, false
	}
	return f.Ty, f.Ty != nil
}

// LayoutOf returns the layout of ty, or an *ErrLayoutUnknown.
func (r *Registry) LayoutOf(ty *mir.Ty) (*Layout, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.layoutLocked(ty, 0)
}

func unknown(t *mir.Ty, format string, args ...any) error {
	return &ErrLayoutUnknown{Type: t.String(), Reason: fmt.Sprintf(format, args...)}
}

func (r *Registry) layoutLocked(ty *mir.Ty, depth int) (*Layout, error) {
	if ty == nil {
		return nil, &ErrLayoutUnknown{Type: "?", Reason: "no type"}
	}
	if l, ok := r.layouts[ty]; ok {
		return l, nil
	}
	key := NormTy(ty)
	if l, ok := r.byText[key]; ok {
		r.layouts[ty] = l
		return l, nil
	}
	if depth > 64 {
		return nil, unknown(ty, "the type is recursive")
	}
	l, err := r.computeLocked(ty, depth+1)
	if err != nil {
		return nil, err
	}
	if l.Ty == nil {
		l.Ty = ty
	}
	r.layouts[ty] = l
	r.byText[key] = l
	return l, nil
}

func intPrim(it IntTy) Primitive { return Primitive{Kind: PrimInt, Int: it} }

var ptrPrim = Primitive{Kind: PrimPointer}

func (r *Registry) computeLocked(ty *mir.Ty, depth int) (*Layout, error) {
	switch ty.Kind {
	case mir.TyBool:
		return scalarLayout(ScalarAbi{Prim: intPrim(U8), Valid: WrappingRange{End: mir.U128{Lo: 1}}}), nil
	case mir.TyChar:
		return scalarLayout(ScalarAbi{Prim: intPrim(U32), Valid: WrappingRange{End: mir.U128{Lo: 0x10FFFF}}}), nil
	case mir.TyInt, mir.TyUint:
		it, _ := IntTyOf(ty)
		return scalarLayout(fullScalar(intPrim(it))), nil
	case mir.TyFloat:
		if ty.Bits != 32 && ty.Bits != 64 {
			return nil, unknown(ty, "f16 and f128 are not supported")
		}
		return scalarLayout(fullScalar(Primitive{Kind: PrimFloat, FloatBits: uint8(ty.Bits)})), nil
	case mir.TyNever:
		return neverLayout(), nil
	case mir.TyStr:
		l := arrayLayout(scalarLayout(fullScalar(intPrim(U8))), 0, false)
		l.Elem = &mir.Ty{Kind: mir.TyUint, Bits: 8, Text: "u8"}
		return l, nil
	case mir.TySlice, mir.TyArray:
		el, err := r.layoutLocked(ty.Elem, depth)
		if err != nil {
			return nil, err
		}
		if ty.Kind == mir.TySlice {
			l := arrayLayout(el, 0, false)
			l.Elem = ty.Elem
			return l, nil
		}
		if !ty.LenSet {
			return nil, unknown(ty, "the array length `%s` is not a literal", ty.LenText)
		}
		l := arrayLayout(el, uint64(ty.Len), true)
		l.Elem = ty.Elem
		return l, nil
	case mir.TyTuple:
		fs := make([]*Layout, len(ty.Elems))
		for i, e := range ty.Elems {
			f, err := r.layoutLocked(e, depth)
			if err != nil {
				return nil, err
			}
			fs[i] = f
		}
		kind := maybeUnsized
		if len(fs) == 0 {
			kind = alwaysSized
		}
		l := structLayout(fs, Repr{}, kind, 0, nil)
		l.FieldTys = ty.Elems
		return l, nil
	case mir.TyRef, mir.TyRawPtr:
		return r.pointerLayout(ty.Elem, ty.Kind == mir.TyRef, depth)
	case mir.TyFnPtr:
		return scalarLayout(ScalarAbi{Prim: ptrPrim, Valid: WrappingRange{Start: mir.U128{Lo: 1}, End: maskBits(64)}}), nil
	case mir.TyFnDef:
		return &Layout{Size: 0, Align: 1, Sized: true, Fields: FieldsArbitrary}, nil
	case mir.TyAdt:
		return r.adtLayout(ty, depth)
	case mir.TyDyn:
		return nil, unknown(ty, "a `dyn` type has no static layout")
	}
	return nil, unknown(ty, "unsupported type")
}

// pointerLayout lays out &T, *const T and Box<T>: one pointer, or a
// pointer and a length/vtable for unsized T. References and Box are
// non-null; vtable pointers are non-null even in raw pointers.
func (r *Registry) pointerLayout(pointee *mir.Ty, nonNull bool, depth int) (*Layout, error) {
	data := fullScalar(ptrPrim)
	if nonNull {
		data.Valid.Start = mir.U128{Lo: 1}
	}
	switch tail := unsizedTail(pointee); {
	case tail == nil:
		return scalarLayout(data), nil
	case tail.Kind == mir.TyDyn:
		vt := ScalarAbi{Prim: ptrPrim, Valid: WrappingRange{Start: mir.U128{Lo: 1}, End: maskBits(64)}}
		return scalarPairLayout(data, vt), nil
	default:
		return scalarPairLayout(data, fullScalar(intPrim(Usize))), nil
	}
}

// unsizedTail returns the unsized type at the end of t (str, [T], dyn
// Trait, or the last element of a tuple), or nil for sized types. ADTs
// with an unsized tail are not detected (they never appear in consts).
func unsizedTail(t *mir.Ty) *mir.Ty {
	for t != nil {
		switch t.Kind {
		case mir.TyStr, mir.TySlice, mir.TyDyn:
			return t
		case mir.TyTuple:
			if len(t.Elems) == 0 {
				return nil
			}
			t = t.Elems[len(t.Elems)-1]
			continue
		}
		return nil
	}
	return nil
}

func (r *Registry) adtLayout(ty *mir.Ty, depth int) (*Layout, error) {
	d, args, ok := r.lookupLocked(ty)
	if !ok {
		if len(ty.Path.Segs) == 1 && len(ty.Path.Segs[0].Args) == 0 && len(ty.Text) <= 2 && strings.ToUpper(ty.Text) == ty.Text {
			return nil, unknown(ty, "it is a generic parameter")
		}
		return nil, unknown(ty, "the definition of `%s` is not shown in the file", adtName(ty))
	}
	if d.Pointer {
		if len(args) == 0 {
			return nil, unknown(ty, "no pointee type")
		}
		l, err := r.pointerLayout(args[0], true, depth)
		if err != nil {
			return nil, err
		}
		c := *l
		c.Adt = d
		return &c, nil
	}
	if err := d.complete(); err != nil {
		return nil, &ErrLayoutUnknown{Type: ty.String(), Reason: err.Error()}
	}
	variants := make([][]*Layout, len(d.Variants))
	tys := make([][]*mir.Ty, len(d.Variants))
	for vi, v := range d.Variants {
		for _, f := range v.Fields {
			ft := f.Ty
			if f.Param >= 0 && ft == nil {
				ft = args[f.Param]
			}
			fl, err := r.layoutLocked(ft, depth)
			if err != nil {
				return nil, err
			}
			variants[vi] = append(variants[vi], fl)
			tys[vi] = append(tys[vi], ft)
		}
	}
	var l *Layout
	switch d.Kind {
	case AdtUnion:
		l = unionLayout(variants[0], d.Repr)
	case AdtStruct:
		kind := alwaysSized
		if len(variants[0]) > 0 && !variants[0][len(variants[0])-1].Sized {
			kind = maybeUnsized
		}
		l = structLayout(variants[0], d.Repr, kind, 0, d.ValidStart)
	default:
		present := -1
		nPresent := 0
		for i, v := range variants {
			if d.Repr.C || !absent(v) {
				if present < 0 {
					present = i
				}
				nPresent++
			}
		}
		switch {
		case present < 0:
			l = neverLayout()
		case nPresent == 1 && !d.Repr.inhibitEnumOpt():
			l = structLayout(variants[present], d.Repr, alwaysSized, present, nil)
		default:
			discrs := make([]mir.U128, len(d.Variants))
			for i, v := range d.Variants {
				discrs[i] = v.Discr
			}
			l = enumLayout(variants, d.Repr, discrs)
		}
	}
	l.Adt = d
	if !l.Multiple {
		if l.Variant < len(tys) {
			l.FieldTys = tys[l.Variant]
		}
	} else {
		for i, vl := range l.VariantLayouts {
			vl.FieldTys = tys[i]
			vl.Adt = d
		}
	}
	return l, nil
}

// unionLayout is layout_of_union (without repr(packed) ABI details).
func unionLayout(fields []*Layout, repr Repr) *Layout {
	align, size := uint64(1), uint64(0)
	var abi *Layout
	mismatch := repr.C
	for _, f := range fields {
		align = max(align, f.Align)
		size = max(size, f.Size)
		if f.IsZST() || mismatch {
			continue
		}
		if abi == nil {
			abi = f
		} else if abi.Abi != f.Abi || abi.A.Prim != f.A.Prim || abi.B.Prim != f.B.Prim || abi.Abi == AbiAggregate {
			mismatch = true
		}
	}
	if repr.Packed != 0 {
		align = min(align, repr.Packed)
	}
	if repr.Align != 0 {
		align = max(align, repr.Align)
	}
	l := &Layout{Size: alignTo(size, align), Align: align, Sized: true, Fields: FieldsUnion, NumFields: len(fields)}
	if abi != nil && !mismatch && (abi.Abi == AbiScalar || abi.Abi == AbiScalarPair) && abi.Align == align {
		l.Abi, l.A, l.B = abi.Abi, abi.A, abi.B
		l.A.Union, l.B.Union = true, true
		l.A.Valid = WrappingRange{End: l.A.maxValue()}
		l.B.Valid = WrappingRange{End: l.B.maxValue()}
	}
	return l
}
