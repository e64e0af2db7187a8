// trace.go records what the root body of an evaluation did, for MIR
// inlay hints and hovers: each statement's last assigned value and how
// often it ran, how often each block ran, and each local's final value.

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
	// last holds a copy of each statement's last assigned value.
	last map[[2]int]Operand
}

func newTracer(b *mir.Body) *tracer {
	tr := &Trace{Stmts: make([][]StmtTrace, len(b.Blocks)), Blocks: make([]int, len(b.Blocks))}
	for i, blk := range b.Blocks {
		tr.Stmts[i] = make([]StmtTrace, len(blk.Stmts)+1)
	}
	return &tracer{tr: tr, last: map[[2]int]Operand{}}
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
	v := in.readPlace(in.place(f, dest))
	key := [2]int{block, stmt}
	if old, ok := t.last[key]; ok && old.Indirect && old.Layout == v.Layout {
		in.writeToMem(old.Place.Ptr, v, v.Layout)
		return
	}
	if v.Indirect {
		v = in.copyOut(v)
	}
	t.last[key] = v
}

// finishTrace renders the recorded values and the final locals.
func (in *interp) finishTrace(f *frame) *Trace {
	t := in.trace
	rd := &Renderer{Mem: in.mem, Reg: in.reg, Opts: RenderOpts{MaxElems: 8, MaxBytes: 200}}
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
	for key, v := range t.last {
		v := v
		t.tr.Stmts[key[0]][key[1]].Value = safe(func() string { return render(v) })
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
