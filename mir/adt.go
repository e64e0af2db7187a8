package mir

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

// AdtDecl is the declaration of a struct, enum or union as the source
// shows it (a front end that reads Rust knows its ADTs exactly; MIR text
// shows them only through their uses).
type AdtDecl struct {
	// Ty is the type as MIR bodies name it (its Text is what locals print).
	Ty       *Ty
	Kind     AdtKind
	Variants []*VariantDecl // a struct or union has one, named like the type
	Repr     ReprDecl
	Span     Span
	// FmtWhy says why a hand-written formatting impl cannot be run, by
	// trait (the trait's impl is then neither in FmtFns nor derived).
	FmtWhy map[string]string
	// FmtFns holds the formatting impls lowered to MIR fns, by trait
	// (fmt(&self, &mut Formatter) -> fmt::Result), which the evaluator runs.
	FmtFns map[string]*Item
}

// VariantDecl is one variant (the only one of a struct or union).
type VariantDecl struct {
	Name   string
	Discr  U128 // the discriminant in two's complement of the enum's discriminant type
	Ctor   CtorKind
	Fields []FieldDecl
}

// FieldDecl is one field; Name is "0", "1", ... for tuple fields.
type FieldDecl struct {
	Name string
	Ty   *Ty
}

// ReprDecl is an ADT's #[repr] attribute.
type ReprDecl struct {
	C           bool
	Int         *Ty // repr(u8), repr(i32), ...
	Transparent bool
	Packed      uint64 // repr(packed(N)); 0 = not packed
	Align       uint64 // repr(align(N)); 0 = none
}
