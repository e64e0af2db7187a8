// trace.go records what the root body of an evaluation did, for MIR
// inlay hints and hovers: each statement's last assigned value and how
// often it ran, how often each block ran, and each local's final value.
// The root body keeps running on the fast path (compile.go) while it is
// traced: an assignment to an immediate local is recorded by copying the
// immediate, with no place to resolve and no memory to read.

package eval

import (
	"mirlsp/mir"
)

// Trace is the record of one evaluation's root body.
type Trace struct {
	// Stmts is indexed by block, then statement; the terminator of a
	// block that assigns (a call) is at index len(Stmts[b]).
	Stmts [][]StmtTrace
	// Blocks counts how often each block ran.
	Blocks []int
	// Locals holds each local's final value ("" when dead or uninit).
	Locals []string
}

// StmtTrace is one statement: its last assigned value and run count.
type StmtTrace struct {
	Value string
	Count int
}

// tracer collects a Trace while the root frame runs.
type tracer struct {
	tr *Trace
	// last holds a copy of each statement's last assigned value, by
	// block and statement (Layout nil: none), when recorded by
	// recordAssign; imm holds it when recorded by recordFast (layout
	// nil: none). Each record clears the other.
	last [][]Operand
	imm  [][]tracedImm
	// dest is the local each statement (or call terminator) assigns as
	// a whole, -1 for other statements.
	dest [][]int32
	// entered records that the root frame's current entry into its
	// block is counted (reset by every jump of the root frame).
	entered bool
}

// tracedImm is an immediate value of a local, as recordFast keeps it.
type tracedImm struct {
	imm    Immediate
	layout *Layout
}

func newTracer(b *mir.Body) *tracer {
	tr := &Trace{Stmts: make([][]StmtTrace, len(b.Blocks)), Blocks: make([]int, len(b.Blocks))}
	t := &tracer{tr: tr, last: make([][]Operand, len(b.Blocks)), imm: make([][]tracedImm, len(b.Blocks)), dest: make([][]int32, len(b.Blocks))}
	whole := func(p *mir.Place) int32 {
		if len(p.Proj) != 0 {
			return -1
		}
		return int32(p.Local)
	}
	for i, blk := range b.Blocks {
		n := len(blk.Stmts) + 1
		tr.Stmts[i] = make([]StmtTrace, n)
		t.last[i] = make([]Operand, n)
		t.imm[i] = make([]tracedImm, n)
		t.dest[i] = make([]int32, n)
		for k, st := range blk.Stmts {
			t.dest[i][k] = -1
			if st.Kind == mir.StmtAssign {
				t.dest[i][k] = whole(&st.Place)
			}
		}
		t.dest[i][n-1] = -1
		if blk.Term != nil && blk.Term.Kind == mir.TermCall {
			t.dest[i][n-1] = whole(&blk.Term.Place)
		}
	}
	return t
}

// enterBlock counts the root frame's entry into its current block once.
func (t *tracer) enterBlock(f *frame) {
	if !t.entered {
		t.tr.Blocks[f.block]++
		t.entered = true
	}
}

// traceCompiled records statement stmt of block (index len(Stmts): the
// terminator), run by its compiled form, when it assigns: an immediate
// local by copying the immediate, anything else by recordAssign.
func (in *interp) traceCompiled(f *frame, block, stmt int) {
	t := in.trace
	if d := t.dest[block][stmt]; d >= 0 {
		if l := &f.locals[d]; l.live && !l.inMem && l.layout != nil {
			t.tr.Stmts[block][stmt].Count++
			t.imm[block][stmt] = tracedImm{l.imm, l.layout}
			if t.last[block][stmt].Layout != nil {
				t.last[block][stmt] = Operand{}
			}
			return
		}
	}
	blk := f.body.Blocks[block]
	switch {
	case stmt < len(blk.Stmts):
		if st := blk.Stmts[stmt]; st.Kind == mir.StmtAssign {
			in.recordAssign(f, block, stmt, &st.Place)
		}
	case blk.Term != nil && blk.Term.Kind == mir.TermCall:
		in.recordAssign(f, block, stmt, &blk.Term.Place)
	}
}

// recordAssign copies the value just written to dest by statement
// (block, stmt) of the root frame.
func (in *interp) recordAssign(f *frame, block, stmt int, dest *mir.Place) {
	t := in.trace
	t.tr.Stmts[block][stmt].Count++
	defer func() {
		// A value that cannot be read (an uninitialized padding byte)
		// is simply not shown.
		if r := recover(); r != nil {
			if _, ok := r.(*EvalError); !ok {
				panic(r)
			}
		}
	}()
	t.imm[block][stmt] = tracedImm{}
	v := in.readPlace(in.place(f, dest))
	if old := t.last[block][stmt]; old.Indirect && old.Layout == v.Layout {
		in.writeToMem(old.Place.Ptr, v, v.Layout)
		return
	}
	if v.Indirect {
		v = in.copyOut(v)
	}
	t.last[block][stmt] = v
}

// finishTrace renders the recorded values and the final locals.
func (in *interp) finishTrace(f *frame) *Trace {
	t := in.trace
	rd := &Renderer{Mem: in.mem, Reg: in.reg, Opts: RenderOpts{MaxElems: 8, MaxBytes: 200}, generalOnly: in.ev.Cfg.generalOnly}
	render := func(v Operand) string {
		if v.Layout == nil || v.Layout.Ty == nil {
			return ""
		}
		mp := in.toMem(v)
		s, err := rd.Render(v.Layout.Ty, mp.Ptr)
		if err != nil {
			return ""
		}
		return s
	}
	safe := func(fn func() string) (s string) {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(*EvalError); !ok {
					panic(r)
				}
				s = ""
			}
		}()
		return fn()
	}
	for b, vs := range t.last {
		for s, v := range vs {
			if fv := t.imm[b][s]; fv.layout != nil {
				v = Operand{Imm: fv.imm, Layout: fv.layout}
			}
			if v.Layout != nil {
				t.tr.Stmts[b][s].Value = safe(func() string { return render(v) })
			}
		}
	}
	t.tr.Locals = make([]string, len(f.locals))
	for i := range f.locals {
		if !f.locals[i].live {
			continue
		}
		i := i
		t.tr.Locals[i] = safe(func() string { return render(in.readPlace(in.localPlace(f, i))) })
	}
	return t.tr
}
