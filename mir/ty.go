// ty.go holds types and paths as MIR prints them.

package mir

// TyKind classifies a type.
type TyKind uint8

const (
	TyBool TyKind = iota
	TyChar
	TyInt   // i8..i128, isize (Bits 0 = pointer-sized)
	TyUint  // u8..u128, usize (Bits 0 = pointer-sized)
	TyFloat // f16, f32, f64, f128
	TyStr
	TyNever
	TyTuple     // Elems; () is the empty tuple
	TyArray     // [Elem; Len]
	TySlice     // [Elem]
	TyRef       // &Elem, &mut Elem
	TyRawPtr    // *const Elem, *mut Elem
	TyFnPtr     // fn(Elems...) -> Ret, possibly `unsafe`/`extern "C"` (Prefix)
	TyFnDef     // fn(..) -> R {path}: the ZST type of a fn item
	TyAdt       // Path with generic Args (also generic params such as T)
	TyClosure   // {closure@file:l:c: l:c}, {coroutine@...}, [closure@...], {async ... }
	TyDyn       // dyn Trait [+ ...]
	TyQualified // <T as Trait>::Name (an associated type projection)
	TyOther     // anything else, kept as text (impl Trait, pattern types, ...)
)

// Ty is a type. Types are interned per file by their Text, so two equal
// types of one file are the same pointer.
type Ty struct {
	Kind TyKind
	// Bits is the width of ints and floats; 0 means isize/usize.
	Bits   int
	Mut    bool // &mut / *mut
	Elem   *Ty  // Array, Slice, Ref, RawPtr
	Len    int64
	LenSet bool   // Len is a literal; otherwise LenText holds it (const N, _)
	Elems  []*Ty  // Tuple elements, FnPtr/FnDef parameters
	Ret    *Ty    // FnPtr/FnDef return
	Path   *Path  // Adt path (with generic args in its segments), FnDef item, Qualified
	Prefix string // FnPtr qualifiers: `unsafe `, `extern "C" `, `for<'a> `
	// Text is the canonical printed form (what the printer writes back).
	Text string
	// LenText is the printed array length when it is not a plain integer.
	LenText string
}

func (t *Ty) String() string {
	if t == nil {
		return "?"
	}
	return t.Text
}

// IsUnit reports whether t is ().
func (t *Ty) IsUnit() bool { return t != nil && t.Kind == TyTuple && len(t.Elems) == 0 }

// IsInteger reports whether t is a signed or unsigned integer type.
func (t *Ty) IsInteger() bool { return t != nil && (t.Kind == TyInt || t.Kind == TyUint) }

// Path is an item or value path such as `core::num::<impl u32>::pow`,
// `Option::<u8>::Some`, `<u8 as Tr>::m` or `SUM::promoted[0]`.
type Path struct {
	Segs []PathSeg
	// Text is the path exactly as printed.
	Text string
}

// PathSeg is one `::`-separated part of a path.
type PathSeg struct {
	// Name is the identifier, or the bracketed form of a special segment:
	// "<impl u32>", "<impl at a.rs:1:1: 1:9>", "{constant#0}",
	// "{closure#0}", "promoted[0]", or for a qualified self "<u8 as Tr>".
	Name string
	// Args are turbofish or angle generic arguments (types, lifetimes
	// and const args are kept as types of kind TyOther).
	Args []*Ty
	// QSelf and QTrait are set for a qualified segment <QSelf as QTrait>.
	QSelf  *Ty
	QTrait *Path
}

// Last returns the name of the last segment.
func (p *Path) Last() string {
	if p == nil || len(p.Segs) == 0 {
		return ""
	}
	return p.Segs[len(p.Segs)-1].Name
}

func (p *Path) String() string {
	if p == nil {
		return ""
	}
	return p.Text
}
