// compile.go turns the common statements of a body into specialized
// closures that work directly on immediate integer and bool locals. Loops
// in const fns are made of such statements (checked arithmetic, asserts,
// comparisons, switches, counters), and the general path — places,
// operands, layouts — costs most of an iteration. A compiled statement
// checks its preconditions when it runs (locals live and initialized, no
// failure) and otherwise declines, so the general path executes the
// statement and reports any error exactly as before.

package eval

import (
	"sync"
	"sync/atomic"

	"mirlsp/mir"
)

// fastOp executes one statement or terminator, or declines (false)
// without any effect.
type fastOp func(in *interp, f *frame) bool

// compiledBody holds the fast forms of a body's statements and
// terminators (nil entries run on the general path).
type compiledBody struct {
	stmts [][]fastOp
	terms []fastOp
	// fast lists the locals the fast forms use, with their layouts.
	fast []fastLocal
	// template is a frame's locals at entry: fast locals with their
	// layouts, and live arguments and locals without storage markers;
	// liveAtEntry the liveness alone.
	template    []local
	liveAtEntry []bool
	// run is the run program (reg.go), for evaluations without a
	// debugger or trace; eTemplate and eLive are its frames' locals and
	// liveness at entry (locals whose markers it elides are always live).
	run       [][]runEntry
	eTemplate []local
	eLive     []bool
}

type fastLocal struct {
	index  int
	layout *Layout
}

// compiledCache holds compiled bodies per program.
type compiledCache struct {
	mu     sync.Mutex
	bodies map[*mir.Body]*compiledBody
}

// compiled returns the compiled form of a frame's body (nil for generic
// instantiations, which use the general path).
func (in *interp) compiled(f *frame) *compiledBody {
	if f.sub != nil {
		return nil
	}
	c := &in.prog.compiled
	c.mu.Lock()
	cb, ok := c.bodies[f.body]
	c.mu.Unlock()
	if ok {
		return cb
	}
	cb = in.compileBody(f)
	c.mu.Lock()
	if c.bodies == nil {
		c.bodies = map[*mir.Body]*compiledBody{}
	}
	if old, ok := c.bodies[f.body]; ok {
		cb = old // compiled concurrently by another evaluation
	} else {
		c.bodies[f.body] = cb
	}
	c.mu.Unlock()
	return cb
}

// fastKind classifies a local for the fast forms.
type fastKind uint8

const (
	notFast  fastKind = iota
	fastInt           // an integer, bool or char scalar (IntTy in it)
	fastPair          // a (integer, bool) tuple: checked arithmetic
	fastUnit          // () : only its liveness matters
)

type localInfo struct {
	kind fastKind
	it   IntTy // fastInt: the scalar's integer view; fastPair: the first field's
	l    *Layout
}

func (in *interp) compileBody(f *frame) *compiledBody {
	b := f.body
	infos := make([]localInfo, len(b.Locals))
	cb := &compiledBody{stmts: make([][]fastOp, len(b.Blocks)), terms: make([]fastOp, len(b.Blocks))}
	for i, d := range b.Locals {
		if f.info.inMem[i] {
			continue
		}
		l, err := in.reg.LayoutOf(d.Ty)
		if err != nil {
			continue
		}
		switch {
		case d.Ty.IsUnit():
			infos[i] = localInfo{kind: fastUnit, l: l}
		case l.Abi == AbiScalar && (d.Ty.Kind == mir.TyInt || d.Ty.Kind == mir.TyUint || d.Ty.Kind == mir.TyBool):
			it, _ := intTyOf(d.Ty)
			infos[i] = localInfo{kind: fastInt, it: it, l: l}
		case d.Ty.Kind == mir.TyTuple && len(d.Ty.Elems) == 2 && d.Ty.Elems[1].Kind == mir.TyBool &&
			d.Ty.Elems[0].IsInteger() && l.Abi == AbiScalarPair && l.FieldOffset(0) == 0:
			it, _ := intTyOf(d.Ty.Elems[0])
			infos[i] = localInfo{kind: fastPair, it: it, l: l}
		default:
			continue
		}
		cb.fast = append(cb.fast, fastLocal{i, l})
	}
	tys := make([]*mir.Ty, len(b.Locals))
	for i, d := range b.Locals {
		tys[i] = d.Ty
	}
	cb.template = make([]local, len(b.Locals))
	for _, fl := range cb.fast {
		cb.template[fl.index].layout = fl.layout
	}
	cb.liveAtEntry = make([]bool, len(b.Locals))
	for i := range b.Locals {
		if i <= b.ArgCount || !f.info.hasStorage[i] {
			cb.template[i].live = true
			cb.liveAtEntry[i] = true
		}
	}
	c := &compiler{in: in, infos: infos, tys: tys, nblocks: len(b.Blocks)}
	raw := make([][]fastOp, len(b.Blocks))
	descs := make([][]seqItem, len(b.Blocks))
	for bi, blk := range b.Blocks {
		cb.stmts[bi] = make([]fastOp, len(blk.Stmts))
		descs[bi] = make([]seqItem, len(blk.Stmts))
		for si, st := range blk.Stmts {
			c.desc = seqItem{}
			cb.stmts[bi][si] = c.stmt(st)
			descs[bi][si] = c.desc
		}
		raw[bi] = append([]fastOp(nil), cb.stmts[bi]...)
		c.batchStorage(cb.stmts[bi], blk.Stmts)
		if blk.Term != nil {
			cb.terms[bi] = c.term(blk.Term)
		}
	}
	c.buildRun(cb, b, f.info, raw, descs)
	return cb
}

type compiler struct {
	in      *interp
	infos   []localInfo
	tys     []*mir.Ty // local types
	nblocks int
	// count makes the terminators' forms count themselves (run
	// programs), as runCompiled counts the others.
	count bool
	// desc describes the last statement compiled when its form is one
	// a sequence runs inline (reg.go).
	desc seqItem
}

// reader reads an integer operand: a fast local, a field of a fast pair,
// or a scalar constant.
type reader func(in *interp, f *frame) (mir.U128, bool)

// src is an operand of the simplest kinds, read without an indirect call:
// a fast local, a field of a fast pair, or a literal.
type src struct {
	kind  uint8 // srcLocal, srcPair0, srcPair1, srcLit, srcRead
	local int
	lit   mir.U128
	r     reader // srcRead: any other operand a reader reads
}

const (
	srcLocal uint8 = iota
	srcPair0
	srcPair1
	srcLit
	srcRead
)

// get reads a src.
func (s *src) get(in *interp, f *frame) (mir.U128, bool) {
	if s.kind == srcLocal {
		l := &f.locals[s.local]
		return l.imm.A.Bits, l.live && l.imm.Kind == ImmScalar && l.imm.A.Prov == 0
	}
	return s.getOther(in, f)
}

func (s *src) getOther(in *interp, f *frame) (mir.U128, bool) {
	switch s.kind {
	case srcLit:
		return s.lit, true
	case srcRead:
		return s.r(in, f)
	}
	l := &f.locals[s.local]
	switch s.kind {
	case srcPair0:
		return l.imm.A.Bits, l.live && l.imm.Kind == ImmPair && l.imm.A.Prov == 0
	}
	return l.imm.B.Bits, l.live && l.imm.Kind == ImmPair
}

// source compiles an operand as a src when it is of the simple kinds, or
// else when a reader reads it.
func (c *compiler) source(op *mir.Operand) (src, bool) {
	if s, ok := c.simpleSource(op); ok {
		return s, true
	}
	if r, _, ok := c.reader(op); ok {
		return src{kind: srcRead, r: r}, true
	}
	return src{}, false
}

// simpleSource compiles an operand as a src of the simple kinds.
func (c *compiler) simpleSource(op *mir.Operand) (src, bool) {
	switch op.Kind {
	case mir.OpConst:
		k := op.Const
		if k.Ty == nil || !(k.Kind == mir.ConstInt || k.Kind == mir.ConstBool) {
			return src{}, false
		}
		it, ok := intTyOf(k.Ty)
		if !ok {
			return src{}, false
		}
		return src{kind: srcLit, lit: it.Truncate(k.Int)}, true
	case mir.OpCopy, mir.OpMove:
		pl := &op.Place
		li := c.infos[pl.Local]
		switch {
		case len(pl.Proj) == 0 && li.kind == fastInt:
			return src{kind: srcLocal, local: int(pl.Local)}, true
		case len(pl.Proj) == 1 && c.pairField(pl):
			if pl.Proj[0].Field == 0 {
				return src{kind: srcPair0, local: int(pl.Local)}, true
			}
			return src{kind: srcPair1, local: int(pl.Local)}, true
		}
	}
	return src{}, false
}

func (c *compiler) reader(op *mir.Operand) (reader, IntTy, bool) {
	switch op.Kind {
	case mir.OpConst:
		k := op.Const
		if k.Kind == mir.ConstItem && k.Item != nil && k.Item.Ty != nil && (k.Item.Ty.IsInteger() || k.Item.Ty.Kind == mir.TyBool) {
			// A named integer constant: its value, evaluated once per
			// evaluation through the memo.
			it, _ := intTyOf(k.Item.Ty)
			var last constCache
			return func(in *interp, f *frame) (mir.U128, bool) {
				if bits, ok, hit := last.get(in); hit {
					return bits, ok
				}
				v, ok := in.consts[k]
				if !ok {
					v = in.itemValue(k.Item)
					in.consts[k] = v
				}
				if v.Indirect || v.Imm.Kind != ImmScalar || v.Imm.A.Prov != 0 {
					last.set(in, mir.U128{}, false)
					return mir.U128{}, false
				}
				last.set(in, v.Imm.A.Bits, true)
				return v.Imm.A.Bits, true
			}, it, true
		}
		if k.Ty == nil || !(k.Kind == mir.ConstInt || k.Kind == mir.ConstBool) {
			return nil, IntTy{}, false
		}
		it, ok := intTyOf(k.Ty)
		if !ok {
			return nil, IntTy{}, false
		}
		v := it.Truncate(k.Int)
		return func(*interp, *frame) (mir.U128, bool) { return v, true }, it, true
	case mir.OpCopy, mir.OpMove:
		pl := &op.Place
		li := c.infos[pl.Local]
		i := int(pl.Local)
		switch {
		case len(pl.Proj) == 0 && li.kind == fastInt:
			return func(in *interp, f *frame) (mir.U128, bool) {
				l := &f.locals[i]
				return l.imm.A.Bits, l.live && l.imm.Kind == ImmScalar && l.imm.A.Prov == 0
			}, li.it, true
		case len(pl.Proj) == 1 && pl.Proj[0].Kind == mir.ProjIndex:
			addr, et, size, ok := c.element(pl)
			if !ok {
				return nil, IntTy{}, false
			}
			return func(in *interp, f *frame) (mir.U128, bool) {
				a, p, ok := addr(in, f, false)
				if !ok {
					return mir.U128{}, false
				}
				v, err := a.readScalar(p, size)
				if err != nil || v.Prov != 0 {
					return mir.U128{}, false
				}
				return v.Bits, true
			}, et, true
		case len(pl.Proj) == 2:
			return c.refElement(pl)
		case len(pl.Proj) == 1 && c.pairField(pl):
			if pl.Proj[0].Field == 0 {
				return func(in *interp, f *frame) (mir.U128, bool) {
					l := &f.locals[i]
					return l.imm.A.Bits, l.live && l.imm.Kind == ImmPair && l.imm.A.Prov == 0
				}, li.it, true
			}
			return func(in *interp, f *frame) (mir.U128, bool) {
				l := &f.locals[i]
				return l.imm.B.Bits, l.live && l.imm.Kind == ImmPair
			}, U8, true
		}
	}
	return nil, IntTy{}, false
}

// element returns, for a place `_a[_i]` of an integer array local `_a`
// (in memory) indexed by an integer local `_i`, a function giving the
// element's allocation and address (false when the access must take the
// general path: dead locals, an index out of bounds, an allocation the
// frame's cache does not vouch for), and the element's type.
func (c *compiler) element(pl *mir.Place) (func(in *interp, f *frame, write bool) (*Allocation, Pointer, bool), IntTy, uint64, bool) {
	if len(pl.Proj) != 1 || pl.Proj[0].Kind != mir.ProjIndex {
		return nil, IntTy{}, 0, false
	}
	a, i := int(pl.Local), int(pl.Proj[0].Index)
	ty := c.localTy(a)
	if ty == nil || ty.Kind != mir.TyArray || !ty.LenSet || ty.Elem.Kind == mir.TyBool || ty.Elem.Kind == mir.TyChar {
		return nil, IntTy{}, 0, false
	}
	et, ok := intTyOf(ty.Elem)
	if !ok || c.infos[i].kind != fastInt {
		return nil, IntTy{}, 0, false
	}
	n, size := uint64(ty.Len), et.Size()
	return func(in *interp, f *frame, write bool) (*Allocation, Pointer, bool) {
		arr, idx := &f.locals[a], &f.locals[i]
		if !arr.live || !arr.alloced || !idx.live || idx.imm.Kind != ImmScalar || idx.imm.A.Prov != 0 {
			return nil, Pointer{}, false
		}
		k := idx.imm.A.Bits
		if k.Hi != 0 || k.Lo >= n {
			return nil, Pointer{}, false
		}
		p := arr.ptr
		al := in.elemAlloc(f, p, size, write)
		if al == nil {
			return nil, Pointer{}, false
		}
		p.Offset += k.Lo * size
		if p.Offset < k.Lo*size || p.Offset+size > al.Size || p.Offset+size < size {
			return nil, Pointer{}, false
		}
		return al, p, true
	}, et, size, true
}

// elemAlloc returns the allocation p points into, for accesses of size
// bytes at p plus multiples of size, checked as Memory.Check checks an
// access, once per frame (f.elemA); nil when the general path must
// access it. What Check tests of an allocation does not change while it
// is not freed, alignment holds for every element when it holds for p,
// and the caller checks each access's bounds. Writes are vouched for
// only in stack allocations.
func (in *interp) elemAlloc(f *frame, p Pointer, size uint64, write bool) *Allocation {
	if a := f.elemA; a != nil && f.elemID == p.Alloc && (f.elemW || !write) && !a.Freed && alignOf(a.Align, p.Offset) >= size {
		return a
	}
	a, err := in.mem.Check(p, size, size, OpMemoryAccess, write)
	if err != nil || a == nil || write && a.Kind != AllocStack {
		return nil
	}
	f.elemA, f.elemID, f.elemW = a, p.Alloc, write
	return a
}

// writer stores an integer into a compiled destination, or declines.
type writer func(in *interp, f *frame, v mir.U128) bool

// intDest compiles an integer destination: a fast local or an element
// of an integer array local.
func (c *compiler) intDest(pl *mir.Place) (writer, IntTy, bool) {
	if d, dl, ok := c.dest(pl, fastInt); ok {
		size := uint8(dl.l.Size)
		return func(in *interp, f *frame, v mir.U128) bool {
			l := &f.locals[d]
			if !l.live {
				return false
			}
			setInt(l, v, size)
			return true
		}, dl.it, true
	}
	addr, et, size, ok := c.element(pl)
	if !ok {
		return nil, IntTy{}, false
	}
	return func(in *interp, f *frame, v mir.U128) bool {
		a, p, ok := addr(in, f, true)
		if !ok {
			return false
		}
		a.writeScalar(p.Offset, ScalarInt(v, uint8(size)), size)
		return true
	}, et, true
}

// localTy is the type of local i of the body being compiled.
func (c *compiler) localTy(i int) *mir.Ty {
	if i >= len(c.tys) {
		return nil
	}
	return c.tys[i]
}

// dest returns the fast destination local of a place without projections.
func (c *compiler) dest(pl *mir.Place, kind fastKind) (int, localInfo, bool) {
	if len(pl.Proj) != 0 {
		return 0, localInfo{}, false
	}
	li := c.infos[pl.Local]
	return int(pl.Local), li, li.kind == kind
}

func setInt(l *local, v mir.U128, size uint8) {
	// Only the first scalar and the kind: B is not read for a scalar.
	l.imm.A = Scalar{Bits: v, Size: size}
	l.imm.Kind = ImmScalar
}

// batchStorage replaces each run of storage markers of compiled locals
// by one op that applies them all: a third of a body's statements are
// markers, and dispatching one costs more than applying it.
func (c *compiler) batchStorage(ops []fastOp, stmts []*mir.Stmt) {
	marker := func(st *mir.Stmt) bool {
		return (st.Kind == mir.StmtStorageLive || st.Kind == mir.StmtStorageDead) && c.infos[st.Local].kind != notFast
	}
	for i := 0; i < len(stmts); {
		if !marker(stmts[i]) {
			i++
			continue
		}
		j := i
		for j < len(stmts) && marker(stmts[j]) {
			j++
		}
		if j-i > 1 {
			type mark struct {
				local int
				live  bool
			}
			marks := make([]mark, 0, j-i)
			for _, st := range stmts[i:j] {
				marks = append(marks, mark{int(st.Local), st.Kind == mir.StmtStorageLive})
			}
			extra := j - i - 1
			ops[i] = func(in *interp, f *frame) bool {
				for _, m := range marks {
					l := &f.locals[m.local]
					l.live = m.live
					if m.live {
						l.imm.Kind = ImmUninit
					}
				}
				f.stmt += extra
				return true
			}
		}
		i = j
	}
}

func (c *compiler) stmt(st *mir.Stmt) fastOp {
	switch st.Kind {
	case mir.StmtConstEvalCounter:
		c.desc = seqItem{kind: seqTick}
		return func(in *interp, f *frame) bool { in.tick(); return true }
	case mir.StmtStorageLive, mir.StmtStorageDead:
		i := int(st.Local)
		if c.infos[i].kind == notFast {
			return nil
		}
		if st.Kind == mir.StmtStorageLive {
			return func(in *interp, f *frame) bool {
				l := &f.locals[i]
				l.live, l.imm.Kind = true, ImmUninit
				return true
			}
		}
		return func(in *interp, f *frame) bool { f.locals[i].live = false; return true }
	case mir.StmtAssign:
		return c.assign(&st.Place, st.Rvalue)
	}
	return nil
}

func (c *compiler) assign(pl *mir.Place, rv *mir.Rvalue) fastOp {
	if d, _, ok := c.dest(pl, fastUnit); ok && (rv.Kind == mir.RvUse && rv.A.Kind == mir.OpConst && rv.A.Const.Kind == mir.ConstUnit ||
		rv.Kind == mir.RvAggregate && rv.Agg.Kind == mir.AggTuple && len(rv.Agg.Ops) == 0) {
		// `_5 = const ();` / `_5 = ();`
		return func(in *interp, f *frame) bool {
			l := &f.locals[d]
			if !l.live {
				return false
			}
			l.imm = Immediate{Kind: ImmScalar}
			return true
		}
	}
	switch rv.Kind {
	case mir.RvUse:
		if d, dl, ok := c.dest(pl, fastInt); ok {
			if src := &rv.A.Place; (rv.A.Kind == mir.OpCopy || rv.A.Kind == mir.OpMove) && len(src.Proj) == 0 &&
				c.infos[src.Local].kind == fastInt && c.infos[src.Local].it == dl.it {
				// `_d = copy _s` between integer locals of one type.
				s := int(src.Local)
				return func(in *interp, f *frame) bool {
					from, to := &f.locals[s], &f.locals[d]
					if !from.live || !to.live || from.imm.Kind != ImmScalar {
						return false
					}
					to.imm = from.imm
					return true
				}
			}
		}
		w, dt, ok := c.intDest(pl)
		if !ok {
			return nil
		}
		r, it, ok := c.reader(&rv.A)
		if !ok || it != dt && !(rv.A.Kind == mir.OpCopy || rv.A.Kind == mir.OpMove) {
			return nil
		}
		if d, dl, ok := c.dest(pl, fastInt); ok && it == dt {
			if lit, ok := c.simpleSource(&rv.A); ok && lit.kind == srcLit {
				c.desc = seqItem{kind: seqConst, d: int32(d), size: uint8(dl.l.Size), a: lit}
			}
		}
		return func(in *interp, f *frame) bool {
			v, ok := r(in, f)
			return ok && w(in, f, v)
		}
	case mir.RvBinary:
		ra, ita, ok1 := c.reader(&rv.A)
		rb, itb, ok2 := c.reader(&rv.B)
		if !ok1 || !ok2 {
			return nil
		}
		op := rv.Op
		it := ita
		if op.WithOverflow() {
			d, dl, ok := c.dest(pl, fastPair)
			if !ok || dl.it != it || op.Base() == mir.BinShl || op.Base() == mir.BinShr {
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
			sa, okA := c.source(&rv.A)
			sb, okB := c.source(&rv.B)
			if okA && okB {
				return func(in *interp, f *frame) bool {
					a, ok1 := sa.get(in, f)
					b, ok2 := sb.get(in, f)
					l := &f.locals[d]
					if !ok1 || !ok2 || !l.live {
						return false
					}
					r, o := fn(a, b)
					l.imm.A, l.imm.B, l.imm.Kind = Scalar{Bits: r, Size: size}, ScalarBool(o), ImmPair
					return true
				}
			}
			return func(in *interp, f *frame) bool {
				a, ok1 := ra(in, f)
				b, ok2 := rb(in, f)
				l := &f.locals[d]
				if !ok1 || !ok2 || !l.live {
					return false
				}
				r, o := fn(a, b)
				l.imm.A, l.imm.B, l.imm.Kind = Scalar{Bits: r, Size: size}, ScalarBool(o), ImmPair
				return true
			}
		}
		w, dt, ok := c.intDest(pl)
		if !ok {
			return nil
		}
		var fn func(a, b mir.U128) (mir.U128, bool) // ok=false: decline
		switch op {
		case mir.BinAdd:
			fn = func(a, b mir.U128) (mir.U128, bool) { r, _ := it.Add(a, b); return r, true }
		case mir.BinSub:
			fn = func(a, b mir.U128) (mir.U128, bool) { r, _ := it.Sub(a, b); return r, true }
		case mir.BinMul:
			fn = func(a, b mir.U128) (mir.U128, bool) { r, _ := it.Mul(a, b); return r, true }
		case mir.BinDiv:
			fn = func(a, b mir.U128) (mir.U128, bool) {
				if b.IsZero() {
					return a, false
				}
				r, o := it.Div(a, b)
				return r, !o
			}
		case mir.BinRem:
			fn = func(a, b mir.U128) (mir.U128, bool) {
				if b.IsZero() {
					return a, false
				}
				r, o := it.Rem(a, b)
				return r, !o
			}
		case mir.BinBitAnd:
			fn = func(a, b mir.U128) (mir.U128, bool) { return it.And(a, b), true }
		case mir.BinBitOr:
			fn = func(a, b mir.U128) (mir.U128, bool) { return it.Or(a, b), true }
		case mir.BinBitXor:
			fn = func(a, b mir.U128) (mir.U128, bool) { return it.Xor(a, b), true }
		case mir.BinShl:
			fn = func(a, b mir.U128) (mir.U128, bool) { r, _ := it.Shl(a, b, itb); return r, true }
		case mir.BinShr:
			fn = func(a, b mir.U128) (mir.U128, bool) { r, _ := it.Shr(a, b, itb); return r, true }
		case mir.BinEq, mir.BinNe, mir.BinLt, mir.BinLe, mir.BinGt, mir.BinGe:
			if dt != U8 || ita == U8 && ita.Bits != itb.Bits {
				return nil
			}
			one, zero := mir.U128From(1), mir.U128{}
			cmp := it.Cmp
			var test func(int) bool
			switch op {
			case mir.BinEq:
				test = func(c int) bool { return c == 0 }
			case mir.BinNe:
				test = func(c int) bool { return c != 0 }
			case mir.BinLt:
				test = func(c int) bool { return c < 0 }
			case mir.BinLe:
				test = func(c int) bool { return c <= 0 }
			case mir.BinGt:
				test = func(c int) bool { return c > 0 }
			default:
				test = func(c int) bool { return c >= 0 }
			}
			fn = func(a, b mir.U128) (mir.U128, bool) {
				if test(cmp(a, b)) {
					return one, true
				}
				return zero, true
			}
		default:
			return nil
		}
		if op != mir.BinShl && op != mir.BinShr && ita != itb {
			return nil
		}
		if ita == U8 && c.isBool(&rv.A) || itb == U8 && c.isBool(&rv.B) {
			// Bools are checked for validity on the general path.
			return nil
		}
		sa, okA := c.source(&rv.A)
		sb, okB := c.source(&rv.B)
		if d, _, ok := c.dest(pl, fastInt); ok && okA && okB {
			size := uint8(c.infos[d].l.Size)
			c.desc = seqItem{kind: seqBin, d: int32(d), size: size, binop: op, it: it, itb: itb, a: sa, b: sb}
			return func(in *interp, f *frame) bool {
				a, ok1 := sa.get(in, f)
				b, ok2 := sb.get(in, f)
				l := &f.locals[d]
				if !ok1 || !ok2 || !l.live {
					return false
				}
				r, ok := fn(a, b)
				if !ok {
					return false
				}
				setInt(l, r, size)
				return true
			}
		}
		return func(in *interp, f *frame) bool {
			a, ok1 := ra(in, f)
			b, ok2 := rb(in, f)
			if !ok1 || !ok2 {
				return false
			}
			r, ok := fn(a, b)
			return ok && w(in, f, r)
		}
	case mir.RvUnary:
		return c.ptrMetadata(pl, rv)
	case mir.RvCast:
		if rv.Cast != mir.CastIntToInt {
			return nil
		}
		w, to, ok := c.intDest(pl)
		if !ok || rv.Ty.Kind == mir.TyChar {
			return nil
		}
		if ct, ok := intTyOf(rv.Ty); !ok || ct != to {
			// The cast's own type is what the general path lays out.
			return nil
		}
		r, from, ok := c.reader(&rv.A)
		if !ok || c.isBool(&rv.A) {
			return nil
		}
		return func(in *interp, f *frame) bool {
			v, ok := r(in, f)
			return ok && w(in, f, Cast(v, from, to))
		}
	}
	return nil
}

// pairField reports whether a place `_p.0` or `_p.1` reads a field of a
// fast pair local as the pair's type has it (a field annotated with
// another type, or another field, is for the general path to judge).
func (c *compiler) pairField(pl *mir.Place) bool {
	p := pl.Proj[0]
	if p.Kind != mir.ProjField || c.infos[pl.Local].kind != fastPair || p.Field < 0 || p.Field > 1 {
		return false
	}
	ty := c.localTy(int(pl.Local))
	return p.Ty == nil || ty != nil && len(ty.Elems) == 2 && p.Ty.Text == ty.Elems[p.Field].Text
}

// isBool reports whether an operand reads a bool local or field.
func (c *compiler) isBool(op *mir.Operand) bool {
	if op.Kind == mir.OpConst {
		return op.Const.Kind == mir.ConstBool
	}
	pl := &op.Place
	li := c.infos[pl.Local]
	if len(pl.Proj) == 1 && li.kind == fastPair {
		return pl.Proj[0].Field == 1
	}
	return li.kind == fastInt && li.l != nil && li.l.Ty != nil && li.l.Ty.Kind == mir.TyBool
}

func (c *compiler) term(t *mir.Terminator) fastOp {
	// Targets that do not exist are reported by the general path.
	valid := func(b mir.BlockID) bool { return b >= 0 && int(b) < c.nblocks }
	switch t.Kind {
	case mir.TermGoto, mir.TermAssert, mir.TermCall:
		if !valid(t.Target) {
			return nil
		}
	case mir.TermSwitchInt:
		if !valid(t.Otherwise) {
			return nil
		}
		for _, a := range t.Arms {
			if !valid(a.Target) {
				return nil
			}
		}
	}
	count := c.count
	switch t.Kind {
	case mir.TermGoto:
		target := int(t.Target)
		if count {
			return func(in *interp, f *frame) bool { in.countTerm(); f.block, f.stmt = target, 0; return true }
		}
		return func(in *interp, f *frame) bool { f.block, f.stmt = target, 0; return true }
	case mir.TermSwitchInt:
		r, ok := c.source(&t.Discr)
		if !ok {
			return nil
		}
		arms := t.Arms
		other := int(t.Otherwise)
		checkBool := c.isBool(&t.Discr)
		return func(in *interp, f *frame) bool {
			v, ok := r.get(in, f)
			if !ok || checkBool && (v.Hi != 0 || v.Lo > 1) {
				return false
			}
			if count {
				in.countTerm()
			}
			for _, a := range arms {
				if a.Value == v {
					f.block, f.stmt = int(a.Target), 0
					return true
				}
			}
			f.block, f.stmt = other, 0
			return true
		}
	case mir.TermAssert:
		r, ok := c.source(&t.Cond)
		if !ok {
			return nil
		}
		want := mir.U128{}
		if t.Expected {
			want = mir.U128From(1)
		}
		target := int(t.Target)
		return func(in *interp, f *frame) bool {
			v, ok := r.get(in, f)
			if !ok || v != want {
				return false // the general path reports the failure
			}
			if count {
				in.countTerm()
			}
			f.block, f.stmt = target, 0
			return true
		}
	case mir.TermCall:
		if op := c.localCall(t); op != nil {
			return op
		}
		return c.call(t)
	case mir.TermReturn:
		if count {
			return fastReturnCounted
		}
		return fastReturn
	}
	return nil
}

// localCall compiles a call of a non-generic fn of the program whose
// arguments are integer operands: the arguments go straight into the
// callee's locals.
func (c *compiler) localCall(t *mir.Terminator) fastOp {
	k := t.Func.Const
	if t.Func.Kind != mir.OpConst || k == nil || k.Kind != mir.ConstFn || k.Item == nil || k.Item.Body == nil ||
		k.Item.Kind != mir.ItemFn || len(t.Place.Proj) != 0 {
		return nil
	}
	callee := k.Item
	b := callee.Body
	if len(t.Args) != b.ArgCount || c.in.prog.generic(b) {
		return nil
	}
	readers := make([]src, len(t.Args))
	sizes := make([]uint8, len(t.Args))
	calleeInfo := c.in.prog.bodyInfo(b)
	argLayouts := make([]*Layout, len(t.Args))
	for i := range t.Args {
		if calleeInfo.inMem[i+1] {
			// The callee takes the argument's address: it lives in memory.
			return nil
		}
		l, err := c.in.reg.LayoutOf(b.Locals[i+1].Ty)
		if err != nil || l.Abi != AbiScalar {
			return nil
		}
		argLayouts[i] = l
		_, it, ok := c.reader(&t.Args[i])
		if !ok || c.isBool(&t.Args[i]) {
			return nil
		}
		pt, pok := intTyOf(b.Locals[i+1].Ty)
		if !pok || pt != it || b.Locals[i+1].Ty.Kind == mir.TyBool {
			return nil
		}
		r, _ := c.source(&t.Args[i])
		readers[i], sizes[i] = r, uint8(it.Size())
	}
	name := k.Path.Text
	count := c.count
	// calleeCB is the callee's compiled body, learned at the first call
	// (the closure is shared by concurrent evaluations).
	var calleeCB atomic.Pointer[compiledBody]
	if len(readers) > 8 {
		return nil
	}
	return func(in *interp, f *frame) bool {
		var vals [8]mir.U128
		if in.trace != nil && f == in.rootFrame || len(in.stack) >= in.ev.Cfg.StackLimit {
			return false
		}
		for i := range readers {
			v, ok := readers[i].get(in, f)
			if !ok {
				return false
			}
			vals[i] = v
		}
		if count {
			in.countTerm()
		}
		ccb := calleeCB.Load()
		nf := in.pushCompiled(callee, ccb)
		if ccb == nil && nf.cb != nil {
			calleeCB.Store(nf.cb)
		}
		nf.site, nf.name = t, name
		for i := range readers {
			l := &nf.locals[i+1]
			l.layout, l.inMem = argLayouts[i], false
			setInt(l, vals[i], sizes[i])
		}
		return true
	}
}

// fastReturn returns an integer `_0` to an immediate destination local
// of the caller.
func fastReturn(in *interp, f *frame) bool { return fastRet(in, f, false) }

// fastReturnCounted is fastReturn counting the terminator.
func fastReturnCounted(in *interp, f *frame) bool { return fastRet(in, f, true) }

func fastRet(in *interp, f *frame, count bool) bool {
	n := len(in.stack)
	if n < 2 || f.site == nil || len(f.site.Place.Proj) != 0 || f.site.Target < 0 || int(f.site.Target) >= len(in.stack[n-2].body.Blocks) {
		return false
	}
	l0 := &f.locals[0]
	if !l0.live || l0.inMem || l0.imm.Kind != ImmScalar || l0.imm.A.IsPtr() || l0.layout == nil || l0.layout.Size == 0 {
		return false
	}
	caller := in.stack[n-2]
	d := &caller.locals[f.site.Place.Local]
	if d.inMem || d.layout != l0.layout || !d.live || in.trace != nil && caller == in.rootFrame {
		return false
	}
	if count {
		in.countTerm()
	}
	d.imm = l0.imm
	in.popFrame()
	caller.block, caller.stmt = int(f.site.Target), 0
	in.recycle(f)
	return true
}

// call compiles calls of the wrapping integer methods, the only core
// functions common in hot loops.
func (c *compiler) call(t *mir.Terminator) fastOp {
	k := t.Func.Const
	if t.Func.Kind != mir.OpConst || k == nil || k.Kind != mir.ConstFn || k.Item != nil || len(t.Args) != 2 {
		return nil
	}
	owner, name := calleeKey(k.Path)
	if owner != "int" {
		return nil
	}
	_, ita, ok1 := c.reader(&t.Args[0])
	_, itb, ok2 := c.reader(&t.Args[1])
	ra, _ := c.source(&t.Args[0])
	rb, _ := c.source(&t.Args[1])
	d, dl, ok3 := c.dest(&t.Place, fastInt)
	if !ok1 || !ok2 || !ok3 || ita != itb || dl.it != ita || c.isBool(&t.Args[0]) {
		return nil
	}
	it := ita
	var fn func(a, b mir.U128) (mir.U128, bool)
	switch name {
	case "wrapping_add":
		fn = it.Add
	case "wrapping_sub":
		fn = it.Sub
	case "wrapping_mul":
		fn = it.Mul
	default:
		return nil
	}
	size := uint8(dl.l.Size)
	target := int(t.Target)
	count := c.count
	return func(in *interp, f *frame) bool {
		a, ok1 := ra.get(in, f)
		b, ok2 := rb.get(in, f)
		l := &f.locals[d]
		if !ok1 || !ok2 || !l.live {
			return false
		}
		if count {
			in.countTerm()
		}
		r, _ := fn(a, b)
		setInt(l, r, size)
		f.block, f.stmt = target, 0
		return true
	}
}
