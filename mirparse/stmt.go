// stmt.go parses statements, terminators and successor lists.

package mirparse

import (
	"strings"

	"mirlsp/mir"
)

// parseStmtOrTerm parses one line of a block; exactly one result is non-nil.
func (p *parser) parseStmtOrTerm() (*mir.Stmt, *mir.Terminator) {
	t := p.tok
	if t.kind == tIdent {
		switch t.text {
		case "StorageLive", "StorageDead":
			if p.peek().text == "(" {
				p.advance()
				p.expect("(")
				st := &mir.Stmt{Kind: mir.StmtStorageLive, Local: p.parseLocal()}
				if t.text == "StorageDead" {
					st.Kind = mir.StmtStorageDead
				}
				p.expect(")")
				return st, nil
			}
		case "discriminant":
			if p.peek().text == "(" {
				p.advance()
				p.expect("(")
				pl := p.parsePlace()
				p.expect(")")
				p.expect("=")
				n := p.expectInt()
				return &mir.Stmt{Kind: mir.StmtSetDiscriminant, Place: pl, Variant: n}, nil
			}
		case "Retag":
			p.advance()
			p.expect("(")
			st := &mir.Stmt{Kind: mir.StmtRetag}
			if p.isPunct("[") {
				s := p.tok.start
				p.skipBalanced()
				st.SetExtra().Text = p.lx.str[s:p.tok.start]
			}
			st.Place = p.parsePlace()
			p.expect(")")
			return st, nil
		case "PlaceMention", "BackwardIncompatibleDropHint", "Deinit":
			if p.peek().text == "(" {
				p.advance()
				p.expect("(")
				st := &mir.Stmt{Kind: map[string]mir.StmtKind{"PlaceMention": mir.StmtPlaceMention,
					"BackwardIncompatibleDropHint": mir.StmtBackwardIncompatibleDropHint, "Deinit": mir.StmtDeinit}[t.text]}
				st.Place = p.parsePlace()
				p.expect(")")
				return st, nil
			}
		case "FakeRead":
			p.advance()
			p.expect("(")
			s := p.tok.start
			p.skipBalancedUntil(",")
			st := &mir.Stmt{Kind: mir.StmtFakeRead, Rare: &mir.StmtRare{Text: p.textFrom(s)}}
			p.expect(",")
			st.Place = p.parsePlace()
			p.expect(")")
			return st, nil
		case "AscribeUserType":
			p.advance()
			p.expect("(")
			st := &mir.Stmt{Kind: mir.StmtAscribeUserType}
			st.Place = p.parsePlace()
			p.expect(",")
			s := p.tok.start
			p.skipBalancedUntil(")")
			st.SetExtra().Text = p.textFrom(s)
			p.expect(")")
			return st, nil
		case "Coverage":
			s := p.tok.start
			p.skipBalancedUntil(";")
			return &mir.Stmt{Kind: mir.StmtCoverage, Rare: &mir.StmtRare{Text: p.textFrom(s)}}, nil
		case "assume":
			if p.peek().text == "(" {
				p.advance()
				p.expect("(")
				op := p.parseOperand()
				p.expect(")")
				return &mir.Stmt{Kind: mir.StmtAssume, Ops: []mir.Operand{op}}, nil
			}
		case "copy_nonoverlapping":
			if p.peek().text == "(" {
				p.advance()
				p.expect("(")
				st := &mir.Stmt{Kind: mir.StmtCopyNonOverlapping}
				for i, name := range []string{"dst", "src", "count"} {
					if i > 0 {
						p.expect(",")
					}
					p.expect(name)
					p.expect("=")
					st.Ops = append(st.Ops, p.parseOperand())
				}
				p.expect(")")
				return st, nil
			}
		case "ConstEvalCounter":
			p.advance()
			return &mir.Stmt{Kind: mir.StmtConstEvalCounter}, nil
		case "nop":
			p.advance()
			return &mir.Stmt{Kind: mir.StmtNop}, nil
		case "goto":
			p.advance()
			term := &mir.Terminator{Kind: mir.TermGoto, Target: mir.NoBlock}
			p.expect("->")
			term.Target = p.parseBlockRef()
			return nil, term
		case "switchInt":
			p.advance()
			p.expect("(")
			term := &mir.Terminator{Kind: mir.TermSwitchInt, Target: mir.NoBlock, Otherwise: mir.NoBlock}
			term.Discr = p.parseOperand()
			p.expect(")")
			p.parseSwitchTargets(term)
			return nil, term
		case "return", "unreachable", "resume", "coroutine_drop", "abort", "falseEdge", "falseUnwind":
			kind := map[string]mir.TermKind{"return": mir.TermReturn, "unreachable": mir.TermUnreachable,
				"resume": mir.TermResume, "coroutine_drop": mir.TermCoroutineDrop, "abort": mir.TermAbort,
				"falseEdge": mir.TermFalseEdge, "falseUnwind": mir.TermFalseUnwind}[t.text]
			p.advance()
			term := newTerm(kind)
			if kind == mir.TermFalseEdge || kind == mir.TermFalseUnwind {
				p.parseSuccessors(term)
			}
			return nil, term
		case "terminate":
			p.advance()
			p.expect("(")
			term := newTerm(mir.TermTerminate)
			term.SetExtra().Text = p.expectIdent().text
			p.expect(")")
			return nil, term
		case "drop":
			if p.peek().text == "(" {
				p.advance()
				p.expect("(")
				term := newTerm(mir.TermDrop)
				term.Place = p.parsePlace()
				p.expect(")")
				p.parseSuccessors(term)
				return nil, term
			}
		case "async":
			if p.peek().text == "drop" {
				p.advance()
				p.advance()
				p.expect("(")
				term := newTerm(mir.TermAsyncDrop)
				term.Place = p.parsePlace()
				p.expect(";")
				p.expect("poll")
				p.expect("=")
				term.SetExtra().Poll = p.parsePlace()
				p.expect(")")
				p.parseSuccessors(term)
				return nil, term
			}
		case "tailcall":
			p.advance()
			term := newTerm(mir.TermTailCall)
			term.Func = p.parseCallee()
			term.Args = p.parseArgs()
			return nil, term
		case "assert":
			if p.peek().text == "(" {
				p.advance()
				return nil, p.parseAssert()
			}
		case "asm":
			if p.peek().text == "!" {
				term := newTerm(mir.TermInlineAsm)
				s := p.tok.start
				p.advance()
				p.advance()
				p.skipBalanced()
				term.SetExtra().Text = p.textFrom(s)
				if p.isPunct("->") {
					p.parseSuccessors(term)
				}
				return nil, term
			}
		}
	}
	// Place = Rvalue, a call, or a yield.
	dest := p.parsePlace()
	p.expect("=")
	if p.is("yield") && p.peek().text == "(" {
		p.advance()
		p.expect("(")
		term := newTerm(mir.TermYield)
		term.Place = dest
		term.SetExtra().Value = p.parseOperand()
		p.expect(")")
		p.parseSuccessors(term)
		return nil, term
	}
	if p.is("const") {
		// Old call syntax: _1 = const foo(move _2) -> bb1;
		m := p.mark()
		var term *mir.Terminator
		if p.try(func() bool {
			p.advance()
			fn, ok := p.tryOldCall()
			if !ok {
				return false
			}
			args := p.parseArgs()
			if !p.isPunct("->") {
				return false
			}
			term = newTerm(mir.TermCall)
			term.Place, term.Func, term.Args = dest, fn, args
			p.parseSuccessors(term)
			return true
		}) {
			return nil, term
		}
		p.reset(m)
	}
	rv := p.parseRvalue()
	if p.isPunct("(") || p.isPunct("->") {
		// A call: the "rvalue" was the callee (a path aggregate with
		// arguments, or an operand such as `move _3`).
		term := newTerm(mir.TermCall)
		term.Place = dest
		if p.isPunct("(") {
			if rv.Kind != mir.RvUse {
				p.fail("expected `;`")
			}
			term.Func = rv.A
			term.Args = p.parseArgs()
		} else {
			fn, args, ok := calleeOf(rv)
			if !ok {
				p.fail("expected `;`")
			}
			term.Func, term.Args = fn, args
		}
		p.parseSuccessors(term)
		p.fixCallSuccessors(term)
		return nil, term
	}
	return &mir.Stmt{Kind: mir.StmtAssign, Place: dest, Rvalue: rv}, nil
}

func newTerm(k mir.TermKind) *mir.Terminator {
	return &mir.Terminator{Kind: k, Target: mir.NoBlock, Otherwise: mir.NoBlock}
}

// tryOldCall parses the callee of `const foo(...)` in old syntax.
func (p *parser) tryOldCall() (mir.Operand, bool) {
	m := p.mark()
	path, span := p.parsePath(true)
	if !p.isPunct("(") {
		p.reset(m)
		return mir.Operand{}, false
	}
	c := &mir.Const{Kind: mir.ConstFn, Path: path, Span: span, Old: true}
	return mir.Operand{Kind: mir.OpConst, Const: c, Span: span}, true
}

// calleeOf turns a parsed aggregate `f(a, b)` back into callee and args.
func calleeOf(rv *mir.Rvalue) (mir.Operand, []mir.Operand, bool) {
	switch rv.Kind {
	case mir.RvAggregate:
		a := rv.Agg
		if a.Kind != mir.AggAdt || a.Named {
			return mir.Operand{}, nil, false
		}
		c := &mir.Const{Kind: mir.ConstFn, Path: a.Path}
		if !a.Parens {
			// f -> ... with no argument list cannot be a call.
			return mir.Operand{}, nil, false
		}
		return mir.Operand{Kind: mir.OpConst, Const: c, Span: a.PathSpan}, a.Ops, true
	case mir.RvBinary:
		// A user fn named like a binary operator: Add(a, b) -> ...
		c := &mir.Const{Kind: mir.ConstFn, Path: &mir.Path{Segs: []mir.PathSeg{{Name: rv.Op.String()}}, Text: rv.Op.String()}}
		return mir.Operand{Kind: mir.OpConst, Const: c}, []mir.Operand{rv.A, rv.B}, true
	}
	return mir.Operand{}, nil, false
}

// parseCallee parses a callee: a fn path or an operand.
func (p *parser) parseCallee() mir.Operand {
	if p.is("copy") || p.is("move") || p.isPunct("(") {
		return p.parseOperand()
	}
	if _, ok := localNumber(p.tok); ok {
		return p.parseOperand()
	}
	if p.is("const") {
		p.advance()
	}
	path, span := p.parsePath(true)
	return mir.Operand{Kind: mir.OpConst, Const: &mir.Const{Kind: mir.ConstFn, Path: path, Span: span}, Span: span}
}

// parseArgs parses `(op, op, ...)`.
func (p *parser) parseArgs() []mir.Operand {
	p.expect("(")
	var args []mir.Operand
	for !p.isPunct(")") {
		args = append(args, p.parseOperand())
		if !p.got(",") {
			break
		}
	}
	p.expect(")")
	return args
}

// parseAssert parses the rest of assert(...) -> succ.
func (p *parser) parseAssert() *mir.Terminator {
	p.expect("(")
	term := newTerm(mir.TermAssert)
	term.Expected = true
	if p.got("!") {
		term.Expected = false
	}
	term.Cond = p.parseOperand()
	p.expect(",")
	if p.tok.kind != tString {
		p.fail("expected the assert message")
	}
	msg := &mir.AssertMsg{Template: p.tok.val}
	p.advance()
	for p.got(",") {
		msg.Args = append(msg.Args, p.parseOperand())
	}
	p.expect(")")
	classifyAssert(msg)
	term.Msg = msg
	p.parseSuccessors(term)
	return term
}

// classifyAssert sets the AssertKind of a message from its template.
func classifyAssert(m *mir.AssertMsg) {
	t := m.Template
	switch {
	case strings.HasPrefix(t, "index out of bounds: the len"):
		m.Kind = mir.AssertBoundsCheck
	case t == "attempt to negate `{}`, which would overflow":
		m.Kind = mir.AssertOverflowNeg
	case t == "attempt to divide `{}` by zero":
		m.Kind = mir.AssertDivisionByZero
	case t == "attempt to calculate the remainder of `{}` with a divisor of zero":
		m.Kind = mir.AssertRemainderByZero
	case t == "attempt to compute the remainder of `{} % {}`, which would overflow":
		m.Kind, m.Op = mir.AssertOverflow, mir.BinRem
	case strings.HasPrefix(t, "attempt to compute `{} ") && strings.HasSuffix(t, " {}`, which would overflow"):
		m.Kind = mir.AssertOverflow
		switch t[len("attempt to compute `{} ")] {
		case '+':
			m.Op = mir.BinAdd
		case '-':
			m.Op = mir.BinSub
		case '*':
			m.Op = mir.BinMul
		case '/':
			m.Op = mir.BinDiv
		default:
			m.Kind = mir.AssertOther
		}
	case t == "attempt to shift left by `{}`, which would overflow":
		m.Kind, m.Op = mir.AssertOverflow, mir.BinShl
	case t == "attempt to shift right by `{}`, which would overflow":
		m.Kind, m.Op = mir.AssertOverflow, mir.BinShr
	case strings.HasPrefix(t, "misaligned pointer dereference"):
		m.Kind = mir.AssertMisalignedPointerDereference
	case t == "null pointer dereference occurred":
		m.Kind = mir.AssertNullPointerDereference
	case strings.HasSuffix(t, "resumed after completion"):
		m.Kind = mir.AssertResumedAfterReturn
	case strings.HasSuffix(t, "resumed after panicking"):
		m.Kind = mir.AssertResumedAfterPanic
	case strings.HasSuffix(t, "resumed after async drop"):
		m.Kind = mir.AssertResumedAfterDrop
	default:
		if op, ok := oldOverflowMsgs[t]; ok {
			m.Kind, m.Op, m.Old = mir.AssertOverflow, op, true
			return
		}
		switch t {
		case "attempt to negate with overflow":
			m.Kind, m.Old = mir.AssertOverflowNeg, true
		case "attempt to divide by zero":
			m.Kind, m.Old = mir.AssertDivisionByZero, true
		case "attempt to calculate the remainder with a divisor of zero":
			m.Kind, m.Old = mir.AssertRemainderByZero, true
		default:
			m.Kind = mir.AssertOther
		}
	}
}

// oldOverflowMsgs are the pre-1.46 overflow texts without operands.
var oldOverflowMsgs = map[string]mir.BinOp{
	"attempt to add with overflow":                        mir.BinAdd,
	"attempt to subtract with overflow":                   mir.BinSub,
	"attempt to multiply with overflow":                   mir.BinMul,
	"attempt to divide with overflow":                     mir.BinDiv,
	"attempt to calculate the remainder with overflow":    mir.BinRem,
	"attempt to shift left with overflow":                 mir.BinShl,
	"attempt to shift right with overflow":                mir.BinShr,
	"attempt to compute the remainder with overflow":      mir.BinRem,
	"attempt to calculate the remainder of with overflow": mir.BinRem,
}

// parseBlockRef parses `bbN`.
func (p *parser) parseBlockRef() mir.BlockID {
	n, ok := blockNumber(p.tok)
	if !ok {
		p.fail("expected a basic block (bbN)")
	}
	p.advance()
	return mir.BlockID(n)
}

// succ is one parsed `label: bbN` successor.
type succ struct {
	label string
	bb    mir.BlockID
	start int
}

// parseSuccessorList parses what follows `->`: `bbN`, an unwind action,
// or `[label: bbN, ..., unwind ...]`. single is set for the bare `bbN`.
func (p *parser) parseSuccessorList() (list []succ, unwind mir.Unwind, single bool) {
	p.expect("->")
	if p.is("unwind") {
		return nil, p.parseUnwind(), false
	}
	if !p.isPunct("[") {
		return []succ{{bb: p.parseBlockRef()}}, unwind, true
	}
	p.advance()
	for !p.isPunct("]") {
		if p.is("unwind") && p.peek().text != ":" {
			unwind = p.parseUnwind()
		} else {
			start := p.tok.start
			var label string
			switch {
			case p.isPunct("-") || p.tok.kind == tNumber:
				s := p.tok.start
				p.advance()
				if p.tok.kind == tNumber {
					p.advance()
				}
				label = p.textFrom(s)
			case p.tok.kind == tIdent:
				label = p.tok.text
				p.advance()
			default:
				p.fail("expected a successor label")
			}
			p.expect(":")
			bb := p.parseBlockRef()
			if label == "unwind" {
				unwind = mir.Unwind{Kind: mir.UnwindCleanup, Block: bb}
			} else {
				list = append(list, succ{label: label, bb: bb, start: start})
			}
		}
		if !p.got(",") {
			break
		}
	}
	p.expect("]")
	return list, unwind, false
}

func (p *parser) parseUnwind() mir.Unwind {
	p.expect("unwind")
	switch {
	case p.got("continue"):
		return mir.Unwind{Kind: mir.UnwindContinue}
	case p.got("unreachable"):
		return mir.Unwind{Kind: mir.UnwindUnreachable}
	case p.got("terminate"):
		u := mir.Unwind{Kind: mir.UnwindTerminate}
		if p.got("(") {
			u.Reason = p.expectIdent().text
			p.expect(")")
		}
		return u
	}
	p.fail("expected an unwind action")
	return mir.Unwind{}
}

// parseSuccessors parses the successors of a non-switch terminator and
// assigns them by label.
func (p *parser) parseSuccessors(term *mir.Terminator) {
	if !p.isPunct("->") {
		switch term.Kind {
		case mir.TermReturn, mir.TermUnreachable, mir.TermResume, mir.TermTailCall, mir.TermInlineAsm:
			return
		}
		p.fail("expected `->`")
	}
	list, unwind, single := p.parseSuccessorList()
	term.Unwind = unwind
	if single {
		term.Target = list[0].bb
		term.Old = true
		return
	}
	for _, s := range list {
		switch s.label {
		case "return", "success", "real", "resume":
			term.Target = s.bb
		case "imaginary":
			term.SetExtra().Imaginary = s.bb
		case "drop":
			term.SetExtra().DropEdge = s.bb
		default:
			if term.Kind == mir.TermInlineAsm {
				term.SetExtra().Labels = append(term.Extra().Labels, s.label+": "+s.bb.String())
				continue
			}
			p.errorAt(mir.Span{Start: s.start, End: s.start + len(s.label)}, "unexpected successor label `%s`", s.label)
		}
	}
}

// fixCallSuccessors applies the 1.72+ rule: a call printed `-> bbN`
// whose destination is `!` diverges, and bbN is its unwind edge.
func (p *parser) fixCallSuccessors(term *mir.Terminator) {
	if !term.Old || p.body == nil {
		return
	}
	l := int(term.Place.Local)
	if len(term.Place.Proj) == 0 && l < len(p.body.Locals) && p.body.Locals[l] != nil &&
		p.body.Locals[l].Ty != nil && p.body.Locals[l].Ty.Kind == mir.TyNever {
		term.Unwind = mir.Unwind{Kind: mir.UnwindCleanup, Block: term.Target}
		term.Target = mir.NoBlock
	}
}

// parseSwitchTargets parses the successors of switchInt.
func (p *parser) parseSwitchTargets(term *mir.Terminator) {
	list, unwind, single := p.parseSuccessorList()
	if single || unwind.Kind != mir.UnwindNone {
		p.fail("expected switch targets")
	}
	for _, s := range list {
		if s.label == "otherwise" {
			term.Otherwise = s.bb
			continue
		}
		arm := mir.SwitchTarget{Target: s.bb}
		v, ok := parseSwitchValue(s.label)
		if !ok {
			p.errorAt(mir.Span{Start: s.start, End: s.start + len(s.label)}, "invalid switch value `%s`", s.label)
		}
		arm.Value = v
		if s.label != v.Decimal() {
			arm.Text = s.label
		}
		term.Arms = append(term.Arms, arm)
	}
	if term.Otherwise == mir.NoBlock {
		p.fail("switchInt without an `otherwise` target")
	}
}

// parseSwitchValue reads a switch label: 42, false, true, 0_isize, -1_i8.
func parseSwitchValue(s string) (mir.U128, bool) {
	switch s {
	case "false":
		return mir.U128{}, true
	case "true":
		return mir.U128From(1), true
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	if i := strings.IndexAny(s, "_iu"); i > 0 {
		s = s[:i]
	}
	v, ok := parseDecimal(s)
	if !ok {
		return v, false
	}
	if neg {
		v = v.Neg()
	}
	return v, true
}
