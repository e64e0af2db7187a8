// ast_expr.go defines expressions, statements and blocks.

package syntax

// Expr is an expression.
type Expr interface {
	Node
	exprNode()
}

// LitKind is the kind of a literal.
type LitKind uint8

const (
	LitBool LitKind = iota
	LitInt
	LitFloat
	LitChar
	LitByte
	LitStr
	LitByteStr
	LitCStr
)

// Lit is a literal. Text is its source text (a raw string with its r#,
// suffix included); Suffix is the suffix alone (u8 in 1_u8), or "".
type Lit struct {
	Spanned
	Kind   LitKind
	Text   string
	Suffix string
	Raw    bool
}

// PathExpr is a path used as a value: x, a::b, Vec::<u8>::new, <T as Tr>::C.
type PathExpr struct {
	Spanned
	Path *Path
}

// UnOp is a prefix operator.
type UnOp uint8

const (
	UnNeg   UnOp = iota // -x
	UnNot               // !x
	UnDeref             // *x
)

func (op UnOp) String() string { return [...]string{"-", "!", "*"}[op] }

// Unary is a prefix operation -x, !x or *x.
type Unary struct {
	Spanned
	Op UnOp
	X  Expr
}

// Ref is &x, &mut x, &raw const x or &raw mut x.
type Ref struct {
	Spanned
	Mut bool
	Raw bool
	X   Expr
}

// BinOp is a binary operator, also used for compound assignment.
type BinOp uint8

const (
	BinAdd    BinOp = iota + 1 // +
	BinSub                     // -
	BinMul                     // *
	BinDiv                     // /
	BinRem                     // %
	BinBitAnd                  // &
	BinBitOr                   // |
	BinBitXor                  // ^
	BinShl                     // <<
	BinShr                     // >>
	BinEq                      // ==
	BinNe                      // !=
	BinLt                      // <
	BinLe                      // <=
	BinGt                      // >
	BinGe                      // >=
	BinAnd                     // &&
	BinOr                      // ||
)

var binOpNames = [...]string{"", "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>",
	"==", "!=", "<", "<=", ">", ">=", "&&", "||"}

func (op BinOp) String() string { return binOpNames[op] }

// IsComparison reports whether op is ==, !=, <, <=, > or >=.
func (op BinOp) IsComparison() bool { return op >= BinEq && op <= BinGe }

// Binary is x op y. OpSpan is the operator's span.
type Binary struct {
	Spanned
	Op     BinOp
	OpSpan Span
	X, Y   Expr
}

// Assign is x = y (Op 0) or a compound assignment x op= y.
type Assign struct {
	Spanned
	Op     BinOp
	OpSpan Span
	X, Y   Expr
}

// Cast is x as T.
type Cast struct {
	Spanned
	X    Expr
	Type Type
}

// Call is f(args).
type Call struct {
	Spanned
	Fun  Expr
	Args []Expr
}

// MethodCall is recv.name::<args>(args).
type MethodCall struct {
	Spanned
	Recv     Expr
	Name     Ident
	Generics *GenericArgs
	Args     []Expr
}

// Field is x.name or x.0 (Name "0").
type Field struct {
	Spanned
	X    Expr
	Name Ident
}

// Index is x[i].
type Index struct {
	Spanned
	X, Index Expr
}

// Try is x?.
type Try struct {
	Spanned
	X Expr
}

// Await is x.await.
type Await struct {
	Spanned
	X Expr
}

// Range is lo..hi or lo..=hi; either end may be nil.
type Range struct {
	Spanned
	Lo, Hi Expr
	Closed bool // ..=
}

// Paren is (x).
type Paren struct {
	Spanned
	X Expr
}

// Tuple is (), (a,) or (a, b).
type Tuple struct {
	Spanned
	Elems []Expr
}

// Array is [a, b, c].
type Array struct {
	Spanned
	Elems []Expr
}

// Repeat is [x; n].
type Repeat struct {
	Spanned
	Elem, Len Expr
}

// FieldInit is one field of a struct literal; Shorthand for `S { x }`.
type FieldInit struct {
	Spanned
	Attrs     []*Attr
	Name      Ident
	Value     Expr
	Shorthand bool
}

// StructLit is Path { fields, ..base }. Rest is set for `..` without a
// base (default field values).
type StructLit struct {
	Spanned
	Path   *Path
	Fields []*FieldInit
	Base   Expr
	Rest   bool
}

// BlockKind distinguishes plain, unsafe, async and const blocks.
type BlockKind uint8

const (
	PlainBlock BlockKind = iota
	UnsafeBlock
	AsyncBlock
	ConstBlock
	TryBlock // try { } (unstable)
)

// BlockExpr is a block used as an expression: [label:] [unsafe|async
// [move]|const] { }.
type BlockExpr struct {
	Spanned
	Label *Label
	Kind  BlockKind
	Move  bool
	Block *Block
}

// Let is `let pat = x` inside an if or while condition chain.
type Let struct {
	Spanned
	Pat Pat
	X   Expr
}

// If is if cond { } [else if .. | else { }]. Else is *If or *BlockExpr.
type If struct {
	Spanned
	Cond Expr
	Then *Block
	Else Expr
}

// While is [label:] while cond { }.
type While struct {
	Spanned
	Label *Label
	Cond  Expr
	Body  *Block
}

// Loop is [label:] loop { }.
type Loop struct {
	Spanned
	Label *Label
	Body  *Block
}

// For is [label:] for pat in iter { }.
type For struct {
	Spanned
	Label *Label
	Pat   Pat
	Iter  Expr
	Body  *Block
}

// Arm is a match arm: pat [if guard] => body.
type Arm struct {
	Spanned
	Attrs []*Attr
	Pat   Pat
	Guard Expr
	Body  Expr
}

// Match is match x { arms }.
type Match struct {
	Spanned
	X    Expr
	Arms []*Arm
}

// ClosureParam is a closure parameter pat [: Type].
type ClosureParam struct {
	Spanned
	Attrs []*Attr
	Pat   Pat
	Type  Type
}

// Closure is [static] [async] [move] |params| [-> Ret] body.
type Closure struct {
	Spanned
	Static, Async, Move bool
	ForLifetimes        []*GenericParam
	Params              []*ClosureParam
	Ret                 Type
	Body                Expr
}

// Break is break ['label] [value].
type Break struct {
	Spanned
	Label *Label
	Value Expr
}

// Continue is continue ['label].
type Continue struct {
	Spanned
	Label *Label
}

// Return is return [value].
type Return struct {
	Spanned
	Value Expr
}

// Yield is yield [value] (unstable coroutines; also `become x`).
type Yield struct {
	Spanned
	Become bool
	Value  Expr
}

// MacExpr is a macro invocation in expression position.
type MacExpr struct {
	Spanned
	Mac *MacCall
}

// Underscore is `_` as an expression (destructuring assignment).
type Underscore struct{ Spanned }

// AttrExpr is an expression with outer attributes, in an element or
// argument list: [#[cfg(x)] 1, 2].
type AttrExpr struct {
	Spanned
	Attrs []*Attr
	X     Expr
}

func (*Lit) exprNode()        {}
func (*PathExpr) exprNode()   {}
func (*Unary) exprNode()      {}
func (*Ref) exprNode()        {}
func (*Binary) exprNode()     {}
func (*Assign) exprNode()     {}
func (*Cast) exprNode()       {}
func (*Call) exprNode()       {}
func (*MethodCall) exprNode() {}
func (*Field) exprNode()      {}
func (*Index) exprNode()      {}
func (*Try) exprNode()        {}
func (*Await) exprNode()      {}
func (*Range) exprNode()      {}
func (*Paren) exprNode()      {}
func (*Tuple) exprNode()      {}
func (*Array) exprNode()      {}
func (*Repeat) exprNode()     {}
func (*StructLit) exprNode()  {}
func (*BlockExpr) exprNode()  {}
func (*Let) exprNode()        {}
func (*If) exprNode()         {}
func (*While) exprNode()      {}
func (*Loop) exprNode()       {}
func (*For) exprNode()        {}
func (*Match) exprNode()      {}
func (*Closure) exprNode()    {}
func (*Break) exprNode()      {}
func (*Continue) exprNode()   {}
func (*Return) exprNode()     {}
func (*Yield) exprNode()      {}
func (*MacExpr) exprNode()    {}
func (*Underscore) exprNode() {}
func (*AttrExpr) exprNode()   {}

// Block is { stmts; expr }. Expr is the trailing expression without a
// semicolon, or nil.
type Block struct {
	Spanned
	InnerAttrs []*Attr
	Stmts      []Stmt
	Expr       Expr
}

// Stmt is a statement: *LetStmt, *ExprStmt, *ItemStmt, *EmptyStmt, *BadStmt.
type Stmt interface {
	Node
	stmtNode()
}

// LetStmt is let pat [: Type] [= init [else { }]];
type LetStmt struct {
	Spanned
	Attrs []*Attr
	Pat   Pat
	Type  Type
	Init  Expr
	Else  *Block
}

// ExprStmt is an expression statement. Semi is false for a block-like
// expression (if, match, loop, block, macro{}) not followed by `;`.
type ExprStmt struct {
	Spanned
	Attrs []*Attr
	X     Expr
	Semi  bool
}

// ItemStmt is an item declared inside a block.
type ItemStmt struct {
	Spanned
	Item Item
}

// EmptyStmt is a lone `;`.
type EmptyStmt struct{ Spanned }

// BadStmt is a statement that failed to parse; Span covers the skipped text.
type BadStmt struct{ Spanned }

func (*LetStmt) stmtNode()   {}
func (*ExprStmt) stmtNode()  {}
func (*ItemStmt) stmtNode()  {}
func (*EmptyStmt) stmtNode() {}
func (*BadStmt) stmtNode()   {}
