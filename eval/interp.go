// interp.go holds the interpreter of one evaluation: its frames, the
// step loop over statements and terminators, and error location.

package eval

import (
	"context"
	"math"

	"mirlsp/mir"
)

// interp evaluates one item. Errors are raised by panicking with an
// *EvalError inside the loop and recovered once, in runItem.
type interp struct {
	ctx context.Context
	// stackLocals counts the locals of the frames on the stack.
	stackLocals int
	ev          *Evaluator
	prog        *Program
	reg         *Registry
	mem         *Memory
	root        *mir.Item
	caller      *interp // the evaluation that needed this one (cycle detection)
	depth       int     // the number of callers (maxChain)
	stack       []*frame
	steps       int64
	ticks       int
	// terminators counts executed terminators (see checkBudget).
	terminators uint64
	// rootFrame is the frame of the item being evaluated; trace records
	// what it does when Config.Trace is on.
	rootFrame *frame
	trace     *tracer
	// home is the index of the root item's file; curFile the file of
	// the body being executed (allocation dumps are per file).
	home, curFile int
	// layouts caches Registry.LayoutOf (which locks); consts caches the
	// values of scalar constants.
	layouts map[*mir.Ty]*Layout
	consts  map[*mir.Const]Operand
	// shimPool holds reusable shim calls (shimTop in use); calleeKeys
	// caches the classification of callee paths.
	shimPool   []*shimCall
	shimTop    int
	calleeKeys map[*mir.Path][2]string
	// framePool holds popped frames by body (recycle), pools those of
	// compiled bodies. A map, not a slice indexed by body number: an
	// evaluation touches a few of the program's bodies, and a slice as
	// long as the program made each evaluation cost its size.
	framePool map[*mir.Body]*[]*frame
	pools     map[*compiledBody]*[]*frame
	// poolCB and pool cache the last pools entry looked up: a recursive
	// fn pushes and recycles frames of one body.
	poolCB *compiledBody
	pool   *[]*frame
	// dbg is set when a Debugger watches the evaluation (debug.go).
	dbg *DebugState
	// elide is set when neither a debugger nor a trace watches the
	// evaluation: compiled bodies then run their run programs (reg.go).
	elide bool
	// retDepth is the depth of the stack below the frame run to
	// completion from Go (fmtrun.go); run returns when it is reached.
	retDepth int
	// fmtOuts are the formatters of the formatting impls running.
	fmtOuts     []*fmtOut
	fmtBuilders []*fmtBuilder
	fmtArgs     []fmtArgKind // the rt::Arguments made (fmtmir.go)
	// serial numbers interpreters, for caches in compiled code that is
	// shared by evaluations (compile_const.go).
	serial uint64
}

// frame is one call: a body being executed and its locals.
type frame struct {
	item   *mir.Item
	body   *mir.Body
	locals []local
	block  int
	stmt   int
	// ret is where the root frame's return value goes; site is the call
	// terminator of the caller for other frames.
	ret  MemPlace
	site *mir.Terminator
	// info is the per-body analysis (which locals live in memory).
	info *bodyInfo
	// file is the index of the item's file in the program.
	file int
	// allocated counts the locals that hold an allocation.
	allocated int
	// cb is the compiled form of the body (nil: general path only).
	cb *compiledBody
	// sub instantiates a generic body (nil otherwise).
	sub *subst
	// elemA is the allocation of an array local that compiled element
	// accesses checked (elemAlloc), elemID its id, elemW whether it was
	// checked for writes.
	elemA  *Allocation
	elemID AllocID
	elemW  bool
	// name is the function as rustc names it in "inside" notes: the
	// path of the call (Rect::area, sum::<3>), which MIR prints as rustc
	// names the instance.
	name string
}

// localTy is the (instantiated) type of local i.
func (f *frame) localTy(i int) *mir.Ty { return f.sub.apply(f.body.Locals[i].Ty) }

// ty instantiates a type written in f's body.
func (f *frame) ty(t *mir.Ty) *mir.Ty { return f.sub.apply(t) }

// local is the state of one local variable: an immediate value, or a
// place in memory when its address is taken or its layout is not a
// scalar or scalar pair. Its layout is computed when it is first used,
// so a body may mention types the evaluator cannot lay out on paths it
// does not take.
type local struct {
	layout *Layout
	inMem  bool
	live   bool
	// alloced records that ptr holds the local's current allocation.
	alloced bool
	imm     Immediate
	ptr     Pointer
}

func newInterp(ctx context.Context, ev *Evaluator, it *mir.Item, caller *interp) *interp {
	if ctx == nil {
		ctx = context.Background()
	}
	in := &interp{ctx: ctx, ev: ev, prog: ev.Prog, reg: ev.Prog.Reg, root: it, caller: caller,
		layouts: map[*mir.Ty]*Layout{}, consts: map[*mir.Const]Operand{}, calleeKeys: map[*mir.Path][2]string{},
		framePool: map[*mir.Body]*[]*frame{}, serial: interpSerial.Add(1)}
	if caller != nil {
		in.depth = caller.depth + 1
	}
	in.home = ev.Prog.fileOf(it)
	in.curFile = in.home
	in.mem = NewMemory(ev.Prog.Globals, firstLocalID)
	in.mem.Limit = ev.Cfg.MemoryLimit
	in.prog.loadFileAllocs(in)
	if ev.Cfg.Debug != nil {
		in.dbg = &DebugState{in: in, ctl: ev.Cfg.Debug.Control()}
	}
	in.elide = in.dbg == nil && !ev.Cfg.Trace && !ev.Cfg.noRunProgram
	return in
}

// firstLocalID is the first AllocID of allocations made by an evaluation;
// ids below it are the allocation dumps of the files (allocN is N).
const firstLocalID AllocID = 1 << 20

// chainHas reports whether target is this interpreter or one of the
// evaluations that (transitively) asked for it.
func (in *interp) chainHas(target *interp) bool {
	for c := in; c != nil; c = c.caller {
		if c == target {
			return true
		}
	}
	return false
}

// fail raises err.
func fail(err *EvalError) { panic(err) }

// layout returns the layout of ty or raises unsupported.
func (in *interp) layout(ty *mir.Ty) *Layout {
	if l, ok := in.layouts[ty]; ok {
		return l
	}
	l, err := in.reg.LayoutOf(ty)
	if err != nil {
		if big, ok := err.(*ErrLayoutTooBig); ok {
			fail(newErr(KindLimit, "%s", big.Error()))
		}
		fail(ErrUnsupported("%s", err.Error()))
	}
	in.layouts[ty] = l
	return l
}

// allocate makes a fresh allocation for a value of layout l.
func (in *interp) allocate(l *Layout, kind AllocKind) Pointer {
	p, err := in.mem.Allocate(l.Size, l.Align, kind, true)
	if err != nil {
		fail(err)
	}
	return p
}

// maxStackLocals bounds the locals of all frames on an interpreter's
// stack (the Go memory behind them is outside the memory budget): rustc's
// bodies have at most a few thousand locals, and recursion is bounded by
// the stack limit, so only bodies declaring absurd local numbers reach it.
const maxStackLocals = 1 << 20

// pushFrame starts executing it's body with the given arguments.
func (in *interp) pushFrame(it *mir.Item, args []Operand, ret MemPlace, sub *subst) {
	if len(in.stack) >= in.ev.Cfg.StackLimit {
		fail(ErrStackLimit())
	}
	b := it.Body
	if len(b.Blocks) == 0 || len(b.Locals) == 0 {
		fail(ErrUnsupported("`%s` has an empty body", it.Name))
	}
	if in.stackLocals+len(b.Locals) > maxStackLocals {
		fail(ErrMemoryLimit())
	}
	in.stackLocals += len(b.Locals)
	var f *frame
	recycled := false
	if sub == nil {
		f = in.pooledFrame(b)
	}
	if f != nil {
		*f = frame{item: it, body: b, locals: f.locals, ret: ret, info: f.info, file: f.file, cb: f.cb}
		recycled = true
	} else {
		f = &frame{item: it, body: b, locals: make([]local, len(b.Locals)), ret: ret, info: in.prog.bodyInfo(b), sub: sub,
			file: in.prog.fileOf(it)}
		if sub == nil && !in.ev.Cfg.generalOnly {
			f.cb = in.compiled(f)
		}
	}
	in.curFile = f.file
	in.stack = append(in.stack, f)
	switch {
	case recycled && f.cb != nil:
		// A recycled frame of this body keeps its locals' layouts and
		// holds no allocation: reset liveness and values.
		f.cb.resetLocals(f.locals, in.elide)
	case f.cb != nil:
		// The compiled body's template: layouts of its fast locals, and
		// liveness at entry.
		if in.elide {
			copy(f.locals, f.cb.eTemplate)
		} else {
			copy(f.locals, f.cb.template)
		}
	default:
		clear(f.locals)
		// Arguments are live from the start, and so are locals without
		// storage markers; others wait for StorageLive.
		for i := range b.Locals {
			if i <= b.ArgCount || !f.info.hasStorage[i] {
				f.locals[i].live = true
			}
		}
	}
	for i, a := range args {
		in.writeLocal(f, i+1, a)
	}
}

// initLocal computes the layout of local i and where it lives.
func (in *interp) initLocal(f *frame, i int) *local {
	l := &f.locals[i]
	if l.layout == nil {
		ty := f.localTy(i)
		l.layout = in.layout(ty)
		l.inMem = f.info.inMem[i] || !immLocal(ty, l.layout)
	}
	if l.live && l.inMem && !l.alloced {
		l.ptr = in.allocate(l.layout, AllocStack)
		l.alloced = true
		f.allocated++
	}
	return l
}

// makeLive gives local i fresh, uninitialized storage.
func (in *interp) makeLive(f *frame, i int) {
	l := &f.locals[i]
	in.freeLocal(f, l)
	l.live = true
	l.imm = Immediate{}
}

func (in *interp) freeLocal(f *frame, l *local) {
	if l.alloced {
		if err := in.mem.Deallocate(l.ptr); err != nil {
			fail(err)
		}
		l.alloced = false
		f.allocated--
	}
	l.live = false
}

// popFrame frees the frame's locals and removes it.
func (in *interp) popFrame() *frame {
	f := in.stack[len(in.stack)-1]
	for i := 0; f.allocated > 0 && i < len(f.locals); i++ {
		in.freeLocal(f, &f.locals[i])
	}
	in.stack = in.stack[:len(in.stack)-1]
	in.stackLocals -= len(f.locals)
	return f
}

// run executes until the root frame returns.
func (in *interp) run() {
	for len(in.stack) > in.retDepth {
		f := in.stack[len(in.stack)-1]
		in.curFile = f.file
		blk := f.body.Blocks[f.block]
		if in.trace != nil && f == in.rootFrame && f.stmt == 0 {
			in.trace.enterBlock(f)
		}
		if cb := f.cb; cb != nil {
			if in.runCompiled(f, cb) {
				continue
			}
			blk = f.body.Blocks[f.block]
		}
		if in.dbg != nil {
			in.debugBefore(f, false)
		}
		if f.stmt < len(blk.Stmts) {
			st := blk.Stmts[f.stmt]
			in.stmt(f, st)
			if in.trace != nil && f == in.rootFrame && st.Kind == mir.StmtAssign {
				in.recordAssign(f, f.block, f.stmt, &st.Place)
			}
			f.stmt++
			continue
		}
		in.terminators++
		if in.terminators&1023 == 0 {
			in.checkBudget()
		}
		in.terminator(f, blk.Term)
	}
}

// runCompiled runs frame f's compiled statements and terminators, block
// after block, while they apply. It reports true when control left f (a
// call or a return) and false when the general path must run the current
// statement or terminator of f.
func (in *interp) runCompiled(f *frame, cb *compiledBody) bool {
	if in.elide {
		return in.runFused(f, cb)
	}
	traced := in.trace != nil && f == in.rootFrame
	for {
		ops := cb.stmts[f.block]
		for f.stmt < len(ops) {
			op := ops[f.stmt]
			if op != nil && in.dbg != nil {
				in.debugBefore(f, true)
			}
			if op == nil || !op(in, f) {
				return false
			}
			if traced {
				in.traceCompiled(f, f.block, f.stmt)
			}
			f.stmt++
		}
		op := cb.terms[f.block]
		if op == nil {
			return false
		}
		if in.dbg != nil {
			in.debugBefore(f, true)
		}
		in.terminators++
		if in.terminators&1023 == 0 {
			in.checkBudget()
		}
		block := f.block
		if !op(in, f) {
			in.terminators--
			return false
		}
		if len(in.stack) == 0 || in.stack[len(in.stack)-1] != f {
			return true
		}
		if traced {
			in.traceCompiled(f, block, len(ops))
			in.trace.entered = false
			in.trace.enterBlock(f)
		}
	}
}

// checkBudget bounds work that no ConstEvalCounter counts (MIR written
// or edited by hand may loop without one) and notices cancellation.
func (in *interp) checkBudget() {
	if in.ctx.Err() != nil {
		fail(ErrCanceled())
	}
	if limit := uint64(in.ev.Cfg.StepLimit); limit < math.MaxUint64/terminatorsPerStep && in.terminators > limit*terminatorsPerStep {
		fail(ErrStepLimit())
	}
}

// terminatorsPerStep is how many terminators may run per allowed step
// before a body without ConstEvalCounter statements is stopped.
const terminatorsPerStep = 64

// jump continues frame f at block b.
func (in *interp) jump(f *frame, b mir.BlockID) {
	if b < 0 || int(b) >= len(f.body.Blocks) {
		fail(ErrUnsupported("jump to a missing block %s", b))
	}
	f.block, f.stmt = int(b), 0
	if in.trace != nil && f == in.rootFrame {
		in.trace.entered = false
	}
}

// tick counts a ConstEvalCounter step and checks the limits.
func (in *interp) tick() {
	in.steps++
	if limit := in.ev.Cfg.StepLimit; limit > 0 && in.steps >= limit {
		// rustc stops at the counter that reaches the limit.
		fail(ErrStepLimit())
	}
	in.ticks++
	if in.ticks&1023 == 0 {
		if in.ctx.Err() != nil {
			fail(ErrCanceled())
		}
	}
}

// locate attaches the span and call stack of the current position to
// err, rustc style: the span is in the root item's body (the failing
// statement, or the call that led to it); each deeper frame is an
// "inside `f`" frame at its current statement.
func (in *interp) locate(err *EvalError) *EvalError {
	if len(in.stack) == 0 || err.Span != (mir.Span{}) || err.Frames != nil {
		return err
	}
	if err.Kind == KindLimit && err.Msg == ErrStepLimit().Msg {
		// rustc's lint points at the loop (or call) being counted, in
		// whichever fn runs it, with no frames.
		err.Span = in.stack[len(in.stack)-1].currentSpan()
		return err
	}
	for i, f := range in.stack {
		sp := f.currentSpan()
		if i == 0 {
			err.Span = sp
			continue
		}
		err.Frames = append(err.Frames, Frame{Func: f.name, Span: sp, Item: f.item})
	}
	return err
}

// currentSpan is the span of the statement or terminator being executed.
func (f *frame) currentSpan() mir.Span {
	if f.block < 0 || f.block >= len(f.body.Blocks) {
		return f.body.Span
	}
	blk := f.body.Blocks[f.block]
	if f.stmt < len(blk.Stmts) {
		return blk.Stmts[f.stmt].Span
	}
	if blk.Term != nil {
		return blk.Term.Span
	}
	return blk.Span
}

// stmt executes one statement.
func (in *interp) stmt(f *frame, st *mir.Stmt) {
	switch st.Kind {
	case mir.StmtAssign:
		in.assign(f, &st.Place, st.Rvalue)
	case mir.StmtStorageLive:
		in.makeLive(f, int(st.Local))
	case mir.StmtStorageDead:
		in.freeLocal(f, &f.locals[st.Local])
	case mir.StmtSetDiscriminant:
		pl := in.place(f, &st.Place)
		in.writeDiscriminant(pl, st.Variant)
	case mir.StmtConstEvalCounter:
		in.tick()
	case mir.StmtAssume:
		v := in.operand(f, &st.Ops[0], nil)
		if b, err := in.scalar(v).ToBool(); err != nil {
			fail(err)
		} else if !b {
			fail(ErrAssumeFalse())
		}
	case mir.StmtCopyNonOverlapping:
		in.copyNonOverlapping(f, st)
	case mir.StmtDeinit:
		pl := in.place(f, &st.Place)
		in.writeUninit(pl)
	case mir.StmtRetag, mir.StmtPlaceMention, mir.StmtFakeRead, mir.StmtAscribeUserType,
		mir.StmtCoverage, mir.StmtNop, mir.StmtBackwardIncompatibleDropHint:
	default:
		fail(ErrUnsupported("statement kind %d", st.Kind))
	}
}

// terminator executes a block's terminator.
func (in *interp) terminator(f *frame, t *mir.Terminator) {
	switch t.Kind {
	case mir.TermGoto:
		in.jump(f, t.Target)
	case mir.TermSwitchInt:
		dt := in.operandTy(f, &t.Discr)
		v := in.operand(f, &t.Discr, dt)
		bits := in.checkedBits(v, dt)
		for _, arm := range t.Arms {
			if arm.Value == bits {
				in.jump(f, arm.Target)
				return
			}
		}
		in.jump(f, t.Otherwise)
	case mir.TermReturn:
		in.doReturn(f)
	case mir.TermUnreachable:
		fail(ErrUnreachable())
	case mir.TermDrop:
		in.drop(f, t)
	case mir.TermCall:
		in.call(f, t)
	case mir.TermTailCall:
		fail(ErrUnsupported("tail calls are not evaluated"))
	case mir.TermAssert:
		in.assert(f, t)
	case mir.TermFalseEdge, mir.TermFalseUnwind:
		in.jump(f, t.Target)
	case mir.TermResume, mir.TermTerminate, mir.TermAbort:
		fail(ErrUnsupported("unwinding is not evaluated"))
	default:
		fail(ErrUnsupported("terminator kind %d is not evaluated", t.Kind))
	}
}

// doReturn copies the return value to the caller and pops the frame.
func (in *interp) doReturn(f *frame) {
	l0 := in.initLocal(f, 0).layout
	ret := in.readPlace(in.localPlace(f, 0))
	if len(in.stack) == in.retDepth+1 && in.retDepth > 0 {
		// A call run to completion from Go (fmtrun.go).
		if ret.Indirect {
			// The frame's memory is freed below: keep the value.
			ret = in.copyOut(ret)
		}
		in.popFrame()
		in.writeToMem(f.ret.Ptr, ret, l0)
		return
	}
	if len(in.stack) == 1 {
		// The root frame's locals are not freed (rustc's
		// StackPopCleanup::Root): the final value may point into them
		// (promoteds, lifetime-extended temporaries).
		in.stack = in.stack[:0]
		in.writeToMem(f.ret.Ptr, ret, l0)
		return
	}
	if ret.Indirect {
		// The frame's memory is freed below: keep the value.
		ret = in.copyOut(ret)
	}
	in.popFrame()
	caller := in.stack[len(in.stack)-1]
	if k := l0.Ty.Kind; k == mir.TyInt || k == mir.TyUint {
		// An integer returned holding a pointer: rustc fails at the call.
		imm := ret.Imm
		if ret.Indirect {
			imm, _, _ = in.mem.ReadImmediate(ret.Place.Ptr, l0)
		}
		if imm.Kind == ImmScalar && imm.A.IsPtr() {
			fail(ErrPtrToInt())
		}
	}
	in.write(in.place(caller, &f.site.Place), ret)
	if in.trace != nil && caller == in.rootFrame {
		in.recordAssign(caller, caller.block, len(caller.body.Blocks[caller.block].Stmts), &f.site.Place)
	}
	in.jump(caller, f.site.Target)
	in.recycle(f)
}

// recycle keeps a popped frame for the next call of the same body, so a
// recursive const fn does not allocate a frame per call.
func (in *interp) recycle(f *frame) {
	if f.sub != nil {
		return
	}
	if cb := f.cb; cb != nil {
		if pool := in.poolOf(cb); len(*pool) < 64 {
			*pool = append(*pool, f)
		}
		return
	}
	pool := in.framePool[f.body]
	if pool == nil {
		pool = new([]*frame)
		in.framePool[f.body] = pool
	}
	if len(*pool) < 64 {
		*pool = append(*pool, f)
	}
}

// pooledFrame takes a recycled frame of body b, or returns nil.
func (in *interp) pooledFrame(b *mir.Body) *frame {
	pool := in.framePool[b]
	if pool == nil || len(*pool) == 0 {
		return nil
	}
	f := (*pool)[len(*pool)-1]
	*pool = (*pool)[:len(*pool)-1]
	return f
}

// pushCompiled starts a call of a compiled body from a recycled frame
// (the common case of a recursive const fn), falling back to pushFrame.
func (in *interp) pushCompiled(it *mir.Item, cb *compiledBody) *frame {
	var pool *[]*frame
	if cb != nil {
		pool = in.poolOf(cb)
	}
	if pool == nil || len(*pool) == 0 || len(in.stack) >= in.ev.Cfg.StackLimit {
		in.pushFrame(it, nil, MemPlace{}, nil)
		return in.stack[len(in.stack)-1]
	}
	f := (*pool)[len(*pool)-1]
	*pool = (*pool)[:len(*pool)-1]
	*f = frame{item: it, body: it.Body, locals: f.locals, info: f.info, file: f.file, cb: cb}
	in.stackLocals += len(f.locals)
	cb.resetLocals(f.locals, in.elide)
	in.curFile = f.file
	in.stack = append(in.stack, f)
	return f
}

// poolOf returns the pool of recycled frames of cb's body.
func (in *interp) poolOf(cb *compiledBody) *[]*frame {
	if in.poolCB == cb {
		return in.pool
	}
	if in.pools == nil {
		in.pools = map[*compiledBody]*[]*frame{}
	}
	pool := in.pools[cb]
	if pool == nil {
		pool = new([]*frame)
		in.pools[cb] = pool
	}
	in.poolCB, in.pool = cb, pool
	return pool
}

// resetLocals readies the locals of a recycled frame of cb's body: they
// keep their layouts and hold no allocation; liveness and values restart.
func (cb *compiledBody) resetLocals(locals []local, elide bool) {
	liveAt := cb.liveAtEntry
	if elide {
		liveAt = cb.eLive
	}
	for i, live := range liveAt {
		l := &locals[i]
		l.live, l.imm.Kind = live, ImmUninit
	}
}

// copyOut copies a value in memory to a fresh allocation.
func (in *interp) copyOut(v Operand) Operand {
	ptr := in.allocate(v.Layout, AllocStack)
	in.writeToMem(ptr, v, v.Layout)
	v.Place = MemPlace{Ptr: ptr, Align: v.Layout.Align}
	return v
}

// drop executes a drop terminator. CTFE only drops values without drop
// glue (the MIR still names them); anything else is not evaluated.
func (in *interp) drop(f *frame, t *mir.Terminator) {
	ty := in.placeTy(f, &t.Place)
	if needsDrop(ty) {
		fail(ErrUnsupported("dropping a value of type `%s` is not evaluated", ty.Text))
	}
	in.jump(f, t.Target)
}

// needsDrop is a conservative test for drop glue: primitives, references,
// raw pointers and arrays/tuples of them have none.
func needsDrop(ty *mir.Ty) bool {
	switch ty.Kind {
	case mir.TyBool, mir.TyChar, mir.TyInt, mir.TyUint, mir.TyFloat, mir.TyStr, mir.TyNever,
		mir.TyRef, mir.TyRawPtr, mir.TyFnPtr, mir.TyFnDef:
		return false
	case mir.TyArray, mir.TySlice:
		return needsDrop(ty.Elem)
	case mir.TyTuple:
		for _, e := range ty.Elems {
			if needsDrop(e) {
				return true
			}
		}
		return false
	}
	return true
}

// assert executes an assert terminator: the condition must equal the
// expected value, or the message is the error.
func (in *interp) assert(f *frame, t *mir.Terminator) {
	v := in.operand(f, &t.Cond, nil)
	b, err := in.scalar(v).ToBool()
	if err != nil {
		fail(err)
	}
	if b == t.Expected {
		in.jump(f, t.Target)
		return
	}
	fail(in.assertError(f, t.Msg))
}
