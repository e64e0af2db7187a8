// Package mir is the intermediate representation shared by every stage of
// mirlsp: the MIR text parser (mirparse), the Rust front end (rustsrc) and
// the evaluator (eval).
//
// It mirrors rustc's textual MIR closely: a File holds Items (fns, consts,
// statics, promoteds, anon consts), each with a Body of local declarations
// and basic blocks; blocks hold Stmts and end in a Terminator; statements
// assign Rvalues built from Operands, Places and Consts. Every node carries
// the byte Span of the text it came from, so an error found anywhere later
// can be shown where the user wrote it.
//
// Names are resolved once, after parsing (see the Resolve fields, set by
// mirparse.Resolve): locals and blocks are small integers, callees and
// referenced consts point at their Item, allocation references at their
// Alloc. The evaluator therefore never looks a name up while it runs.
//
// This package imports nothing else of mirlsp.
package mir

import "sync"

import "strconv"

// Span is a half-open byte range [Start, End) in the source text.
type Span struct{ Start, End int }

// Join returns the smallest span covering s and t.
func (s Span) Join(t Span) Span {
	if t.Start < s.Start {
		s.Start = t.Start
	}
	if t.End > s.End {
		s.End = t.End
	}
	return s
}

// File is one parsed MIR document.
type File struct {
	Name  string
	Items []*Item
	// Allocs holds every allocation dump of the file by its id (allocN).
	Allocs map[int]*Alloc
	// Adts declares the structs, enums and unions of the file (set by
	// the Rust front end; MIR text leaves it empty).
	Adts []*AdtDecl
}

// ItemKind is what an item header declares.
type ItemKind uint8

const (
	ItemFn        ItemKind = iota // fn f(_1: T) -> R
	ItemConst                     // const X: T
	ItemStatic                    // static X: T
	ItemStaticMut                 // static mut X: T
	ItemPromoted                  // const X::promoted[N]: T
	ItemAnonConst                 // X::{constant#N}: T (with or without `const`)
)

var itemKindNames = [...]string{"fn", "const", "static", "static mut", "promoted", "anon-const"}

func (k ItemKind) String() string { return itemKindNames[k] }

// IsData reports whether the item is evaluated to a value (not a fn).
func (k ItemKind) IsData() bool { return k != ItemFn }

// Item is one body or one trivial const of a MIR file.
type Item struct {
	Kind ItemKind
	// Name is the header path exactly as printed: "FOO",
	// "SUM::promoted[0]", "Foo::{constant#0}", "<impl at a.rs:6:1: 6:7>::C".
	Name string
	// Path is Name parsed into segments (for promoteds, the parent's path).
	Path *Path
	// Promoted is N of X::promoted[N], or -1.
	Promoted int
	// ConstKeyword records whether an anon const header began with `const`.
	ConstKeyword bool
	// CTFE marks a body printed after `// MIR FOR CTFE` (mir_for_ctfe).
	CTFE bool
	// Dump is the `// MIR for `x` after PASS` header line of -Zdump-mir
	// output ("" otherwise), kept verbatim without the leading "// ".
	Dump string
	// DumpHeader holds `| ...` header lines of a dump, verbatim.
	DumpHeader []string
	// Ty is the declared type of a data item (nil for fns).
	Ty *Ty
	// Ret is a fn's return type as its signature prints it (trimmed
	// paths: `Result<(), std::fmt::Error>`), which can differ from the
	// text of Locals[0].Ty (`let mut _0: std::result::Result<...>`).
	// Nil for data items; the printer then falls back to Locals[0].Ty.
	Ret *Ty
	// Trivial is the value of a one-line trivial const
	// (`const S: &str = const "hello";`); Body is nil then.
	Trivial *Const
	Body    *Body
	// Allocs are the allocation dumps printed after this item, in order.
	Allocs []*Alloc

	Span     Span // the whole item
	NameSpan Span // the header path
	// HeadSpan, when set, is the declaration up to the end of its type
	// (`pub const R: &u32`), where rustc puts a validation error; the
	// Rust front end sets it.
	HeadSpan Span
	// Hidden, when set, says why the item's value is not shown (rustc
	// prints it from what only the running program knows, such as a fn
	// pointer's address): the item is evaluated, so its errors are
	// reported, but a successful evaluation is reported as not
	// evaluated for this reason. The Rust front end sets it.
	Hidden string

	// Resolve: set by mirparse.Resolve.
	// Parent is the item a promoted belongs to; Promoteds its promoteds.
	Parent    *Item
	Promoteds []*Item
}

// Body is a function or constant body.
type Body struct {
	ArgCount int
	// Locals is indexed by local number; _0 is the return place.
	Locals []*LocalDecl
	// Debug holds `debug name => place;` lines of every scope, in order.
	Debug  []*VarDebugInfo
	Scopes []*Scope
	Blocks []*Block
	// Yield is the `yields T` type of a coroutine body.
	Yield *Ty
	// Coverage holds `coverage ...;` declaration lines, verbatim.
	Coverage []string
	Span     Span
	// Memo holds analyses of the body by other packages, each under a
	// key type of its own, so they live exactly as long as the body.
	Memo sync.Map
}

// LocalDecl is `let [mut] _N: T;` or a fn argument.
type LocalDecl struct {
	Mut bool
	Arg bool
	Ty  *Ty
	// UserTy holds `as UserTypeProjection` suffixes, verbatim.
	UserTy []string
	Scope  int // the scope it was declared in (0 = outermost)
	Span   Span
}

// VarDebugInfo is `debug name => place|const;`.
type VarDebugInfo struct {
	Name  string // the user's name, or a composite such as ((a: (u32, u32)).0: u32)
	Place *Place // nil when Const is set
	Const *Const
	Scope int
	Span  Span
}

// Scope is `scope N [(inlined ...)] { ... }`.
type Scope struct {
	Index   int
	Parent  int // -1 for scopes at the top of the body
	Inlined string
	Span    Span
}

// Block is a basic block `bbN: { ... }`.
type Block struct {
	Index   int
	Cleanup bool
	Stmts   []*Stmt
	// Dbg holds the `// DBG: ...` statement-debuginfo lines printed
	// after the last statement, before the terminator (text after
	// "// DBG: ", e.g. "_2 = &_1;"). See also Stmt.Dbg.
	Dbg  []string
	Term *Terminator
	Span Span
}

// Local is a local variable number (_N).
type Local int

// BlockID is a basic block number (bbN); NoBlock means "none".
type BlockID int

const NoBlock BlockID = -1

func (l Local) String() string   { return "_" + strconv.Itoa(int(l)) }
func (b BlockID) String() string { return "bb" + strconv.Itoa(int(b)) }
