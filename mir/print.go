// print.go writes the IR back as rustc's textual MIR.

package mir

import (
	"bytes"
	"fmt"
	"io"
	"math/big"
	"math/bits"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The three comment lines rustc 1.95 writes at the top of --emit=mir output.
const fileHeader = "// WARNING: This output format is intended for human consumers only\n" +
	"// and is subject to change without notice. Knock yourself out.\n" +
	"// HINT: See also -Z dump-mir for MIR at specific points during compilation.\n"

const indent = "    "

// Print writes f as rustc 1.95 prints it with --emit=mir: the header, then
// the items separated by blank lines, each followed by its allocation
// dumps. A file of -Zdump-mir items (Item.Dump set) gets no header.
func Print(w io.Writer, f *File) error {
	_, err := io.WriteString(w, formatFile(f))
	return err
}

// String returns f printed as by Print.
func (f *File) String() string { return formatFile(f) }

func formatFile(f *File) string {
	var p printer
	dump := false
	for _, it := range f.Items {
		if it.Dump != "" {
			dump = true
			break
		}
	}
	if !dump {
		p.WriteString(fileHeader)
	}
	for i, it := range f.Items {
		// Items are separated by a blank line; -Zdump-mir files hold one
		// item each, so a concatenation of dumps has none.
		if i > 0 && it.Dump == "" {
			p.WriteByte('\n')
		}
		p.item(it)
	}
	return p.String()
}

// FormatItem returns one item as it appears in a file: its dump header or
// `// MIR FOR CTFE` marker if any, the body (or trivial const line) and the
// allocation dumps that follow it. Items of a file are separated by one
// blank line.
func FormatItem(it *Item) string {
	var p printer
	p.item(it)
	return p.String()
}

// AppendItem appends FormatItem(it) to buf (whose space it reuses).
func AppendItem(buf []byte, it *Item) []byte {
	p := printer{*bytes.NewBuffer(buf)}
	p.item(it)
	return p.Bytes()
}

// FormatBody returns the body of it (signature through closing brace),
// without allocation dumps.
func FormatBody(it *Item) string {
	var p printer
	p.body(it)
	return p.String()
}

// FormatPlace returns p as rustc prints places: `(*_1)`, `(_1.0: u32)`,
// `((_1 as Some).0: u8)`, `_1[_2]`, `_1[0 of 5]`, `_1[1..4]`. Field types
// come from the projections; b may be nil.
func FormatPlace(p Place, b *Body) string {
	var w printer
	w.place(p)
	return w.String()
}

// FormatOperand returns op as rustc prints operands: `copy _1`,
// `move _1`, `const 4096_usize`, or a bare fn item path.
func FormatOperand(op Operand) string {
	var w printer
	w.operand(op)
	return w.String()
}

// FormatRvalue returns the right-hand side of an assignment.
func FormatRvalue(rv *Rvalue) string {
	var w printer
	w.rvalue(rv)
	return w.String()
}

// FormatConst returns a constant's value as printed after `const ` (and
// inside aggregate constants): `4096_usize`, `i32::MIN`, `"hi"`,
// `P {{ x: 1_i32 }}`, `{alloc1: &u32}`.
func FormatConst(c *Const) string {
	var w printer
	w.constant(c)
	return w.String()
}

// FormatTy returns a type as printed (its Text).
func FormatTy(t *Ty) string { return t.String() }

// FormatStmt returns a statement without indentation or `;` (rustc's
// Debug of Statement).
func FormatStmt(s *Stmt) string {
	var w printer
	w.stmt(s)
	return w.String()
}

// FormatTerm returns a terminator with its successors, without
// indentation or `;`.
func FormatTerm(t *Terminator) string {
	var w printer
	w.term(t)
	return w.String()
}

// FormatAlloc returns an allocation dump (`allocN (size: 3, align: 1) {`
// ... `}`) without surrounding blank lines.
func FormatAlloc(a *Alloc) string {
	var w printer
	w.alloc(a)
	return w.String()
}

type printer struct{ bytes.Buffer }

func (p *printer) str(ss ...string) {
	for _, s := range ss {
		p.WriteString(s)
	}
}

// ---------------------------------------------------------------------------
// Items and bodies

func (p *printer) item(it *Item) {
	if it.Dump != "" {
		p.str("// ", it.Dump, "\n\n")
	}
	for _, l := range it.DumpHeader {
		p.str(l, "\n")
	}
	if it.CTFE {
		p.str("// MIR FOR CTFE\n")
	}
	p.body(it)
	for _, a := range it.Allocs {
		p.WriteByte('\n')
		p.alloc(a)
		p.WriteByte('\n')
	}
}

func (p *printer) itemKeyword(it *Item) {
	switch it.Kind {
	case ItemFn:
		p.str("fn ")
	case ItemConst:
		p.str("const ")
	case ItemPromoted:
		// Old dumps print `promoted[0] in main: T = {`.
		if !strings.HasPrefix(it.Name, "promoted[") {
			p.str("const ")
		}
	case ItemStatic:
		p.str("static ")
	case ItemStaticMut:
		p.str("static mut ")
	case ItemAnonConst:
		if it.ConstKeyword {
			p.str("const ")
		}
	}
}

func (p *printer) body(it *Item) {
	b := it.Body
	p.itemKeyword(it)
	p.str(it.Name)
	if b == nil {
		// A trivial const: `const S: &str = const "hello";`.
		p.str(": ", it.Ty.String(), " = ")
		if it.Trivial != nil {
			p.operand(Operand{Kind: OpConst, Const: it.Trivial})
		}
		p.str(";\n")
		return
	}
	argc := b.ArgCount
	if argc == 0 {
		for i := 1; i < len(b.Locals) && b.Locals[i] != nil && b.Locals[i].Arg; i++ {
			argc = i
		}
	}
	if it.Kind == ItemFn {
		p.str("(")
		for i := 1; i <= argc && i < len(b.Locals); i++ {
			if i > 1 {
				p.str(", ")
			}
			p.str(Local(i).String(), ": ", b.Locals[i].Ty.String())
		}
		p.str(") -> ")
		switch {
		case it.Ret != nil:
			p.str(it.Ret.String())
		case it.Ty != nil:
			p.str(it.Ty.String())
		case len(b.Locals) > 0 && b.Locals[0] != nil:
			p.str(b.Locals[0].Ty.String())
		}
	} else {
		t := it.Ty
		if t == nil && len(b.Locals) > 0 && b.Locals[0] != nil {
			t = b.Locals[0].Ty
		}
		p.str(": ", t.String(), " =")
	}
	if b.Yield != nil {
		p.str("\nyields ", b.Yield.String(), "\n")
	}
	p.str(" {\n")

	// Declarations, scope by scope.
	children := map[int][]*Scope{}
	for _, s := range b.Scopes {
		par := s.Parent
		if par < 0 {
			par = 0
		}
		children[par] = append(children[par], s)
	}
	for _, cs := range children {
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].Index < cs[j].Index })
	}
	p.scope(b, argc, 0, 1, children, map[int]bool{})
	p.WriteByte('\n')
	if len(b.Coverage) > 0 {
		for _, c := range b.Coverage {
			// The line is kept with or without its `;`.
			p.str(indent, strings.TrimSuffix(c, ";"), ";\n")
		}
		p.WriteByte('\n')
	}

	for i, bb := range b.Blocks {
		if i > 0 {
			p.WriteByte('\n')
		}
		p.block(bb)
	}
	p.str("}\n")
}

func (p *printer) scope(b *Body, argc, scope, depth int, children map[int][]*Scope, seen map[int]bool) {
	ind := strings.Repeat(indent, depth)
	for _, d := range b.Debug {
		if d.Scope != scope {
			continue
		}
		p.str(ind, "debug ", d.Name, " => ")
		if d.Place != nil {
			p.place(*d.Place)
		} else if d.Const != nil {
			p.operand(Operand{Kind: OpConst, Const: d.Const})
		}
		p.str(";\n")
	}
	for i, l := range b.Locals {
		if l == nil || (i >= 1 && i <= argc) || l.Arg || l.Scope != scope {
			continue
		}
		p.str(ind, "let ")
		if l.Mut {
			p.str("mut ")
		}
		p.str(Local(i).String(), ": ", l.Ty.String())
		for _, u := range l.UserTy {
			p.str(" as ", u)
		}
		p.str(";\n")
	}
	if seen[scope] {
		return // a cycle in malformed input
	}
	seen[scope] = true
	for _, s := range children[scope] {
		p.str(ind, "scope ", strconv.Itoa(s.Index))
		if s.Inlined != "" {
			p.str(" (inlined ", s.Inlined, ")")
		}
		p.str(" {\n")
		p.scope(b, argc, s.Index, depth+1, children, seen)
		p.str(ind, "}\n")
	}
}

func (p *printer) block(bb *Block) {
	p.str(indent, BlockID(bb.Index).String())
	if bb.Cleanup {
		p.str(" (cleanup)")
	}
	p.str(": {\n")
	for _, s := range bb.Stmts {
		for _, d := range s.Extra().Dbg {
			p.str(indent, indent, "// DBG: ", d, "\n")
		}
		p.str(indent, indent)
		p.stmt(s)
		p.str(";\n")
	}
	for _, d := range bb.Dbg {
		p.str(indent, indent, "// DBG: ", d, "\n")
	}
	if bb.Term != nil {
		p.str(indent, indent)
		p.term(bb.Term)
		p.str(";\n")
	}
	p.str(indent, "}\n")
}

// ---------------------------------------------------------------------------
// Statements

func (p *printer) stmt(s *Stmt) {
	switch s.Kind {
	case StmtAssign:
		p.place(s.Place)
		p.str(" = ")
		if s.Rvalue != nil {
			p.rvalue(s.Rvalue)
		}
	case StmtStorageLive:
		p.str("StorageLive(", s.Local.String(), ")")
	case StmtStorageDead:
		p.str("StorageDead(", s.Local.String(), ")")
	case StmtSetDiscriminant:
		p.str("discriminant(")
		p.place(s.Place)
		p.str(") = ", strconv.Itoa(s.Variant))
	case StmtRetag:
		p.str("Retag(", s.Extra().Text)
		p.place(s.Place)
		p.str(")")
	case StmtPlaceMention:
		p.str("PlaceMention(")
		p.place(s.Place)
		p.str(")")
	case StmtFakeRead:
		p.str("FakeRead(", s.Extra().Text, ", ")
		p.place(s.Place)
		p.str(")")
	case StmtAscribeUserType:
		p.str("AscribeUserType(")
		p.place(s.Place)
		p.str(", ", s.Extra().Text, ")")
	case StmtCoverage:
		// Text is the kind (VirtualCounter(bcb0)), or the whole statement.
		if !strings.HasPrefix(s.Extra().Text, "Coverage::") {
			p.str("Coverage::")
		}
		p.str(s.Extra().Text)
	case StmtAssume:
		p.str("assume(")
		if len(s.Ops) > 0 {
			p.operand(s.Ops[0])
		}
		p.str(")")
	case StmtCopyNonOverlapping:
		p.str("copy_nonoverlapping(")
		for i, name := range []string{"dst", "src", "count"} {
			if i > 0 {
				p.str(", ")
			}
			p.str(name, " = ")
			if i < len(s.Ops) {
				p.operand(s.Ops[i])
			}
		}
		p.str(")")
	case StmtConstEvalCounter:
		p.str("ConstEvalCounter")
	case StmtNop:
		p.str("nop")
	case StmtBackwardIncompatibleDropHint:
		p.str("BackwardIncompatibleDropHint(")
		p.place(s.Place)
		p.str(")")
	case StmtDeinit:
		p.str("Deinit(")
		p.place(s.Place)
		p.str(")")
	default:
		p.str(s.Extra().Text)
	}
}

// ---------------------------------------------------------------------------
// Places and operands

func (p *printer) place(pl Place) {
	for i := len(pl.Proj) - 1; i >= 0; i-- {
		switch pl.Proj[i].Kind {
		case ProjDeref:
			p.str("(*")
		case ProjField, ProjDowncast, ProjOpaqueCast, ProjSubtype:
			p.str("(")
		case ProjUnwrapBinder:
			p.str("unwrap_binder!(")
		}
	}
	p.str(pl.Local.String())
	for _, pr := range pl.Proj {
		switch pr.Kind {
		case ProjDeref:
			p.str(")")
		case ProjField:
			p.str(".", strconv.Itoa(pr.Field), ": ", pr.Ty.String(), ")")
		case ProjDowncast:
			if pr.Variant != "" {
				p.str(" as ", pr.Variant, ")")
			} else {
				p.str(" as variant#", strconv.Itoa(pr.VariantIdx), ")")
			}
		case ProjOpaqueCast:
			p.str(" as ", pr.Ty.String(), ")")
		case ProjSubtype:
			p.str(" as subtype ", pr.Ty.String(), ")")
		case ProjUnwrapBinder:
			p.str("; ", pr.Ty.String(), ")")
		case ProjIndex:
			p.str("[", pr.Index.String(), "]")
		case ProjConstIndex:
			p.WriteByte('[')
			if pr.FromEnd {
				p.WriteByte('-')
			}
			p.str(u64s(pr.Offset), " of ", u64s(pr.MinLen), "]")
		case ProjSubslice:
			switch {
			case !pr.FromEnd:
				p.str("[", u64s(pr.Offset), "..", u64s(pr.MinLen), "]")
			case pr.MinLen == 0:
				p.str("[", u64s(pr.Offset), ":]")
			case pr.Offset == 0:
				p.str("[:-", u64s(pr.MinLen), "]")
			default:
				p.str("[", u64s(pr.Offset), ":-", u64s(pr.MinLen), "]")
			}
		}
	}
}

func u64s(v uint64) string { return strconv.FormatUint(v, 10) }

func (p *printer) operand(op Operand) {
	if op.NoRetag {
		p.str("no_retag ")
	}
	switch op.Kind {
	case OpCopy:
		if !op.Bare {
			p.str("copy ")
		}
		p.place(op.Place)
	case OpMove:
		p.str("move ")
		p.place(op.Place)
	case OpConst:
		if op.Const == nil {
			p.str("const ?")
			return
		}
		// A fn item has no `const` prefix, except in pre-1.47 text
		// (`const foo(move _2)`).
		if op.Const.Kind != ConstFn || op.Const.Old {
			p.str("const ")
		}
		p.constant(op.Const)
	case OpRuntime:
		p.str(op.Runtime.String())
	}
}

func (p *printer) operands(ops []Operand) {
	for i, op := range ops {
		if i > 0 {
			p.str(", ")
		}
		p.operand(op)
	}
}

// ---------------------------------------------------------------------------
// Rvalues

func (p *printer) rvalue(rv *Rvalue) {
	switch rv.Kind {
	case RvUse:
		p.operand(rv.A)
	case RvRepeat:
		p.str("[")
		p.operand(rv.A)
		p.str("; ")
		p.repeatCount(rv.Count)
		p.str("]")
	case RvRef:
		p.str("&")
		if r := rv.Extra().Region; r != "" {
			p.str(r, " ")
		}
		switch rv.Borrow {
		case BorrowMut:
			p.str("mut ")
		case BorrowFake:
			p.str("fake ")
		case BorrowFakeShallow:
			p.str("fake shallow ")
		}
		p.place(rv.Place)
	case RvRawPtr:
		switch rv.Borrow {
		case BorrowMut:
			p.str("&raw mut ")
		case BorrowFake, BorrowFakeShallow:
			p.str("&raw const (fake) ")
		default:
			p.str("&raw const ")
		}
		p.place(rv.Place)
	case RvThreadLocalRef:
		p.str("&/*tls*/ ")
		if rv.Borrow == BorrowMut {
			p.str("mut ")
		}
		p.str(rv.Path.String())
	case RvCast:
		p.operand(rv.A)
		p.str(" as ", rv.Ty.String(), " (")
		switch rv.Cast {
		case CastPointerCoercion:
			p.str("PointerCoercion(", rv.Coercion, ")")
		case CastOther:
			p.str(rv.Coercion)
		default:
			p.str(rv.Cast.String())
		}
		p.str(")")
	case RvBinary:
		p.str(rv.Op.String(), "(")
		p.operand(rv.A)
		p.str(", ")
		p.operand(rv.B)
		p.str(")")
	case RvUnary:
		p.str(rv.Un.String(), "(")
		p.operand(rv.A)
		p.str(")")
	case RvDiscriminant:
		p.str("discriminant(")
		p.place(rv.Place)
		p.str(")")
	case RvCopyForDeref:
		p.str("deref_copy ")
		p.place(rv.Place)
	case RvAggregate:
		p.aggregate(rv)
	case RvWrapBinder:
		p.str("wrap_binder!(")
		p.operand(rv.A)
		p.str("; ", rv.Ty.String(), ")")
	case RvNullary:
		arg := rv.Extra().Text
		if arg == "" && rv.Ty != nil {
			arg = rv.Ty.Text
		}
		p.str(rv.Nullary, "(", arg, ")")
	case RvLen:
		p.str("Len(")
		p.place(rv.Place)
		p.str(")")
	case RvShallowInitBox:
		p.str("ShallowInitBox(")
		p.operand(rv.A)
		p.str(", ", rv.Ty.String(), ")")
	}
}

// repeatCount prints the count of [op; N]: a bare number (rustc prints the
// type-level constant without a suffix), or a const parameter's name.
func (p *printer) repeatCount(c *Const) {
	if c == nil {
		return
	}
	if c.Kind == ConstInt && !c.Named {
		p.str(intValue(c.Int, c.Ty))
		return
	}
	p.constant(c)
}

func (p *printer) aggregate(rv *Rvalue) {
	a := rv.Agg
	if a == nil {
		return
	}
	switch a.Kind {
	case AggTuple:
		p.tuple("", a.Ops)
	case AggArray:
		p.str("[")
		p.operands(a.Ops)
		p.str("]")
	case AggAdt:
		name := a.Path.String()
		if a.Named {
			p.debugStruct(name, a.Fields, a.Ops)
		} else if len(a.Ops) > 0 { // Parens
			p.tuple(name, a.Ops)
		} else {
			p.str(name)
		}
	case AggClosure, AggCoroutine:
		p.debugStruct(a.Text, a.Fields, a.Ops)
	case AggRawPtr:
		if a.Mut {
			p.str("*mut ")
		} else {
			p.str("*const ")
		}
		p.str(rv.Ty.String(), " from ")
		p.tuple("", a.Ops)
	}
}

// tuple writes Rust's debug_tuple: `name(a, b)`, and `(a,)` for an
// unnamed one-tuple.
func (p *printer) tuple(name string, ops []Operand) {
	p.str(name)
	if len(ops) == 0 {
		if name == "" {
			p.str("()")
		}
		return
	}
	p.str("(")
	p.operands(ops)
	if len(ops) == 1 && name == "" {
		p.str(",")
	}
	p.str(")")
}

// debugStruct writes Rust's debug_struct: `name { f: a, g: b }`, or just
// `name` without fields.
func (p *printer) debugStruct(name string, fields []string, ops []Operand) {
	p.str(name)
	if len(ops) == 0 {
		return
	}
	p.str(" { ")
	for i, op := range ops {
		if i > 0 {
			p.str(", ")
		}
		if i < len(fields) {
			p.str(fields[i])
		} else {
			p.str(strconv.Itoa(i))
		}
		p.str(": ")
		p.operand(op)
	}
	p.str(" }")
}

// ---------------------------------------------------------------------------
// Terminators

type succ struct {
	label string
	bb    BlockID
}

func (p *printer) term(t *Terminator) {
	var succs []succ
	add := func(label string, bb BlockID) {
		if bb != NoBlock {
			succs = append(succs, succ{label, bb})
		}
	}
	unwindSucc := func() {
		if t.Unwind.Kind == UnwindCleanup {
			add("unwind", t.Unwind.Block)
		}
	}
	showUnwind := t.Unwind.Kind != UnwindNone && t.Unwind.Kind != UnwindCleanup

	switch t.Kind {
	case TermGoto:
		p.str("goto")
		add("", t.Target)
	case TermSwitchInt:
		p.str("switchInt(")
		p.operand(t.Discr)
		p.str(")")
		for _, a := range t.Arms {
			l := a.Text
			if l == "" {
				l = u128Dec(a.Value)
			}
			add(l, a.Target)
		}
		add("otherwise", t.Otherwise)
	case TermReturn:
		p.str("return")
	case TermUnreachable:
		p.str("unreachable")
	case TermResume:
		p.str("resume")
	case TermCoroutineDrop:
		p.str("coroutine_drop")
	case TermTerminate:
		p.str("terminate(", t.Extra().Text, ")")
	case TermAbort:
		p.str("abort")
	case TermDrop:
		p.str("drop(")
		p.place(t.Place)
		p.str(")")
		add("return", t.Target)
		unwindSucc()
		add("drop", t.Extra().DropEdge)
	case TermAsyncDrop:
		p.str("async drop(")
		p.place(t.Place)
		p.str("; poll=")
		p.place(t.Extra().Poll)
		p.str(")")
		add("return", t.Target)
		unwindSucc()
		add("drop", t.Extra().DropEdge)
	case TermCall:
		p.place(t.Place)
		p.str(" = ")
		p.operand(t.Func)
		p.str("(")
		p.operands(t.Args)
		p.str(")")
		add("return", t.Target)
		unwindSucc()
	case TermTailCall:
		p.str("tailcall ")
		p.operand(t.Func)
		p.str("(")
		p.operands(t.Args)
		p.str(")")
	case TermAssert:
		p.str("assert(")
		if !t.Expected {
			p.str("!")
		}
		p.operand(t.Cond)
		p.str(", ")
		p.assertMsg(t.Msg)
		p.str(")")
		add("success", t.Target)
		unwindSucc()
	case TermYield:
		p.place(t.Place)
		p.str(" = yield(")
		p.operand(t.Extra().Value)
		p.str(")")
		add("resume", t.Target)
		add("drop", t.Extra().DropEdge)
	case TermFalseEdge:
		p.str("falseEdge")
		add("real", t.Target)
		add("imaginary", t.Extra().Imaginary)
	case TermFalseUnwind:
		p.str("falseUnwind")
		add("real", t.Target)
		unwindSucc()
	case TermInlineAsm:
		p.str(t.Extra().Text)
		add("return", t.Target)
		for _, l := range t.Extra().Labels {
			if i := strings.LastIndex(l, ": bb"); i >= 0 {
				if n, err := strconv.Atoi(l[i+4:]); err == nil {
					succs = append(succs, succ{l[:i], BlockID(n)})
					continue
				}
			}
			succs = append(succs, succ{l, NoBlock})
		}
		unwindSucc()
	}

	if t.Old {
		// Pre-1.72: `-> bb1` is the return/success edge, unwinding to
		// the caller is implicit.
		if t.Unwind.Kind == UnwindTerminate {
			showUnwind = true
		} else {
			showUnwind = false
		}
	}
	switch {
	case len(succs) == 0 && !showUnwind:
	case len(succs) == 0:
		p.str(" -> ")
		p.unwind(t.Unwind)
	case len(succs) == 1 && !showUnwind:
		p.str(" -> ", succs[0].bb.String())
	default:
		p.str(" -> [")
		for i, s := range succs {
			if i > 0 {
				p.str(", ")
			}
			if s.bb == NoBlock {
				p.str(s.label)
			} else {
				p.str(s.label, ": ", s.bb.String())
			}
		}
		if showUnwind {
			p.str(", ")
			p.unwind(t.Unwind)
		}
		p.str("]")
	}
}

func (p *printer) unwind(u Unwind) {
	switch u.Kind {
	case UnwindContinue:
		p.str("unwind continue")
	case UnwindUnreachable:
		p.str("unwind unreachable")
	case UnwindTerminate:
		if u.Reason == "" {
			p.str("unwind terminate")
		} else {
			p.str("unwind terminate(", u.Reason, ")")
		}
	case UnwindCleanup:
		p.str("unwind: ", u.Block.String())
	}
}

// AssertTemplate returns the message rustc prints for an assert of kind k
// (op is the operator of an AssertOverflow), or "" for AssertOther.
func AssertTemplate(k AssertKind, op BinOp) string {
	switch k {
	case AssertBoundsCheck:
		return "index out of bounds: the length is {} but the index is {}"
	case AssertOverflow:
		switch op.Base() {
		case BinAdd:
			return "attempt to compute `{} + {}`, which would overflow"
		case BinSub:
			return "attempt to compute `{} - {}`, which would overflow"
		case BinMul:
			return "attempt to compute `{} * {}`, which would overflow"
		case BinDiv:
			return "attempt to compute `{} / {}`, which would overflow"
		case BinRem:
			return "attempt to compute the remainder of `{} % {}`, which would overflow"
		case BinShl:
			return "attempt to shift left by `{}`, which would overflow"
		case BinShr:
			return "attempt to shift right by `{}`, which would overflow"
		}
	case AssertOverflowNeg:
		return "attempt to negate `{}`, which would overflow"
	case AssertDivisionByZero:
		return "attempt to divide `{}` by zero"
	case AssertRemainderByZero:
		return "attempt to calculate the remainder of `{}` with a divisor of zero"
	case AssertMisalignedPointerDereference:
		return "misaligned pointer dereference: address must be a multiple of {} but is {}"
	case AssertNullPointerDereference:
		return "null pointer dereference occurred"
	case AssertResumedAfterReturn:
		return "coroutine resumed after completion"
	case AssertResumedAfterPanic:
		return "coroutine resumed after panicking"
	case AssertResumedAfterDrop:
		return "coroutine resumed after async drop"
	}
	return ""
}

func (p *printer) assertMsg(m *AssertMsg) {
	if m == nil {
		p.str(`""`)
		return
	}
	tmpl := m.Template
	if tmpl == "" {
		tmpl = AssertTemplate(m.Kind, m.Op)
	}
	// rustc writes the template literally; it never holds `"` or `\`,
	// but escape them so a decoded template prints back as it was read.
	p.WriteByte('"')
	for _, r := range tmpl {
		switch r {
		case '"':
			p.str(`\"`)
		case '\\':
			p.str(`\\`)
		case '\n':
			p.str(`\n`)
		default:
			p.WriteRune(r)
		}
	}
	p.WriteByte('"')
	if m.Old {
		return
	}
	for _, a := range m.Args {
		p.str(", ")
		p.operand(a)
	}
}

// ---------------------------------------------------------------------------
// Constants

func (p *printer) constant(c *Const) {
	if c == nil {
		p.str("?")
		return
	}
	switch c.Kind {
	case ConstInt:
		p.str(formatInt(c))
		if c.Pattern != "" {
			p.str(" is ", c.Pattern) // a pattern-type value: 1_u32 is 1..
		}
	case ConstBool:
		if c.Int.IsZero() {
			p.str("false")
		} else {
			p.str("true")
		}
	case ConstChar:
		p.str(QuoteChar(rune(c.Int.Lo)))
	case ConstFloat:
		p.str(formatFloat(c))
	case ConstUnit:
		p.str("()")
	case ConstStr:
		p.str(QuoteStr(c.Bytes))
	case ConstByteStr:
		if c.Deref {
			p.str("*")
		}
		p.str(QuoteByteStr(c.Bytes))
	case ConstTuple:
		p.str("(")
		p.consts(c.Fields)
		if len(c.Fields) == 1 {
			p.str(",")
		}
		p.str(")")
	case ConstArray:
		p.str("[")
		p.consts(c.Fields)
		p.str("]")
	case ConstAdt:
		p.str(c.Path.String())
		switch {
		case c.Braces > 0 || len(c.Names) > 0:
			open, close := " {{ ", " }}"
			if c.Braces == 1 {
				open, close = " { ", " }"
			}
			p.str(open)
			for i, f := range c.Fields {
				if i > 0 {
					p.str(", ")
				}
				if i < len(c.Names) {
					p.str(c.Names[i])
				}
				p.str(": ")
				p.constant(f)
			}
			p.str(close)
		case len(c.Fields) > 0:
			p.str("(")
			p.consts(c.Fields)
			p.str(")")
		}
	case ConstItem, ConstFn:
		if c.Old && c.Text != "" {
			p.str(c.Text) // Unevaluated(FOO, Slice([]))
		} else {
			p.str(c.Path.String())
		}
	case ConstAlloc:
		p.str("{alloc", strconv.Itoa(c.Alloc))
		if c.Offset != 0 {
			p.str("+0x", strconv.FormatUint(c.Offset, 16))
		}
		p.str(c.Text, ": ", c.Ty.String(), "}") // Text: an `<imm>` suffix
	case ConstStatic:
		if strings.HasPrefix(c.Text, "<static(") {
			p.str(c.Text)
		} else {
			p.str("<static(", c.Text, ")>")
		}
	case ConstIntPtr:
		addr := c.Text
		if addr == "" {
			addr = hexU128(c.Int)
		}
		p.str("{", addr, " as ", c.Ty.String(), "}")
	case ConstTransmute:
		p.str("{transmute(", transmuteText(c), "): ", c.Ty.String(), "}")
	case ConstZeroSized:
		p.str("ZeroSized: ", c.Ty.String())
	case ConstUnreachable:
		p.str("{unreachable(): ", c.Ty.String(), "}")
	case ConstScalar:
		// Text is the whole old form, `Scalar(0x02): T` included.
		if c.Text != "" {
			p.str(c.Text)
			break
		}
		p.str("Scalar(", hexU128(c.Int), ")")
		if c.Ty != nil {
			p.str(": ", c.Ty.String())
		}
	case ConstFnPtr:
		p.str("{", c.Path.String(), " as ", c.Ty.String(), "}")
	default:
		p.str(c.Text)
	}
}

func (p *printer) consts(cs []*Const) {
	for i, f := range cs {
		if i > 0 {
			p.str(", ")
		}
		p.constant(f)
	}
}

// transmuteText is the inside of {transmute(...): T}: the scalar's bytes
// as zero-padded hex (Text holds the printed form or the size in bytes),
// or `()` for a zero-sized value.
func transmuteText(c *Const) string {
	if strings.HasPrefix(c.Text, "0x") || strings.HasPrefix(c.Text, "(") {
		return c.Text
	}
	if n, err := strconv.Atoi(c.Text); err == nil && n > 0 {
		h := u128Hex(c.Int)
		if len(h) < 2*n {
			h = strings.Repeat("0", 2*n-len(h)) + h
		}
		return "0x" + h
	}
	return hexU128(c.Int)
}

// formatInt prints an integer constant as rustc's ConstInt Debug does:
// `5_u32`, `-2_i32`, `i32::MIN` when Named, and `5u32` when Old.
func formatInt(c *Const) string {
	t := c.Ty
	if t == nil {
		// No suffix (a repeat count, or hand-written text): negative
		// values were stored as 128-bit two's complement.
		if int64(c.Int.Hi) < 0 {
			return "-" + u128Dec(c.Int.Neg())
		}
		return u128Dec(c.Int)
	}
	if c.Named {
		if t.Kind == TyInt && isSignedMin(c.Int, t) {
			return t.Text + "::MIN"
		}
		return t.Text + "::MAX"
	}
	v := intValue(c.Int, t)
	if c.Old {
		return v + t.Text
	}
	return v + "_" + t.Text
}

// IntConst returns an integer constant of type t as rustc 1.95 prints
// it: by name when v is the type's MIN (signed) or MAX.
func IntConst(v U128, t *Ty) *Const {
	c := &Const{Kind: ConstInt, Ty: t, Int: truncTo(v, t)}
	if t != nil && t.IsInteger() {
		c.Named = isSignedMin(c.Int, t) || c.Int == maxOf(t)
	}
	return c
}

func tyBits(t *Ty) uint {
	if t == nil || t.Bits == 0 {
		return 64
	}
	return uint(t.Bits)
}

func truncTo(v U128, t *Ty) U128 {
	if t == nil || !t.IsInteger() {
		return v
	}
	n := tyBits(t)
	switch {
	case n >= 128:
	case n >= 64:
		v.Hi &= (1<<(n-64) - 1)
		if n == 64 {
			v.Hi = 0
		}
	default:
		v.Hi = 0
		v.Lo &= 1<<n - 1
	}
	return v
}

func maxOf(t *Ty) U128 {
	n := tyBits(t)
	if t.Kind == TyInt {
		n--
	}
	switch {
	case n >= 128:
		return U128{^uint64(0), ^uint64(0)}
	case n >= 64:
		return U128{^uint64(0), 1<<(n-64) - 1}
	}
	return U128{Lo: 1<<n - 1}
}

func isSignedMin(v U128, t *Ty) bool {
	if t.Kind != TyInt {
		return false
	}
	n := tyBits(t)
	v = truncTo(v, t)
	if n > 64 {
		return v.Lo == 0 && v.Hi == 1<<(n-65)
	}
	return v.Hi == 0 && v.Lo == 1<<(n-1)
}

// intValue prints v in decimal, as a signed number when t is a signed
// integer type (v holds its two's complement, possibly sign-extended).
func intValue(v U128, t *Ty) string {
	if t != nil && t.Kind == TyInt {
		n := tyBits(t)
		v = truncTo(v, t)
		neg := false
		if n > 64 {
			neg = v.Hi>>(n-65)&1 == 1
		} else {
			neg = v.Lo>>(n-1)&1 == 1
		}
		if neg {
			// Sign-extend, negate.
			if n <= 64 {
				if n < 64 {
					v.Lo |= ^uint64(0) << n
				}
				v.Hi = ^uint64(0)
			} else if n < 128 {
				v.Hi |= ^uint64(0) << (n - 64)
			}
			return "-" + u128Dec(v.Neg())
		}
	}
	return u128Dec(v)
}

func u128Dec(v U128) string {
	if v.Hi == 0 {
		return strconv.FormatUint(v.Lo, 10)
	}
	// Split into base-10^19 digits.
	const e19 = 10000000000000000000
	var parts []uint64
	for v.Hi != 0 || v.Lo >= e19 {
		var r uint64
		v.Hi, r = bits.Div64(0, v.Hi, e19)
		v.Lo, r = bits.Div64(r, v.Lo, e19)
		parts = append(parts, r)
	}
	s := strconv.FormatUint(v.Lo, 10)
	for i := len(parts) - 1; i >= 0; i-- {
		d := strconv.FormatUint(parts[i], 10)
		s += strings.Repeat("0", 19-len(d)) + d
	}
	return s
}

func u128Hex(v U128) string {
	if v.Hi == 0 {
		return strconv.FormatUint(v.Lo, 16)
	}
	lo := strconv.FormatUint(v.Lo, 16)
	return strconv.FormatUint(v.Hi, 16) + strings.Repeat("0", 16-len(lo)) + lo
}

func hexU128(v U128) string { return "0x" + u128Hex(v) }

// formatFloat prints a float constant: Text as rustc printed it, with the
// type suffix (`2.5f64`, `NaN_f64`, `+Inf_f32`) when Text lacks it.
func formatFloat(c *Const) string {
	t := c.Text
	suffix := ""
	if c.Ty != nil {
		suffix = c.Ty.Text
	}
	if t == "" {
		t = floatText(c)
	}
	if suffix == "" || strings.HasSuffix(t, suffix) {
		return t
	}
	if strings.HasSuffix(t, "NaN") || strings.HasSuffix(t, "Inf") {
		return t + "_" + suffix
	}
	return t + suffix
}

// floatText renders the IEEE bits of a float constant when no printed
// form is known, as rustc does (rustc_apfloat's Display).
func floatText(c *Const) string {
	size := 64
	if c.Ty != nil && c.Ty.Bits != 0 {
		size = c.Ty.Bits
	}
	return FloatString(c.Int, size)
}

// FloatString formats the IEEE bits of a size-bit float (16, 32, 64 or
// 128) as rustc prints float constants, without the suffix: rustc_apfloat's
// Display, which rounds to 2 + precision*59/196 significant digits and
// writes 1f64 as `1`, 0.1 as `0.10000000000000001`, 1e16 as `1.0E+16`, and
// `NaN`, `+Inf`, `-Inf`, `-0`.
func FloatString(v U128, size int) string {
	var expBits, manBits uint
	switch size {
	case 16:
		expBits, manBits = 5, 10
	case 32:
		expBits, manBits = 8, 23
	case 128:
		expBits, manBits = 15, 112
	default:
		size, expBits, manBits = 64, 11, 52
	}
	x := new(big.Int).SetUint64(v.Hi)
	x.Lsh(x, 64).Or(x, new(big.Int).SetUint64(v.Lo))
	neg := x.Bit(size-1) == 1
	ef := new(big.Int).Rsh(x, manBits)
	ef.And(ef, big.NewInt(1<<expBits-1))
	man := new(big.Int).And(x, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), manBits), big.NewInt(1)))
	bias := int(1)<<(expBits-1) - 1
	sign := ""
	if neg {
		sign = "-"
	}
	e := int(ef.Int64())
	switch {
	case e == 1<<expBits-1 && man.Sign() == 0:
		if neg {
			return "-Inf"
		}
		return "+Inf"
	case e == 1<<expBits-1:
		return "NaN"
	case e == 0 && man.Sign() == 0:
		return sign + "0"
	}
	prec := int(manBits) + 1
	sig := man
	if e == 0 {
		e = 1 - bias
	} else {
		sig.SetBit(sig, int(manBits), 1)
		e -= bias
	}
	exp := e - (prec - 1) // value = sig * 2^exp
	if tz := int(sig.TrailingZeroBits()); tz > 0 {
		sig.Rsh(sig, uint(tz))
		exp += tz
	}
	if exp > 0 {
		sig.Lsh(sig, uint(exp))
		exp = 0
	} else if exp < 0 {
		sig.Mul(sig, new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(-exp)), nil))
	}
	precision := 2 + prec*59/196
	digits := sig.String() // sig * 10^exp
	// Like rustc_apfloat, first drop (without rounding) the low digits
	// beyond what the precision needs, then trailing zeros.
	required := (precision*196 + 58) / 59
	if discard := (sig.BitLen() - required) * 59 / 196; discard > 0 && discard < len(digits) {
		digits = digits[:len(digits)-discard]
		exp += discard
	}
	n := len(digits)
	for n > 1 && digits[n-1] == '0' {
		n--
		exp++
	}
	digits = digits[:n]
	if len(digits) > precision {
		dropped := len(digits) - precision
		up := digits[precision] >= '5' // rustc_apfloat rounds half up on one digit
		kept := []byte(digits[:precision])
		exp += dropped
		if up {
			i := len(kept) - 1
			for i >= 0 && kept[i] == '9' {
				i--
				exp++
			}
			if i < 0 {
				kept = []byte{'1'}
			} else {
				kept[i]++
				kept = kept[:i+1]
			}
		} else {
			for len(kept) > 1 && kept[len(kept)-1] == '0' {
				kept = kept[:len(kept)-1]
				exp++
			}
		}
		digits = string(kept)
	}
	nd := len(digits)
	const width = 3 // rustc_apfloat's default FormatMaxPadding
	var sci bool
	if exp >= 0 {
		sci = exp > width || nd+exp > precision
	} else if msd := exp + nd - 1; msd < 0 {
		sci = -msd > width
	}
	var b strings.Builder
	b.WriteString(sign)
	switch {
	case sci:
		e10 := exp + nd - 1
		b.WriteString(digits[:1])
		b.WriteByte('.')
		if nd == 1 {
			b.WriteByte('0')
		} else {
			b.WriteString(digits[1:])
		}
		b.WriteByte('E')
		if e10 >= 0 {
			b.WriteByte('+')
		}
		b.WriteString(strconv.Itoa(e10))
	case exp >= 0:
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", exp))
	case -exp < nd:
		b.WriteString(digits[:nd+exp])
		b.WriteByte('.')
		b.WriteString(digits[nd+exp:])
	default:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -exp-nd))
		b.WriteString(digits)
	}
	return b.String()
}

// ---------------------------------------------------------------------------
// Allocations

func (p *printer) alloc(a *Alloc) {
	p.str("alloc", strconv.Itoa(a.ID), " (")
	switch a.Kind {
	case AllocMemory:
		p.allocBody(a)
	case AllocStatic:
		p.str("static: ", a.Name, ", ")
		p.allocBody(a)
	case AllocStaticUneval:
		p.str("static: ", a.Name, ")")
	case AllocStaticError:
		p.str("static: ", a.Name, ", error during initializer evaluation)")
	case AllocExternStatic:
		p.str("extern static: ", a.Name, ")")
	case AllocFn:
		p.str("fn: ", a.Name, ")")
	case AllocVTable:
		if strings.HasPrefix(a.Name, "impl ") {
			p.str("vtable: ", a.Name, ")")
		} else {
			p.str("vtable: impl ", a.Name, ")")
		}
	case AllocDeallocated:
		p.str("deallocated)")
	}
}

// allocBody writes `size: S, align: A) {` and the byte lines, as rustc's
// display_allocation and write_allocation_bytes do.
func (p *printer) allocBody(a *Alloc) {
	p.str("size: ", u64s(a.Size), ", align: ", u64s(a.Align), ")")
	if a.Size == 0 {
		p.str(" {}")
		return
	}
	if a.Elided {
		p.str(" { .. }")
		return
	}
	p.str(" {\n")
	WriteAllocBytes(&p.Buffer, a, indent)
	p.str("}")
}

const bytesPerLine = 16

// WriteAllocBytes writes the hex dump lines of a (16 bytes a line, line
// offsets when larger than 16 bytes, `__` for uninitialized bytes,
// pointers as ╾──alloc5<imm>──╼, then an ASCII column), each line
// starting with prefix, as rustc's write_allocation_bytes.
func WriteAllocBytes(w *bytes.Buffer, a *Alloc, prefix string) {
	size := a.Size
	posWidth := len(strconv.FormatUint(size, 16))
	if size > bytesPerLine {
		fmt.Fprintf(w, "%s0x%0*x │ ", prefix, posWidth, 0)
	} else {
		w.WriteString(prefix)
	}
	ptrs := map[uint64]*AllocPtr{}
	for i := range a.Ptrs {
		ptrs[a.Ptrs[i].Offset] = &a.Ptrs[i]
	}
	byteAt := func(i uint64) byte {
		if i < uint64(len(a.Bytes)) {
			return a.Bytes[i]
		}
		return 0
	}
	initAt := func(i uint64) bool {
		if a.Init == nil {
			return i < uint64(len(a.Bytes))
		}
		return i < uint64(len(a.Init)) && a.Init[i]
	}
	var ascii []rune
	var lineStart uint64
	endline := func() {
		for k := len(ascii); k < bytesPerLine; k++ {
			w.WriteString("   ")
		}
		w.WriteString(" │ ")
		w.WriteString(string(ascii))
		w.WriteByte('\n')
	}
	newline := func() {
		endline()
		lineStart += bytesPerLine
		fmt.Fprintf(w, "%s0x%0*x │ ", prefix, posWidth, lineStart)
	}
	for i := uint64(0); i < size; {
		if i != lineStart {
			w.WriteByte(' ')
		}
		if pt := ptrs[i]; pt != nil && pt.Size != 1 {
			psize := pt.Size
			if psize == 0 {
				psize = 8
			}
			target := ptrTarget(pt, false)
			if uint64(len(target)) > 3*(psize-1) {
				target = ptrTarget(pt, true)
			}
			oversized := func(width uint64) {
				if uint64(len(target)) > width {
					target += fmt.Sprintf(" (%d ptr bytes)", psize)
				}
			}
			if i-lineStart+psize > bytesPerLine {
				remainder := bytesPerLine - (i - lineStart)
				overflow := psize - remainder
				remW := int(3*remainder) - 2
				ovW := int(3*(overflow-1)) + 1
				ascii = append(ascii, '╾')
				for k := uint64(1); k < remainder; k++ {
					ascii = append(ascii, '─')
				}
				if ovW > remW && ovW >= len(target) {
					w.WriteString("╾" + center("", remW))
					newline()
					ascii = ascii[:0]
					w.WriteString(center(target, ovW) + "╼")
				} else {
					oversized(uint64(remW))
					w.WriteString("╾" + center(target, remW))
					newline()
					w.WriteString(center("", ovW) + "╼")
					ascii = ascii[:0]
				}
				for k := uint64(0); k < overflow-1; k++ {
					ascii = append(ascii, '─')
				}
				ascii = append(ascii, '╼')
				i += psize
				continue
			}
			width := 3 * (psize - 1)
			oversized(width)
			ascii = append(ascii, '╾')
			w.WriteString("╾" + center(target, int(width)) + "╼")
			for k := uint64(0); k+2 < psize; k++ {
				ascii = append(ascii, '─')
			}
			ascii = append(ascii, '╼')
			i += psize
		} else if pt != nil {
			// One byte of a pointer (a partially overwritten pointer).
			ascii = append(ascii, '━')
			fmt.Fprintf(w, "╾%02x%s (1 ptr byte)╼", byteAt(i), provText(pt, true))
			i++
		} else if initAt(i) {
			c := byteAt(i)
			fmt.Fprintf(w, "%02x", c)
			if c < 0x20 || c >= 0x7f {
				ascii = append(ascii, '.')
			} else {
				ascii = append(ascii, rune(c))
			}
			i++
		} else {
			w.WriteString("__")
			ascii = append(ascii, '░')
			i++
		}
		if i == lineStart+bytesPerLine && i != size {
			newline()
			ascii = ascii[:0]
		}
	}
	endline()
}

// provText is the provenance as Debug prints it: alloc5<imm>, or a5<imm>
// in the alternate form.
func provText(pt *AllocPtr, alt bool) string {
	s := "alloc"
	if alt {
		s = "a"
	}
	s += strconv.Itoa(pt.Target)
	if pt.Imm {
		s += "<imm>"
	}
	return s
}

// ptrTarget is a pointer as Debug prints it: alloc5, alloc5+0x4<imm>.
func ptrTarget(pt *AllocPtr, alt bool) string {
	s := "alloc"
	if alt {
		s = "a"
	}
	s += strconv.Itoa(pt.Target)
	if pt.TargetOffset != 0 {
		s += "+0x" + strconv.FormatUint(pt.TargetOffset, 16)
	}
	if pt.Imm {
		s += "<imm>"
	}
	return s
}

// center pads s with '─' to width as Rust's `{:─^width$}` does (the extra
// fill character goes to the right).
func center(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	pad := width - n
	left := pad / 2
	return strings.Repeat("─", left) + s + strings.Repeat("─", pad-left)
}

// ---------------------------------------------------------------------------
// Rust Debug escaping

// QuoteStr returns s as Rust's `<str as Debug>::fmt` prints
// String::from_utf8_lossy(s): in double quotes, with \t \r \n \\ \" \0
// escaped, grapheme extenders and unprintable characters as \u{XX}, and
// invalid UTF-8 replaced by U+FFFD one maximal invalid sequence at a time.
func QuoteStr(s []byte) string {
	var b strings.Builder
	b.WriteByte('"')
	for len(s) > 0 {
		valid, invalid := utf8Chunk(s)
		for _, r := range string(s[:valid]) {
			escapeDebug(&b, r, false, true)
		}
		if invalid > 0 {
			b.WriteRune(utf8.RuneError)
		}
		s = s[valid+invalid:]
	}
	b.WriteByte('"')
	return b.String()
}

// QuoteChar returns r as Rust's `<char as Debug>::fmt` prints it: 'x',
// '\”, '"', '\n', '\u{301}'.
func QuoteChar(r rune) string {
	var b strings.Builder
	b.WriteByte('\'')
	escapeDebug(&b, r, true, false)
	b.WriteByte('\'')
	return b.String()
}

// QuoteByteStr returns b"..." with the bytes escaped as Rust's
// `<[u8]>::escape_ascii` does: \t \r \n \\ \' \" and \xNN for anything
// outside printable ASCII.
func QuoteByteStr(s []byte) string {
	var b strings.Builder
	b.WriteString(`b"`)
	for _, c := range s {
		switch c {
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		case '\n':
			b.WriteString(`\n`)
		case '\\':
			b.WriteString(`\\`)
		case '\'':
			b.WriteString(`\'`)
		case '"':
			b.WriteString(`\"`)
		default:
			if c >= 0x20 && c < 0x7f {
				b.WriteByte(c)
			} else {
				fmt.Fprintf(&b, `\x%02x`, c)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// escapeDebug writes r as char::escape_debug_ext with
// escape_grapheme_extended set.
func escapeDebug(b *strings.Builder, r rune, singleQuote, doubleQuote bool) {
	switch {
	case r == 0:
		b.WriteString(`\0`)
	case r == '\t':
		b.WriteString(`\t`)
	case r == '\r':
		b.WriteString(`\r`)
	case r == '\n':
		b.WriteString(`\n`)
	case r == '\\':
		b.WriteString(`\\`)
	case r == '"' && doubleQuote:
		b.WriteString(`\"`)
	case r == '\'' && singleQuote:
		b.WriteString(`\'`)
	case unicodeEscapedRune(r):
		fmt.Fprintf(b, `\u{%x}`, r)
	default:
		b.WriteRune(r)
	}
}

// unicodeEscapedRune reports whether Rust's Debug writes r as \u{..}:
// a grapheme extender or an unprintable character (per the tables of the
// rustc that generated escapes.go).
func unicodeEscapedRune(r rune) bool {
	if r >= 0x20 && r < 0x7f {
		return false
	}
	if r < 0 || r > unicode.MaxRune {
		return true
	}
	n := len(unicodeEscaped) / 2
	i := sort.Search(n, func(i int) bool { return unicodeEscaped[2*i+1] >= uint32(r) })
	return i < n && unicodeEscaped[2*i] <= uint32(r)
}

// utf8Chunk splits s as Rust's Utf8Chunks does: the length of the valid
// prefix and of the invalid sequence after it (0 at the end).
func utf8Chunk(s []byte) (valid, invalid int) {
	get := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	cont := func(c byte) bool { return int8(c) < -64 }
	i := 0
	for i < len(s) {
		c := s[i]
		i++
		if c >= 0x80 {
			ok := true
			switch {
			case c >= 0xC2 && c <= 0xDF:
				if !cont(get(i)) {
					ok = false
					break
				}
				i++
			case c >= 0xE0 && c <= 0xEF:
				d := get(i)
				switch {
				case c == 0xE0 && d >= 0xA0 && d <= 0xBF,
					c >= 0xE1 && c <= 0xEC && d >= 0x80 && d <= 0xBF,
					c == 0xED && d >= 0x80 && d <= 0x9F,
					c >= 0xEE && d >= 0x80 && d <= 0xBF:
				default:
					ok = false
				}
				if !ok {
					break
				}
				i++
				if !cont(get(i)) {
					ok = false
					break
				}
				i++
			case c >= 0xF0 && c <= 0xF4:
				d := get(i)
				switch {
				case c == 0xF0 && d >= 0x90 && d <= 0xBF,
					c >= 0xF1 && c <= 0xF3 && d >= 0x80 && d <= 0xBF,
					c == 0xF4 && d >= 0x80 && d <= 0x8F:
				default:
					ok = false
				}
				if !ok {
					break
				}
				i++
				for k := 0; k < 2; k++ {
					if !cont(get(i)) {
						ok = false
						break
					}
					i++
				}
			default:
				ok = false
			}
			if !ok {
				return valid, i - valid
			}
		}
		valid = i
	}
	return valid, 0
}
