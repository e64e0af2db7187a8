// chain.go keeps chains of constants that each use the next off the
// goroutine stack. An evaluation that needs a constant evaluates it
// nested, on the same goroutine; 100,000 constants each naming the next
// (rustc 1.95 compiles such chains) would nest 100,000 evaluations, and
// the order items are asked for (the language server's, from both ends
// of a file) decides how deep. So Eval first evaluates, dependencies
// first, the items its root reaches that have no result yet and are in
// no cycle of references: each of those then finds what it needs in the
// memo. An item's result does not depend on who asked for it first
// (nothing it reaches is in progress), so the results are the same.
// What the references do not show (a static's memory read through a
// pointer) may still nest; maxChain bounds that.

package eval

import (
	"context"

	"mirlsp/mir"
)

// maxChain bounds nested evaluations of items (each needing the next)
// that evalDeps did not order: far more than the references of real
// programs nest, far less than exhausts a goroutine's stack.
const maxChain = 10_000

// ErrChainLimit: an evaluation needed items nested more than maxChain
// deep.
func ErrChainLimit(name string) *EvalError {
	return ErrUnsupported("evaluating `%s` needs constants nested more than %d deep", name, maxChain)
}

// uses returns the items an item names: the data items and fns its body
// (or trivial value) uses, resolved as the interpreter resolves them.
func (p *Program) uses(it *mir.Item) []*mir.Item {
	var out []*mir.Item
	mir.EachConst(it, func(k *mir.Const) {
		var x *mir.Item
		switch k.Kind {
		case mir.ConstItem:
			x = k.Item
			if x == nil && k.Path != nil {
				x = p.crossFile(k.Path, false)
			}
		case mir.ConstFn, mir.ConstFnPtr:
			x = k.Item
			if x == nil && k.Path != nil {
				x = p.crossFile(k.Path, true)
			}
		}
		if x != nil {
			out = append(out, x)
		}
	})
	return out
}

// Peeker is a Memo that tells whether it has an item's result (or one
// in progress) without claiming it, as Load may.
type Peeker interface {
	Peek(it *mir.Item) bool
}

// known reports whether an item has a result or one in progress, in the
// memo or the shared Memo (when it is a Peeker).
func (ev *Evaluator) known(it *mir.Item) bool {
	ev.mu.Lock()
	_, ok := ev.memo[it]
	ev.mu.Unlock()
	if ok {
		return true
	}
	p, isPeeker := ev.Memo.(Peeker)
	return isPeeker && p.Peek(it)
}

// evalDeps evaluates, dependencies first, the data items root reaches
// through the items it names that have no result yet and are in no
// cycle (strongly connected components of one item without a
// self-reference). Iterative Tarjan: components come out dependencies
// first.
func (ev *Evaluator) evalDeps(ctx context.Context, root *mir.Item) {
	// Mostly what a constant names has results already: nothing to
	// order.
	uses := ev.Prog.uses(root)
	all := true
	for _, x := range uses {
		if x == root || !x.Kind.IsData() || !ev.known(x) {
			all = false
			break
		}
	}
	if all {
		return
	}
	type node struct {
		it       *mir.Item
		succ     []int32
		index    int32
		low      int32
		onStack  bool
		selfLoop bool
		nextEdge int
	}
	var nodes []node
	id := map[*mir.Item]int32{}
	add := func(it *mir.Item) int32 {
		if v, ok := id[it]; ok {
			return v
		}
		v := int32(len(nodes))
		id[it] = v
		nodes = append(nodes, node{it: it, index: -1})
		return v
	}
	expand := func(v int32) {
		it := nodes[v].it
		if it != root && it.Kind.IsData() && ev.known(it) {
			return // a result: what it reaches is not needed
		}
		xs := uses
		if it != root {
			xs = ev.Prog.uses(it)
		}
		var succ []int32
		self := false
		for _, x := range xs {
			w := add(x)
			if w == v {
				self = true
			}
			succ = append(succ, w)
		}
		nodes[v].succ, nodes[v].selfLoop = succ, self
	}
	var stack, work []int32
	counter := int32(0)
	r := add(root)
	nodes[r].index, nodes[r].low = 0, 0
	counter++
	stack = append(stack, r)
	nodes[r].onStack = true
	work = append(work, r)
	expand(r)
	for len(work) > 0 {
		if ctx.Err() != nil {
			return
		}
		v := work[len(work)-1]
		if n := &nodes[v]; n.nextEdge < len(n.succ) {
			w := n.succ[n.nextEdge]
			n.nextEdge++
			switch {
			case nodes[w].index < 0:
				nodes[w].index, nodes[w].low = counter, counter
				counter++
				stack = append(stack, w)
				nodes[w].onStack = true
				work = append(work, w)
				expand(w)
			case nodes[w].onStack:
				nodes[v].low = min(nodes[v].low, nodes[w].index)
			}
			continue
		}
		work = work[:len(work)-1]
		if len(work) > 0 {
			u := work[len(work)-1]
			nodes[u].low = min(nodes[u].low, nodes[v].low)
		}
		if nodes[v].low != nodes[v].index {
			continue
		}
		single := stack[len(stack)-1] == v
		for {
			w := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			nodes[w].onStack = false
			if w == v {
				break
			}
		}
		if it := nodes[v].it; single && !nodes[v].selfLoop && it != root && it.Kind.IsData() {
			ev.eval(ctx, it, nil)
		}
	}
}
