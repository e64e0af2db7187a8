// collect.go frees interned global memory no result reaches any more: a
// mark and sweep over the content-deduplicated allocations, run when a
// process (the language server's store) enables it and when no
// evaluation is running.
//
// What is live: the values of the results the owner lists (its memo),
// the results in the memos of evaluators still in use (held weakly, so
// a dropped evaluator stops holding its results), and whatever an
// evaluation, rendering or encoding in progress may reach — those pin
// the memory, and a collection only starts when nothing is pinned. An
// allocation interned or found again by deduplication since the last
// collection survives the next one, so a value decoded just before a
// collection cannot lose its memory before its result is stored.
// Functions and vtables are never freed (they are keyed by name).

package eval

import (
	"weak"
)

// collectMin is the least number of bytes interned since the last
// collection that makes the next one due.
const collectMin = 1 << 20

// EnableCollection lets g free interned memory that neither roots (the
// owner's results, listed by calling yield on each) nor a live
// evaluator's results reach. A collection is due once the bytes interned
// since the last one exceed what it kept (and collectMin); it runs when
// no evaluation holds the memory. roots must not pin g.
func (g *Globals) EnableCollection(roots func(yield func(*Result))) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.roots = roots
}

// Pin keeps every allocation reachable now from being collected until
// the returned function is called. Evaluations, renderings and encodings
// pin the memory themselves; a caller pins it around a use of results it
// holds outside the roots. Pins nest.
func (g *Globals) Pin() (unpin func()) {
	g.users.RLock()
	return g.unpin
}

func (g *Globals) unpin() {
	g.users.RUnlock()
	if g.due.Load() && g.collecting.CompareAndSwap(false, true) {
		go func() {
			defer g.collecting.Store(false)
			g.Collect()
		}()
	}
}

// register makes ev's memo a root for as long as ev is in use.
func (g *Globals) register(ev *Evaluator) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.roots != nil {
		g.evaluators = append(g.evaluators, weak.Make(ev))
	}
}

// noteInterned records n bytes interned (or found again); g.mu is held.
func (g *Globals) noteInterned(id AllocID, n uint64) {
	if g.roots == nil {
		return
	}
	g.young[id] = true
	g.interned += n
	if g.interned > max(collectMin, g.kept) {
		g.due.Store(true)
	}
}

// Collect frees the interned memory nothing reaches, unless collection is
// not enabled or memory is pinned. It reports whether it ran.
func (g *Globals) Collect() bool {
	if !g.users.TryLock() {
		return false
	}
	defer g.users.Unlock()
	g.mu.RLock()
	roots, evs := g.roots, g.evaluators
	g.mu.RUnlock()
	if roots == nil {
		return false
	}
	var stack []AllocID
	add := func(r *Result) {
		if r == nil || r.Err != nil {
			return
		}
		switch v := r.Value; {
		case v.Kind == ConstScalar && v.Scalar.IsPtr():
			stack = append(stack, v.Scalar.Prov)
		case v.Kind == ConstSlice || v.Kind == ConstByRef:
			stack = append(stack, v.Ptr.Alloc)
		}
	}
	roots(add)
	live := evs[:0:0]
	for _, w := range evs {
		ev := w.Value()
		if ev == nil {
			continue
		}
		live = append(live, w)
		ev.mu.Lock()
		for _, e := range ev.memo {
			select {
			case <-e.done:
				add(e.res)
			default: // not finished: no evaluation runs, so it never will
			}
		}
		ev.mu.Unlock()
	}

	g.mu.Lock()
	defer g.mu.Unlock()
	marked := make(map[AllocID]bool, len(g.young))
	for id := range g.young {
		stack = append(stack, id)
	}
	for len(stack) > 0 {
		id := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if id < GlobalBase || marked[id] {
			continue
		}
		a, ok := g.allocs[id]
		if !ok {
			continue
		}
		marked[id] = true
		for _, p := range a.prov {
			stack = append(stack, p.Target.Alloc)
		}
	}
	var kept uint64
	for id, a := range g.allocs {
		if g.kinds[id] != GlobalMemory {
			continue
		}
		if marked[id] {
			kept += a.Size
			continue
		}
		g.forgetContent(id, a)
		delete(g.allocs, id)
		delete(g.kinds, id)
	}
	// Evaluators registered since the snapshot above stay registered.
	g.evaluators = append(live, g.evaluators[len(evs):]...)
	clear(g.young)
	g.kept, g.interned = kept, 0
	g.due.Store(false)
	g.collections++
	return true
}

// Stats describes the interned memory: allocations held, their bytes,
// and the collections run.
type Stats struct {
	Allocs      int
	Bytes       uint64
	Collections int
}

// Stats returns the current size of g.
func (g *Globals) Stats() Stats {
	g.mu.RLock()
	defer g.mu.RUnlock()
	st := Stats{Allocs: len(g.allocs), Collections: g.collections}
	for _, a := range g.allocs {
		st.Bytes += a.Size
	}
	return st
}
