// vars.go answers scopes and variables while paused: each frame's locals
// as rustc's interpreter holds them (Immediate::Scalar, ScalarPair,
// Uninit, or Indirect at (allocN, offset)) with the {:?} value beside;
// allocations with their bytes, init mask and provenance; the global
// (interned) allocations; the step count and remaining budget.

package dap

import (
	"fmt"
	"math"
	"strings"

	godap "github.com/google/go-dap"

	"mirlsp/eval"
)

// varKind is what a variables reference expands.
type varKind int

const (
	refLocals  varKind = iota // a frame's locals
	refMemory                 // the allocations of a frame's evaluation
	refGlobals                // the interned global allocations
	refStats                  // step count and budget
	refAlloc                  // one allocation
	refProv                   // the pointers stored in an allocation
	refPtrs                   // the allocations an immediate points into
)

// varRef is one variables reference of the current stop.
type varRef struct {
	kind  varKind
	frame int // index in run.frames
	alloc eval.AllocID
	ptrs  []eval.Pointer
}

// ref registers a reference and returns its number (1-based).
func (r *run) ref(v varRef) int {
	r.refs = append(r.refs, v)
	return len(r.refs)
}

// scopes lists a frame's scopes (on the evaluation's goroutine).
func (r *run) scopes(frame int) []godap.Scope {
	if frame < 0 || frame >= len(r.frames) {
		return nil
	}
	fr := r.frames[frame]
	return []godap.Scope{
		{Name: "Locals", PresentationHint: "locals", VariablesReference: r.ref(varRef{kind: refLocals, frame: frame}), NamedVariables: len(fr.Body.Locals)},
		{Name: "Memory", VariablesReference: r.ref(varRef{kind: refMemory, frame: frame})},
		{Name: "Global allocations", VariablesReference: r.ref(varRef{kind: refGlobals, frame: frame}), Expensive: true},
		{Name: "Evaluation", VariablesReference: r.ref(varRef{kind: refStats, frame: frame})},
	}
}

// localName is how a local is listed: its Rust name with `_N`, or `_N`.
func localName(l eval.DebugLocal) string {
	if l.Name != "" {
		return fmt.Sprintf("%s (_%d)", l.Name, l.Local)
	}
	return fmt.Sprintf("_%d", l.Local)
}

// localValue is a local's value: {:?} beside the operand.
func localValue(l eval.DebugLocal) string {
	if l.Value == "" {
		return l.Repr
	}
	return l.Value + " — " + l.Repr
}

// localVar is the variable of a local.
func (r *run) localVar(frame int, l eval.DebugLocal) godap.Variable {
	v := godap.Variable{Name: localName(l), Value: localValue(l), Type: l.Ty, EvaluateName: fmt.Sprintf("_%d", l.Local)}
	if l.Name != "" {
		v.EvaluateName = l.Name
	}
	switch {
	case l.Kind == "Indirect":
		v.VariablesReference = r.ref(varRef{kind: refAlloc, frame: frame, alloc: l.Ptr.Alloc})
	case len(l.Pointers) > 0:
		v.VariablesReference = r.ref(varRef{kind: refPtrs, frame: frame, ptrs: l.Pointers})
	}
	return v
}

// variables expands a reference (on the evaluation's goroutine).
func (r *run) variables(s *eval.DebugState, n int) ([]godap.Variable, error) {
	if n < 1 || n > len(r.refs) {
		return nil, fmt.Errorf("unknown variables reference %d", n)
	}
	v := r.refs[n-1]
	fr := r.frames[v.frame]
	out := []godap.Variable{}
	switch v.kind {
	case refLocals:
		for _, l := range fr.Locals() {
			out = append(out, r.localVar(v.frame, l))
		}
	case refMemory:
		for _, id := range fr.Allocations() {
			out = append(out, r.allocVar(v.frame, id, id.String()))
		}
	case refGlobals:
		for _, id := range s.GlobalAllocations() {
			out = append(out, r.allocVar(v.frame, id, id.String()))
		}
	case refStats:
		steps, limit := s.Steps()
		budget := "unlimited"
		if limit > 0 && limit != math.MaxInt64 {
			budget = fmt.Sprint(limit - steps)
		}
		out = append(out,
			godap.Variable{Name: "steps", Value: fmt.Sprint(steps), Type: "ConstEvalCounter"},
			godap.Variable{Name: "remaining budget", Value: budget},
			godap.Variable{Name: "frames", Value: fmt.Sprint(len(r.frames))})
	case refPtrs:
		for _, p := range v.ptrs {
			out = append(out, r.allocVar(v.frame, p.Alloc, p.String()))
		}
	case refAlloc:
		a, ok := fr.Alloc(v.alloc)
		if !ok {
			return nil, fmt.Errorf("no allocation %s", v.alloc)
		}
		out = append(out,
			godap.Variable{Name: "size", Value: fmt.Sprint(a.Size)},
			godap.Variable{Name: "align", Value: fmt.Sprint(a.Align)},
			godap.Variable{Name: "kind", Value: allocKind(a)})
		if a.Name != "" {
			out = append(out, godap.Variable{Name: "name", Value: a.Name})
		}
		if a.Freed {
			out = append(out, godap.Variable{Name: "freed", Value: "true"})
			break
		}
		out = append(out,
			godap.Variable{Name: "bytes", Value: a.Dump},
			godap.Variable{Name: "init mask", Value: initMask(a)})
		pv := godap.Variable{Name: "provenance", Value: fmt.Sprintf("%d pointers", len(a.Prov))}
		if len(a.Prov) > 0 {
			pv.VariablesReference = r.ref(varRef{kind: refProv, frame: v.frame, alloc: v.alloc})
		}
		out = append(out, pv)
	case refProv:
		a, _ := fr.Alloc(v.alloc)
		for _, p := range a.Prov {
			out = append(out, r.allocVar(v.frame, p.Target.Alloc, fmt.Sprintf("+%#x", p.Offset)))
			out[len(out)-1].Value = p.Target.String() + " — " + out[len(out)-1].Value
		}
	}
	return out, nil
}

// allocVar is an expandable allocation.
func (r *run) allocVar(frame int, id eval.AllocID, name string) godap.Variable {
	a, ok := r.frames[frame].Alloc(id)
	if !ok {
		return godap.Variable{Name: name, Value: "(no such allocation)"}
	}
	sum := fmt.Sprintf("%s, %d bytes, align %d", allocKind(a), a.Size, a.Align)
	if a.Name != "" {
		sum += ", " + a.Name
	}
	if a.Freed {
		sum += ", freed"
	}
	return godap.Variable{Name: name, Value: sum, Type: "allocation", VariablesReference: r.ref(varRef{kind: refAlloc, frame: frame, alloc: id}), EvaluateName: id.String()}
}

func allocKind(a eval.DebugAlloc) string {
	k := a.Kind
	if a.Global {
		k = "global " + k
	}
	if !a.Mutable {
		k += " (immutable)"
	}
	return k
}

// maxRanges bounds the ranges initMask prints.
const maxRanges = 64

// initMask prints the init mask as byte ranges.
func initMask(a eval.DebugAlloc) string {
	if len(a.Init) == 0 {
		return "(empty)"
	}
	var parts []string
	for i, rg := range a.Init {
		if i == maxRanges {
			parts = append(parts, fmt.Sprintf("… (%d ranges)", len(a.Init)))
			break
		}
		state := "uninit"
		if rg.Init {
			state = "init"
		}
		parts = append(parts, fmt.Sprintf("%d..%d %s", rg.Start, rg.End, state))
	}
	return strings.Join(parts, ", ")
}
