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

// AdtKind is struct, enum or union (mir's, which declarations use too).
type AdtKind = mir.AdtKind

const (
	AdtStruct = mir.AdtStruct
	AdtEnum   = mir.AdtEnum
	AdtUnion  = mir.AdtUnion
)

// CtorKind is how a variant is written: Unit, Tuple(..) or Named { .. }.
type CtorKind = mir.CtorKind

const (
	CtorUnit  = mir.CtorUnit
	CtorTuple = mir.CtorTuple
	CtorNamed = mir.CtorNamed
)

// FieldDef is one field. Ty is its type; for core's generic ADTs Param
// >= 0 names the generic argument instead (Option<T>'s T is Param 0).
type FieldDef struct {
	Name  string
	Ty    *mir.Ty
	Param int
	// ConstPtr: the field is `*const P` of the parameter (NonNull's).
	ConstPtr bool
	// Of, when set, makes the field's type of the parameter's (Cow's
	// `&B` and `<B as ToOwned>::Owned`).
	Of func(p *mir.Ty) *mir.Ty
}

// paramTy is the type of a field typed by a generic parameter.
func (f FieldDef) paramTy(args []*mir.Ty) *mir.Ty {
	t := args[f.Param]
	if f.Of != nil {
		return f.Of(t)
	}
	if f.ConstPtr {
		return &mir.Ty{Kind: mir.TyRawPtr, Elem: t, Text: "*const " + t.Text}
	}
	return t
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
	// ValidStart and ValidEnd narrow the scalar's valid range (NonZero:
	// 1..; Duration's Nanoseconds: ..=999_999_999).
	ValidStart *mir.U128
	ValidEnd   *mir.U128
	// Pointer marks Box-like ADTs laid out as a pointer to Param 0.
	Pointer bool
	// Conflict records MIR that contradicts a struct reading of the type:
	// an aggregate with fewer fields than its projections show is a union
	// (whose field indices the aggregate does not give).
	Conflict string
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
	if d.Conflict != "" {
		return fmt.Errorf("%s", d.Conflict)
	}
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

// maxObjectSize is rustc's object size bound on x86_64 (2^47 bytes).
const maxObjectSize = 1 << 47

// ErrLayoutTooBig is rustc's layout error for a type larger than the
// target's object size bound.
type ErrLayoutTooBig struct{ Type string }

func (e *ErrLayoutTooBig) Error() string {
	return "values of the type `" + e.Type + "` are too big for the target architecture"
}

// Registry holds the ADT definitions of one file and caches layouts.
// It is safe for concurrent use.
type Registry struct {
	mu       sync.Mutex
	builtins map[string]*AdtDef // generic core ADTs by name
	defs     map[string]*AdtDef // by normalized type text (P, W<u32>)
	layouts  map[*mir.Ty]*Layout
	generic  map[string][]genericDef // by ADT name
	byText   map[string]*Layout
	declared map[string]bool // by normalized type text: ADTs a file declares (declared.go)
	// fmtWhy says why the hand-written formatting impls files declare
	// cannot be run, by normalized type text and trait (declared.go).
	fmtWhy map[string]map[string]string
	// fmtFns are the formatting impls lowered to MIR fns (fmtrun.go).
	fmtFns map[string]map[string]*mir.Item
	// fmt bodies seen per ADT name (debugStruct): with a derived Debug
	// call, and without any (Display, or Debug written by hand).
	fmtDerived, fmtByHand map[string]bool
	// mirFmt are the fmt bodies of MIR files by ADT name (fmtmir.go).
	mirFmt map[string][]*mirFmtImpl
}

// NewRegistry returns a registry holding core's ADTs.
func NewRegistry() *Registry {
	r := &Registry{builtins: map[string]*AdtDef{}, defs: map[string]*AdtDef{}, layouts: map[*mir.Ty]*Layout{},
		byText: map[string]*Layout{}, generic: map[string][]genericDef{},
		fmtDerived: map[string]bool{}, fmtByHand: map[string]bool{}}
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
	for _, d := range append([]*AdtDef{
		{Name: "Option", Kind: AdtEnum, Generics: 1, VariantsKnown: true, Variants: []*VariantDef{tuple("None", 0), tuple("Some", 1, p(0))}},
		{Name: "Result", Kind: AdtEnum, Generics: 2, VariantsKnown: true, Variants: []*VariantDef{tuple("Ok", 0, p(0)), tuple("Err", 1, p(1))}},
		{Name: "Ordering", Kind: AdtEnum, VariantsKnown: true, Repr: Repr{Int: &i8t}, Variants: []*VariantDef{tuple("Less", -1), tuple("Equal", 0), tuple("Greater", 1)}},
		{Name: "NonZero", Generics: 1, ValidStart: &one, Variants: []*VariantDef{tuple("NonZero", 0, p(0))}},
		{Name: "NonNull", Generics: 1, ValidStart: &one, Repr: Repr{Transparent: true}, Variants: []*VariantDef{named(FieldDef{Name: "pointer", Param: 0, ConstPtr: true})}},
		{Name: "Range", Generics: 1, Variants: []*VariantDef{named(FieldDef{Name: "start", Param: 0}, FieldDef{Name: "end", Param: 0})}},
		{Name: "RangeInclusive", Generics: 1, Variants: []*VariantDef{named(FieldDef{Name: "start", Param: 0}, FieldDef{Name: "end", Param: 0}, FieldDef{Name: "exhausted", Ty: tyBool, Param: -1})}},
		{Name: "Wrapping", Generics: 1, Repr: Repr{Transparent: true}, Variants: []*VariantDef{tuple("Wrapping", 0, p(0))}},
		{Name: "ManuallyDrop", Generics: 1, Repr: Repr{Transparent: true}, Variants: []*VariantDef{named(FieldDef{Name: "value", Param: 0})}},
		{Name: "MaybeUninit", Kind: AdtUnion, Generics: 1, Variants: []*VariantDef{named(FieldDef{Name: "uninit", Ty: tyUnit, Param: -1}, FieldDef{Name: "value", Param: 0})}},
		{Name: "Infallible", Kind: AdtEnum, VariantsKnown: true},
		{Name: "PhantomData", Generics: 1, Variants: []*VariantDef{tuple("PhantomData", 0)}},
		{Name: "UnsafeCell", Generics: 1, Repr: Repr{NoNiche: true, Transparent: true}, Variants: []*VariantDef{named(FieldDef{Name: "value", Param: 0})}},
		{Name: "Cell", Generics: 1, Repr: Repr{NoNiche: true, Transparent: true}, Variants: []*VariantDef{named(FieldDef{Name: "value", Param: 0})}},
		{Name: "Box", Generics: 1, Pointer: true},
		{Name: "IntErrorKind", Kind: AdtEnum, VariantsKnown: true, Variants: []*VariantDef{tuple("Empty", 0), tuple("InvalidDigit", 1),
			tuple("PosOverflow", 2), tuple("NegOverflow", 3), tuple("Zero", 4)}},
		{Name: "ParseIntError", Variants: []*VariantDef{named(FieldDef{Name: "kind", Ty: tyIntErrorKind, Param: -1})}},
		{Name: "Utf8Error", Variants: []*VariantDef{named(FieldDef{Name: "valid_up_to", Ty: tyUsize, Param: -1},
			FieldDef{Name: "error_len", Ty: tyOptionU8, Param: -1})}},
		{Name: "Nanoseconds", ValidEnd: &maxNanos, Variants: []*VariantDef{tuple("Nanoseconds", 0, FieldDef{Ty: tyU32, Param: -1})}},
		{Name: "Duration", Variants: []*VariantDef{named(FieldDef{Name: "secs", Ty: tyU64, Param: -1},
			FieldDef{Name: "nanos", Ty: tyNanoseconds, Param: -1})}},
		// Arguments is kept as the &str of a literal panic message
		// (Arguments::from_str); its real layout is not observable here.
		// Formatter is a handle to the evaluator's formatter (fmtrun.go).
		{Name: "Formatter", Variants: []*VariantDef{named(FieldDef{Name: "handle", Ty: tyUsize, Param: -1})}},
		{Name: "DebugBuilder", Variants: []*VariantDef{named(FieldDef{Name: "handle", Ty: tyUsize, Param: -1})}},
		// Arguments::new keeps the template and args pointers.
		{Name: "Arguments", Variants: []*VariantDef{named(FieldDef{Name: "template", Ty: tyU8Ptr, Param: -1}, FieldDef{Name: "args", Ty: tyU8Ptr, Param: -1})}},
		// The debug builders are handles (fmtmir.go).
		{Name: "DebugStruct", Variants: []*VariantDef{named(FieldDef{Name: "handle", Ty: tyUsize, Param: -1})}},
		{Name: "DebugTuple", Variants: []*VariantDef{named(FieldDef{Name: "handle", Ty: tyUsize, Param: -1})}},
		{Name: "DebugList", Variants: []*VariantDef{named(FieldDef{Name: "handle", Ty: tyUsize, Param: -1})}},
		{Name: "DebugSet", Variants: []*VariantDef{named(FieldDef{Name: "handle", Ty: tyUsize, Param: -1})}},
		{Name: "DebugMap", Variants: []*VariantDef{named(FieldDef{Name: "handle", Ty: tyUsize, Param: -1})}},
	}, allocBuiltins()...) {
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
	tyBool        = &mir.Ty{Kind: mir.TyBool, Text: "bool"}
	tyUnit        = &mir.Ty{Kind: mir.TyTuple, Text: "()"}
	tyUsize       = &mir.Ty{Kind: mir.TyUint, Text: "usize"}
	tyU32         = &mir.Ty{Kind: mir.TyUint, Bits: 32, Text: "u32"}
	tyU64         = &mir.Ty{Kind: mir.TyUint, Bits: 64, Text: "u64"}
	tyNanoseconds = &mir.Ty{Kind: mir.TyAdt, Path: &mir.Path{Segs: []mir.PathSeg{{Name: "Nanoseconds"}}, Text: "Nanoseconds"}, Text: "Nanoseconds"}
	maxNanos      = mir.U128{Lo: 999_999_999}
	tyDuration    = &mir.Ty{Kind: mir.TyAdt, Path: &mir.Path{Segs: []mir.PathSeg{{Name: "Duration"}}, Text: "Duration"}, Text: "Duration"}
	tyOptionU8    = &mir.Ty{Kind: mir.TyAdt, Path: &mir.Path{Segs: []mir.PathSeg{{Name: "Option",
		Args: []*mir.Ty{{Kind: mir.TyUint, Bits: 8, Text: "u8"}}}}, Text: "Option<u8>"}, Text: "Option<u8>"}
	tyIntErrorKind = &mir.Ty{Kind: mir.TyAdt, Path: &mir.Path{Segs: []mir.PathSeg{{Name: "IntErrorKind"}}, Text: "IntErrorKind"}, Text: "IntErrorKind"}
	tyStrRef       = &mir.Ty{Kind: mir.TyRef, Elem: &mir.Ty{Kind: mir.TyStr, Text: "str"}, Text: "&str"}
)

// NormTy returns the canonical text of a type for ADT lookup: paths cut
// to their last segment (std::option::Option<u32> → Option<u32>),
// lifetimes dropped. It writes into one buffer, so its time is linear in
// the size of the type however deeply it nests.
func NormTy(t *mir.Ty) string {
	var b strings.Builder
	normTy(&b, t)
	return b.String()
}

func normTy(b *strings.Builder, t *mir.Ty) {
	if t == nil {
		b.WriteString("?")
		return
	}
	switch t.Kind {
	case mir.TyAdt:
		if t.Path == nil || len(t.Path.Segs) == 0 {
			b.WriteString(t.Text)
			return
		}
		seg := t.Path.Segs[len(t.Path.Segs)-1]
		b.WriteString(seg.Name)
		n := 0
		for _, a := range seg.Args {
			if a.Kind == mir.TyOther && strings.HasPrefix(a.Text, "'") {
				continue
			}
			if n == 0 {
				b.WriteString("<")
			} else {
				b.WriteString(", ")
			}
			normTy(b, a)
			n++
		}
		if n > 0 {
			b.WriteString(">")
		}
	case mir.TyRef:
		b.WriteString("&")
		if t.Mut {
			b.WriteString("mut ")
		}
		normTy(b, t.Elem)
	case mir.TyRawPtr:
		if t.Mut {
			b.WriteString("*mut ")
		} else {
			b.WriteString("*const ")
		}
		normTy(b, t.Elem)
	case mir.TySlice:
		b.WriteString("[")
		normTy(b, t.Elem)
		b.WriteString("]")
	case mir.TyArray:
		b.WriteString("[")
		normTy(b, t.Elem)
		b.WriteString("; ")
		if t.LenSet {
			b.WriteString(strconv.FormatInt(t.Len, 10))
		} else {
			b.WriteString(t.LenText)
		}
		b.WriteString("]")
	case mir.TyTuple:
		b.WriteString("(")
		for i, e := range t.Elems {
			if i > 0 {
				b.WriteString(", ")
			}
			normTy(b, e)
		}
		if len(t.Elems) == 1 {
			b.WriteString(",")
		}
		b.WriteString(")")
	default:
		b.WriteString(t.Text)
	}
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
	if d, args, ok := r.lookupExact(ty); ok {
		return d, args, true
	}
	if d, ok := r.instantiate(ty); ok {
		return d, nil, true
	}
	return nil, nil, false
}

// lookupExact finds the definition learned for exactly ty, or a builtin.
func (r *Registry) lookupExact(ty *mir.Ty) (*AdtDef, []*mir.Ty, bool) {
	if ty == nil || ty.Kind != mir.TyAdt {
		return nil, nil, false
	}
	if d := coreFmtDef(ty); d != nil {
		return d, adtArgs(ty), true
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

// instantiate builds the definition of a generic ADT at ty (Buf<3>) from
// the one learned for its generic form (Buf<N>, from a generic fn body
// or a derived impl), substituting the parameters.
func (r *Registry) instantiate(ty *mir.Ty) (*AdtDef, bool) {
	args := adtArgs(ty)
	if len(args) == 0 {
		return nil, false
	}
	for _, g := range r.generic[adtName(ty)] {
		params := adtArgs(g.ty)
		if len(params) != len(args) {
			continue
		}
		s := &subst{tys: map[string]*mir.Ty{}, consts: map[string]uint64{}, memo: map[*mir.Ty]*mir.Ty{}, reg: r}
		ok := true
		for i, p := range params {
			name, isParam := r.paramName(p)
			if !isParam {
				ok = false
				break
			}
			// A const argument (3, 3_usize) binds a const parameter,
			// whichever way the parameter was printed.
			if args[i].Kind == mir.TyOther {
				v, err := strconv.ParseUint(strings.TrimSuffix(args[i].Text, "_usize"), 10, 64)
				if err != nil {
					ok = false
					break
				}
				s.consts[name] = v
			} else if p.Kind == mir.TyOther {
				ok = false
				break
			} else {
				s.tys[name] = args[i]
			}
		}
		if !ok {
			continue
		}
		d := &AdtDef{Name: g.def.Name, Kind: g.def.Kind, Repr: g.def.Repr, VariantsKnown: g.def.VariantsKnown, Conflict: g.def.Conflict}
		for _, v := range g.def.Variants {
			nv := *v
			nv.Fields = make([]FieldDef, len(v.Fields))
			for i, f := range v.Fields {
				nv.Fields[i] = f
				nv.Fields[i].Ty = s.apply(f.Ty)
			}
			d.Variants = append(d.Variants, &nv)
		}
		r.defs[NormTy(ty)] = d
		return d, true
	}
	return nil, false
}

// paramName reports whether a generic argument of a learned type is a
// generic parameter (T, N): an identifier that names no known type.
func (r *Registry) paramName(a *mir.Ty) (string, bool) {
	switch a.Kind {
	case mir.TyOther:
		if isIdent(a.Text) {
			return a.Text, true
		}
	case mir.TyAdt:
		if name, ok := paramName(a); ok {
			if _, known := r.defs[NormTy(a)]; known {
				return "", false
			}
			if _, known := r.builtins[name]; known {
				return "", false
			}
			return name, true
		}
	}
	return "", false
}

// observed returns the definition of ty to fill in, creating it.
func (r *Registry) observed(ty *mir.Ty, kind AdtKind) *AdtDef {
	if d, _, ok := r.lookupExact(ty); ok {
		return d
	}
	d := &AdtDef{Name: adtName(ty), Kind: kind}
	if kind != AdtEnum {
		d.Variants = []*VariantDef{{Name: d.Name}}
	}
	r.defs[NormTy(ty)] = d
	if len(adtArgs(ty)) > 0 {
		r.generic[d.Name] = append(r.generic[d.Name], genericDef{ty: ty, def: d})
	}
	return d
}

// genericDef is a definition learned for a type with arguments, kept to
// instantiate others of the same ADT.
type genericDef struct {
	ty  *mir.Ty
	def *AdtDef
}

// IsBuiltin reports whether ty is one of core's ADTs known to the registry.
func (r *Registry) IsBuiltin(ty *mir.Ty) bool {
	_, ok := r.builtins[adtName(ty)]
	return ok
}

// FieldTy returns the type of field i of variant v of an ADT type.
func (r *Registry) FieldTy(ty *mir.Ty, v, i int) (*mir.Ty, bool) {
	d, args, ok := r.Lookup(ty)
	if !ok || v < 0 || i < 0 || v >= len(d.Variants) || i >= len(d.Variants[v].Fields) {
		return nil, false
	}
	f := d.Variants[v].Fields[i]
	if f.Param >= 0 && f.Ty == nil {
		if f.Param < len(args) {
			return f.paramTy(args), true
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

// maxLayoutDepth bounds the nesting of the types whose layout is
// computed (rustc 1.95 refuses types 128 deep: "queries overflow the
// depth limit!"; see docs/nesting.md).
const maxLayoutDepth = 256

func (r *Registry) layoutLocked(ty *mir.Ty, depth int) (*Layout, error) {
	if ty == nil {
		return nil, &ErrLayoutUnknown{Type: "?", Reason: "no type"}
	}
	if l, ok := r.layouts[ty]; ok {
		return l, nil
	}
	if depth > maxLayoutDepth {
		return nil, unknown(ty, "the type nests more than %d levels deep", maxLayoutDepth)
	}
	key := NormTy(ty)
	if l, ok := r.byText[key]; ok {
		r.layouts[ty] = l
		return l, nil
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
		if el.Size != 0 && uint64(ty.Len) > maxObjectSize/el.Size {
			return nil, &ErrLayoutTooBig{Type: ty.Text}
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
		l := structLayout(fs, Repr{}, kind, 0, nil, nil)
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
		// Unsized: the size and alignment are the vtable's (see dyn.go).
		return &Layout{Size: 0, Align: 1, Sized: false, Fields: FieldsArbitrary}, nil
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
	switch tail := r.unsizedTailLocked(pointee); {
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
				ft = f.paramTy(args)
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
		l = structLayout(variants[0], d.Repr, kind, 0, d.ValidStart, d.ValidEnd)
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
			l = structLayout(variants[present], d.Repr, alwaysSized, present, nil, nil)
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

// ---- learning definitions from MIR ----

// Learn records what a MIR body shows about ADTs: struct and variant
// fields from aggregates (`P { x: copy _1 }`, `Option::<u8>::Some(..)`),
// field types from projections (`(_1.0: u32)`, `((_1 as Some).0: u8)`),
// discriminants from `switchInt(discriminant(..))` arms and the variants
// they downcast to, and names, field names and variant order from derived
// Debug impls (`write_str(_2, const "Red")`,
// `debug_struct_field2_finish(_2, const "P", const "x", ..)`).
func (r *Registry) Learn(body *mir.Body) {
	if body == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	l := &learner{r: r, body: body, discrOf: map[mir.Local]mir.Place{}}
	for _, b := range body.Blocks {
		for _, st := range b.Stmts {
			l.stmt(st)
		}
		if b.Term != nil {
			l.term(b.Term)
		}
	}
	l.debugStruct()
	r.invalidateLocked()
}

type learner struct {
	r       *Registry
	body    *mir.Body
	discrOf map[mir.Local]mir.Place
}

func (l *learner) localTy(loc mir.Local) *mir.Ty {
	if int(loc) < len(l.body.Locals) && l.body.Locals[loc] != nil {
		return l.body.Locals[loc].Ty
	}
	return nil
}

// placeTy returns the type of a place (and the variant it is downcast
// to), recording the field types its projections show.
func (l *learner) placeTy(p mir.Place) (*mir.Ty, string) {
	ty := l.localTy(p.Local)
	variant := ""
	for _, pr := range p.Proj {
		if ty == nil {
			return nil, ""
		}
		switch pr.Kind {
		case mir.ProjDeref:
			switch {
			case ty.Kind == mir.TyRef || ty.Kind == mir.TyRawPtr:
				ty = ty.Elem
			case ty.Kind == mir.TyAdt && adtName(ty) == "Box" && len(adtArgs(ty)) > 0:
				ty = adtArgs(ty)[0]
			default:
				return nil, ""
			}
			variant = ""
		case mir.ProjField:
			if ty.Kind == mir.TyAdt && pr.Ty != nil {
				l.field(ty, variant, pr.Field, pr.Ty)
			}
			ty, variant = pr.Ty, ""
		case mir.ProjDowncast:
			variant = pr.Variant
			if ty.Kind == mir.TyAdt && variant != "" {
				l.variant(ty, variant)
			}
		case mir.ProjIndex, mir.ProjConstIndex:
			ty, variant = ty.Elem, ""
		case mir.ProjOpaqueCast, mir.ProjSubtype, mir.ProjUnwrapBinder:
			ty, variant = pr.Ty, ""
		}
	}
	return ty, variant
}

func (l *learner) operandTy(op mir.Operand) *mir.Ty {
	switch op.Kind {
	case mir.OpCopy, mir.OpMove:
		t, _ := l.placeTy(op.Place)
		return t
	case mir.OpConst:
		if op.Const != nil && op.Const.Ty == nil && op.Const.Kind == mir.ConstStr {
			return tyStrRef // const "n"
		}
		if op.Const != nil {
			return op.Const.Ty
		}
	}
	return nil
}

// def returns the definition to fill for ty; builtins are never changed.
func (l *learner) def(ty *mir.Ty, kind AdtKind) *AdtDef {
	if _, ok := l.r.builtins[adtName(ty)]; ok || l.r.declared[NormTy(ty)] || coreFmtDef(ty) != nil {
		return nil
	}
	d := l.r.observed(ty, kind)
	if kind == AdtEnum && d.Kind != AdtEnum && !d.Variants[0].FieldsKnown {
		d.Kind, d.Variants = AdtEnum, nil // first seen as a struct by a projection
	}
	return d
}

func (l *learner) variant(ty *mir.Ty, name string) *VariantDef {
	d := l.def(ty, AdtEnum)
	if d == nil || d.Kind != AdtEnum {
		return nil
	}
	if i := d.VariantByName(name); i >= 0 {
		return d.Variants[i]
	}
	v := &VariantDef{Name: name}
	d.Variants = append(d.Variants, v)
	return v
}

// maxLearnedFields bounds the field numbers learned from projections:
// a larger number (in edited or corrupted MIR) makes the type unknown
// rather than a struct of millions of fields.
const maxLearnedFields = 1 << 12

func (l *learner) field(ty *mir.Ty, variant string, i int, fty *mir.Ty) {
	var v *VariantDef
	if variant != "" {
		v = l.variant(ty, variant)
	} else if d := l.def(ty, AdtStruct); d != nil && d.Kind != AdtEnum {
		v = d.Variants[0]
	}
	if v == nil {
		return
	}
	if i >= maxLearnedFields {
		if d := l.def(ty, AdtStruct); d != nil {
			d.Conflict = fmt.Sprintf("`%s` has a field numbered %d, more than mirlsp learns from MIR", d.Name, i)
		}
		return
	}
	if v.FieldsKnown && i >= len(v.Fields) {
		l.conflict(ty)
		return
	}
	for len(v.Fields) <= i {
		v.Fields = append(v.Fields, FieldDef{Param: -1})
	}
	v.Fields[i].Ty = fty
}

// conflict marks ty as a probable union.
func (l *learner) conflict(ty *mir.Ty) {
	if d := l.def(ty, AdtStruct); d != nil {
		d.Conflict = "`" + d.Name + "` appears to be a union, whose fields MIR does not show by name and position"
	}
}

func (l *learner) stmt(st *mir.Stmt) {
	dest, _ := l.placeTy(st.Place)
	if st.Kind != mir.StmtAssign || st.Rvalue == nil {
		return
	}
	rv := st.Rvalue
	for _, op := range []mir.Operand{rv.A, rv.B} {
		l.operandTy(op)
	}
	l.placeTy(rv.Place)
	switch rv.Kind {
	case mir.RvDiscriminant:
		if len(st.Place.Proj) == 0 {
			l.discrOf[st.Place.Local] = rv.Place
		}
	case mir.RvAggregate:
		a := rv.Agg
		if a == nil || a.Kind != mir.AggAdt || dest == nil || dest.Kind != mir.TyAdt || a.Path == nil {
			return
		}
		var v *VariantDef
		if a.Path.Last() == adtName(dest) {
			if d := l.def(dest, AdtStruct); d != nil && d.Kind != AdtEnum {
				v = d.Variants[0]
			}
		} else {
			v = l.variant(dest, a.Path.Last())
		}
		if v == nil {
			return
		}
		v.Ctor = CtorUnit
		switch {
		case a.Named:
			v.Ctor = CtorNamed
		case len(a.Ops) > 0:
			v.Ctor = CtorTuple
		}
		if v.FieldsKnown && len(v.Fields) != len(a.Ops) || !v.FieldsKnown && len(v.Fields) > len(a.Ops) {
			l.conflict(dest)
			return
		}
		fields := make([]FieldDef, len(a.Ops))
		for i, op := range a.Ops {
			fields[i] = FieldDef{Ty: l.operandTy(op), Param: -1}
			if i < len(v.Fields) && fields[i].Ty == nil {
				fields[i].Ty = v.Fields[i].Ty
			}
			if a.Named && i < len(a.Fields) {
				fields[i].Name = a.Fields[i]
			}
		}
		v.Fields, v.FieldsKnown = fields, true
	}
}

// debugCall recognizes the Formatter calls of derived Debug impls and
// returns the printed name, the field names (struct form), the number of
// fields and the constructor kind.
// strs maps locals to the string constants assigned to them
// (`_3 = const "Red"`).
func debugCall(t *mir.Terminator, strs map[mir.Local]string) (name string, fields []string, n int, ctor CtorKind, ok bool) {
	if t == nil || t.Kind != mir.TermCall || t.Func.Kind != mir.OpConst || t.Func.Const == nil || t.Func.Const.Path == nil || len(t.Args) < 2 {
		return
	}
	str := func(op mir.Operand) (string, bool) {
		if op.Kind == mir.OpConst && op.Const != nil && op.Const.Kind == mir.ConstStr {
			return string(op.Const.Bytes), true
		}
		if (op.Kind == mir.OpCopy || op.Kind == mir.OpMove) && len(op.Place.Proj) == 0 {
			s, ok := strs[op.Place.Local]
			return s, ok
		}
		return "", false
	}
	name, ok = str(t.Args[1])
	if !ok {
		return
	}
	fn := t.Func.Const.Path.Last()
	switch {
	case fn == "write_str":
		return name, nil, 0, CtorUnit, true
	case strings.HasPrefix(fn, "debug_tuple_field") && strings.HasSuffix(fn, "_finish"):
		n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(fn, "debug_tuple_field"), "_finish"))
		return name, nil, n, CtorTuple, err == nil
	case strings.HasPrefix(fn, "debug_struct_field") && strings.HasSuffix(fn, "_finish"):
		n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(fn, "debug_struct_field"), "_finish"))
		for i := 0; err == nil && i < n && 2+2*i < len(t.Args); i++ {
			f, _ := str(t.Args[2+2*i])
			fields = append(fields, f)
		}
		return name, fields, n, CtorNamed, err == nil && len(fields) == n
	}
	return "", nil, 0, 0, false
}

func setDebugShape(v *VariantDef, fields []string, n int, ctor CtorKind) {
	v.Ctor = ctor
	for len(v.Fields) < n {
		v.Fields = append(v.Fields, FieldDef{Param: -1})
	}
	for i, f := range fields {
		v.Fields[i].Name = f
	}
	v.FieldsKnown = len(v.Fields) == n
}

// strConsts records `_N = const "..."` assignments of a block into m.
func strConsts(b *mir.Block, m map[mir.Local]string) {
	for _, st := range b.Stmts {
		if st.Kind == mir.StmtAssign && st.Rvalue != nil && st.Rvalue.Kind == mir.RvUse && len(st.Place.Proj) == 0 {
			if c := st.Rvalue.A.Const; st.Rvalue.A.Kind == mir.OpConst && c != nil && c.Kind == mir.ConstStr {
				m[st.Place.Local] = string(c.Bytes)
			}
		}
	}
}

// armDebugCall follows an arm from its block through gotos to the
// Formatter call of a derived Debug impl.
func (l *learner) armDebugCall(bb mir.BlockID) (name string, fields []string, n int, ctor CtorKind, ok bool) {
	strs := map[mir.Local]string{}
	for hop := 0; hop < 4 && int(bb) >= 0 && int(bb) < len(l.body.Blocks); hop++ {
		b := l.body.Blocks[bb]
		strConsts(b, strs)
		if b.Term == nil {
			return
		}
		if b.Term.Kind != mir.TermGoto {
			return debugCall(b.Term, strs)
		}
		bb = b.Term.Target
	}
	return
}

// term learns discriminants from a switchInt on discriminant(place).
func (l *learner) term(t *mir.Terminator) {
	if t.Kind != mir.TermSwitchInt || (t.Discr.Kind != mir.OpCopy && t.Discr.Kind != mir.OpMove) || len(t.Discr.Place.Proj) != 0 {
		return
	}
	base, ok := l.discrOf[t.Discr.Place.Local]
	if !ok {
		return
	}
	ty, _ := l.placeTy(base)
	if ty == nil || ty.Kind != mir.TyAdt {
		return
	}
	if _, builtin := l.r.builtins[adtName(ty)]; builtin {
		return
	}
	dt := l.localTy(t.Discr.Place.Local)
	names := make([]string, len(t.Arms))
	allDebug := true
	for i, arm := range t.Arms {
		if int(arm.Target) >= len(l.body.Blocks) {
			return
		}
		b := l.body.Blocks[arm.Target]
		// The variant this arm downcasts to: a downcast of a place of the
		// switched type (not `(x as Some)` of the Option around it in
		// `discriminant(((x as Some).0: E))`).
		for _, st := range b.Stmts {
			if st.Kind == mir.StmtAssign && st.Rvalue != nil {
				for _, p := range []mir.Place{st.Rvalue.Place, st.Rvalue.A.Place, st.Rvalue.B.Place} {
					for k, pr := range p.Proj {
						if pr.Kind != mir.ProjDowncast || pr.Variant == "" || names[i] != "" {
							continue
						}
						if pt, _ := l.placeTy(mir.Place{Local: p.Local, Proj: p.Proj[:k]}); pt != nil && NormTy(pt) == NormTy(ty) {
							names[i] = pr.Variant
						}
					}
				}
			}
		}
		name, fields, n, ctor, isDebug := l.armDebugCall(arm.Target)
		if isDebug {
			names[i] = name
			if v := l.variant(ty, name); v != nil {
				setDebugShape(v, fields, n, ctor)
			}
		}
		allDebug = allDebug && isDebug
		if names[i] == "" {
			continue
		}
		if v := l.variant(ty, names[i]); v != nil {
			v.Discr, v.discrKnown = arm.Value, true
		}
	}
	d := l.def(ty, AdtEnum)
	if d == nil || d.Kind != AdtEnum {
		return
	}
	if it, ok := IntTyOf(dt); ok && it != Isize {
		d.Repr.Int = &it
	}
	// A derived Debug impl matches every variant in declaration order and
	// its otherwise arm is unreachable: that fixes the variant list.
	exhaustive := int(t.Otherwise) >= 0 && int(t.Otherwise) < len(l.body.Blocks) &&
		l.body.Blocks[t.Otherwise].Term != nil && l.body.Blocks[t.Otherwise].Term.Kind == mir.TermUnreachable
	if allDebug && exhaustive && len(names) > 0 {
		ordered := make([]*VariantDef, len(names))
		for i, n := range names {
			ordered[i] = d.Variants[d.VariantByName(n)]
		}
		if len(ordered) == len(d.Variants) {
			d.Variants, d.VariantsKnown = ordered, true
		}
	}
}

// debugStruct learns a struct's field names from a derived Debug impl
// body `fn fmt(_1: &P, _2: &mut Formatter)` without a switch.
func (l *learner) debugStruct() {
	if l.body.ArgCount != 2 {
		return
	}
	self := l.localTy(1)
	if self == nil || self.Kind != mir.TyRef || self.Elem == nil || self.Elem.Kind != mir.TyAdt {
		return
	}
	ty := self.Elem
	strs := map[mir.Local]string{}
	for _, b := range l.body.Blocks {
		strConsts(b, strs)
	}
	derived := false
	for _, b := range l.body.Blocks {
		name, fields, n, ctor, ok := debugCall(b.Term, strs)
		derived = derived || ok || manyFieldsDebugCall(b.Term)
		if !ok || name != adtName(ty) {
			continue
		}
		if d := l.def(ty, AdtStruct); d != nil && d.Kind != AdtEnum {
			setDebugShape(d.Variants[0], fields, n, ctor)
		}
	}
	if f := l.localTy(2); f != nil && f.Kind == mir.TyRef && adtName(f.Elem) == "Formatter" {
		if derived {
			l.r.fmtDerived[adtName(ty)] = true
		} else {
			l.r.fmtByHand[adtName(ty)] = true
		}
	}
}

// manyFieldsDebugCall reports a derived Debug call for more than five
// fields (`debug_struct_fields_finish(_2, const "P", names, values)`).
func manyFieldsDebugCall(t *mir.Terminator) bool {
	if t == nil || t.Kind != mir.TermCall || t.Func.Kind != mir.OpConst || t.Func.Const == nil || t.Func.Const.Path == nil {
		return false
	}
	fn := t.Func.Const.Path.Last()
	return fn == "debug_struct_fields_finish" || fn == "debug_tuple_fields_finish"
}

// debugByHand reports whether the only fmt bodies the program shows for
// ADTs named name are not derived Debug impls: its Debug output (if it
// has Debug) is whatever hand-written code prints, not the derived form.
func (r *Registry) debugByHand(name string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.fmtByHand[name] && !r.fmtDerived[name]
}
