// run.go evaluates the items of one snapshot in the background: the
// edited documents first (the items on screen first of all: the lines
// the client last asked inlay hints for), one lane at a time; a lane stuck on one item
// for longer than slowAfter is left to finish it alone while a new lane
// takes the rest, skipping (until the slow item is done) the items that
// may need it. Each document's diagnostics are published when its last
// item is done; a document not done partialAfter after the run started
// (a runaway constant without a step limit) has what is known published
// as its items finish, so one item never withholds the others.

package server

import (
	"crypto/sha256"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"go.lsp.dev/protocol"

	"mirlsp/cache"
	"mirlsp/mir"
)

type run struct {
	sn        *snapshot
	plan      *cache.Plan
	slowAfter time.Duration
	// todo are the plan's documents not published already with the same
	// results, the edited ones first.
	todo []*cache.DocAnalysis

	mu      sync.Mutex
	queue   []*mir.Item
	results map[*mir.Item]*cache.ItemResult
	waiters map[*mir.Item]chan struct{} // closed when the item's result is set
	slow    map[*mir.Item]chan struct{} // items left to demoted lanes
	left    map[*cache.DocAnalysis]int  // items of a document not done
	owner   map[*mir.Item]*cache.DocAnalysis
	active  *lane
	pending int
	// started is when the run began; dirty marks the documents with
	// results not published yet (for partial publishes).
	started time.Time
	dirty   map[*cache.DocAnalysis]bool

	// pubMu orders the publishes of the run: a partial publish never
	// follows the complete one.
	pubMu sync.Mutex

	finished chan struct{} // closed when every item is done
}

// lane is one goroutine evaluating items from the queue.
type lane struct {
	cur      *mir.Item
	start    time.Time
	demoted  bool
	slowDone chan struct{}
}

func newRun(sn *snapshot) *run {
	r := &run{sn: sn, plan: sn.plan, slowAfter: sn.sess.slowAfter,
		waiters: map[*mir.Item]chan struct{}{},
		slow:    map[*mir.Item]chan struct{}{}, left: map[*cache.DocAnalysis]int{},
		dirty:    map[*cache.DocAnalysis]bool{},
		finished: make(chan struct{})}
	r.results = map[*mir.Item]*cache.ItemResult{}
	r.owner = map[*mir.Item]*cache.DocAnalysis{}
	edited := map[string]bool{}
	for _, u := range sn.edited {
		edited[docKey(u)] = true
	}
	docs := slices.Clone(r.plan.Docs)
	slices.SortStableFunc(docs, func(a, b *cache.DocAnalysis) int {
		ea, eb := edited[docKey(a.URI)], edited[docKey(b.URI)]
		switch {
		case ea && !eb:
			return -1
		case eb && !ea:
			return 1
		}
		return 0
	})
	for _, da := range docs {
		// A document published with results of the same keys is done:
		// its results are found by key when asked for.
		if d := sn.docByURI(da.URI); d != nil && sn.sess.unchanged(d, r.plan.DocKey(da)) {
			continue
		}
		r.todo = append(r.todo, da)
		n := 0
		items := da.File.Items
		if edited[docKey(da.URI)] {
			items = r.visibleFirst(da, items)
		}
		for _, it := range items {
			if it.Kind.IsData() {
				// Results known from earlier snapshots (keys an edit did
				// not change) are not queued.
				if res := r.plan.Cached(it); res != nil {
					r.results[it] = res
					r.owner[it] = da
					continue
				}
				r.queue = append(r.queue, it)
				r.owner[it] = da
				n++
			}
		}
		r.left[da] = n
	}
	r.pending = len(r.queue)
	return r
}

// visibleFirst orders a document's items with those on the lines the
// client shows first, each part in source order.
func (r *run) visibleFirst(da *cache.DocAnalysis, items []*mir.Item) []*mir.Item {
	d := r.sn.docByURI(da.URI)
	lines, ok := r.sn.sess.viewport(da.URI)
	if d == nil || !ok {
		return items
	}
	m := r.sn.mapper(d)
	start := m.Offset(protocol.Position{Line: lines.first})
	end := m.Offset(protocol.Position{Line: lines.last + 1})
	visible := func(it *mir.Item) bool { return it.Span.End >= start && it.Span.Start <= end }
	out := make([]*mir.Item, 0, len(items))
	for _, it := range items {
		if visible(it) {
			out = append(out, it)
		}
	}
	for _, it := range items {
		if !visible(it) {
			out = append(out, it)
		}
	}
	return out
}

// prefer moves the queued items among items to the front of the queue,
// in their order (the items of a hint request).
func (r *run) prefer(items []*mir.Item) {
	r.mu.Lock()
	defer r.mu.Unlock()
	want := make(map[*mir.Item]bool, len(items))
	for _, it := range items {
		want[it] = true
	}
	front := make([]*mir.Item, 0, len(r.queue))
	var back []*mir.Item
	for _, it := range r.queue {
		if want[it] {
			front = append(front, it)
		} else {
			back = append(back, it)
		}
	}
	if len(front) == 0 {
		return
	}
	r.queue = append(front, back...)
}

// start publishes documents without items and runs the first lane.
func (r *run) start() {
	r.started = time.Now()
	for _, da := range r.todo {
		if r.left[da] == 0 {
			r.publish(da, true)
		}
	}
	if r.pending == 0 {
		close(r.finished)
		return
	}
	r.prefetch()
	r.help()
	r.active = &lane{}
	go r.lane(r.active)
	go r.watch()
}

// prefetchers is the number of goroutines reading results from disk
// ahead of the lanes.
var prefetchers = max(4, 2*runtime.GOMAXPROCS(0))

// prefetch loads results of the queued items from the disk cache in
// parallel, ahead of the lanes (which then find them in memory).
func (r *run) prefetch() {
	r.mu.Lock()
	items := slices.Clone(r.queue)
	r.mu.Unlock()
	var next atomic.Int64
	for range prefetchers {
		go func() {
			for r.sn.ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= len(items) {
					return
				}
				r.plan.Prefetch(items[i])
			}
		}()
	}
}

// helpers is the number of goroutines that evaluate a long queue from
// its end while the lanes work from its front, so a cold start uses
// every core; the lanes then find those results in the memo.
var helpers = runtime.GOMAXPROCS(0) - 1

// minHelped is the queue length from which helpers start (an edit's few
// items are left to the lane).
const minHelped = 64

func (r *run) help() {
	r.mu.Lock()
	items := slices.Clone(r.queue)
	r.mu.Unlock()
	if len(items) < minHelped {
		return
	}
	var next atomic.Int64
	next.Store(int64(len(items)))
	for range helpers {
		go func() {
			for r.sn.ctx.Err() == nil {
				i := int(next.Add(-1))
				if i < 0 {
					return
				}
				r.mu.Lock()
				done := r.results[items[i]] != nil
				r.mu.Unlock()
				if done { // the lanes got here
					return
				}
				if r.plan.NeedsCycle(items[i]) {
					continue // left to the lanes
				}
				r.sn.sess.running.Add(1)
				r.plan.Eval(r.sn.ctx, items[i])
				r.sn.sess.running.Add(-1)
			}
		}()
	}
}

func (r *run) lane(l *lane) {
	ctx := r.sn.ctx
	for {
		it, waits := r.take(l)
		if it == nil {
			return
		}
		for _, ch := range waits {
			select {
			case <-ch:
			case <-ctx.Done():
				return
			}
		}
		if ctx.Err() != nil {
			return // superseded before it started
		}
		r.mu.Lock()
		l.cur, l.start = it, time.Now()
		r.mu.Unlock()
		if h := r.sn.sess.hook.Load(); h != nil {
			(*h)(r.sn.id, "eval "+it.Name)
		}
		r.sn.sess.running.Add(1)
		res := r.plan.Eval(ctx, it)
		r.sn.sess.running.Add(-1)
		if ctx.Err() != nil {
			return // superseded: nothing is published
		}
		if r.complete(l, it, res) {
			return
		}
	}
}

// take pops the next item for lane l: the first one that does not need
// an item left to a slow lane, else the first one with the slow items
// it must wait for.
func (r *run) take(l *lane) (*mir.Item, []chan struct{}) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if l.demoted || len(r.queue) == 0 {
		return nil, nil
	}
	for i, it := range r.queue {
		if !r.needsSlowLocked(it, nil) {
			if i == 0 {
				r.queue = r.queue[1:]
			} else {
				r.queue = slices.Delete(r.queue, i, i+1)
			}
			return it, nil
		}
	}
	it := r.queue[0]
	r.queue = r.queue[1:]
	var waits []chan struct{}
	r.needsSlowLocked(it, &waits)
	return it, waits
}

// needsSlowLocked reports whether it may need an item being evaluated by
// a demoted lane, collecting their channels into waits when not nil.
func (r *run) needsSlowLocked(it *mir.Item, waits *[]chan struct{}) bool {
	found := false
	for s, ch := range r.slow {
		if r.plan.Reaches(it, s) {
			found = true
			if waits == nil {
				return true
			}
			*waits = append(*waits, ch)
		}
	}
	return found
}

// complete records a result; it reports whether the lane must stop.
func (r *run) complete(l *lane, it *mir.Item, res *cache.ItemResult) bool {
	r.mu.Lock()
	r.results[it] = res
	if ch, ok := r.waiters[it]; ok {
		close(ch)
	}
	r.waiters[it] = closedChan
	l.cur = nil
	stop := l.demoted
	if stop {
		delete(r.slow, it)
		close(l.slowDone)
	}
	da := r.owner[it]
	r.left[da]--
	r.dirty[da] = true
	docDone := r.left[da] == 0
	r.pending--
	all := r.pending == 0
	r.mu.Unlock()
	if docDone {
		r.publish(da, true)
	}
	if all {
		close(r.finished)
	}
	return stop
}

var closedChan = func() chan struct{} { c := make(chan struct{}); close(c); return c }()

// partialAfter is how long a run may take before the documents it has
// not finished publish the diagnostics known so far.
const partialAfter = 200 * time.Millisecond

// watch demotes the active lane when one item holds it too long, and
// publishes what is known of unfinished documents once the run is slow.
func (r *run) watch() {
	t := time.NewTicker(r.slowAfter / 2)
	defer t.Stop()
	for {
		select {
		case <-r.finished:
			return
		case <-r.sn.ctx.Done():
			return
		case <-t.C:
		}
		r.mu.Lock()
		if a := r.active; a.cur != nil && time.Since(a.start) > r.slowAfter && len(r.queue) > 0 {
			a.demoted = true
			a.slowDone = make(chan struct{})
			r.slow[a.cur] = a.slowDone
			r.dirty[r.owner[a.cur]] = true
			r.active = &lane{}
			go r.lane(r.active)
		}
		var partial []*cache.DocAnalysis
		if time.Since(r.started) >= partialAfter {
			for da := range r.dirty {
				if r.left[da] > 0 {
					partial = append(partial, da)
				}
			}
			clear(r.dirty)
		}
		r.mu.Unlock()
		for _, da := range partial {
			r.publish(da, false)
		}
	}
}

// result returns an item's result if it is known: evaluated by this run,
// or found by key among earlier results.
func (r *run) result(it *mir.Item) *cache.ItemResult {
	r.mu.Lock()
	res := r.results[it]
	r.mu.Unlock()
	if res != nil {
		return res
	}
	return r.plan.Lookup(it)
}

// wait returns an item's result, moving it to the front of the queue and
// waiting for it until done is closed; nil if it is not known by then.
func (r *run) wait(it *mir.Item, done <-chan struct{}) *cache.ItemResult {
	if res := r.result(it); res != nil {
		return res
	}
	r.mu.Lock()
	if i := slices.Index(r.queue, it); i > 0 {
		r.queue = slices.Delete(r.queue, i, i+1)
		r.queue = slices.Insert(r.queue, 0, it)
	}
	ch, ok := r.waiters[it]
	if !ok {
		ch = make(chan struct{})
		r.waiters[it] = ch
	}
	r.mu.Unlock()
	select {
	case <-ch:
	case <-done:
	case <-r.sn.ctx.Done():
	}
	return r.result(it)
}

// publish computes and sends one document's diagnostics: all of them
// when complete, else those of the items done so far (not when the
// document is done meanwhile: its complete publish is the last).
func (r *run) publish(da *cache.DocAnalysis, complete bool) {
	d := r.sn.docByURI(da.URI)
	if d == nil {
		return
	}
	r.pubMu.Lock()
	defer r.pubMu.Unlock()
	var keys [sha256.Size]byte
	if complete {
		keys = [sha256.Size]byte(r.plan.DocKey(da))
		if r.sn.sess.unchanged(d, keys) {
			return
		}
	}
	var results []*cache.ItemResult
	r.mu.Lock()
	if !complete && r.left[da] == 0 {
		r.mu.Unlock()
		return
	}
	for _, it := range da.File.Items {
		if res := r.results[it]; res != nil {
			results = append(results, res)
		}
	}
	r.mu.Unlock()
	if r.sn.ctx.Err() != nil {
		return
	}
	diags := r.sn.diagnostics(d, da, results)
	r.sn.sess.publish(r.sn, d, diags, keys)
	r.sn.sess.refreshHints()
}
