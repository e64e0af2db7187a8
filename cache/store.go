// store.go holds the Store: parsing of changed documents, content keys,
// the in-memory memo with one evaluation per key, and Analyze.

package cache

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/hashicorp/golang-lru/v2/simplelru"

	"mirlsp/eval"
	"mirlsp/mir"
	"mirlsp/mirparse"
)

// Options configure a Store.
type Options struct {
	// Dir is the directory of the persistent tier; "" disables it.
	Dir string
	// MaxDiskBytes bounds the disk tier (trimmed oldest first); 0 means
	// DefaultMaxDiskBytes.
	MaxDiskBytes int64
	// Version is the tool version, part of every key.
	Version string
	// Config holds the evaluation limits, part of every key.
	Config eval.Config
	// Trace records per-statement values (for MIR inlay hints).
	Trace bool
}

// DefaultMaxDiskBytes is the default size bound of the disk tier.
const DefaultMaxDiskBytes = 256 << 20

// Store evaluates workspaces and keeps results by key. It is safe for
// concurrent use.
type Store struct {
	opts    Options
	globals *eval.Globals
	disk    *diskCache

	mu      sync.Mutex
	entries map[Key]*entry
	// parsed holds recent parses by text hash (reverts and documents
	// with equal texts reuse them), bounded by maxParsedText bytes of
	// text; parses in use are held by lastParse.
	parsed     *simplelru.LRU[[sha256.Size]byte, *parsedDoc]
	parsedText int
	// lastKeys are the keys of the last plan, which the next plan
	// updates for what changed.
	lastKeys *keyState
	// lastProg is the last plan's program of the MIR documents, lastRust
	// its program of each Rust crate.
	lastProg *eval.Program
	lastRust map[*crateBuild]*eval.Program
	// crates holds the last build of each Rust crate by root.
	crates map[string]*crateBuild
	// bundles are the document bundle keys known to be in the disk tier
	// (read or written by this store).
	bundles map[Key]bool
	// maxStale is the number of results of keys the current workspace
	// does not have that the memo keeps (for undo and reverts).
	maxStale int
	// lastParse holds the parse of each URI's latest text by identity.
	lastParse map[string]lastParse

	evaluations atomic.Int64
}

// entry is one key's result; done is closed when res is set.
type entry struct {
	done chan struct{}
	res  *eval.Result
	// text results computed once from res.
	item *ItemResult
}

// maxParsedText bounds the texts of the parses kept beyond those in use
// (a parse takes about 16 times its text).
const maxParsedText = 256 << 10

// parsedDoc is a parse, shared by documents with the same text.
type parsedDoc struct {
	size  int // of the text
	file  *mir.File
	errs  mirparse.ErrorList
	info  *fileInfo
	lines *mir.LineIndex
}

// NewStore returns a store. An unusable disk directory is reported as
// an error; the store then works without it.
func NewStore(opts Options) (*Store, error) {
	if opts.Config.StepLimit == 0 {
		opts.Config = eval.DefaultConfig
	}
	if opts.MaxDiskBytes == 0 {
		opts.MaxDiskBytes = DefaultMaxDiskBytes
	}
	s := &Store{opts: opts, globals: eval.NewGlobals(), entries: map[Key]*entry{}, bundles: map[Key]bool{}, maxStale: 1024, lastParse: map[string]lastParse{}, crates: map[string]*crateBuild{}}
	s.parsed, _ = simplelru.NewLRU(math.MaxInt, func(_ [sha256.Size]byte, p *parsedDoc) { s.parsedText -= p.size })
	s.globals.EnableCollection(s.roots)
	var err error
	if opts.Dir != "" {
		s.disk, err = openDisk(opts.Dir, opts.MaxDiskBytes)
	}
	return s, err
}

// Evaluations returns the number of evaluations performed (memo and disk
// hits are not evaluations).
func (s *Store) Evaluations() int64 { return s.evaluations.Load() }

// Interned describes the interned global memory the store holds.
func (s *Store) Interned() eval.Stats { return s.globals.Stats() }

// DiskWrites returns the number of entries written to the disk tier.
func (s *Store) DiskWrites() int64 {
	if s.disk == nil {
		return 0
	}
	return s.disk.writes.Load()
}

// Close writes what is queued for the disk and stops writing; the store
// keeps answering from memory.
func (s *Store) Close() {
	if s.disk != nil {
		s.disk.close()
	}
}

// setResult publishes an entry's result (readers take s.mu or wait on
// e.done).
func (s *Store) setResult(e *entry, r *eval.Result) {
	s.mu.Lock()
	e.res = r
	s.mu.Unlock()
}

// roots lists the memo's results: the interned memory they reach is
// kept (eval.Globals.EnableCollection).
func (s *Store) roots(yield func(*eval.Result)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, e := range s.entries {
		if e.res != nil {
			yield(e.res)
		}
	}
}

// pin keeps the interned memory of the memo's results from being
// collected while a caller uses results it read from the memo.
func (s *Store) pin() (unpin func()) { return s.globals.Pin() }

// sweep drops finished results of keys the current workspace no longer
// has once they are more than s.maxStale, so a long session of edits does
// not keep every result it ever computed (the disk tier still has them;
// the interned memory only they reach is then collected).
func (s *Store) sweep(live *keyState) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.entries) <= live.nkeys+s.maxStale {
		return
	}
	keep := make(map[Key]bool, live.nkeys)
	live.eachKey(func(_ *mir.Item, k Key) { keep[k] = true })
	for k, e := range s.entries {
		if keep[k] {
			continue
		}
		select {
		case <-e.done:
			delete(s.entries, k)
		default: // being evaluated
		}
	}
}

// bundleStored reports whether a document bundle is known to be on disk.
func (s *Store) bundleStored(k Key) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.bundles[k]
}

func (s *Store) markBundle(k Key) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.bundles) > 1<<16 {
		clear(s.bundles)
	}
	s.bundles[k] = true
}

// Flush waits until every result computed so far is on disk.
func (s *Store) Flush() {
	if s.disk != nil {
		s.disk.flush()
	}
}

// SetConfig changes the evaluation limits (part of every key, so
// results under the old limits are not reused).
func (s *Store) SetConfig(cfg eval.Config, trace bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.opts.Config, s.opts.Trace = cfg, trace
}

func (s *Store) parse(d Document) *parsedDoc {
	// A document whose text is the very slice parsed last time for its
	// URI (texts are immutable) is not hashed again.
	s.mu.Lock()
	last, ok := s.lastParse[d.URI]
	s.mu.Unlock()
	if ok && len(d.Text) == last.n && (len(d.Text) == 0 || unsafe.SliceData(d.Text) == last.data) {
		return last.pd
	}
	h := sha256.Sum256(d.Text)
	s.mu.Lock()
	p, ok := s.parsed.Get(h)
	s.mu.Unlock()
	if ok {
		s.rememberParse(d, p)
		return p
	}
	f, errs := mirparse.Parse(d.URI, d.Text)
	p = &parsedDoc{size: len(d.Text), file: f, errs: errs, info: newFileInfo(f, d.Text), lines: mir.NewLineIndex(d.Text)}
	s.mu.Lock()
	if !s.parsed.Contains(h) {
		s.parsed.Add(h, p)
		s.parsedText += p.size
		for s.parsedText > maxParsedText && s.parsed.Len() > 1 {
			s.parsed.RemoveOldest()
		}
	}
	s.mu.Unlock()
	s.rememberParse(d, p)
	return p
}

// lastParse is the parse of the text a URI had in the last plan.
type lastParse struct {
	data *byte
	n    int
	pd   *parsedDoc
}

func (s *Store) rememberParse(d Document, p *parsedDoc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.lastParse) > 4096 {
		clear(s.lastParse)
	}
	s.lastParse[d.URI] = lastParse{data: unsafe.SliceData(d.Text), n: len(d.Text), pd: p}
}

// Analyze parses and evaluates docs (a workspace: items of one document
// may name items of another). Documents are evaluated in the given order
// and onDoc, if not nil, is called as each one is complete, so a caller
// can publish the edited document first. A canceled ctx stops the
// evaluations still running; their items are reported as not evaluated.
func (s *Store) Analyze(ctx context.Context, docs []Document, onDoc func(*DocAnalysis)) *Analysis {
	p := s.Plan(docs)
	a := &Analysis{byURI: map[string]*DocAnalysis{}, byItem: map[*mir.Item]*ItemResult{}}
	for _, pd := range p.Docs {
		da := *pd
		for _, it := range da.File.Items {
			if !it.Kind.IsData() {
				continue
			}
			ir := p.Eval(ctx, it)
			da.Items = append(da.Items, ir)
			a.byItem[it] = ir
		}
		a.Docs = append(a.Docs, &da)
		a.byURI[da.URI] = &da
		if onDoc != nil {
			onDoc(&da)
		}
	}
	s.Flush()
	return a
}

// result returns the ItemResult of it: from the memo, the disk, or a
// new evaluation.
func (s *Store) result(ctx context.Context, ev *eval.Evaluator, it *mir.Item, key Key) *ItemResult {
	r := ev.Eval(ctx, it)
	s.mu.Lock()
	e := s.entries[key]
	var cached *ItemResult
	same := false
	if e != nil {
		cached, same = e.item, e.res == r
	}
	s.mu.Unlock()
	var ir ItemResult
	if same && cached != nil {
		ir = *cached
	} else {
		ir = s.itemResult(ev, r, key)
		if same {
			s.mu.Lock()
			cp := ir
			e.item = &cp
			s.mu.Unlock()
		}
	}
	ir.Item = it
	return &ir
}

// itemResult renders a result for the editor.
func (s *Store) itemResult(ev *eval.Evaluator, r *eval.Result, key Key) ItemResult {
	ir := ItemResult{Item: r.Item, Key: key, Trace: r.Trace}
	switch {
	case r.Unsupported():
		ir.Unsupported = r.Err.Msg
	case r.Err != nil:
		ir.Err = r.Err
	default:
		v, err := ev.Render(r, eval.RenderOpts{MaxBytes: 1 << 16})
		if err != nil {
			ir.Unsupported = "the value cannot be printed: " + err.Error()
			break
		}
		ir.Value = v
		if len(v) > PrettyAbove {
			if pv, err := ev.Render(r, eval.RenderOpts{MaxBytes: 1 << 16, Pretty: true}); err == nil {
				ir.Pretty = pv
			}
		}
		if r.Value.Kind == eval.ConstScalar && !r.Value.Scalar.IsPtr() && r.Item.Ty.IsInteger() {
			ir.Hex = hexOf(v)
		}
	}
	return ir
}

// PrettyAbove is the length beyond which a value does not fit on one line
// of a hover, which then shows its `{:#?}` form.
const PrettyAbove = 80

// hexOf is the 0x form of a decimal integer ≥ 10 ("" otherwise).
func hexOf(dec string) string {
	neg := strings.HasPrefix(dec, "-")
	digits := strings.TrimPrefix(dec, "-")
	if len(digits) < 2 {
		return ""
	}
	var v mir.U128
	for _, c := range digits {
		if c < '0' || c > '9' {
			return ""
		}
		v, _ = v.Mul10Add(uint64(c - '0'))
	}
	if neg {
		return ""
	}
	if v.Hi == 0 {
		return fmt.Sprintf("0x%x", v.Lo)
	}
	return fmt.Sprintf("0x%x%016x", v.Hi, v.Lo)
}

// memo connects an evaluator to the store: one evaluation per key.
type memo struct {
	s    *Store
	keys *keyState
	ev   *eval.Evaluator
}

func (m *memo) Load(it *mir.Item) (*eval.Result, bool) {
	key, ok := m.keys.key(it)
	if !ok {
		return nil, false
	}
	s := m.s
	for {
		s.mu.Lock()
		e, ok := s.entries[key]
		if !ok {
			// Claim the key: this evaluator will evaluate it (or load
			// it from disk).
			e = &entry{done: make(chan struct{})}
			s.entries[key] = e
			s.mu.Unlock()
			if s.disk != nil {
				if data, ok := s.disk.get(key); ok {
					if r, err := m.ev.DecodeResult(it, data); err == nil {
						s.setResult(e, withItem(r, it, m.ev.Prog))
						close(e.done)
						return e.res, true
					}
				}
			}
			// Not found: the caller evaluates and calls Store.
			return nil, false
		}
		s.mu.Unlock()
		select {
		case <-e.done:
		}
		if e.res == nil || canceled(e.res) {
			// The evaluation that claimed the key was canceled: retry.
			s.mu.Lock()
			if s.entries[key] == e {
				delete(s.entries, key)
			}
			s.mu.Unlock()
			continue
		}
		return withItem(e.res, it, m.ev.Prog), true
	}
}

// Peek reports whether the store has it's result or an evaluation of it
// in progress (eval.Peeker); unlike Load, it claims nothing.
func (m *memo) Peek(it *mir.Item) bool {
	key, ok := m.keys.key(it)
	if !ok {
		return false
	}
	m.s.mu.Lock()
	defer m.s.mu.Unlock()
	e, ok := m.s.entries[key]
	return ok && (e.res == nil || !canceled(e.res))
}

func (m *memo) Store(it *mir.Item, r *eval.Result) {
	key, ok := m.keys.key(it)
	if !ok {
		return
	}
	s := m.s
	s.evaluations.Add(1)
	s.mu.Lock()
	e := s.entries[key]
	if e == nil {
		e = &entry{done: make(chan struct{})}
		s.entries[key] = e
	}
	s.mu.Unlock()
	select {
	case <-e.done:
		return // already published
	default:
	}
	s.setResult(e, r)
	close(e.done)
	if canceled(r) {
		return
	}
	if s.disk != nil {
		if data, err := m.ev.EncodeResult(r); err == nil {
			s.disk.putAsync(key, data)
		}
	}
}

func canceled(r *eval.Result) bool {
	return r.Err != nil && r.Err.Kind == eval.KindLimit && r.Err.Msg == eval.ErrCanceled().Msg
}

// withItem returns r for item it (a result found by key may have been
// computed for an equal item of another document).
func withItem(r *eval.Result, it *mir.Item, prog *eval.Program) *eval.Result {
	if r.Item == it {
		return r
	}
	c := *r
	c.Item = it
	if r.Err != nil && r.Item != nil {
		e := *r.Err
		if e.Referenced == nil {
			d := it.Span.Start - r.Item.Span.Start
			e.Span = mir.Span{Start: e.Span.Start + d, End: e.Span.End + d}
		} else if cur := sameItem(prog, e.Referenced); cur != nil {
			// The same constant in the program the result is used in.
			d := cur.Span.Start - e.Referenced.Span.Start
			e.Span = mir.Span{Start: e.Span.Start + d, End: e.Span.End + d}
			e.Referenced = cur
		}
		// Frames lie in fns of the evaluation that computed the result:
		// the same fns (same keys) of prog, perhaps moved.
		if len(e.Frames) > 0 {
			e.Frames = append([]eval.Frame(nil), e.Frames...)
			for i, f := range e.Frames {
				if f.Item == nil {
					continue
				}
				if cur := sameItem(prog, f.Item); cur != nil {
					d := cur.Span.Start - f.Item.Span.Start
					e.Frames[i].Item, e.Frames[i].Span = cur, mir.Span{Start: f.Span.Start + d, End: f.Span.End + d}
				}
			}
		}
		c.Err = &e
	}
	return &c
}

// sameItem returns the item of prog that is old's counterpart (same name,
// kind and length: a result is shared by equal keys, which cover the
// items it reaches), or nil when prog holds old itself or none.
func sameItem(prog *eval.Program, old *mir.Item) *mir.Item {
	cur := prog.Item(old.Name)
	if cur == nil || cur == old || cur.Kind != old.Kind || cur.Span.End-cur.Span.Start != old.Span.End-old.Span.Start {
		return nil
	}
	return cur
}

// dedupFiles re-parses documents whose text equals an earlier one's, so
// no two documents share *mir.File values (and items).
func dedupFiles(files []*mir.File, infos []*fileInfo, docs []Document) ([]*mir.File, []*fileInfo) {
	seen := map[*mir.File]bool{}
	for i, f := range files {
		if f == nil { // a Rust document, lowered with its crate
			continue
		}
		if seen[f] {
			nf, _ := mirparse.Parse(docs[i].URI, docs[i].Text)
			files[i], infos[i] = nf, newFileInfo(nf, docs[i].Text)
			continue
		}
		seen[f] = true
	}
	return files, infos
}
