// body.go holds statements, rvalues, operands, places and terminators.

package mir

// Place is a local with projections, e.g. (*((*_1).0: &u32)) or _1[_3].
type Place struct {
	Local Local
	Proj  []Proj
}

// ProjKind is a kind of place projection.
type ProjKind uint8

const (
	ProjDeref        ProjKind = iota // (*p)
	ProjField                        // (p.N: T)
	ProjDowncast                     // (p as Variant) / (p as variant#N)
	ProjIndex                        // p[_N]
	ProjConstIndex                   // p[K of M] / p[-K of M]
	ProjSubslice                     // p[a..b] (arrays), p[a:], p[:-b], p[a:-b]
	ProjOpaqueCast                   // (p as T)
	ProjSubtype                      // (p as subtype T), ≈1.75–1.91
	ProjUnwrapBinder                 // unwrap_binder!(p; T)
)

// Proj is one place projection.
type Proj struct {
	Kind    ProjKind
	FromEnd bool // ConstIndex [-K of M]; Subslice on slices (a:-b)
	Field   int  // Field
	Ty      *Ty  // Field, OpaqueCast, Subtype, UnwrapBinder
	// Variant is the downcast variant's name ("" when printed variant#N);
	// VariantIdx is N of variant#N, else -1.
	Variant    string
	VariantIdx int
	Index      Local  // Index
	Offset     uint64 // ConstIndex offset; Subslice from
	MinLen     uint64 // ConstIndex min_length; Subslice to
}

// OperandKind tells how an operand reads its value.
type OperandKind uint8

const (
	OpCopy    OperandKind = iota // copy p (older text: bare p)
	OpMove                       // move p
	OpConst                      // const C, or a fn item path
	OpRuntime                    // UbChecks, OverflowChecks, ContractChecks
)

// Operand is an input to an rvalue, call or assert.
type Operand struct {
	Kind OperandKind
	// Bare records that an OpCopy operand was printed without `copy`
	// (pre-1.82 text); NoRetag the nightly `no_retag` prefix.
	Bare    bool
	NoRetag bool
	// Runtime is the runtime check of an OpRuntime operand.
	Runtime RuntimeCheck
	Place   Place
	Const   *Const
	Span    Span
}

// RuntimeCheck is the check an OpRuntime operand reads.
type RuntimeCheck uint8

const (
	UbChecks RuntimeCheck = iota + 1
	OverflowChecks
	ContractChecks
)

var runtimeCheckNames = [...]string{UbChecks: "UbChecks", OverflowChecks: "OverflowChecks", ContractChecks: "ContractChecks"}

// String is the check's name as MIR prints it.
func (c RuntimeCheck) String() string {
	if int(c) < len(runtimeCheckNames) {
		return runtimeCheckNames[c]
	}
	return ""
}

// RuntimeCheckNamed returns the check of a name (UbChecks, ...), 0 when
// there is none.
func RuntimeCheckNamed(name string) RuntimeCheck {
	for c, n := range runtimeCheckNames {
		if n != "" && n == name {
			return RuntimeCheck(c)
		}
	}
	return 0
}

// StmtKind is the kind of a statement.
type StmtKind uint8

const (
	StmtAssign StmtKind = iota
	StmtStorageLive
	StmtStorageDead
	StmtSetDiscriminant
	StmtRetag
	StmtPlaceMention
	StmtFakeRead
	StmtAscribeUserType
	StmtCoverage
	StmtAssume
	StmtCopyNonOverlapping
	StmtConstEvalCounter
	StmtNop
	StmtBackwardIncompatibleDropHint
	StmtDeinit
)

// Stmt is one statement of a block.
type Stmt struct {
	Kind   StmtKind
	Place  Place   // Assign destination; SetDiscriminant, Retag, PlaceMention, FakeRead, ... target
	Rvalue *Rvalue // Assign
	Local  Local   // StorageLive/Dead
	// Variant is the variant index of SetDiscriminant.
	Variant int
	// Ops: Assume [cond]; CopyNonOverlapping [dst, src, count].
	Ops  []Operand
	Span Span
	// Rare holds what only statements of MIR text have; nil for the
	// others. Read it with Extra, write it with SetExtra.
	Rare *StmtRare
}

// StmtRare holds the parts of a statement that are only printed.
type StmtRare struct {
	// Text holds the verbatim parts of statements that are only printed:
	// Retag kind ("[fn entry] "), FakeRead cause, AscribeUserType
	// "variance, projection", Coverage kind.
	Text string
	// Dbg holds the `// DBG: ...` lines printed before this statement
	// (-O statement debuginfo, 1.91+), each the text after "// DBG: "
	// such as "_4 = &(*_1)[0 of 2];" or "_3 = &?;".
	Dbg []string
}

var noStmtRare StmtRare

// Extra returns the statement's rare parts (zero when it has none). The
// result must not be modified.
func (s *Stmt) Extra() *StmtRare {
	if s.Rare == nil {
		return &noStmtRare
	}
	return s.Rare
}

// SetExtra returns the statement's rare parts for writing, making them
// first if it has none.
func (s *Stmt) SetExtra() *StmtRare {
	if s.Rare == nil {
		s.Rare = &StmtRare{}
	}
	return s.Rare
}

// RvalueKind is the kind of an rvalue.
type RvalueKind uint8

const (
	RvUse            RvalueKind = iota // operand
	RvRepeat                           // [op; count]
	RvRef                              // &p, &mut p, &fake p, &fake shallow p
	RvRawPtr                           // &raw const p, &raw mut p, &raw const (fake) p
	RvThreadLocalRef                   // &/*tls*/ [mut ]path
	RvCast                             // op as T (kind)
	RvBinary                           // Op(a, b)
	RvUnary                            // Op(a)
	RvDiscriminant                     // discriminant(p)
	RvCopyForDeref                     // deref_copy p
	RvAggregate                        // tuple, array, ADT, closure, raw pointer aggregate
	RvWrapBinder                       // wrap_binder!(op; T)
	RvNullary                          // pre-1.93 SizeOf(T), AlignOf(T), OffsetOf(T, ..), UbChecks()
	RvLen                              // pre-1.92 Len(p)
	RvShallowInitBox                   // pre-1.95 ShallowInitBox(op, T)
)

// BorrowKind distinguishes the forms of RvRef and RvRawPtr.
type BorrowKind uint8

const (
	BorrowShared      BorrowKind = iota // &p            / &raw const p
	BorrowMut                           // &mut p        / &raw mut p
	BorrowFake                          // &fake p       / &raw const (fake) p
	BorrowFakeShallow                   // &fake shallow p
)

// Rvalue is the right-hand side of an assignment.
type Rvalue struct {
	Kind   RvalueKind
	Borrow BorrowKind
	Op     BinOp    // RvBinary
	Un     UnOp     // RvUnary
	Cast   CastKind // RvCast
	A, B   Operand
	Place  Place
	Ty     *Ty    // Cast target, WrapBinder, Nullary, ShallowInitBox, RawPtr aggregate pointee
	Count  *Const // Repeat count
	// Coercion is the text inside PointerCoercion(...), e.g.
	// "Unsize, Implicit", or an older cast's whole text such as "Misc".
	Coercion string
	Agg      *Aggregate
	// Nullary is the name of an RvNullary op.
	Nullary string
	// Path is a thread-local static's path.
	Path *Path
	// Rare holds what only rvalues of MIR text have; nil for the others.
	// Read it with Extra, write it with SetExtra.
	Rare *RvalueRare
}

// RvalueRare holds the parts of an rvalue that are only printed.
type RvalueRare struct {
	// Region is a printed region of a reference (&'?1 p), verbatim.
	Region string
	// Text is an RvNullary op's raw argument text.
	Text string
}

var noRvalueRare RvalueRare

// Extra returns the rvalue's rare parts (zero when it has none). The
// result must not be modified.
func (rv *Rvalue) Extra() *RvalueRare {
	if rv.Rare == nil {
		return &noRvalueRare
	}
	return rv.Rare
}

// SetExtra returns the rvalue's rare parts for writing, making them
// first if it has none.
func (rv *Rvalue) SetExtra() *RvalueRare {
	if rv.Rare == nil {
		rv.Rare = &RvalueRare{}
	}
	return rv.Rare
}

// AggKind is the kind of an aggregate rvalue.
type AggKind uint8

const (
	AggTuple     AggKind = iota // (a, b)
	AggArray                    // [a, b]
	AggAdt                      // Path, Path(a), Path { f: a }
	AggClosure                  // {closure@...} { x: a }
	AggCoroutine                // {coroutine@...} { x: a }
	AggRawPtr                   // *const T from (p, meta)
)

// Aggregate builds a value from operands.
type Aggregate struct {
	Kind AggKind
	// Path is the ADT variant or struct path (Option::<u8>::Some, P, Less).
	Path *Path
	// Named records brace syntax; Fields then holds the field names.
	// Parens records tuple syntax P(a, b) (unit variants have neither).
	Named  bool
	Parens bool
	// PathSpan is where Path was written.
	PathSpan Span
	Fields   []string
	Ops      []Operand
	// Text is the closure/coroutine type text; Mut the raw pointer mutability.
	Text string
	Mut  bool
}

// BinOp is a binary operator.
type BinOp uint8

const (
	BinAdd BinOp = iota
	BinSub
	BinMul
	BinDiv
	BinRem
	BinBitXor
	BinBitAnd
	BinBitOr
	BinShl
	BinShr
	BinEq
	BinLt
	BinLe
	BinNe
	BinGe
	BinGt
	BinCmp
	BinOffset
	BinAddUnchecked
	BinSubUnchecked
	BinMulUnchecked
	BinShlUnchecked
	BinShrUnchecked
	BinAddWithOverflow
	BinSubWithOverflow
	BinMulWithOverflow
	// The pre-1.80 checked forms, kept so the printer writes them back.
	BinCheckedAdd
	BinCheckedSub
	BinCheckedMul
	BinCheckedShl
	BinCheckedShr
	NumBinOps
)

var binOpNames = [...]string{"Add", "Sub", "Mul", "Div", "Rem", "BitXor", "BitAnd", "BitOr", "Shl", "Shr",
	"Eq", "Lt", "Le", "Ne", "Ge", "Gt", "Cmp", "Offset",
	"AddUnchecked", "SubUnchecked", "MulUnchecked", "ShlUnchecked", "ShrUnchecked",
	"AddWithOverflow", "SubWithOverflow", "MulWithOverflow",
	"CheckedAdd", "CheckedSub", "CheckedMul", "CheckedShl", "CheckedShr"}

func (op BinOp) String() string { return binOpNames[op] }

// BinOpByName maps a printed operator name to its BinOp.
var BinOpByName = func() map[string]BinOp {
	m := make(map[string]BinOp, NumBinOps)
	for i, n := range binOpNames {
		m[n] = BinOp(i)
	}
	return m
}()

// Base returns the plain arithmetic operator behind a checked, unchecked or
// overflow-reporting form (AddWithOverflow → Add).
func (op BinOp) Base() BinOp {
	switch op {
	case BinAddUnchecked, BinAddWithOverflow, BinCheckedAdd:
		return BinAdd
	case BinSubUnchecked, BinSubWithOverflow, BinCheckedSub:
		return BinSub
	case BinMulUnchecked, BinMulWithOverflow, BinCheckedMul:
		return BinMul
	case BinShlUnchecked, BinCheckedShl:
		return BinShl
	case BinShrUnchecked, BinCheckedShr:
		return BinShr
	}
	return op
}

// WithOverflow reports whether op yields a (T, bool) pair.
func (op BinOp) WithOverflow() bool {
	return op >= BinAddWithOverflow && op <= BinCheckedShr
}

// UnOp is a unary operator.
type UnOp uint8

const (
	UnNot UnOp = iota
	UnNeg
	UnPtrMetadata
)

var unOpNames = [...]string{"Not", "Neg", "PtrMetadata"}

func (op UnOp) String() string { return unOpNames[op] }

// CastKind is the kind printed in parentheses after a cast.
type CastKind uint8

const (
	CastIntToInt CastKind = iota
	CastIntToFloat
	CastFloatToInt
	CastFloatToFloat
	CastPtrToPtr
	CastFnPtrToPtr
	CastTransmute
	CastPointerExposeProvenance
	CastPointerWithExposedProvenance
	CastSubtype
	CastPointerCoercion // Coercion holds the inner text
	CastOther           // an older kind; Coercion holds the whole text (Misc, Pointer(Unsize), ...)
)

var castKindNames = [...]string{"IntToInt", "IntToFloat", "FloatToInt", "FloatToFloat", "PtrToPtr",
	"FnPtrToPtr", "Transmute", "PointerExposeProvenance", "PointerWithExposedProvenance", "Subtype",
	"PointerCoercion", ""}

func (k CastKind) String() string { return castKindNames[k] }

// CastKindByName maps printed cast kinds (without arguments) to CastKind.
var CastKindByName = func() map[string]CastKind {
	m := map[string]CastKind{}
	for i, n := range castKindNames[:CastOther] {
		m[n] = CastKind(i)
	}
	return m
}()

// TermKind is the kind of a terminator.
type TermKind uint8

const (
	TermGoto TermKind = iota
	TermSwitchInt
	TermReturn
	TermUnreachable
	TermResume
	TermCoroutineDrop
	TermTerminate // terminate(abi|cleanup); Text holds the reason
	TermAbort     // pre-1.72 abort
	TermDrop
	TermAsyncDrop
	TermCall
	TermTailCall
	TermAssert
	TermYield
	TermFalseEdge
	TermFalseUnwind
	TermInlineAsm
)

// UnwindKind is what happens when a call or assert unwinds.
type UnwindKind uint8

const (
	UnwindNone        UnwindKind = iota // not printed (e.g. old `-> bb1`)
	UnwindContinue                      // unwind continue
	UnwindUnreachable                   // unwind unreachable
	UnwindTerminate                     // unwind terminate(abi|cleanup) (Reason), or old `unwind terminate`
	UnwindCleanup                       // unwind: bbN
)

// Unwind is an unwind action.
type Unwind struct {
	Kind   UnwindKind
	Block  BlockID // UnwindCleanup
	Reason string  // UnwindTerminate: "abi", "cleanup" or "" (old)
}

// SwitchTarget is one `value: bbN` arm of a switchInt.
type SwitchTarget struct {
	Value U128
	// Text is the label as printed when it is not a plain unsigned
	// integer (old `false`, `0_isize`).
	Text   string
	Target BlockID
}

// Terminator ends a block.
type Terminator struct {
	Kind TermKind
	// Assert: assert(!cond) has Expected false.
	Expected bool
	// Old records old successor syntax (`-> bb1` meaning the return or
	// success edge, pre-1.72), so the printer can write it back.
	Old bool
	// Target is the goto target, the return edge of a call or drop, the
	// success edge of an assert, the resume edge of a yield and the real
	// edge of falseEdge/falseUnwind; NoBlock when absent.
	Target BlockID
	Unwind Unwind
	// SwitchInt.
	Discr     Operand
	Arms      []SwitchTarget
	Otherwise BlockID
	// Drop/AsyncDrop place; Call/Yield destination.
	Place Place
	// Call, TailCall.
	Func Operand
	Args []Operand
	// Assert.
	Cond Operand
	Msg  *AssertMsg
	Span Span
	// Rare holds what only terminators of MIR text use (async drops,
	// yields, falseEdge, inline asm, terminate); nil for the others,
	// which keeps the common terminators small. Read it with Extra,
	// write it with SetExtra.
	Rare *TermRare
}

// TermRare holds the parts of a terminator few kinds use.
type TermRare struct {
	// AsyncDrop poll place.
	Poll Place
	// Yield value.
	Value Operand
	// Imaginary edge of falseEdge; Drop edge of yield (and coroutine drop).
	Imaginary BlockID
	DropEdge  BlockID
	// Text: terminate reason, inline asm source, extra labels.
	Text string
	// Labels holds the successor labels of an inline asm, verbatim.
	Labels []string
}

// noRare is what a terminator without TermRare has: no imaginary or drop
// edge. It is never written (Extra's callers only read it).
var noRare = TermRare{Imaginary: NoBlock, DropEdge: NoBlock}

// Extra returns the terminator's rare parts (zero, with no imaginary or
// drop edge, when it has none). The result must not be modified.
func (t *Terminator) Extra() *TermRare {
	if t.Rare == nil {
		return &noRare
	}
	return t.Rare
}

// SetExtra returns the terminator's rare parts for writing, making them
// first if it has none.
func (t *Terminator) SetExtra() *TermRare {
	if t.Rare == nil {
		r := noRare
		t.Rare = &r
	}
	return t.Rare
}

// AssertKind classifies an assert message (rustc's AssertKind).
type AssertKind uint8

const (
	AssertBoundsCheck     AssertKind = iota // index out of bounds: the length is {} but the index is {}
	AssertOverflow                          // attempt to compute `{} + {}`, which would overflow (Op)
	AssertOverflowNeg                       // attempt to negate `{}`, which would overflow
	AssertDivisionByZero                    // attempt to divide `{}` by zero
	AssertRemainderByZero                   // attempt to calculate the remainder of `{}` with a divisor of zero
	AssertMisalignedPointerDereference
	AssertNullPointerDereference
	AssertResumedAfterReturn
	AssertResumedAfterPanic
	AssertResumedAfterDrop
	AssertInvalidEnumConstruction
	AssertOther // anything else, kept as text
)

// AssertMsg is the message of an assert terminator: a Rust string literal
// and operand arguments.
type AssertMsg struct {
	Kind AssertKind
	// Op is the operator of an AssertOverflow (Add, Sub, Mul, Div, Rem, Shl, Shr).
	Op BinOp
	// Template is the decoded string literal as printed.
	Template string
	Args     []Operand
	// Old is set for the pre-1.46 texts without operands ("attempt to
	// subtract with overflow").
	Old bool
	// Resolved holds, for an Old overflow message, the operands of the
	// checked operation whose flag the assert tests (set by the resolver),
	// so the current message text can be produced.
	Resolved []Operand
}
