// ast_item.go defines items: fns, consts, statics, ADTs, traits, impls,
// modules, uses, extern blocks and macro items.

package syntax

// Item is a top-level or nested item. Every item embeds ItemBase.
type Item interface {
	Node
	Base() *ItemBase
}

// ItemBase holds what every item has: outer attributes, visibility and
// the span of the whole item, attributes included.
type ItemBase struct {
	Spanned
	Attrs []*Attr
	Vis   Visibility
}

// Base returns the common part of an item.
func (b *ItemBase) Base() *ItemBase { return b }

// FnHeader holds a fn's qualifiers: const async unsafe safe extern "abi".
type FnHeader struct {
	Const, Async, Unsafe, Safe bool
	Extern                     bool
	Abi                        *Lit // extern "C"; nil if none
}

// SelfKind is the form of a self parameter.
type SelfKind uint8

const (
	SelfValue    SelfKind = iota // self, mut self
	SelfRef                      // &self, &'a mut self
	SelfExplicit                 // self: Type
)

// SelfParam is a method's self parameter.
type SelfParam struct {
	Spanned
	Attrs    []*Attr
	Kind     SelfKind
	Lifetime *Label // for SelfRef
	Mut      bool   // mut self or &mut self
	Type     Type   // for SelfExplicit
}

// Param is a fn parameter pat: Type. In a fn pointer type or a bodiless
// trait fn the pattern may be absent (nil).
type Param struct {
	Spanned
	Attrs []*Attr
	Pat   Pat
	Type  Type
}

// Fn is a fn item, in a module, impl, trait or extern block.
type Fn struct {
	ItemBase
	Default  bool // default fn (specialization)
	Header   FnHeader
	Name     Ident
	Generics *Generics
	Self     *SelfParam // nil for a plain fn
	Params   []*Param
	Variadic *Param // C-variadic `...` or `args: ...`
	Ret      Type   // nil for ()
	Body     *Block // nil for `;`
}

// Const is const NAME: Type = expr; (Value nil in traits). Name may be _.
type Const struct {
	ItemBase
	Default  bool
	Name     Ident
	Generics *Generics
	Type     Type
	Value    Expr
}

// Static is static [mut] NAME: Type = expr; (Value nil in extern blocks).
type Static struct {
	ItemBase
	Safety string // "", "safe" or "unsafe" (extern blocks)
	Mut    bool
	Name   Ident
	Type   Type
	Value  Expr
}

// VariantKind is the shape of a struct, union or enum variant.
type VariantKind uint8

const (
	UnitVariant   VariantKind = iota // S;   V
	TupleVariant                     // S(A, B);   V(A)
	StructVariant                    // S { a: A }   V { a: A }
)

// FieldDef is a field of a struct, union or variant. Name is empty for
// tuple fields.
type FieldDef struct {
	Spanned
	Attrs   []*Attr
	Vis     Visibility
	Unsafe  bool
	Name    Ident
	Type    Type
	Default Expr // field default values (unstable)
}

// Struct is a struct item.
type Struct struct {
	ItemBase
	Name     Ident
	Generics *Generics
	Kind     VariantKind
	Fields   []*FieldDef
}

// Union is a union item (always with named fields).
type Union struct {
	ItemBase
	Name     Ident
	Generics *Generics
	Fields   []*FieldDef
}

// Variant is an enum variant with an optional discriminant.
type Variant struct {
	Spanned
	Attrs        []*Attr
	Vis          Visibility
	Name         Ident
	Kind         VariantKind
	Fields       []*FieldDef
	Discriminant Expr
}

// Enum is an enum item.
type Enum struct {
	ItemBase
	Name     Ident
	Generics *Generics
	Variants []*Variant
}

// TypeAlias is type Name<G>: Bounds where .. = Type; (Type nil in traits).
type TypeAlias struct {
	ItemBase
	Default  bool
	Name     Ident
	Generics *Generics
	Bounds   []Bound
	Type     Type
}

// Trait is a trait item; Items are its associated items.
type Trait struct {
	ItemBase
	Unsafe, Auto bool
	Name         Ident
	Generics     *Generics
	Supertraits  []Bound
	Alias        bool // trait A = B; (unstable)
	InnerAttrs   []*Attr
	Items        []Item
}

// Impl is an inherent or trait impl block.
type Impl struct {
	ItemBase
	Default    bool
	Unsafe     bool
	Const      bool // impl const Trait (unstable)
	Generics   *Generics
	Negative   bool  // impl !Trait for T
	Trait      *Path // nil for an inherent impl
	SelfType   Type
	InnerAttrs []*Attr
	Items      []Item
}

// Mod is mod name; (Inline false) or mod name { items }.
type Mod struct {
	ItemBase
	Unsafe     bool
	Name       Ident
	Inline     bool
	InnerAttrs []*Attr
	Items      []Item
}

// UseTreeKind is the form of a use tree.
type UseTreeKind uint8

const (
	UseSimple UseTreeKind = iota // a::b [as c]
	UseGlob                      // a::*
	UseGroup                     // a::{b, c}
)

// UseTree is one tree of a use item. Prefix may be empty (use {a, b};).
type UseTree struct {
	Spanned
	Prefix *Path
	Kind   UseTreeKind
	Rename *Ident // as name (may be _)
	Trees  []*UseTree
}

// Use is a use item.
type Use struct {
	ItemBase
	Tree *UseTree
}

// ExternCrate is extern crate name [as rename];
type ExternCrate struct {
	ItemBase
	Name   Ident
	Rename *Ident
}

// ExternBlock is [unsafe] extern "abi" { foreign items }.
type ExternBlock struct {
	ItemBase
	Unsafe     bool
	Abi        *Lit
	InnerAttrs []*Attr
	Items      []Item
}

// MacroRules is a macro_rules! definition; Body is the delimited group.
type MacroRules struct {
	ItemBase
	Name Ident
	Body TokenTree
}

// MacroDef is a macros 2.0 definition (unstable): macro name(..) {..}.
type MacroDef struct {
	ItemBase
	Name Ident
	Body []TokenTree
}

// MacroItem is a macro invocation in item position.
type MacroItem struct {
	ItemBase
	Mac *MacCall
}

// BadItem is an item that failed to parse; Span covers the skipped text.
type BadItem struct {
	ItemBase
}

func (k SelfKind) String() string    { return [...]string{"value", "ref", "explicit"}[k] }
func (k VariantKind) String() string { return [...]string{"unit", "tuple", "struct"}[k] }
func (k UseTreeKind) String() string { return [...]string{"simple", "glob", "group"}[k] }
