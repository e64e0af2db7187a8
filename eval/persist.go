// persist.go lets results outlive an evaluator: a Memo shares them
// between evaluators (the cache's memory tier), and EncodeResult /
// DecodeResult turn a result and the global memory its value reaches
// into bytes and back (the cache's disk tier).

package eval

import (
	"fmt"
	"math"
	"sort"

	"github.com/fxamacker/cbor/v2"

	"mirlsp/mir"
)

// Memo shares results across evaluators. Load is consulted before an
// item is evaluated (also when another item needs its value); Store
// receives every result an evaluator computes.
type Memo interface {
	Load(it *mir.Item) (*Result, bool)
	Store(it *mir.Item, r *Result)
}

// encodedResult is the serialized form of a Result: CBOR arrays, no
// field names or type descriptors. Spans are stored relative to the item
// they lie in, so a result stays valid when its item moves within (or
// between) documents.
type encodedResult struct {
	_       struct{} `cbor:",toarray"`
	Version int
	Value   encodedValue
	HasErr  bool
	Err     encodedErr
	Steps   int64
	Trace   *encodedTrace
	Allocs  []encodedAlloc
}

type encodedValue struct {
	_      struct{} `cbor:",toarray"`
	Kind   ConstKind
	Scalar encodedScalar
	Ptr    encodedPointer
	Len    uint64
}

type encodedScalar struct {
	_      struct{} `cbor:",toarray"`
	Lo, Hi uint64
	Prov   AllocID
	Size   uint8
	Imm    bool
}

type encodedPointer struct {
	_      struct{} `cbor:",toarray"`
	Alloc  AllocID
	Offset uint64
	Imm    bool
}

type encodedErr struct {
	_      struct{} `cbor:",toarray"`
	Kind   ErrKind
	Msg    string
	Start  int // relative to the item's start
	End    int
	Frames []encodedFrame
	Notes  []string
	// Referenced names the constant whose failure the error repeats;
	// Start and End are relative to it then.
	Referenced string
}

type encodedFrame struct {
	_          struct{} `cbor:",toarray"`
	Func       string
	Item       string // the fn the span lies in, by header name
	Start, End int    // relative to that item
}

type encodedAlloc struct {
	_       struct{} `cbor:",toarray"`
	ID      AllocID
	Bytes   []byte
	Init    []uint64
	Prov    []encodedProv
	Size    uint64
	Align   uint64
	Mutable bool
	Kind    AllocKind
	Name    string
}

type encodedProv struct {
	_      struct{} `cbor:",toarray"`
	Offset uint64
	Target encodedPointer
	Frag   int8
}

type encodedTrace struct {
	_      struct{} `cbor:",toarray"`
	Stmts  [][]encodedStmt
	Blocks []int
	Locals []string
}

type encodedStmt struct {
	_     struct{} `cbor:",toarray"`
	Value string
	Count int
}

// encodingVersion changes whenever encodedResult does.
const encodingVersion = 3

// cborDec reads what EncodeResult writes; arrays as long as memory
// allows (an allocation may hold many pointers).
var cborDec, _ = cbor.DecOptions{MaxArrayElements: math.MaxInt32, MaxMapPairs: math.MaxInt32}.DecMode()

func encScalar(s Scalar) encodedScalar {
	return encodedScalar{Lo: s.Bits.Lo, Hi: s.Bits.Hi, Prov: s.Prov, Size: s.Size, Imm: s.Imm}
}

func (e encodedScalar) scalar() Scalar {
	return Scalar{Bits: mir.U128{Lo: e.Lo, Hi: e.Hi}, Prov: e.Prov, Size: e.Size, Imm: e.Imm}
}

func encPointer(p Pointer) encodedPointer {
	return encodedPointer{Alloc: p.Alloc, Offset: p.Offset, Imm: p.Imm}
}

func (e encodedPointer) pointer() Pointer {
	return Pointer{Alloc: e.Alloc, Offset: e.Offset, Imm: e.Imm}
}

func encTrace(t *Trace) *encodedTrace {
	if t == nil {
		return nil
	}
	e := &encodedTrace{Stmts: make([][]encodedStmt, len(t.Stmts)), Blocks: t.Blocks, Locals: t.Locals}
	for i, b := range t.Stmts {
		e.Stmts[i] = make([]encodedStmt, len(b))
		for j, st := range b {
			e.Stmts[i][j] = encodedStmt{Value: st.Value, Count: st.Count}
		}
	}
	return e
}

func (e *encodedTrace) trace() *Trace {
	if e == nil {
		return nil
	}
	t := &Trace{Stmts: make([][]StmtTrace, len(e.Stmts)), Blocks: e.Blocks, Locals: e.Locals}
	for i, b := range e.Stmts {
		t.Stmts[i] = make([]StmtTrace, len(b))
		for j, st := range b {
			t.Stmts[i][j] = StmtTrace{Value: st.Value, Count: st.Count}
		}
	}
	return t
}

// EncodeResult serializes r, with the global allocations its value
// reaches.
func (ev *Evaluator) EncodeResult(r *Result) ([]byte, error) {
	e, err := ev.encode(r)
	if err != nil {
		return nil, err
	}
	return cbor.Marshal(e)
}

// EncodeResults serializes several results in one stream (a document's
// items), so their common type information is written once.
func (ev *Evaluator) EncodeResults(rs []*Result) ([]byte, error) {
	es := make([]*encodedResult, len(rs))
	for i, r := range rs {
		e, err := ev.encode(r)
		if err != nil {
			return nil, err
		}
		es[i] = e
	}
	return cbor.Marshal(es)
}

// DecodeResults reads results of items encoded by EncodeResults.
func (ev *Evaluator) DecodeResults(items []*mir.Item, data []byte) ([]*Result, error) {
	var es []*encodedResult
	if err := cborDec.Unmarshal(data, &es); err != nil {
		return nil, err
	}
	if len(es) != len(items) {
		return nil, fmt.Errorf("%d results for %d items", len(es), len(items))
	}
	rs := make([]*Result, len(es))
	for i, e := range es {
		r, err := ev.decode(items[i], e)
		if err != nil {
			return nil, err
		}
		rs[i] = r
	}
	return rs, nil
}

func (ev *Evaluator) encode(r *Result) (*encodedResult, error) {
	defer ev.Prog.Globals.Pin()()
	it := r.Item
	e := encodedResult{Steps: r.Steps, Trace: encTrace(r.Trace), Version: encodingVersion,
		Value: encodedValue{Kind: r.Value.Kind, Scalar: encScalar(r.Value.Scalar), Ptr: encPointer(r.Value.Ptr), Len: r.Value.Len}}
	if r.Err != nil {
		e.HasErr = true
		at := it
		if r.Err.Referenced != nil {
			at = r.Err.Referenced
		}
		e.Err = encodedErr{Kind: r.Err.Kind, Msg: r.Err.Msg, Start: r.Err.Span.Start - at.Span.Start,
			End: r.Err.Span.End - at.Span.Start, Notes: r.Err.Notes}
		if r.Err.Referenced != nil {
			e.Err.Referenced = r.Err.Referenced.Name
		}
		for _, f := range r.Err.Frames {
			ef := encodedFrame{Func: f.Func}
			if f.Item != nil {
				ef.Item, ef.Start, ef.End = f.Item.Name, f.Span.Start-f.Item.Span.Start, f.Span.End-f.Item.Span.Start
			}
			e.Err.Frames = append(e.Err.Frames, ef)
		}
	} else {
		g := ev.Prog.Globals
		var roots []AllocID
		if r.Value.Kind == ConstScalar && r.Value.Scalar.IsPtr() {
			roots = append(roots, r.Value.Scalar.Prov)
		} else if r.Value.Kind == ConstSlice || r.Value.Kind == ConstByRef {
			roots = append(roots, r.Value.Ptr.Alloc)
		}
		seen := map[AllocID]bool{}
		for len(roots) > 0 {
			id := roots[len(roots)-1]
			roots = roots[:len(roots)-1]
			if seen[id] || id == 0 {
				continue
			}
			seen[id] = true
			a, _, ok := g.Get(id)
			if !ok {
				if id < GlobalBase {
					// A file's allocation dump: it is part of the item's
					// text, so the key covers it.
					continue
				}
				return nil, fmt.Errorf("value reaches %s, which is not in global memory", id)
			}
			ea := encodedAlloc{ID: id, Bytes: a.Bytes, Init: a.initWords(), Size: a.Size, Align: a.Align, Mutable: a.Mutable, Kind: a.Kind, Name: a.Name}
			for _, p := range a.prov {
				ea.Prov = append(ea.Prov, encodedProv{Offset: p.Offset, Target: encPointer(p.Target), Frag: p.Frag})
			}
			e.Allocs = append(e.Allocs, ea)
			for _, p := range a.prov {
				roots = append(roots, p.Target.Alloc)
			}
		}
		sort.Slice(e.Allocs, func(i, j int) bool { return e.Allocs[i].ID < e.Allocs[j].ID })
	}
	return &e, nil
}

// DecodeResult reads a result of item it encoded by EncodeResult. The
// allocations it carries are interned into the program's global memory
// (deduplicated by content) and the value is rewritten to point at them.
func (ev *Evaluator) DecodeResult(it *mir.Item, data []byte) (*Result, error) {
	var e encodedResult
	if err := cborDec.Unmarshal(data, &e); err != nil {
		return nil, err
	}
	return ev.decode(it, &e)
}

func (ev *Evaluator) decode(it *mir.Item, e *encodedResult) (*Result, error) {
	defer ev.Prog.Globals.Pin()()
	if e.Version != encodingVersion {
		return nil, fmt.Errorf("encoding version %d, want %d", e.Version, encodingVersion)
	}
	r := &Result{Item: it, Steps: e.Steps, Trace: e.Trace.trace()}
	if e.HasErr {
		at := it
		if e.Err.Referenced != "" {
			ref := ev.Prog.Item(e.Err.Referenced)
			if ref == nil {
				return nil, fmt.Errorf("the referenced constant %s is not in the program", e.Err.Referenced)
			}
			at = ref
		}
		r.Err = &EvalError{Kind: e.Err.Kind, Msg: e.Err.Msg, Notes: e.Err.Notes, Referenced: at,
			Span: mir.Span{Start: at.Span.Start + e.Err.Start, End: at.Span.Start + e.Err.End}}
		if at == it {
			r.Err.Referenced = nil
		}
		for _, f := range e.Err.Frames {
			fr := Frame{Func: f.Func}
			if fi := ev.Prog.Item(f.Item); fi != nil {
				fr.Item = fi
				fr.Span = mir.Span{Start: fi.Span.Start + f.Start, End: fi.Span.Start + f.End}
			}
			r.Err.Frames = append(r.Err.Frames, fr)
		}
		return r, nil
	}
	l, err := ev.Prog.Reg.LayoutOf(it.Ty)
	if err != nil {
		return nil, err
	}
	r.Layout = l
	// Re-create the allocations in a scratch memory under fresh local
	// ids, then intern them: interning gives them global ids again
	// (deduplicated with what is already there).
	mem := NewMemory(ev.Prog.Globals, firstLocalID)
	local := map[AllocID]AllocID{}
	var created []*Allocation
	var roots []AllocID
	for _, a := range e.Allocs {
		al := &Allocation{Bytes: a.Bytes, init: a.Init, Size: a.Size, Align: a.Align,
			Mutable: true, Kind: a.Kind, Name: a.Name}
		for _, p := range a.Prov {
			al.prov = append(al.prov, provEntry{Offset: p.Offset, Target: p.Target.pointer(), Frag: p.Frag})
		}
		p := mem.Add(al)
		local[a.ID] = p.Alloc
		created = append(created, al)
		roots = append(roots, p.Alloc)
	}
	for _, al := range created {
		for i, pe := range al.prov {
			if n, ok := local[pe.Target.Alloc]; ok {
				al.prov[i].Target.Alloc = n
			}
		}
	}
	moved := mem.Intern(roots)
	remap := func(p Pointer) Pointer {
		if n, ok := local[p.Alloc]; ok {
			p.Alloc = moved[n]
		}
		return p
	}
	v := e.Value
	r.Value = ConstValue{Kind: v.Kind, Scalar: v.Scalar.scalar(), Ptr: remap(v.Ptr.pointer()), Len: v.Len, Ty: it.Ty}
	if v.Kind == ConstScalar && r.Value.Scalar.IsPtr() {
		r.Value.Scalar = ScalarPtr(remap(r.Value.Scalar.Pointer()))
	}
	return r, nil
}
