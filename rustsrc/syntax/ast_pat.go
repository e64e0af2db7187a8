// ast_pat.go defines patterns and types.

package syntax

// Pat is a pattern.
type Pat interface {
	Node
	patNode()
}

// WildPat is _.
type WildPat struct{ Spanned }

// RestPat is .. inside a tuple, tuple-struct or slice pattern.
type RestPat struct{ Spanned }

// IdentPat is [ref] [mut] name [@ sub]. A lone name may turn out to be a
// constant or unit struct; resolution decides.
type IdentPat struct {
	Spanned
	ByRef bool
	Mut   bool
	Name  Ident
	Sub   Pat
}

// LitPat is a literal pattern (Expr is a *Lit or a negated *Lit) or a
// const block.
type LitPat struct {
	Spanned
	Expr Expr
}

// RangePat is lo..=hi, lo.., ..=hi or lo..hi. Ends are *Lit, negated
// literals or *PathExpr; either may be nil.
type RangePat struct {
	Spanned
	Lo, Hi Expr
	Closed bool
}

// PathPat is a path pattern: None, Color::Red, <T>::C.
type PathPat struct {
	Spanned
	Path *Path
}

// TuplePat is (a, b, ..).
type TuplePat struct {
	Spanned
	Elems []Pat
}

// TupleStructPat is Path(a, .., b).
type TupleStructPat struct {
	Spanned
	Path  *Path
	Elems []Pat
}

// FieldPat is one field of a struct pattern; Shorthand for `S { ref x }`.
type FieldPat struct {
	Spanned
	Attrs     []*Attr
	Name      Ident
	Pat       Pat
	Shorthand bool
}

// StructPat is Path { a, b: p, .. }.
type StructPat struct {
	Spanned
	Path   *Path
	Fields []*FieldPat
	Rest   bool
}

// SlicePat is [a, rest @ .., b].
type SlicePat struct {
	Spanned
	Elems []Pat
}

// OrPat is a | b | c.
type OrPat struct {
	Spanned
	Alts []Pat
}

// RefPat is &pat or &mut pat.
type RefPat struct {
	Spanned
	Mut bool
	Pat Pat
}

// BoxPat is box pat (unstable).
type BoxPat struct {
	Spanned
	Pat Pat
}

// ParenPat is (pat).
type ParenPat struct {
	Spanned
	Pat Pat
}

// MacPat is a macro invocation in pattern position.
type MacPat struct {
	Spanned
	Mac *MacCall
}

func (*WildPat) patNode()        {}
func (*RestPat) patNode()        {}
func (*IdentPat) patNode()       {}
func (*LitPat) patNode()         {}
func (*RangePat) patNode()       {}
func (*PathPat) patNode()        {}
func (*TuplePat) patNode()       {}
func (*TupleStructPat) patNode() {}
func (*StructPat) patNode()      {}
func (*SlicePat) patNode()       {}
func (*OrPat) patNode()          {}
func (*RefPat) patNode()         {}
func (*BoxPat) patNode()         {}
func (*ParenPat) patNode()       {}
func (*MacPat) patNode()         {}

// Type is a type.
type Type interface {
	Node
	typeNode()
}

// PathType is a path type: u8, Vec<T>, <T as Tr>::Out, Self.
type PathType struct {
	Spanned
	Path *Path
}

// RefType is &'a mut T.
type RefType struct {
	Spanned
	Lifetime *Label
	Mut      bool
	Elem     Type
}

// PtrType is *const T or *mut T.
type PtrType struct {
	Spanned
	Mut  bool
	Elem Type
}

// ArrayType is [T; N].
type ArrayType struct {
	Spanned
	Elem Type
	Len  Expr
}

// SliceType is [T].
type SliceType struct {
	Spanned
	Elem Type
}

// TupleType is (), (T,) or (A, B).
type TupleType struct {
	Spanned
	Elems []Type
}

// ParenType is (T).
type ParenType struct {
	Spanned
	Elem Type
}

// FnPtrType is [for<'a>] [unsafe] [extern "abi"] fn(params) -> Ret.
type FnPtrType struct {
	Spanned
	ForLifetimes []*GenericParam
	Unsafe       bool
	Extern       bool
	Abi          *Lit
	Params       []*Param
	Variadic     bool
	Ret          Type
}

// ImplTraitType is impl Bounds.
type ImplTraitType struct {
	Spanned
	Bounds []Bound
}

// TraitObjectType is dyn Bounds (Dyn false for a bare `Trait + Send`).
type TraitObjectType struct {
	Spanned
	Dyn    bool
	Bounds []Bound
}

// NeverType is !.
type NeverType struct{ Spanned }

// InferType is _.
type InferType struct{ Spanned }

// MacType is a macro invocation in type position.
type MacType struct {
	Spanned
	Mac *MacCall
}

func (*PathType) typeNode()        {}
func (*RefType) typeNode()         {}
func (*PtrType) typeNode()         {}
func (*ArrayType) typeNode()       {}
func (*SliceType) typeNode()       {}
func (*TupleType) typeNode()       {}
func (*ParenType) typeNode()       {}
func (*FnPtrType) typeNode()       {}
func (*ImplTraitType) typeNode()   {}
func (*TraitObjectType) typeNode() {}
func (*NeverType) typeNode()       {}
func (*InferType) typeNode()       {}
func (*MacType) typeNode()         {}
