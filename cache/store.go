// store.go holds the Store: parsing of changed documents, content keys,
// the in-memory memo with one evaluation per key, and Analyze.

package cache

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

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
	parsed  map[[sha256.Size]byte]*parsedDoc

	evaluations atomic.Int64
}

// entry is one key's result; done is closed when res is set.
type entry struct {
	done chan struct{}
	res  *eval.Result
	// text results computed once from res.
	item *ItemResult
}

// parsedDoc is a parse, shared by documents with the same text.
type parsedDoc struct {
	file *mir.File
	errs mirparse.ErrorList
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
	s := &Store{opts: opts, globals: eval.NewGlobals(), entries: map[Key]*entry{}, parsed: map[[sha256.Size]byte]*parsedDoc{}}
	var err error
	if opts.Dir != "" {
		s.disk, err = openDisk(opts.Dir, opts.MaxDiskBytes)
	}
	return s, err
}

// Evaluations returns the number of evaluations performed (memo and disk
// hits are not evaluations).
func (s *Store) Evaluations() int64 { return s.evaluations.Load() }

// SetConfig changes the evaluation limits (part of every key, so
// results under the old limits are not reused).
func (s *Store) SetConfig(cfg eval.Config, trace bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.opts.Config, s.opts.Trace = cfg, trace
}

func (s *Store) parse(d Document) *parsedDoc {
	h := sha256.Sum256(d.Text)
	s.mu.Lock()
	p, ok := s.parsed[h]
	s.mu.Unlock()
	if ok {
		return p
	}
	f, errs := mirparse.Parse(d.URI, d.Text)
	p = &parsedDoc{file: f, errs: errs}
	s.mu.Lock()
	if len(s.parsed) > 4096 {
		s.parsed = map[[sha256.Size]byte]*parsedDoc{}
	}
	s.parsed[h] = p
	s.mu.Unlock()
	return p
}

// Analyze parses and evaluates docs (a workspace: items of one document
// may name items of another). Documents are evaluated in the given order
// and onDoc, if not nil, is called as each one is complete, so a caller
// can publish the edited document first. A canceled ctx stops the
// evaluations still running; their items are reported as not evaluated.
func (s *Store) Analyze(ctx context.Context, docs []Document, onDoc func(*DocAnalysis)) *Analysis {
	s.mu.Lock()
	opts := s.opts
	s.mu.Unlock()
	a := &Analysis{byURI: map[string]*DocAnalysis{}, byItem: map[*mir.Item]*ItemResult{}}
	files := make([]*mir.File, len(docs))
	var texts [][]byte
	for i, d := range docs {
		p := s.parse(d)
		// A parse is shared by documents with equal texts; each document
		// of an analysis needs its own items, so share only within the
		// first use.
		files[i] = p.file
		da := &DocAnalysis{URI: d.URI, Text: d.Text, File: p.file, Lines: mir.NewLineIndex(d.Text), SyntaxErrors: p.errs}
		a.Docs = append(a.Docs, da)
		a.byURI[d.URI] = da
		texts = append(texts, d.Text)
	}
	files = dedupFiles(files, docs, s)
	for i := range a.Docs {
		a.Docs[i].File = files[i]
	}
	prog := eval.NewProgramIn(s.globals, files...)
	keys := computeKeys(files, texts, opts)
	cfg := opts.Config
	cfg.Trace = opts.Trace
	ev := eval.NewEvaluator(prog, cfg)
	ev.Memo = &memo{s: s, keys: keys, ev: ev}
	for _, da := range a.Docs {
		for _, it := range da.File.Items {
			if !it.Kind.IsData() {
				continue
			}
			ir := s.result(ctx, ev, it, keys[it])
			da.Items = append(da.Items, ir)
			a.byItem[it] = ir
		}
		if onDoc != nil {
			onDoc(da)
		}
	}
	return a
}

// dedupFiles re-parses documents whose text equals an earlier one's, so
// no two documents share *mir.File values.
func dedupFiles(files []*mir.File, docs []Document, s *Store) []*mir.File {
	seen := map[*mir.File]bool{}
	for i, f := range files {
		if seen[f] {
			nf, _ := mirparse.Parse(docs[i].URI, docs[i].Text)
			files[i] = nf
			continue
		}
		seen[f] = true
	}
	return files
}

// result returns the ItemResult of it: from the memo, the disk, or a
// new evaluation.
func (s *Store) result(ctx context.Context, ev *eval.Evaluator, it *mir.Item, key Key) *ItemResult {
	r := ev.Eval(ctx, it)
	s.mu.Lock()
	e := s.entries[key]
	s.mu.Unlock()
	var ir ItemResult
	if e != nil && e.item != nil && e.res == r {
		ir = *e.item
	} else {
		ir = s.itemResult(ev, r, key)
		if e != nil && e.res == r {
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
		if r.Value.Kind == eval.ConstScalar && !r.Value.Scalar.IsPtr() && r.Item.Ty.IsInteger() {
			ir.Hex = hexOf(v)
		}
	}
	return ir
}

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
	keys map[*mir.Item]Key
	ev   *eval.Evaluator
}

func (m *memo) Load(it *mir.Item) (*eval.Result, bool) {
	key, ok := m.keys[it]
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
						e.res = withItem(r, it)
						close(e.done)
						return e.res, true
					}
				}
			}
			// Not found: the caller evaluates and calls Store.
			e.res = nil
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
		return withItem(e.res, it), true
	}
}

func (m *memo) Store(it *mir.Item, r *eval.Result) {
	key, ok := m.keys[it]
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
	e.res = r
	close(e.done)
	if canceled(r) {
		return
	}
	if s.disk != nil {
		if data, err := m.ev.EncodeResult(r); err == nil {
			s.disk.put(key, data)
		}
	}
}

func canceled(r *eval.Result) bool {
	return r.Err != nil && r.Err.Kind == eval.KindLimit && r.Err.Msg == eval.ErrCanceled().Msg
}

// withItem returns r for item it (a result found by key may have been
// computed for an equal item of another document).
func withItem(r *eval.Result, it *mir.Item) *eval.Result {
	if r.Item == it {
		return r
	}
	c := *r
	c.Item = it
	if r.Err != nil && r.Item != nil {
		e := *r.Err
		d := it.Span.Start - r.Item.Span.Start
		e.Span = mir.Span{Start: e.Span.Start + d, End: e.Span.End + d}
		c.Err = &e
	}
	return &c
}

// computeKeys gives every item its content key: the hash of the tool
// version, the limits, and the texts of the item and of every item and
// allocation dump it reaches.
func computeKeys(files []*mir.File, texts [][]byte, opts Options) map[*mir.Item]Key {
	text := map[*mir.Item][]byte{}
	byName := map[string]*mir.Item{}
	allocText := map[*mir.File]map[int][]byte{}
	for i, f := range files {
		at := map[int][]byte{}
		for _, it := range f.Items {
			text[it] = spanText(texts[i], it.Span)
			if _, dup := byName[it.Name]; !dup || it.CTFE {
				byName[it.Name] = it
			}
			for _, al := range it.Allocs {
				at[al.ID] = spanText(texts[i], al.Span)
			}
		}
		allocText[f] = at
	}
	fileOf := map[*mir.Item]*mir.File{}
	for _, f := range files {
		for _, it := range f.Items {
			fileOf[it] = f
		}
	}
	deps := map[*mir.Item][]*mir.Item{}
	allocs := map[*mir.Item][]int{}
	for _, f := range files {
		for _, it := range f.Items {
			deps[it], allocs[it] = references(it, byName, len(files) > 1)
		}
	}
	keys := map[*mir.Item]Key{}
	for _, f := range files {
		for _, it := range f.Items {
			if !it.Kind.IsData() {
				continue
			}
			// The closure of what the item reaches, in a stable order.
			seen := map[*mir.Item]bool{it: true}
			order := []*mir.Item{it}
			for i := 0; i < len(order); i++ {
				for _, d := range deps[order[i]] {
					if !seen[d] {
						seen[d] = true
						order = append(order, d)
					}
				}
			}
			sort.Slice(order[1:], func(i, j int) bool { return order[1+i].Name < order[1+j].Name })
			h := sha256.New()
			fmt.Fprintf(h, "mirlsp %s\x00steps=%d stack=%d mem=%d trace=%v\x00", opts.Version,
				opts.Config.StepLimit, opts.Config.StackLimit, opts.Config.MemoryLimit, opts.Trace)
			var n [8]byte
			for _, d := range order {
				t := text[d]
				binary.LittleEndian.PutUint64(n[:], uint64(len(t)))
				h.Write(n[:])
				h.Write(t)
				for _, id := range allocs[d] {
					at := allocText[fileOf[d]][id]
					binary.LittleEndian.PutUint64(n[:], uint64(len(at)))
					h.Write(n[:])
					h.Write(at)
				}
			}
			var k Key
			h.Sum(k[:0])
			keys[it] = k
		}
	}
	return keys
}

func spanText(src []byte, sp mir.Span) []byte {
	if sp.Start < 0 || sp.End > len(src) || sp.Start > sp.End {
		return nil
	}
	return src[sp.Start:sp.End]
}

// references lists the items and allocation dumps an item names
// directly: consts, statics, promoteds and fns (resolved in the file, or
// by name across files), and the allocations of pointer constants.
func references(it *mir.Item, byName map[string]*mir.Item, crossFile bool) ([]*mir.Item, []int) {
	var items []*mir.Item
	var allocs []int
	var c func(k *mir.Const)
	c = func(k *mir.Const) {
		if k == nil {
			return
		}
		switch k.Kind {
		case mir.ConstItem, mir.ConstFn, mir.ConstFnPtr:
			if k.Item != nil {
				items = append(items, k.Item)
			} else if crossFile && k.Path != nil {
				if d := byName[k.Path.Text]; d != nil {
					items = append(items, d)
				}
			}
		case mir.ConstAlloc:
			allocs = append(allocs, k.Alloc)
		}
		for _, f := range k.Fields {
			c(f)
		}
	}
	op := func(o *mir.Operand) {
		if o.Kind == mir.OpConst {
			c(o.Const)
		}
	}
	if it.Trivial != nil {
		c(it.Trivial)
	}
	if it.Parent != nil {
		items = append(items, it.Parent)
	}
	for _, p := range it.Promoteds {
		items = append(items, p)
	}
	for _, al := range it.Allocs {
		allocs = append(allocs, al.ID)
	}
	if b := it.Body; b != nil {
		for _, blk := range b.Blocks {
			for _, st := range blk.Stmts {
				for i := range st.Ops {
					op(&st.Ops[i])
				}
				if rv := st.Rvalue; rv != nil {
					op(&rv.A)
					op(&rv.B)
					if rv.Agg != nil {
						for i := range rv.Agg.Ops {
							op(&rv.Agg.Ops[i])
						}
					}
				}
			}
			if t := blk.Term; t != nil {
				op(&t.Func)
				op(&t.Discr)
				op(&t.Cond)
				for i := range t.Args {
					op(&t.Args[i])
				}
				if t.Msg != nil {
					for i := range t.Msg.Args {
						op(&t.Msg.Args[i])
					}
				}
			}
		}
	}
	return items, allocs
}
