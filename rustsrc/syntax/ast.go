// ast.go defines the syntax tree: files, items, expressions, statements,
// patterns, types, paths, generics, attributes and token trees.

package syntax

// Node is any syntax tree node. NodeSpan is the byte span of its text.
type Node interface{ NodeSpan() Span }

// Spanned is embedded in every node; its Span field is the node's span.
type Spanned struct{ Span Span }

// NodeSpan returns the span of the node.
func (s *Spanned) NodeSpan() Span { return s.Span }

// Ident is a name with its span. Raw is set for r#name.
type Ident struct {
	Name string
	Span Span
	Raw  bool
}

// Label is a loop or block label or a lifetime: 'a (Name includes the quote).
type Label = Ident

// ---- Files, attributes, token trees ----

// File is a parsed source file.
type File struct {
	Spanned
	Attrs []*Attr // inner attributes #![...] and //! comments
	Items []Item
	Lines *Lines
}

// Attr is an attribute #[path tokens] or #![...], or a doc comment.
type Attr struct {
	Spanned
	Inner bool
	// Doc is set for doc comments; DocText is their text (without markers).
	Doc     bool
	DocText string
	Path    *Path       // nil for doc comments
	Args    []TokenTree // the tokens after the path: (..) or = expr
}

// Delim is the delimiter of a token tree group.
type Delim uint8

const (
	NoDelim      Delim = iota
	DelimParen         // ( )
	DelimBracket       // [ ]
	DelimBrace         // { }
)

// TokenTree is a single token (Delim == NoDelim) or a delimited group of
// token trees. Its Span covers the delimiters.
type TokenTree struct {
	Tok   Token
	Delim Delim
	Trees []TokenTree
	Span  Span
}

// MacCall is a macro invocation path!(tokens), path![..] or path!{..}.
type MacCall struct {
	Spanned
	Path  *Path
	Delim Delim
	Args  []TokenTree // inside the delimiters
}

// ---- Paths and generics ----

// Path is a::b::<T>::c, with an optional leading :: and qualified self type.
type Path struct {
	Spanned
	Global   bool   // leading ::
	QSelf    *QSelf // <T as Trait>::rest or <T>::rest
	Segments []*PathSegment
}

// QSelf is the qualifier of a qualified path: <Type as Trait> or <Type>.
type QSelf struct {
	Spanned
	Type  Type
	Trait *Path // nil for <Type>::x
}

// PathSegment is one name of a path with optional generic arguments.
type PathSegment struct {
	Spanned
	Name Ident
	Args *GenericArgs
}

// GenericArgs are <A, 'b, N, Item = T, Iter: Bound> or the parenthesized
// sugar (A, B) -> C of Fn traits.
type GenericArgs struct {
	Spanned
	Paren  bool
	Args   []GenericArg // angle-bracketed arguments
	Inputs []Type       // for Paren
	Output Type         // for Paren; nil if none
}

// GenericArg is a generic argument: *LifetimeArg, *TypeArg, *ConstArg, *AssocArg.
type GenericArg interface {
	Node
	genericArg()
}

// LifetimeArg is a lifetime argument 'a.
type LifetimeArg struct {
	Spanned
	Lifetime Label
}

// TypeArg is a type argument. Bare names (Foo<N>) are type args even if
// they name consts; resolution decides.
type TypeArg struct {
	Spanned
	Type Type
}

// ConstArg is a const argument: a literal, -literal or {block}.
type ConstArg struct {
	Spanned
	Expr Expr
}

// AssocArg is an associated item binding: Item = T, N = 3, Item: Bound.
type AssocArg struct {
	Spanned
	Name   Ident
	Args   *GenericArgs // Item<'a> = T
	Type   Type         // = Type, or nil
	Const  Expr         // = {expr} or = literal, or nil
	Bounds []Bound      // : Bounds
}

func (*LifetimeArg) genericArg() {}
func (*TypeArg) genericArg()     {}
func (*ConstArg) genericArg()    {}
func (*AssocArg) genericArg()    {}

// Generics are the generic parameters and where clause of an item.
type Generics struct {
	Spanned
	Params []*GenericParam
	Where  []*WherePredicate
}

// GenericParamKind is the kind of a generic parameter.
type GenericParamKind uint8

const (
	LifetimeParam GenericParamKind = iota // 'a: 'b
	TypeParam                             // T: Bound = Default
	ConstParam                            // const N: usize = 3
)

// GenericParam is one generic parameter.
type GenericParam struct {
	Spanned
	Attrs        []*Attr
	Kind         GenericParamKind
	Name         Ident // includes the quote for lifetimes
	Bounds       []Bound
	Type         Type // type of a const parameter
	Default      Type // default of a type parameter
	DefaultConst Expr // default of a const parameter
}

// WherePredicate is T: Bounds (with optional for<'a>) or 'a: 'b + 'c.
type WherePredicate struct {
	Spanned
	ForLifetimes []*GenericParam
	Type         Type  // nil for a lifetime predicate
	Lifetime     Label // for a lifetime predicate
	Bounds       []Bound
}

// Bound is a trait or lifetime bound: *TraitBound, *LifetimeBound, *UseBound.
type Bound interface {
	Node
	bound()
}

// BoundModifier qualifies a trait bound.
type BoundModifier uint8

const (
	BoundNone       BoundModifier = iota
	BoundMaybe                    // ?Sized
	BoundNegative                 // !Trait
	BoundConst                    // const Trait
	BoundMaybeConst               // ~const Trait
	BoundAsync                    // async Fn()
)

// TraitBound is a trait bound such as for<'a> ?Sized or Fn(&'a u8).
type TraitBound struct {
	Spanned
	Modifier     BoundModifier
	ForLifetimes []*GenericParam
	Path         *Path
	Paren        bool
}

// LifetimeBound is a lifetime bound 'a.
type LifetimeBound struct {
	Spanned
	Lifetime Label
}

// UseBound is a precise capturing bound use<'a, T>.
type UseBound struct {
	Spanned
	Args []Ident
}

func (*TraitBound) bound()    {}
func (*LifetimeBound) bound() {}
func (*UseBound) bound()      {}

// ---- Visibility ----

// VisKind is the kind of a visibility.
type VisKind uint8

const (
	VisInherited VisKind = iota // no pub
	VisPub                      // pub
	VisCrate                    // pub(crate)
	VisSelf                     // pub(self)
	VisSuper                    // pub(super)
	VisIn                       // pub(in path)
)

// Visibility is an item or field's visibility; an inherited one has an
// empty span.
type Visibility struct {
	Spanned
	Kind VisKind
	Path *Path // for VisIn
}

func (k GenericParamKind) String() string { return [...]string{"lifetime", "type", "const"}[k] }
func (m BoundModifier) String() string {
	return [...]string{"none", "?", "!", "const", "~const", "async"}[m]
}
