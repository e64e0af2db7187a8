// reg.go builds, for evaluations without a debugger or a trace, a second
// form of a compiled body — its run program — in which the statements
// proven useless vanish and common statement/terminator pairs are fused:
//
//   - a static pass (elideStorage) proves, per fast local, that every
//     read and write happens where rustc's storage semantics would have
//     the local live and (for reads) initialized; such a local is kept
//     live for the whole frame, and its StorageLive/StorageDead
//     statements are not executed. Its values are the same as with the
//     markers, since every read sees the last write in both;
//   - `_u = const ()` into a unit local that nothing reads, and that is
//     live wherever it is written, vanishes;
//   - `_p = XWithOverflow(a, b)` + `assert(!move _p.1)` + the target's
//     `_x = move _p.0` run as one checked instruction, and a comparison
//     followed by the switch on its result as one branch.
//
// Every fused instruction declines, as every compiled form does, when
// anything is unusual — the position it leaves in the frame is the first
// statement it has not executed, and the general path runs that one and
// words any error.

package eval

import "mirlsp/mir"

// runEntry is the run program's instruction at one position of a block
// (a statement, or len(Stmts) for the terminator).
type runEntry struct {
	op fastOp
	// at is the position op starts at: the first statement at or after
	// this position that is not elided.
	at int32
	// next is the position after op; -1 when op moved the frame itself
	// (terminators and fused forms that end the block).
	next int32
}

// runFused is runCompiled for evaluations without a debugger or trace.
// When a compiled call or return moves control to another frame with a
// compiled body, it goes on there; when it then declines, it reports
// true so that run looks at the new top frame again (a declining
// instruction has no effect, and runs again there).
func (in *interp) runFused(f *frame, cb *compiledBody) bool {
	moved := false
	for {
		e := &cb.run[f.block][f.stmt]
		f.stmt = int(e.at)
		if e.op == nil || !e.op(in, f) {
			return moved
		}
		if e.next >= 0 {
			f.stmt = int(e.next)
			continue
		}
		n := len(in.stack)
		if n == 0 {
			return true
		}
		if in.stack[n-1] == f {
			continue
		}
		if n <= in.retDepth {
			return true
		}
		nf := in.stack[n-1]
		if nf.cb == nil || nf.cb.run == nil {
			return true
		}
		f, cb, moved = nf, nf.cb, true
		in.curFile = f.file
	}
}

// countTerm counts a terminator about to run (as runCompiled does).
func (in *interp) countTerm() {
	in.terminators++
	if in.terminators&1023 == 0 {
		in.checkBudget()
	}
}

// elideStorage returns the fast locals whose storage markers may be
// dropped, and the unit assignments that may be (by block, statement).
func (c *compiler) elideStorage(b *mir.Body, info *bodyInfo) (elided []bool, unitDrop map[[2]int]bool) {
	n := len(b.Locals)
	elided = make([]bool, n)
	cand := make([]bool, n)
	any := false
	for i := b.ArgCount + 1; i < n; i++ {
		if info.hasStorage[i] && c.infos[i].kind != notFast && !info.inMem[i] {
			cand[i], any = true, true
		}
	}
	if !any {
		return elided, nil
	}
	for _, blk := range b.Blocks {
		for _, st := range blk.Stmts {
			switch st.Kind {
			case mir.StmtAssign, mir.StmtStorageLive, mir.StmtStorageDead, mir.StmtConstEvalCounter, mir.StmtNop:
			default:
				return elided, nil
			}
			if st.Kind == mir.StmtStorageLive || st.Kind == mir.StmtStorageDead {
				if int(st.Local) >= n || st.Local < 0 {
					return elided, nil
				}
			}
		}
		if t := blk.Term; t != nil {
			switch t.Kind {
			case mir.TermGoto, mir.TermSwitchInt, mir.TermReturn, mir.TermUnreachable, mir.TermAssert, mir.TermCall, mir.TermDrop:
			default:
				return elided, nil
			}
		}
	}
	bad := make([]bool, n)
	read := make([]bool, n) // any read at all
	// State per block entry: dead and uninit are "may" facts.
	type state struct{ dead, uninit []bool }
	entry := make([]*state, len(b.Blocks))
	st0 := &state{make([]bool, n), make([]bool, n)}
	for i := range cand {
		st0.dead[i] = cand[i]
		st0.uninit[i] = true
	}
	entry[0] = st0
	work := []int{0}
	queued := make([]bool, len(b.Blocks))
	queued[0] = true
	merge := func(to int, s *state) {
		if to < 0 || to >= len(b.Blocks) {
			return
		}
		e := entry[to]
		changed := false
		if e == nil {
			e = &state{append([]bool(nil), s.dead...), append([]bool(nil), s.uninit...)}
			entry[to] = e
			changed = true
		} else {
			for i := range s.dead {
				if s.dead[i] && !e.dead[i] {
					e.dead[i], changed = true, true
				}
				if s.uninit[i] && !e.uninit[i] {
					e.uninit[i], changed = true, true
				}
			}
		}
		if changed && !queued[to] {
			queued[to] = true
			work = append(work, to)
		}
	}
	for len(work) > 0 {
		bi := work[len(work)-1]
		work = work[:len(work)-1]
		queued[bi] = false
		s := &state{append([]bool(nil), entry[bi].dead...), append([]bool(nil), entry[bi].uninit...)}
		useLocal := func(l mir.Local) {
			if int(l) >= 0 && int(l) < n {
				read[l] = true
				if s.dead[l] || s.uninit[l] {
					bad[l] = true
				}
			}
		}
		usePlace := func(pl *mir.Place) {
			useLocal(pl.Local)
			for _, pr := range pl.Proj {
				if pr.Kind == mir.ProjIndex {
					useLocal(pr.Index)
				}
			}
		}
		useOp := func(o *mir.Operand) {
			if o.Kind == mir.OpCopy || o.Kind == mir.OpMove {
				usePlace(&o.Place)
			}
		}
		write := func(pl *mir.Place) {
			if len(pl.Proj) != 0 {
				usePlace(pl)
				return
			}
			if l := pl.Local; int(l) >= 0 && int(l) < n {
				if s.dead[l] {
					bad[l] = true
				}
				s.uninit[l] = false
			}
		}
		blk := b.Blocks[bi]
		for _, st := range blk.Stmts {
			switch st.Kind {
			case mir.StmtStorageLive:
				s.dead[st.Local], s.uninit[st.Local] = false, true
			case mir.StmtStorageDead:
				s.dead[st.Local], s.uninit[st.Local] = true, true
			case mir.StmtAssign:
				rv := st.Rvalue
				useOp(&rv.A)
				useOp(&rv.B)
				switch rv.Kind {
				case mir.RvRef, mir.RvRawPtr, mir.RvDiscriminant, mir.RvLen, mir.RvCopyForDeref:
					usePlace(&rv.Place)
				}
				if rv.Agg != nil {
					for i := range rv.Agg.Ops {
						useOp(&rv.Agg.Ops[i])
					}
				}
				for i := range st.Ops {
					useOp(&st.Ops[i])
				}
				write(&st.Place)
			}
		}
		t := blk.Term
		if t == nil {
			continue
		}
		switch t.Kind {
		case mir.TermGoto:
			merge(int(t.Target), s)
		case mir.TermSwitchInt:
			useOp(&t.Discr)
			for _, a := range t.Arms {
				merge(int(a.Target), s)
			}
			merge(int(t.Otherwise), s)
		case mir.TermReturn:
			useLocal(0)
		case mir.TermAssert:
			useOp(&t.Cond)
			if t.Msg != nil {
				for i := range t.Msg.Args {
					useOp(&t.Msg.Args[i])
				}
				for i := range t.Msg.Resolved {
					useOp(&t.Msg.Resolved[i])
				}
			}
			merge(int(t.Target), s)
		case mir.TermDrop:
			usePlace(&t.Place)
			merge(int(t.Target), s)
		case mir.TermCall:
			useOp(&t.Func)
			for i := range t.Args {
				useOp(&t.Args[i])
			}
			write(&t.Place)
			merge(int(t.Target), s)
		}
	}
	for i := range cand {
		elided[i] = cand[i] && !bad[i]
	}
	// Unit assignments to a unit local nothing reads, live wherever it is
	// written (elided, or without markers).
	for bi, blk := range b.Blocks {
		if entry[bi] == nil {
			continue // not reached: left as it is
		}
		for si, st := range blk.Stmts {
			if st.Kind != mir.StmtAssign || len(st.Place.Proj) != 0 {
				continue
			}
			d := int(st.Place.Local)
			if d <= b.ArgCount || d >= n || c.infos[d].kind != fastUnit || read[d] || !(elided[d] || !info.hasStorage[d]) {
				continue
			}
			rv := st.Rvalue
			if rv.Kind == mir.RvUse && rv.A.Kind == mir.OpConst && rv.A.Const.Kind == mir.ConstUnit ||
				rv.Kind == mir.RvAggregate && rv.Agg.Kind == mir.AggTuple && len(rv.Agg.Ops) == 0 {
				if unitDrop == nil {
					unitDrop = map[[2]int]bool{}
				}
				unitDrop[[2]int{bi, si}] = true
			}
		}
	}
	return elided, unitDrop
}

// buildRun builds cb.run from the statements' fast forms (raw: before
// batchStorage) and the terminators'.
func (c *compiler) buildRun(cb *compiledBody, b *mir.Body, info *bodyInfo, raw [][]fastOp, descs [][]seqItem) {
	elided, unitDrop := c.elideStorage(b, info)
	cb.eTemplate = append([]local(nil), cb.template...)
	cb.eLive = append([]bool(nil), cb.liveAtEntry...)
	for i, e := range elided {
		if e {
			cb.eTemplate[i].live = true
			cb.eLive[i] = true
		}
	}
	cb.run = make([][]runEntry, len(b.Blocks))
	skips := make([][]bool, len(b.Blocks))
	for bi, blk := range b.Blocks {
		skip := make([]bool, len(blk.Stmts))
		for si, st := range blk.Stmts {
			switch st.Kind {
			case mir.StmtStorageLive, mir.StmtStorageDead:
				skip[si] = int(st.Local) < len(elided) && elided[st.Local]
			case mir.StmtNop:
				skip[si] = true
			case mir.StmtAssign:
				skip[si] = unitDrop[[2]int{bi, si}]
			}
		}
		skips[bi] = skip
	}
	for bi, blk := range b.Blocks {
		ns := len(blk.Stmts)
		skip := skips[bi]
		run := make([]runEntry, ns+1)
		// The terminator, counted as runCompiled counts it.
		run[ns] = runEntry{at: int32(ns), next: -1}
		if cb.terms[bi] != nil {
			c.count = true
			run[ns].op = c.term(blk.Term)
			c.count = false
		}
		// Statements, from the last: a position's entry starts at the
		// first statement not skipped.
		for si := ns - 1; si >= 0; si-- {
			if skip[si] {
				run[si] = run[si+1]
				continue
			}
			st := blk.Stmts[si]
			op := raw[bi][si]
			next := int32(si + 1)
			if si == lastLive(skip) && op != nil && cb.terms[bi] != nil {
				if fop := c.fuseTail(b, skips, st, ns, blk.Term); fop != nil {
					op, next = fop, -1
				}
			}
			run[si] = runEntry{op: op, at: int32(si), next: next}
		}
		c.sequence(run, blk.Stmts, descs[bi])
		cb.run[bi] = run
	}
}

// seqItem is one instruction of a sequence: an op, or (op nil) one of
// the forms a sequence runs inline, each exactly as its op would.
type seqItem struct {
	op    fastOp
	pos   int32
	kind  uint8 // seqCopy ...
	size  uint8 // of d
	d, s  int32
	binop mir.BinOp
	it    IntTy // seqBin: the operands' type; itb the second's
	itb   IntTy
	a, b  src
}

const (
	seqOp    uint8 = iota // call op
	seqCopy               // _d = copy _s (integer locals of one type)
	seqBin                // _d = a binop b (integers, d a fast local)
	seqConst              // _d = const a
	seqTick               // ConstEvalCounter
)

// maxSeq bounds a sequence (each position of a block holds the sequence
// from it on).
const maxSeq = 16

// sequence replaces each entry of a block's run program by one op that
// runs it and the entries after it, as long as each has an op: a block
// runs as one call in the common case. A sequence that declines leaves
// the position of the instruction that declined.
func (c *compiler) sequence(run []runEntry, stmts []*mir.Stmt, descs []seqItem) {
	seqs := make([][]seqItem, len(run))
	for p := len(run) - 1; p >= 0; p-- {
		e := run[p]
		if int(e.at) != p || e.op == nil {
			continue
		}
		it := seqItem{op: e.op, pos: e.at}
		if p < len(stmts) && e.next == int32(p+1) {
			if d, s, ok := c.intCopy(stmts[p]); ok {
				it = seqItem{pos: e.at, kind: seqCopy, d: int32(d), s: int32(s)}
			} else if descs[p].kind != seqOp {
				it = descs[p]
				it.pos = e.at
			}
		}
		seq := []seqItem{it}
		if e.next >= 0 {
			if rest := seqs[run[e.next].at]; len(rest) != 0 && len(rest) < maxSeq {
				seq = append(seq, rest...)
			}
		}
		seqs[p] = seq
	}
	for p := range run {
		e := &run[p]
		if int(e.at) != p || len(seqs[p]) < 2 {
			continue
		}
		seq := seqs[p]
		last := seq[len(seq)-1]
		next := int32(-1)
		if le := run[last.pos]; le.next >= 0 {
			next = le.next
		}
		e.op, e.next = runSeq(seq), next
	}
	for p := range run {
		if e := &run[p]; int(e.at) != p {
			*e = run[e.at]
		}
	}
}

func runSeq(seq []seqItem) fastOp {
	return func(in *interp, f *frame) bool {
		for i := range seq {
			it := &seq[i]
			switch it.kind {
			case seqCopy:
				from, to := &f.locals[it.s], &f.locals[it.d]
				if !from.live || !to.live || from.imm.Kind != ImmScalar {
					f.stmt = int(it.pos)
					return false
				}
				to.imm = from.imm
			case seqBin:
				a, ok1 := it.a.get(in, f)
				b, ok2 := it.b.get(in, f)
				l := &f.locals[it.d]
				if !ok1 || !ok2 || !l.live {
					f.stmt = int(it.pos)
					return false
				}
				r, ok := binEval(it.binop, it.it, it.itb, a, b)
				if !ok {
					f.stmt = int(it.pos)
					return false
				}
				setInt(l, r, it.size)
			case seqConst:
				l := &f.locals[it.d]
				if !l.live {
					f.stmt = int(it.pos)
					return false
				}
				setInt(l, it.a.lit, it.size)
			case seqTick:
				f.stmt = int(it.pos)
				in.tick()
			default:
				f.stmt = int(it.pos)
				if !it.op(in, f) {
					return false
				}
			}
		}
		return true
	}
}

// intCopy reports whether st is `_d = copy _s` (or move) between integer
// locals of one type, which assign compiles to the same check and copy.
func (c *compiler) intCopy(st *mir.Stmt) (int, int, bool) {
	if st.Kind != mir.StmtAssign || st.Rvalue.Kind != mir.RvUse {
		return 0, 0, false
	}
	d, dl, ok := c.dest(&st.Place, fastInt)
	src := &st.Rvalue.A.Place
	if !ok || st.Rvalue.A.Kind != mir.OpCopy && st.Rvalue.A.Kind != mir.OpMove || len(src.Proj) != 0 ||
		c.infos[src.Local].kind != fastInt || c.infos[src.Local].it != dl.it {
		return 0, 0, false
	}
	return d, int(src.Local), true
}

// lastLive is the index of the last statement not skipped (-1: none).
func lastLive(skip []bool) int {
	for i := len(skip) - 1; i >= 0; i-- {
		if !skip[i] {
			return i
		}
	}
	return -1
}

// fuseTail fuses a block's last statement with its terminator: checked
// arithmetic with its overflow assert (and the target's read of the
// result), a comparison with the switch on it. nil: no such pair.
func (c *compiler) fuseTail(b *mir.Body, skips [][]bool, st *mir.Stmt, ns int, t *mir.Terminator) fastOp {
	if st.Kind != mir.StmtAssign || st.Rvalue.Kind != mir.RvBinary {
		return nil
	}
	rv := st.Rvalue
	sa, okA := c.source(&rv.A)
	sb, okB := c.source(&rv.B)
	if !okA || !okB {
		return nil
	}
	op := rv.Op
	switch {
	case op.WithOverflow() && t.Kind == mir.TermAssert && !t.Expected:
		d, dl, ok := c.dest(&st.Place, fastPair)
		cond := &t.Cond
		if !ok || cond.Kind != mir.OpCopy && cond.Kind != mir.OpMove || cond.Place.Local != st.Place.Local ||
			len(cond.Place.Proj) != 1 || !c.pairField(&cond.Place) || cond.Place.Proj[0].Field != 1 {
			return nil
		}
		_, ita, ok1 := c.reader(&rv.A)
		_, itb, ok2 := c.reader(&rv.B)
		it := ita
		if !ok1 || !ok2 || ita != itb || dl.it != it {
			return nil
		}
		var fn func(a, b mir.U128) (mir.U128, bool)
		switch op.Base() {
		case mir.BinAdd:
			fn = it.Add
		case mir.BinSub:
			fn = it.Sub
		case mir.BinMul:
			fn = it.Mul
		default:
			return nil
		}
		size := uint8(it.Size())
		target := int(t.Target)
		// The target's first statement `_x = move _p.0`, if it is.
		xi, xpos := -1, 0
		if tb := b.Blocks[target]; true {
			sk := skips[target]
			for xpos < len(tb.Stmts) && sk[xpos] {
				xpos++
			}
			if xpos < len(tb.Stmts) {
				x := tb.Stmts[xpos]
				if x.Kind == mir.StmtAssign && x.Rvalue.Kind == mir.RvUse {
					src := &x.Rvalue.A
					if xd, xl, ok := c.dest(&x.Place, fastInt); ok && xl.it == it && (src.Kind == mir.OpCopy || src.Kind == mir.OpMove) &&
						src.Place.Local == st.Place.Local && len(src.Place.Proj) == 1 && c.pairField(&src.Place) && src.Place.Proj[0].Field == 0 {
						xi = xd
					}
				}
			}
		}
		return func(in *interp, f *frame) bool {
			a, ok1 := sa.get(in, f)
			b, ok2 := sb.get(in, f)
			l := &f.locals[d]
			if !ok1 || !ok2 || !l.live {
				return false
			}
			r, o := fn(a, b)
			if o {
				return false // the general path runs it, the assert reports
			}
			l.imm.A, l.imm.B, l.imm.Kind = Scalar{Bits: r, Size: size}, ScalarBool(false), ImmPair
			f.stmt = ns
			in.countTerm()
			f.block, f.stmt = target, 0
			if xi >= 0 {
				if x := &f.locals[xi]; x.live {
					setInt(x, r, size)
					f.stmt = xpos + 1
				}
			}
			return true
		}
	case t.Kind == mir.TermSwitchInt && (op == mir.BinEq || op == mir.BinNe || op == mir.BinLt || op == mir.BinLe || op == mir.BinGt || op == mir.BinGe):
		// The raw op exists (the caller checked): the comparison's
		// operands passed its tests.
		d, dl, ok := c.dest(&st.Place, fastInt)
		discr := &t.Discr
		if !ok || dl.it != U8 || discr.Kind != mir.OpCopy && discr.Kind != mir.OpMove || discr.Place.Local != st.Place.Local || len(discr.Place.Proj) != 0 {
			return nil
		}
		_, it, ok1 := c.reader(&rv.A)
		if !ok1 {
			return nil
		}
		t0, t1 := int(t.Otherwise), int(t.Otherwise)
		for _, a := range t.Arms {
			switch a.Value {
			case mir.U128{}:
				t0 = int(a.Target)
			case mir.U128From(1):
				t1 = int(a.Target)
			}
		}
		for i := range t.Arms {
			// The first arm of a value wins, as the switch's loop has it.
			for j := 0; j < i; j++ {
				if t.Arms[j].Value == t.Arms[i].Value {
					return nil
				}
			}
		}
		return func(in *interp, f *frame) bool {
			a, ok1 := sa.get(in, f)
			b, ok2 := sb.get(in, f)
			l := &f.locals[d]
			if !ok1 || !ok2 || !l.live {
				return false
			}
			c := it.Cmp(a, b)
			var res bool
			switch op {
			case mir.BinEq:
				res = c == 0
			case mir.BinNe:
				res = c != 0
			case mir.BinLt:
				res = c < 0
			case mir.BinLe:
				res = c <= 0
			case mir.BinGt:
				res = c > 0
			default:
				res = c >= 0
			}
			target := t0
			if res {
				target = t1
				setInt(l, mir.U128From(1), 1)
			} else {
				setInt(l, mir.U128{}, 1)
			}
			f.stmt = ns
			in.countTerm()
			f.block, f.stmt = target, 0
			return true
		}
	}
	return nil
}

// binEval is the fast form of a binary operation (assign's fn): false
// when the general path must run it.
func binEval(op mir.BinOp, it, itb IntTy, a, b mir.U128) (mir.U128, bool) {
	switch op {
	case mir.BinAdd:
		r, _ := it.Add(a, b)
		return r, true
	case mir.BinSub:
		r, _ := it.Sub(a, b)
		return r, true
	case mir.BinMul:
		r, _ := it.Mul(a, b)
		return r, true
	case mir.BinDiv:
		if b.IsZero() {
			return a, false
		}
		r, o := it.Div(a, b)
		return r, !o
	case mir.BinRem:
		if b.IsZero() {
			return a, false
		}
		r, o := it.Rem(a, b)
		return r, !o
	case mir.BinBitAnd:
		return it.And(a, b), true
	case mir.BinBitOr:
		return it.Or(a, b), true
	case mir.BinBitXor:
		return it.Xor(a, b), true
	case mir.BinShl:
		r, _ := it.Shl(a, b, itb)
		return r, true
	case mir.BinShr:
		r, _ := it.Shr(a, b, itb)
		return r, true
	}
	c := it.Cmp(a, b)
	var res bool
	switch op {
	case mir.BinEq:
		res = c == 0
	case mir.BinNe:
		res = c != 0
	case mir.BinLt:
		res = c < 0
	case mir.BinLe:
		res = c <= 0
	case mir.BinGt:
		res = c > 0
	case mir.BinGe:
		res = c >= 0
	default:
		return a, false
	}
	if res {
		return mir.U128From(1), true
	}
	return mir.U128{}, true
}
