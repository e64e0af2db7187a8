// machine.go holds the evaluator's entry points: a Program (the files,
// their ADT registry and global memory), an Evaluator that evaluates items
// through a memo, and the Result of one item.

package eval

import (
	"bytes"
	"context"
	"fmt"
	"runtime/debug"
	"sync"

	"mirlsp/mir"
)

// Config holds the evaluation limits.
type Config struct {
	// StepLimit is the number of ConstEvalCounter steps (loop back-edges
	// and calls) after which evaluation stops with rustc's "constant
	// evaluation is taking a long time". rustc's default is 2,000,000.
	StepLimit int64
	// StackLimit is the maximum number of frames (rustc: recursion_limit, 128).
	StackLimit int
	// MemoryLimit bounds the bytes allocated by one evaluation.
	MemoryLimit uint64
	// Trace records per-statement values of each item's own body
	// (Result.Trace), for MIR inlay hints.
	Trace bool
	// Debug, when set, watches the evaluation statement by statement
	// (debug.go).
	Debug Debugger
	// generalOnly runs every frame and every rendering on the general
	// path (tests that compare it with the compiled and fast paths).
	generalOnly bool
	// noRunProgram runs compiled bodies statement by statement, as under
	// a debugger or a trace, instead of their run programs (reg.go).
	noRunProgram bool
}

// DefaultConfig is rustc's configuration.
var DefaultConfig = Config{StepLimit: 2_000_000, StackLimit: 128, MemoryLimit: 1 << 30}

// Program is a set of MIR files evaluated together: their items, the ADT
// definitions the files show, and the global memory that holds the
// allocation dumps of the files and every interned value.
type Program struct {
	Files []*mir.File
	Reg   *Registry
	commonTypes
	Globals *Globals
	byName  map[string]*mir.Item
	// fileIdx is the index in Files of each item's file.
	fileIdx map[*mir.Item]int
	// A derived program shares byName and fileIdx with the program it
	// derives from (read-only from then on) and keeps what its changed
	// files define in nameOver and idxOver (derive.go).
	nameOver map[string]*mir.Item
	idxOver  map[*mir.Item]int
	// compiled holds the fast forms of the bodies (compile.go).
	compiled compiledCache
	// dv is what NewProgramFrom needs to derive a program from this one.
	dv derivation
}

// NewProgram prepares files for evaluation.
func NewProgram(files ...*mir.File) *Program { return NewProgramIn(NewGlobals(), files...) }

// NewProgramIn prepares files for evaluation with values interned in g,
// the global memory shared by every program of a process.
func NewProgramIn(g *Globals, files ...*mir.File) *Program {
	p := &Program{Files: files, Reg: NewRegistry(), Globals: g, commonTypes: newCommonTypes(),
		byName: map[string]*mir.Item{}, fileIdx: map[*mir.Item]int{}}
	for _, f := range files {
		p.Reg.declare(f)
	}
	for k, f := range files {
		if len(f.Adts) == 0 {
			p.Reg.learnFmtImpls(f)
		}
		// A file that declares its ADTs (Rust) teaches nothing through
		// its bodies; learning from them made every program of an
		// edited Rust file cost the file's size.
		learn := len(f.Adts) == 0
		for _, it := range f.Items {
			p.fileIdx[it] = k
			if learn && it.Body != nil && mentionsADT(it.Body) {
				p.Reg.Learn(it.Body)
			}
			if _, dup := p.byName[it.Name]; !dup || it.CTFE {
				p.byName[it.Name] = it
			}
		}
	}
	return p
}

// adtKey is the key of mentionsADT's answer in mir.Body.Memo (bodies
// are immutable).
type adtKey struct{}

// mentionsADT reports whether a body can teach the registry anything:
// whether any of its locals has a type containing an ADT.
func mentionsADT(b *mir.Body) bool {
	if v, ok := b.Memo.Load(adtKey{}); ok {
		return v.(bool)
	}
	found := false
	var visit func(t *mir.Ty)
	visit = func(t *mir.Ty) {
		if t == nil || found {
			return
		}
		switch t.Kind {
		case mir.TyAdt:
			found = true
		case mir.TyRef, mir.TyRawPtr, mir.TyArray, mir.TySlice:
			visit(t.Elem)
		case mir.TyTuple:
			for _, e := range t.Elems {
				visit(e)
			}
		}
	}
	for _, l := range b.Locals {
		if l != nil {
			visit(l.Ty)
		}
	}
	b.Memo.Store(adtKey{}, found)
	return found
}

// Item returns the item of the given header name.
func (p *Program) Item(name string) *mir.Item {
	if it, ok := p.nameOver[name]; ok {
		return it
	}
	return p.byName[name]
}

// fileOf returns the index in Files of an item's file.
func (p *Program) fileOf(it *mir.Item) int {
	if k, ok := p.idxOver[it]; ok {
		return k
	}
	return p.fileIdx[it]
}

// crossFile finds an item a file names but does not define in another
// file of the program (a workspace of MIR files).
func (p *Program) crossFile(path *mir.Path, wantFn bool) *mir.Item {
	if len(p.Files) < 2 {
		return nil
	}
	if it := p.Item(path.Text); it != nil && (it.Kind == mir.ItemFn) == wantFn {
		return it
	}
	return nil
}

// Result is the outcome of evaluating one item.
type Result struct {
	Item  *mir.Item
	Value ConstValue
	// Layout is the layout of the item's type (nil on failure).
	Layout *Layout
	// Err is set when the evaluation failed; Err.Kind == KindUnsupported
	// marks an item mirlsp does not evaluate (with the reason in Err.Msg).
	Err *EvalError
	// Steps is the number of ConstEvalCounter steps executed.
	Steps int64
	// Trace is set when Config.Trace is on and the item has a body.
	Trace *Trace
}

// Unsupported reports whether the item was not evaluated.
func (r *Result) Unsupported() bool { return r.Err != nil && r.Err.Kind == KindUnsupported }

// Evaluator evaluates the items of a Program, each once: consts that
// reference consts go through its memo, with cycle detection.
type Evaluator struct {
	Prog *Program
	Cfg  Config
	// Memo, when set, shares results with other evaluators.
	Memo Memo

	mu   sync.Mutex
	memo map[*mir.Item]*memoEntry
}

type memoEntry struct {
	done chan struct{}
	res  *Result
	// owner is the interpreter evaluating the entry while it runs
	// (cycle detection); under Evaluator.mu.
	owner *interp
}

// NewEvaluator returns an evaluator for prog with the given limits.
func NewEvaluator(prog *Program, cfg Config) *Evaluator {
	if cfg.StepLimit == 0 {
		cfg.StepLimit = DefaultConfig.StepLimit
	}
	if cfg.StackLimit == 0 {
		cfg.StackLimit = DefaultConfig.StackLimit
	}
	if cfg.MemoryLimit == 0 {
		cfg.MemoryLimit = DefaultConfig.MemoryLimit
	}
	ev := &Evaluator{Prog: prog, Cfg: cfg, memo: map[*mir.Item]*memoEntry{}}
	prog.Globals.register(ev)
	return ev
}

// Eval evaluates a const, static, anon const or promoted. It never
// panics: an internal error becomes an error result.
func (ev *Evaluator) Eval(ctx context.Context, it *mir.Item) *Result {
	defer ev.Prog.Globals.Pin()()
	if !ev.known(it) && ev.Cfg.Debug == nil {
		// Under a debugger the dependencies are evaluated where rustc
		// evaluates them, on demand, so stepping in meets them.
		ev.evalDeps(ctx, it)
	}
	res := ev.eval(ctx, it, nil)
	if it.Hidden != "" && res.Err == nil {
		// Evaluated (and validated) for its errors; the memo keeps the
		// value for the items that use it.
		return &Result{Item: it, Err: ErrUnsupported("%s", it.Hidden), Steps: res.Steps}
	}
	return res
}

// eval evaluates it through the memo. caller is the interpreter that
// needs the value (nil at top level), used to detect cycles.
func (ev *Evaluator) eval(ctx context.Context, it *mir.Item, caller *interp) *Result {
	ev.mu.Lock()
	if e, ok := ev.memo[it]; ok {
		owner := e.owner
		ev.mu.Unlock()
		if owner != nil && caller != nil && caller.chainHas(owner) {
			return &Result{Item: it, Err: ErrRecursiveStatic()}
		}
		<-e.done
		return e.res
	}
	if caller != nil && caller.depth >= maxChain {
		ev.mu.Unlock()
		return &Result{Item: it, Err: ErrChainLimit(it.Name)}
	}
	e := &memoEntry{done: make(chan struct{})}
	ev.memo[it] = e
	ev.mu.Unlock()

	if ev.Memo != nil {
		if r, ok := ev.Memo.Load(it); ok {
			e.res = r
			close(e.done)
			return r
		}
	}
	in := newInterp(ctx, ev, it, caller)
	ev.mu.Lock()
	e.owner = in
	ev.mu.Unlock()
	res := in.runItem()
	if ev.Memo != nil {
		ev.Memo.Store(it, res)
	}
	ev.mu.Lock()
	e.res = res
	e.owner = nil
	ev.mu.Unlock()
	close(e.done)
	return res
}

// runItem evaluates the interpreter's root item, recovering internal
// errors at this boundary.
func (in *interp) runItem() (res *Result) {
	it := in.root
	res = &Result{Item: it}
	defer func() {
		if r := recover(); r != nil {
			var err *EvalError
			if e, ok := r.(*EvalError); ok {
				err = e
			} else {
				err = newErr(KindUnsupported, "internal error: %v", r)
				err.Notes = append(err.Notes, string(debug.Stack()))
			}
			res.Err = in.locate(err)
			if in.dbg != nil {
				in.debugFailed(res.Err)
			}
			res.Value, res.Layout = ConstValue{}, nil
		}
		res.Steps = in.steps
		if in.trace != nil && in.rootFrame != nil {
			res.Trace = in.finishTrace(in.rootFrame)
		}
	}()
	if !it.Kind.IsData() {
		res.Err = ErrUnsupported("`%s` is a function, not a constant", it.Name)
		return res
	}
	l := in.layout(it.Ty)
	res.Layout = l
	if it.Trivial != nil {
		op := in.constOperand(it.Trivial, it.Ty)
		res.Value = in.toConst(op, l)
		return res
	}
	if it.Body == nil {
		res.Err = ErrUnsupported("`%s` has no body", it.Name)
		return res
	}
	ret := in.allocate(l, AllocGlobal)
	in.pushFrame(it, nil, MemPlace{Ptr: ret, Align: l.Align}, nil)
	in.rootFrame = in.stack[0]
	in.rootReturnInPlace(l)
	if in.ev.Cfg.Trace {
		in.trace = newTracer(it.Body)
	}
	in.run()
	op := Operand{Indirect: true, Place: MemPlace{Ptr: ret, Align: l.Align}, Layout: l}
	res.Value = in.toConst(op, l)
	return res
}

// toConst validates the final value and converts it to a ConstValue. A
// validation error points at the item's header, as rustc's does.
func (in *interp) toConst(op Operand, l *Layout) ConstValue {
	if err, kind := in.validate(op, l); err != nil {
		err.Span = in.headSpan()
		if kind == invalidValue {
			err.Notes = append(err.Notes, ubNote)
		}
		if kind != invalidPtrRead {
			if raw := in.rawBytes(op, l); raw != "" {
				err.Notes = append(err.Notes, raw)
			}
		}
		panic(err)
	}
	cv, err := in.mem.OpToConst(op, l)
	if err != nil {
		if err.Span == (mir.Span{}) {
			// A read of the final value (a wide pointer's length): rustc
			// reports it when validating, at the item's header.
			err.Span = in.headSpan()
		}
		panic(err)
	}
	return cv
}

// headSpan is where rustc reports an error of the final value: the
// header of the item (a promoted's item, whose DefId it shares).
func (in *interp) headSpan() mir.Span {
	it := in.root
	for it.Kind == mir.ItemPromoted && it.Parent != nil {
		it = it.Parent
	}
	if it.HeadSpan != (mir.Span{}) {
		return it.HeadSpan
	}
	return mir.Span{Start: it.Span.Start, End: it.NameSpan.End}
}

// ubNote is rustc's note on a value that fails validation.
const ubNote = "the rules on what exactly is undefined behavior aren't clear, so this check might be overzealous. Please open an issue on the rustc repository if you believe it should not be considered undefined behavior."

// maxRawBytes bounds the value dumped in rawBytes.
const maxRawBytes = 4 << 10

// rawBytes is rustc's note showing the bytes of a value that failed
// validation, as an allocation dump.
func (in *interp) rawBytes(op Operand, l *Layout) (note string) {
	defer func() {
		if recover() != nil {
			note = ""
		}
	}()
	if l.Size > maxRawBytes {
		return ""
	}
	mp := in.toMem(op)
	a, ok := in.mem.Get(mp.Ptr.Alloc)
	off := mp.Ptr.Offset
	if !ok || off+l.Size > uint64(len(a.Bytes)) {
		return ""
	}
	ma := a.mirAlloc(off, l.Size)
	ma.Align = l.Align
	var b bytes.Buffer
	fmt.Fprintf(&b, "the raw bytes of the constant (size: %d, align: %d) {\n", l.Size, l.Align)
	mir.WriteAllocBytes(&b, ma, "    ")
	b.WriteString("}")
	return b.String()
}

// String describes a result for debugging.
func (r *Result) String() string {
	if r.Err != nil {
		return fmt.Sprintf("%s: error: %s", r.Item.Name, r.Err.Msg)
	}
	return fmt.Sprintf("%s: %+v", r.Item.Name, r.Value)
}
