// incr_clone.go copies lowered MIR items for Relower: an item after an
// edit moves (its spans shift), and an item that references a copied
// item must reference the copy. Items of a program already published are
// never changed, since evaluations may still read them.

package rustsrc

import (
	"slices"

	"mirlsp/mir"
)

// cloner copies MIR items, shifting their spans and pointing their
// references at the copies.
type cloner struct {
	shift func(mir.Span) mir.Span
	remap map[*mir.Item]*mir.Item // old item → its copy
	slab  slab
}

// shell makes the copy of it and of its promoteds without bodies (every
// copy must be known before a body naming it is copied).
func (c *cloner) shell(it *mir.Item, shift func(mir.Span) mir.Span) *mir.Item {
	n := *it
	n.Span, n.NameSpan = shift(it.Span), shift(it.NameSpan)
	if it.HeadSpan != (mir.Span{}) {
		n.HeadSpan = shift(it.HeadSpan)
	}
	n.Allocs = slices.Clip(it.Allocs)
	n.Promoteds = nil
	c.remap[it] = &n
	for _, pr := range it.Promoteds {
		np := c.shell(pr, shift)
		np.Parent = &n
		n.Promoteds = append(n.Promoteds, np)
	}
	return &n
}

// fill copies the bodies of it (and its promoteds) into its shell.
func (c *cloner) fill(it *mir.Item, shift func(mir.Span) mir.Span) {
	c.shift = shift
	n := c.remap[it]
	c.slab = slab{}
	n.Trivial = c.konst(it.Trivial)
	n.Body = c.body(it.Body)
	for _, pr := range it.Promoteds {
		c.fill(pr, shift)
	}
}

// slab holds a body's copies in a few arrays (a body copied object by
// object made the copying of a file mostly allocation).
type slab struct {
	stmts  []mir.Stmt
	sptrs  []*mir.Stmt
	rvs    []mir.Rvalue
	aggs   []mir.Aggregate
	terms  []mir.Terminator
	msgs   []mir.AssertMsg
	ops    []mir.Operand
	consts []mir.Const
	fields []*mir.Const
}

// count sizes the slab of a body.
func (s *slab) count(b *mir.Body) {
	var n struct{ stmts, rvs, aggs, terms, msgs, ops, consts, fields int }
	var konst func(k *mir.Const)
	konst = func(k *mir.Const) {
		if k == nil {
			return
		}
		n.consts++
		n.fields += len(k.Fields)
		for _, f := range k.Fields {
			konst(f)
		}
	}
	op := func(o *mir.Operand) { konst(o.Const) }
	ops := func(l []mir.Operand) {
		n.ops += len(l)
		for i := range l {
			op(&l[i])
		}
	}
	for _, d := range b.Debug {
		konst(d.Const)
	}
	for _, blk := range b.Blocks {
		n.stmts += len(blk.Stmts)
		for _, st := range blk.Stmts {
			ops(st.Ops)
			if r := st.Rvalue; r != nil {
				n.rvs++
				op(&r.A)
				op(&r.B)
				konst(r.Count)
				if r.Agg != nil {
					n.aggs++
					ops(r.Agg.Ops)
				}
			}
		}
		if t := blk.Term; t != nil {
			n.terms++
			op(&t.Discr)
			op(&t.Func)
			op(&t.Cond)
			if t.Rare != nil {
				op(&t.Rare.Value)
			}
			ops(t.Args)
			if t.Msg != nil {
				n.msgs++
				ops(t.Msg.Args)
				ops(t.Msg.Resolved)
			}
		}
	}
	*s = slab{stmts: make([]mir.Stmt, n.stmts), sptrs: make([]*mir.Stmt, n.stmts), rvs: make([]mir.Rvalue, n.rvs),
		aggs: make([]mir.Aggregate, n.aggs), terms: make([]mir.Terminator, n.terms), msgs: make([]mir.AssertMsg, n.msgs),
		ops: make([]mir.Operand, n.ops), consts: make([]mir.Const, n.consts), fields: make([]*mir.Const, n.fields)}
}

// next returns the first element of *l and drops it from *l.
func next[T any](l *[]T) *T {
	p := &(*l)[0]
	*l = (*l)[1:]
	return p
}

// take returns the first n elements of *l and drops them from *l.
func take[T any](l *[]T, n int) []T {
	r := (*l)[:n:n]
	*l = (*l)[n:]
	return r
}

func (c *cloner) body(b *mir.Body) *mir.Body {
	if b == nil {
		return nil
	}
	c.slab.count(b)
	n := &mir.Body{ArgCount: b.ArgCount, Yield: b.Yield, Coverage: b.Coverage, Span: c.shift(b.Span),
		Locals: make([]*mir.LocalDecl, len(b.Locals)), Blocks: make([]*mir.Block, len(b.Blocks))}
	locals := make([]mir.LocalDecl, len(b.Locals))
	for i, l := range b.Locals {
		locals[i] = *l
		locals[i].Span = c.shift(l.Span)
		n.Locals[i] = &locals[i]
	}
	for _, d := range b.Debug {
		nd := *d
		nd.Span = c.shift(d.Span)
		nd.Const = c.konst(d.Const)
		n.Debug = append(n.Debug, &nd)
	}
	for _, s := range b.Scopes {
		ns := *s
		ns.Span = c.shift(s.Span)
		n.Scopes = append(n.Scopes, &ns)
	}
	blocks := make([]mir.Block, len(b.Blocks))
	for i, blk := range b.Blocks {
		nb := &blocks[i]
		*nb = *blk
		nb.Span = c.shift(blk.Span)
		nb.Stmts = take(&c.slab.sptrs, len(blk.Stmts))
		for j, s := range blk.Stmts {
			nb.Stmts[j] = c.stmt(s)
		}
		nb.Term = c.term(blk.Term)
		n.Blocks[i] = nb
	}
	return n
}

func (c *cloner) stmt(s *mir.Stmt) *mir.Stmt {
	n := next(&c.slab.stmts)
	*n = *s
	n.Span = c.shift(s.Span)
	n.Ops = c.ops(s.Ops)
	if r := s.Rvalue; r != nil {
		nr := next(&c.slab.rvs)
		*nr = *r
		nr.A, nr.B = c.op(r.A), c.op(r.B)
		nr.Count = c.konst(r.Count)
		if r.Agg != nil {
			na := next(&c.slab.aggs)
			*na = *r.Agg
			na.PathSpan = c.shift(r.Agg.PathSpan)
			na.Ops = c.ops(r.Agg.Ops)
			nr.Agg = na
		}
		n.Rvalue = nr
	}
	return n
}

func (c *cloner) term(t *mir.Terminator) *mir.Terminator {
	if t == nil {
		return nil
	}
	n := next(&c.slab.terms)
	*n = *t
	n.Span = c.shift(t.Span)
	n.Discr, n.Func, n.Cond = c.op(t.Discr), c.op(t.Func), c.op(t.Cond)
	if t.Rare != nil {
		r := *t.Rare
		r.Value = c.op(t.Rare.Value)
		n.Rare = &r
	}
	n.Args = c.ops(t.Args)
	if t.Msg != nil {
		m := next(&c.slab.msgs)
		*m = *t.Msg
		m.Args, m.Resolved = c.ops(t.Msg.Args), c.ops(t.Msg.Resolved)
		n.Msg = m
	}
	return n
}

func (c *cloner) ops(ops []mir.Operand) []mir.Operand {
	if ops == nil {
		return nil
	}
	n := take(&c.slab.ops, len(ops))
	for i, o := range ops {
		n[i] = c.op(o)
	}
	return n
}

func (c *cloner) op(o mir.Operand) mir.Operand {
	o.Span = c.shift(o.Span)
	o.Const = c.konst(o.Const)
	return o
}

// konst copies a constant, from the slab when it has room (a trivial
// const's value is copied outside any body).
func (c *cloner) konst(k *mir.Const) *mir.Const {
	if k == nil {
		return nil
	}
	var n *mir.Const
	if len(c.slab.consts) > 0 {
		n = next(&c.slab.consts)
	} else {
		n = new(mir.Const)
	}
	*n = *k
	n.Span = c.shift(k.Span)
	if to, ok := c.remap[k.Item]; ok {
		n.Item = to
	}
	if k.Fields != nil {
		if len(c.slab.fields) >= len(k.Fields) {
			n.Fields = take(&c.slab.fields, len(k.Fields))
		} else {
			n.Fields = make([]*mir.Const, len(k.Fields))
		}
		for i, f := range k.Fields {
			n.Fields[i] = c.konst(f)
		}
	}
	return n
}
