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
	n.Trivial = c.konst(it.Trivial)
	n.Body = c.body(it.Body)
	for _, pr := range it.Promoteds {
		c.fill(pr, shift)
	}
}

func (c *cloner) body(b *mir.Body) *mir.Body {
	if b == nil {
		return nil
	}
	n := &mir.Body{ArgCount: b.ArgCount, Yield: b.Yield, Coverage: b.Coverage, Span: c.shift(b.Span),
		Locals: make([]*mir.LocalDecl, len(b.Locals)), Blocks: make([]*mir.Block, len(b.Blocks))}
	for i, l := range b.Locals {
		nl := *l
		nl.Span = c.shift(l.Span)
		n.Locals[i] = &nl
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
	for i, blk := range b.Blocks {
		nb := *blk
		nb.Span = c.shift(blk.Span)
		nb.Stmts = make([]*mir.Stmt, len(blk.Stmts))
		for j, s := range blk.Stmts {
			nb.Stmts[j] = c.stmt(s)
		}
		nb.Term = c.term(blk.Term)
		n.Blocks[i] = &nb
	}
	return n
}

func (c *cloner) stmt(s *mir.Stmt) *mir.Stmt {
	n := *s
	n.Span = c.shift(s.Span)
	n.Ops = c.ops(s.Ops)
	if r := s.Rvalue; r != nil {
		nr := *r
		nr.A, nr.B = c.op(r.A), c.op(r.B)
		nr.Count = c.konst(r.Count)
		if r.Agg != nil {
			na := *r.Agg
			na.PathSpan = c.shift(r.Agg.PathSpan)
			na.Ops = c.ops(r.Agg.Ops)
			nr.Agg = &na
		}
		n.Rvalue = &nr
	}
	return &n
}

func (c *cloner) term(t *mir.Terminator) *mir.Terminator {
	if t == nil {
		return nil
	}
	n := *t
	n.Span = c.shift(t.Span)
	n.Discr, n.Func, n.Cond, n.Value = c.op(t.Discr), c.op(t.Func), c.op(t.Cond), c.op(t.Value)
	n.Args = c.ops(t.Args)
	if t.Msg != nil {
		m := *t.Msg
		m.Args, m.Resolved = c.ops(t.Msg.Args), c.ops(t.Msg.Resolved)
		n.Msg = &m
	}
	return &n
}

func (c *cloner) ops(ops []mir.Operand) []mir.Operand {
	if ops == nil {
		return nil
	}
	n := make([]mir.Operand, len(ops))
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

func (c *cloner) konst(k *mir.Const) *mir.Const {
	if k == nil {
		return nil
	}
	n := *k
	n.Span = c.shift(k.Span)
	if to, ok := c.remap[k.Item]; ok {
		n.Item = to
	}
	if k.Fields != nil {
		n.Fields = make([]*mir.Const, len(k.Fields))
		for i, f := range k.Fields {
			n.Fields[i] = c.konst(f)
		}
	}
	return &n
}
