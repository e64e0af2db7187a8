// debug.go lets a debugger watch an evaluation (Config.Debug): the
// interpreter calls it before each statement and terminator it executes,
// on the fast path and the general path alike, and when an evaluation
// fails with its stack intact. While the debugger's callback runs, the
// evaluation waits: the callback may inspect frames, locals and memory
// through the DebugState it is given, and nothing else may.

package eval

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"

	"mirlsp/mir"
)

// Debugger observes a debugged evaluation. Its methods run on the
// evaluation's goroutine; the DebugState they get is valid until they
// return.
type Debugger interface {
	// Control says which statements Before is called for.
	Control() *DebugControl
	// Before is called before the innermost frame executes its current
	// statement or terminator (DebugState.Pos), when DebugControl asks
	// for it. Returning true aborts the evaluation (it fails with rustc's
	// "compilation was interrupted").
	Before(s *DebugState) (abort bool)
	// Failed is called when an evaluation (the item's, or that of a
	// constant it uses) fails, before its frames are popped; err carries
	// rustc's message and span.
	Failed(s *DebugState, err *EvalError)
}

// DebugControl tells the evaluation which statements to report, so that
// running to a breakpoint costs little: Before is called for every
// statement when Every is set, for the statements of the Watch bodies
// (those holding breakpoints), and for the next statement after Wake is
// set (a pause, new breakpoints, an abort). Every and Watch are read and
// written on the evaluation's goroutine (in Before, or before Eval);
// Wake may be set from any goroutine.
type DebugControl struct {
	Every bool
	Watch []*mir.Body
	Wake  atomic.Bool
}

// DebugState is a paused evaluation, seen by a Debugger.
type DebugState struct {
	in  *interp
	ctl *DebugControl
	// last is the position last reported by the fast path, so that a
	// statement the fast path hands to the general path is reported once.
	last debugPos
}

// debugPos identifies a position without a pointer (storing one per
// statement would cost a write barrier): the frame by its depth.
type debugPos struct {
	depth, block, stmt int
	terminators, ticks uint64
}

// debugBefore reports the current position of f to the debugger.
func (in *interp) debugBefore(f *frame, fast bool) {
	s := in.dbg
	if c := s.ctl; !c.Every && !c.Wake.Load() {
		watched := false
		for _, b := range c.Watch {
			if b == f.body {
				watched = true
				break
			}
		}
		if !watched {
			return
		}
	}
	p := debugPos{depth: len(in.stack), block: f.block, stmt: f.stmt, terminators: in.terminators, ticks: uint64(in.steps)}
	if !fast && s.last == p {
		return
	}
	s.last = p
	if in.ev.Cfg.Debug.Before(s) {
		fail(ErrCanceled())
	}
}

// debugFailed reports err to the debugger with the failing stack.
func (in *interp) debugFailed(err *EvalError) {
	defer func() { _ = recover() }()
	in.ev.Cfg.Debug.Failed(in.dbg, err)
}

// Pos is the innermost frame's body and position: block, and statement
// index (len(Stmts) for the terminator).
func (s *DebugState) Pos() (body *mir.Body, block, stmt int) {
	f := s.in.stack[len(s.in.stack)-1]
	return f.body, f.block, f.stmt
}

// Depth is the number of frames of the evaluation and of the
// evaluations that wait for it.
func (s *DebugState) Depth() int {
	n := 0
	for in := s.in; in != nil; in = in.caller {
		n += len(in.stack)
	}
	return n
}

// Steps is the number of ConstEvalCounter steps the evaluation made and
// StepLimit its limit.
func (s *DebugState) Steps() (steps, limit int64) { return s.in.steps, s.in.ev.Cfg.StepLimit }

// DebugFrame is one frame of a paused evaluation.
type DebugFrame struct {
	// Name is the function as rustc names it in "inside `f`" notes; a
	// constant's own frame is named by the constant's path.
	Name string
	Item *mir.Item
	Body *mir.Body
	// Block and Stmt are the position (Stmt == len(Stmts): terminator).
	Block, Stmt int
	// Span is the span of the statement or terminator; File the index of
	// its file in Program.Files.
	Span mir.Span
	File int
	// Eval counts the evaluations between this frame's and the innermost
	// one (0: the innermost; a constant's value needed by another one
	// is a separate evaluation, as in rustc).
	Eval int
	in   *interp
	f    *frame
}

// Frames lists the frames, innermost first, through the evaluations
// that wait for this one.
func (s *DebugState) Frames() []DebugFrame {
	var out []DebugFrame
	k := 0
	for in := s.in; in != nil; in = in.caller {
		for i := len(in.stack) - 1; i >= 0; i-- {
			f := in.stack[i]
			name := f.name
			if name == "" {
				name = f.item.Name
			}
			out = append(out, DebugFrame{Name: name, Item: f.item, Body: f.body, Block: f.block, Stmt: f.stmt,
				Span: f.currentSpan(), File: in.prog.fileOf(f.item), Eval: k, in: in, f: f})
		}
		k++
	}
	return out
}

// DebugLocal is one local of a frame, as rustc's interpreter holds it.
type DebugLocal struct {
	Local int
	// Name is the user's name from debug info ("" when none).
	Name string
	Ty   string
	// Kind is "Scalar", "ScalarPair", "Uninit" (immediates), "Indirect"
	// (in memory) or "Dead" (no storage).
	Kind string
	// Repr shows the operand as rustc's interpreter does:
	// Immediate::ScalarPair(4054, false), Indirect(alloc1048576, 0).
	Repr string
	// Value is the {:?} rendering ("" when it cannot be read).
	Value string
	// Ptr is the local's memory (Indirect), and Pointers the allocations
	// an immediate points into.
	Ptr      Pointer
	Pointers []Pointer
}

// Locals lists the frame's locals.
func (fr DebugFrame) Locals() []DebugLocal {
	in, f := fr.in, fr.f
	names := map[int]string{}
	for _, d := range f.body.Debug {
		if d.Place != nil && len(d.Place.Proj) == 0 {
			if _, ok := names[int(d.Place.Local)]; !ok {
				names[int(d.Place.Local)] = d.Name
			}
		}
	}
	out := make([]DebugLocal, len(f.locals))
	for i := range f.locals {
		out[i] = in.debugLocal(f, i, names[i])
	}
	return out
}

func (in *interp) debugLocal(f *frame, i int, name string) (d DebugLocal) {
	d = DebugLocal{Local: i, Name: name, Kind: "Dead", Repr: "Dead"}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(*EvalError); !ok {
				panic(r)
			}
		}
	}()
	ty := f.localTy(i)
	d.Ty = mir.FormatTy(ty)
	l := &f.locals[i]
	if !l.live {
		return d
	}
	lay := l.layout
	if lay == nil {
		// Not used yet: no layout computed, no storage made.
		d.Kind, d.Repr = "Uninit", "Immediate::Uninit"
		return d
	}
	var op Operand
	switch {
	case l.inMem && !l.alloced:
		d.Kind, d.Repr = "Uninit", "Immediate::Uninit"
		return d
	case l.inMem:
		d.Kind, d.Ptr = "Indirect", l.ptr
		d.Repr = fmt.Sprintf("Indirect(%s, %d)", l.ptr.Alloc, l.ptr.Offset)
		op = Operand{Indirect: true, Place: MemPlace{Ptr: l.ptr, Align: lay.Align}, Layout: lay}
	default:
		op = Operand{Imm: l.imm, Layout: lay}
		switch l.imm.Kind {
		case ImmUninit:
			d.Kind, d.Repr = "Uninit", "Immediate::Uninit"
			return d
		case ImmScalar:
			d.Kind = "Scalar"
			d.Repr = "Immediate::Scalar(" + debugScalar(l.imm.A, in.scalarTy(lay, 0)) + ")"
			d.Pointers = ptrsOf(l.imm.A)
		case ImmPair:
			d.Kind = "ScalarPair"
			d.Repr = "Immediate::ScalarPair(" + debugScalar(l.imm.A, in.scalarTy(lay, 0)) + ", " + debugScalar(l.imm.B, in.scalarTy(lay, lay.PairOffset())) + ")"
			d.Pointers = append(ptrsOf(l.imm.A), ptrsOf(l.imm.B)...)
		}
	}
	d.Value = in.debugRender(op)
	return d
}

func ptrsOf(s Scalar) []Pointer {
	if s.IsPtr() {
		return []Pointer{s.Pointer()}
	}
	return nil
}

// scalarTy is the primitive type of the scalar at offset off of a value
// of layout l (nil when it is not a primitive field).
func (in *interp) scalarTy(l *Layout, off uint64) *mir.Ty {
	for depth := 0; l != nil && depth < 8; depth++ {
		switch l.Ty.Kind {
		case mir.TyInt, mir.TyUint, mir.TyBool, mir.TyChar, mir.TyFloat:
			if off == 0 {
				return l.Ty
			}
			return nil
		}
		if l.Multiple || l.Fields != FieldsArbitrary {
			return nil
		}
		var next *Layout
		for k, o := range l.Offsets {
			if k >= len(l.FieldTys) || o > off {
				continue
			}
			fl, err := in.reg.LayoutOf(l.FieldTys[k])
			if err != nil || fl.Size == 0 || off >= o+fl.Size {
				continue
			}
			next, off = fl, off-o
			break
		}
		l = next
	}
	return nil
}

// debugScalar prints a scalar as a value of ty when ty is primitive, as
// a pointer when it carries provenance, else as a hex integer.
func debugScalar(s Scalar, ty *mir.Ty) string {
	if s.IsPtr() {
		return s.Pointer().String()
	}
	if ty != nil {
		if v, err := RenderScalar(s, ty); err == nil {
			return v
		}
	}
	if s.Bits.Hi != 0 {
		return fmt.Sprintf("0x%x%016x", s.Bits.Hi, s.Bits.Lo)
	}
	return fmt.Sprintf("0x%x", s.Bits.Lo)
}

// debugRender renders v with {:?} without touching the evaluation's
// memory: an immediate is written to a scratch memory whose reads of
// other allocations go to the evaluation's.
func (in *interp) debugRender(v Operand) (s string) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(*EvalError); !ok {
				panic(r)
			}
			s = ""
		}
	}()
	if v.Layout == nil || v.Layout.Ty == nil {
		return ""
	}
	mem := in.mem
	ptr := v.Place.Ptr
	if !v.Indirect {
		mem = NewMemory(in.mem.Globals, scratchID)
		mem.File = func(id AllocID) *Allocation {
			a, _ := in.mem.Get(id)
			return a
		}
		p, err := mem.Allocate(v.Layout.Size, v.Layout.Align, AllocStack, true)
		if err != nil {
			return ""
		}
		if err := mem.WriteImmediate(p, v.Imm, v.Layout); err != nil {
			return ""
		}
		ptr = p
	}
	rd := &Renderer{Mem: mem, Reg: in.reg, Opts: RenderOpts{MaxElems: 16, MaxBytes: 400}, generalOnly: in.ev.Cfg.generalOnly}
	out, err := rd.Render(v.Layout.Ty, ptr)
	if err != nil {
		return ""
	}
	return out
}

// scratchID numbers the debugger's scratch allocations, above any id an
// evaluation makes and below the global ones.
const scratchID = GlobalBase - 1<<20

// DebugAlloc is an allocation as the debugger shows it.
type DebugAlloc struct {
	ID          AllocID
	Size, Align uint64
	Kind        string
	Mutable     bool
	Global      bool
	// Name is the static's path or the fn instance, when any.
	Name string
	// Dump is the bytes as rustc prints an allocation: hex, `__` for
	// uninitialized bytes, ╾allocN╼ for pointers.
	Dump string
	// Init lists the init mask as ranges of initialized and
	// uninitialized bytes.
	Init []DebugRange
	// Prov lists the pointers stored in the allocation (relocations).
	Prov  []DebugProv
	Freed bool
}

// DebugRange is a run of bytes [Start, End) that are all initialized or
// all uninitialized.
type DebugRange struct {
	Start, End uint64
	Init       bool
}

// DebugProv is a pointer stored at Offset.
type DebugProv struct {
	Offset uint64
	Target Pointer
}

var allocKindNames = [...]string{"stack", "heap", "global", "static", "fn", "vtable"}

// Alloc shows allocation id as the frame's evaluation sees it.
func (fr DebugFrame) Alloc(id AllocID) (DebugAlloc, bool) {
	a, ok := fr.in.mem.Get(id)
	if !ok {
		return DebugAlloc{}, false
	}
	d := DebugAlloc{ID: id, Size: a.Size, Align: a.Align, Mutable: a.Mutable, Global: id >= GlobalBase, Name: a.Name, Freed: a.Freed}
	if int(a.Kind) < len(allocKindNames) {
		d.Kind = allocKindNames[a.Kind]
	}
	if a.Freed || a.Kind == AllocFn || a.Kind == AllocVTable {
		return d, true
	}
	for i := uint64(0); i < a.Size; {
		init := a.isInit(i)
		j := i + 1
		for j < a.Size && a.isInit(j) == init {
			j++
		}
		d.Init = append(d.Init, DebugRange{Start: i, End: j, Init: init})
		i = j
	}
	offsets, targets := a.Pointers()
	for k, o := range offsets {
		d.Prov = append(d.Prov, DebugProv{Offset: o, Target: targets[k]})
	}
	const maxDump = 4 << 10
	if a.Size <= maxDump {
		var b bytes.Buffer
		mir.WriteAllocBytes(&b, a.mirAlloc(0, a.Size), "")
		d.Dump = strings.TrimRight(b.String(), "\n")
	}
	return d, true
}

// mirAlloc copies bytes [off, off+size) of a as a MIR allocation dump.
func (a *Allocation) mirAlloc(off, size uint64) *mir.Alloc {
	ma := &mir.Alloc{Size: size, Align: a.Align, Bytes: append([]byte(nil), a.Bytes[off:off+size]...), Init: make([]bool, size)}
	for i := range ma.Init {
		ma.Init[i] = a.isInit(off + uint64(i))
	}
	offsets, targets := a.Pointers()
	for k, o := range offsets {
		if o >= off && o+PtrSize <= off+size {
			t := targets[k]
			ma.Ptrs = append(ma.Ptrs, mir.AllocPtr{Offset: o - off, Target: int(t.Alloc), TargetOffset: t.Offset, Imm: t.Imm, Size: PtrSize})
		}
	}
	return ma
}

// Allocations lists the live allocations of the frame's evaluation (its
// locals in memory, promoteds, heap, and the MIR file's allocN dumps it
// read), by id.
func (fr DebugFrame) Allocations() []AllocID {
	var ids []AllocID
	for id, a := range fr.in.mem.allocs {
		if !a.Freed && id < scratchID {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids
}

// GlobalAllocations lists the interned global allocations (the values of
// constants evaluated so far, fns, vtables, statics), by id.
func (s *DebugState) GlobalAllocations() []AllocID {
	g := s.in.mem.Globals
	g.mu.RLock()
	defer g.mu.RUnlock()
	ids := make([]AllocID, 0, len(g.allocs))
	for id := range g.allocs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// Reg is the registry of the program's types.
func (s *DebugState) Reg() *Registry { return s.in.reg }
