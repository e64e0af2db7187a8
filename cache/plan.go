// plan.go splits Analyze in two for the language server: Plan parses a
// workspace and keys its items without evaluating anything; the caller
// then evaluates items one at a time (in any order, on several
// goroutines), and reads finished results by key without waiting.
//
// A plan evaluates what the command line would evaluate: the MIR
// documents together as one program (as `mirlsp eval a.mir b.mir`: a
// name one file does not define is looked for in the others), and each
// Rust crate as a program of its own (as `mirlsp eval lib.rs`). A MIR
// document never sees a Rust crate's items (names, ADT layouts), and a
// crate sees neither another crate's nor a MIR file's: what an item can
// reach is what its key covers.

package cache

import (
	"context"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"mirlsp/eval"
	"mirlsp/mir"
	"mirlsp/rustsrc"
)

// Plan is a workspace parsed and keyed, ready to be evaluated item by
// item. Its DocAnalysis values have no Items; results come from Eval and
// Lookup. A Plan is safe for concurrent use.
type Plan struct {
	s     *Store
	Docs  []*DocAnalysis
	byURI map[string]*DocAnalysis
	keys  *keyState
	// ev evaluates the MIR documents; rustEv the items of each Rust
	// crate, by item.
	ev     *eval.Evaluator
	rustEv map[*mir.Item]*eval.Evaluator
	// scope holds the files each document's items are evaluated with.
	scope   map[*DocAnalysis][]*mir.File
	mu      sync.Mutex
	closure map[*mir.Item]map[*mir.Item]bool

	// cyclic holds the items that reach a reference cycle (NeedsCycle).
	cyclicOnce sync.Once
	cyclic     map[*mir.Item]bool

	// shifts are the Rust programs whose items' positions shift (see
	// rustsrc.Program.Shift).
	shifts []*rustsrc.Program

	// Per document's file: its data items, the bundle key covering all
	// their keys (the disk tier keeps one file per document as well as
	// one per item), which items have results, and the bundle's loading.
	bundles map[*mir.File]*bundle
}

// bundle is one document's results as one disk entry.
type bundle struct {
	*fileBundle
	done map[*mir.Item]bool
	load sync.Once
	// onDisk records that the bundle was read from the disk cache, so
	// it is not written again.
	onDisk atomic.Bool
}

// Plan parses docs (reusing parses of unchanged texts) and computes every
// item's key. Nothing is evaluated.
func (s *Store) Plan(docs []Document) *Plan {
	s.mu.Lock()
	opts := s.opts
	s.mu.Unlock()
	p := &Plan{s: s, byURI: map[string]*DocAnalysis{}, closure: map[*mir.Item]map[*mir.Item]bool{}}
	files := make([]*mir.File, len(docs))
	infos := make([]*fileInfo, len(docs))
	p.Docs = make([]*DocAnalysis, len(docs))
	// Documents are parsed in parallel (a workspace opens with many).
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(docs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < len(docs); i = int(next.Add(1) - 1) {
				d := docs[i]
				if d.IsRust() {
					continue
				}
				pd := s.parse(d)
				files[i], infos[i] = pd.file, pd.info
				p.Docs[i] = &DocAnalysis{URI: d.URI, Text: d.Text, Lines: pd.lines, SyntaxErrors: pd.errs}
			}
		}()
	}
	wg.Wait()
	files, infos = dedupFiles(files, infos, docs)
	builds, where := s.rustDocs(docs)
	for _, b := range builds {
		if b.prog.Shifted() {
			p.shifts = append(p.shifts, b.prog)
		}
	}
	for i, d := range docs {
		if dc, ok := where[i]; ok {
			files[i], infos[i] = dc.b.prog.Files[dc.file], dc.b.infos[dc.file]
			p.Docs[i] = &DocAnalysis{URI: d.URI, Text: d.Text, Lines: dc.b.lines[dc.file], Rust: dc.b.doc(dc.file)}
		}
	}
	// The files of crates that are not documents are evaluated too.
	inDocs := make(map[*mir.File]bool, len(files))
	for _, f := range files {
		inDocs[f] = true
	}
	for _, b := range builds {
		for k, f := range b.prog.Files {
			if !inDocs[f] {
				inDocs[f] = true
				files, infos = append(files, f), append(infos, b.infos[k])
			}
		}
	}
	for i, da := range p.Docs {
		da.File = files[i]
		p.byURI[da.URI] = da
	}
	s.mu.Lock()
	prev := s.lastKeys
	s.mu.Unlock()
	ks := computeKeys(prev, files, infos, opts)
	s.mu.Lock()
	s.lastKeys = ks
	s.mu.Unlock()
	p.keys = ks
	s.sweep(ks)
	p.bundles = make(map[*mir.File]*bundle, len(p.Docs))
	for _, da := range p.Docs {
		p.bundles[da.File] = &bundle{fileBundle: ks.bundles[da.File]}
	}
	p.evaluators(opts, builds, where)
	return p
}

// evaluators makes the plan's programs: one of the MIR documents (derived
// from the last plan's when only a few of them changed) and one per Rust
// crate (the last plan's when the crate was not lowered again). Only MIR
// documents' items record traces (Options.Trace).
func (p *Plan) evaluators(opts Options, builds []*crateBuild, where map[int]docInCrate) {
	s := p.s
	cfg := opts.Config
	cfg.Trace = opts.Trace
	var mirFiles []*mir.File
	for _, da := range p.Docs {
		if da.Rust == nil {
			mirFiles = append(mirFiles, da.File)
		}
	}
	s.mu.Lock()
	prevProg, prevRust := s.lastProg, s.lastRust
	s.mu.Unlock()
	var prog *eval.Program
	if prevProg != nil {
		prog = eval.NewProgramFrom(prevProg, mirFiles...)
	} else {
		prog = eval.NewProgramIn(s.globals, mirFiles...)
	}
	p.ev = eval.NewEvaluator(prog, cfg)
	p.ev.Memo = &memo{s: s, keys: p.keys, ev: p.ev}
	p.scope = make(map[*DocAnalysis][]*mir.File, len(p.Docs))
	rustProgs := make(map[*crateBuild]*eval.Program, len(builds))
	if len(builds) > 0 {
		p.rustEv = map[*mir.Item]*eval.Evaluator{}
	}
	// Rust items are evaluated without traces: no per-statement hint
	// shows them, and a traced body leaves the evaluator's fast path.
	rustCfg := cfg
	rustCfg.Trace = false
	for _, b := range builds {
		rp := prevRust[b]
		if rp == nil || !slices.Equal(rp.Files, b.prog.Files) {
			rp = eval.NewProgramIn(s.globals, b.prog.Files...)
		}
		rustProgs[b] = rp
		ev := eval.NewEvaluator(rp, rustCfg)
		ev.Memo = &memo{s: s, keys: p.keys, ev: ev}
		for _, f := range b.prog.Files {
			for _, it := range f.Items {
				p.rustEv[it] = ev
			}
		}
	}
	for i, da := range p.Docs {
		if dc, ok := where[i]; ok {
			p.scope[da] = dc.b.prog.Files
		} else {
			p.scope[da] = mirFiles
		}
	}
	s.mu.Lock()
	s.lastProg, s.lastRust = prog, rustProgs
	s.mu.Unlock()
}

// evFor returns the evaluator of an item of the plan.
func (p *Plan) evFor(it *mir.Item) *eval.Evaluator {
	if ev := p.rustEv[it]; ev != nil {
		return ev
	}
	return p.ev
}

// DocKey returns a key covering the keys of all data items of a document
// of the plan: equal DocKeys, equal results.
func (p *Plan) DocKey(da *DocAnalysis) Key {
	if b := p.bundles[da.File]; b != nil {
		return b.key
	}
	return Key{}
}

// key returns the key of a data item of the plan (zero if none).
func (p *Plan) key(it *mir.Item) Key {
	k, _ := p.keys.key(it)
	return k
}

// Doc returns the document with the given URI, or nil.
func (p *Plan) Doc(uri string) *DocAnalysis { return p.byURI[uri] }

// Key returns the key of a data item of the plan.
func (p *Plan) Key(it *mir.Item) (Key, bool) {
	return p.keys.key(it)
}

// Eval evaluates a data item of the plan through the store's memo (one
// evaluation per key) and returns its result.
func (p *Plan) Eval(ctx context.Context, it *mir.Item) *ItemResult {
	if p.s.disk != nil {
		p.loadBundle(it)
	}
	ir := p.s.result(ctx, p.evFor(it), it, p.key(it))
	if p.s.disk != nil && !ir.canceled() {
		p.completed(it)
	}
	return p.shifted(ir)
}

// shifted moves the positions of a Rust item's error to the current text
// of its file: the MIR of an item an edit moved keeps the positions it
// was lowered at.
func (p *Plan) shifted(ir *ItemResult) *ItemResult {
	if len(p.shifts) == 0 || ir == nil || ir.Err == nil {
		return ir
	}
	shift := func(it *mir.Item) int {
		for _, prog := range p.shifts {
			if d := prog.Shift(it); d != 0 {
				return d
			}
		}
		return 0
	}
	move := func(s mir.Span, d int) mir.Span { return mir.Span{Start: s.Start + d, End: s.End + d} }
	e := *ir.Err
	in := ir.Item
	if e.Referenced != nil {
		in = e.Referenced
	}
	d := shift(in)
	e.Span = move(e.Span, d)
	moved := d != 0
	if e.UseItem != nil {
		if d := shift(e.UseItem); d != 0 {
			e.Use, moved = move(e.Use, d), true
		}
	}
	var frames []eval.Frame
	for i, f := range e.Frames {
		if d := shift(f.Item); d != 0 {
			if frames == nil {
				frames = slices.Clone(e.Frames)
			}
			frames[i].Span = move(f.Span, d)
		}
	}
	if frames != nil {
		e.Frames, moved = frames, true
	}
	if !moved {
		return ir
	}
	c := *ir
	c.Err = &e
	return &c
}

// canceled reports whether an evaluation was cut short by its context.
func (ir *ItemResult) canceled() bool {
	return ir.Unsupported == eval.ErrCanceled().Msg || ir.Err != nil && ir.Err.Msg == eval.ErrCanceled().Msg
}

// completed records that it has a result and writes its document's
// bundle when every item of the document has one.
func (p *Plan) completed(it *mir.Item) {
	b := p.bundles[p.keys.fileOf(it)]
	if b == nil || b.onDisk.Load() || p.s.bundleStored(b.key) {
		return
	}
	defer p.s.pin()()
	p.mu.Lock()
	if b.done == nil {
		b.done = map[*mir.Item]bool{}
	}
	b.done[it] = true
	full := len(b.done) == len(b.items)
	p.mu.Unlock()
	if !full {
		return
	}
	s := p.s
	rs := make([]*eval.Result, len(b.items))
	for i, x := range b.items {
		s.mu.Lock()
		e := s.entries[p.key(x)]
		s.mu.Unlock()
		if e == nil {
			return
		}
		select {
		case <-e.done:
		default:
			return
		}
		if e.res == nil || canceled(e.res) {
			return
		}
		rs[i] = withItem(e.res, x, p.evFor(x).Prog)
	}
	if data, err := p.evFor(b.items[0]).EncodeResults(rs); err == nil {
		s.disk.putAsync(b.key, data)
		s.markBundle(b.key)
	}
}

// loadBundle puts the results of it's document from its disk bundle
// into the memo (once per plan).
func (p *Plan) loadBundle(it *mir.Item) {
	b := p.bundles[p.keys.fileOf(it)]
	if b == nil {
		return
	}
	b.load.Do(func() {
		s := p.s
		if s.bundleStored(b.key) {
			// Written or read by an earlier plan: its results are in
			// the memo unless evicted, and then read one by one.
			b.onDisk.Store(true)
			return
		}
		data, ok := s.disk.get(b.key)
		if !ok {
			return
		}
		rs, err := p.evFor(it).DecodeResults(b.items, data)
		if err != nil {
			return
		}
		b.onDisk.Store(true)
		s.markBundle(b.key)
		for i, x := range b.items {
			key := p.key(x)
			s.mu.Lock()
			if _, ok := s.entries[key]; ok {
				s.mu.Unlock()
				continue
			}
			e := &entry{done: make(chan struct{}), res: rs[i]}
			close(e.done)
			s.entries[key] = e
			s.mu.Unlock()
		}
	})
}

// Lookup returns the finished result of an item's key, evaluated by this
// plan or any earlier one, or nil when it is not known yet. It never
// evaluates and never waits.
func (p *Plan) Lookup(it *mir.Item) *ItemResult { return p.shifted(p.lookup(it)) }

func (p *Plan) lookup(it *mir.Item) *ItemResult {
	key, ok := p.keys.key(it)
	if !ok {
		return nil
	}
	s := p.s
	defer s.pin()()
	s.mu.Lock()
	e := s.entries[key]
	s.mu.Unlock()
	if e == nil {
		return nil
	}
	select {
	case <-e.done:
	default:
		return nil
	}
	if e.res == nil || canceled(e.res) {
		return nil
	}
	s.mu.Lock()
	cached := e.item
	s.mu.Unlock()
	var ir ItemResult
	if cached != nil && e.res.Item == it && cached.Item == it {
		return cached // shared: callers do not modify results
	} else if cached != nil && e.res.Item == it {
		ir = *cached
	} else {
		ev := p.evFor(it)
		ir = s.itemResult(ev, withItem(e.res, it, ev.Prog), key)
	}
	ir.Item = it
	return &ir
}

// Cached returns the finished result of an item like Lookup, and counts
// it towards its document's disk bundle as Eval does.
func (p *Plan) Cached(it *mir.Item) *ItemResult {
	ir := p.Lookup(it)
	if ir != nil && p.s.disk != nil {
		p.completed(it)
	}
	return ir
}

// Reaches reports whether evaluating it may need target: target is it or
// is in the closure of the items it references.
func (p *Plan) Reaches(it, target *mir.Item) bool {
	if it == target {
		return true
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	c, ok := p.closure[it]
	if !ok {
		c = map[*mir.Item]bool{}
		stack := []*mir.Item{it}
		for len(stack) > 0 {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, d := range p.keys.refs(x) {
				if !c[d] {
					c[d] = true
					stack = append(stack, d)
				}
			}
		}
		p.closure[it] = c
	}
	return c[target]
}

// NeedsCycle reports whether evaluating it may need an item of a cycle
// of references (statics that refer to each other, recursive fns). Two
// goroutines evaluating items of one cycle would each wait for the
// other: such items are left to one goroutine.
func (p *Plan) NeedsCycle(it *mir.Item) bool {
	p.cyclicOnce.Do(func() {
		// Peel items whose references are all peeled (sinks first): what
		// remains reaches a cycle.
		out := map[*mir.Item]int{}
		preds := map[*mir.Item][]*mir.Item{}
		var queue []*mir.Item
		for x, ik := range p.keys.items.all() {
			ds := ik.graph
			if len(ds) == 0 {
				continue
			}
			out[x] = len(ds)
			for _, d := range ds {
				preds[d] = append(preds[d], x)
			}
		}
		for d := range preds {
			if len(p.keys.refs(d)) == 0 {
				out[d] = 0 // references nothing
			}
		}
		for x, n := range out {
			if n == 0 {
				queue = append(queue, x)
			}
		}
		for len(queue) > 0 {
			x := queue[len(queue)-1]
			queue = queue[:len(queue)-1]
			for _, y := range preds[x] {
				if out[y]--; out[y] == 0 {
					queue = append(queue, y)
				}
			}
		}
		p.cyclic = map[*mir.Item]bool{}
		for x, n := range out {
			if n > 0 {
				p.cyclic[x] = true
			}
		}
	})
	return p.cyclic[it]
}

// Scope returns the files a document's items are evaluated with: every
// MIR document's for a MIR document, its crate's for a Rust document
// (for name lookups and evaluations outside the memo, such as calling a
// fn with arguments).
func (p *Plan) Scope(da *DocAnalysis) []*mir.File { return p.scope[da] }

// Render prints a finished result's value again with other options (a
// short form for inlay hints); "" when the result has no value or is no
// longer held.
func (p *Plan) Render(r *ItemResult, opts eval.RenderOpts) string {
	if r == nil || r.Value == "" {
		return ""
	}
	s := p.s
	defer s.pin()()
	s.mu.Lock()
	e := s.entries[r.Key]
	s.mu.Unlock()
	if e == nil {
		return ""
	}
	select {
	case <-e.done:
	default:
		return ""
	}
	if e.res == nil || e.res.Err != nil {
		return ""
	}
	ev := p.evFor(r.Item)
	v, err := ev.Render(withItem(e.res, r.Item, ev.Prog), opts)
	if err != nil {
		return ""
	}
	return v
}

// Prefetch loads an item's result from the disk tier into the memo when
// it is there, without evaluating; several goroutines may prefetch the
// items of a plan while it is evaluated, so a warm start reads the disk
// in parallel. It reports whether the result is now in the memo.
func (p *Plan) Prefetch(it *mir.Item) bool {
	key, ok := p.keys.key(it)
	s := p.s
	if !ok || s.disk == nil {
		return false
	}
	p.loadBundle(it)
	s.mu.Lock()
	if _, ok := s.entries[key]; ok {
		s.mu.Unlock()
		return true
	}
	// Claim the key as memo.Load does; on a miss, give it back (waiters
	// see a nil result and retry).
	e := &entry{done: make(chan struct{})}
	s.entries[key] = e
	s.mu.Unlock()
	if data, ok := s.disk.get(key); ok {
		if r, err := p.evFor(it).DecodeResult(it, data); err == nil {
			s.setResult(e, withItem(r, it, p.evFor(it).Prog))
			close(e.done)
			return true
		}
	}
	s.mu.Lock()
	if s.entries[key] == e {
		delete(s.entries, key)
	}
	s.mu.Unlock()
	close(e.done)
	return false
}
