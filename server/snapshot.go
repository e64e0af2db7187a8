// snapshot.go holds the immutable state of the workspace after one edit:
// its documents, their parse and keys (a cache.Plan, computed in the
// background), and the evaluation run that fills in results.

package server

import (
	"context"
	"sync"

	"mirlsp/cache"
	"mirlsp/mir"
)

type snapshot struct {
	id       uint64
	sess     *session
	docs     []*document
	byKey    map[string]*document
	edited   []string
	utf8     bool
	settings settings

	ctx    context.Context
	cancel context.CancelFunc

	ready chan struct{} // closed when plan and run are set
	plan  *cache.Plan
	run   *run

	mu      sync.Mutex
	itemDoc map[*mir.Item]*cache.DocAnalysis
}

func newSnapshot(s *session, id uint64, docs []*document, edited []string) *snapshot {
	ctx, cancel := context.WithCancel(context.Background())
	sn := &snapshot{id: id, sess: s, docs: docs, byKey: map[string]*document{}, edited: edited,
		utf8: s.utf8, settings: s.settings, ctx: ctx, cancel: cancel,
		ready: make(chan struct{})}
	for _, d := range docs {
		sn.byKey[docKey(d.uri)] = d
	}
	return sn
}

// analyze parses and keys the documents, then evaluates them.
func (sn *snapshot) analyze() {
	docs := make([]cache.Document, len(sn.docs))
	for i, d := range sn.docs {
		docs[i] = cache.Document{URI: d.uri, Text: d.text, Path: docKey(d.uri)}
	}
	sn.plan = sn.sess.store.Plan(docs)
	sn.run = newRun(sn)
	close(sn.ready)
	sn.run.start()
}

// await waits until the snapshot is parsed and keyed.
func (sn *snapshot) await(ctx context.Context) error {
	select {
	case <-sn.ready:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// file returns a document of the snapshot with its analysis and mapper,
// or nils when the snapshot does not hold it. The snapshot must be ready.
func (sn *snapshot) file(u string) (*document, *cache.DocAnalysis, *Mapper) {
	d := sn.byKey[docKey(u)]
	if d == nil {
		return nil, nil, nil
	}
	return d, sn.plan.Doc(d.uri), sn.mapper(d)
}

// mapper returns the position mapper of a document of the snapshot.
func (sn *snapshot) mapper(d *document) *Mapper { return d.mapperFor(sn.utf8) }

// docOf returns the document analysis an item belongs to.
func (sn *snapshot) docOf(it *mir.Item) *cache.DocAnalysis {
	sn.mu.Lock()
	defer sn.mu.Unlock()
	if sn.itemDoc == nil {
		sn.itemDoc = map[*mir.Item]*cache.DocAnalysis{}
		for _, da := range sn.plan.Docs {
			for _, x := range da.File.Items {
				sn.itemDoc[x] = da
			}
		}
	}
	return sn.itemDoc[it]
}

// docByURI returns the document of the snapshot with the given URI.
func (sn *snapshot) docByURI(u string) *document { return sn.byKey[docKey(u)] }

// findItem returns the item with a header name, searching the given
// document first, then the files its items are evaluated with (the MIR
// documents for a MIR document, the crate for a Rust document).
func (sn *snapshot) findItem(home *cache.DocAnalysis, name string) *mir.Item {
	pick := func(f *mir.File) *mir.Item {
		var found *mir.Item
		for _, it := range f.Items {
			if it.Name == name && (found == nil || it.CTFE) {
				found = it
			}
		}
		return found
	}
	if home == nil {
		return nil
	}
	if it := pick(home.File); it != nil {
		return it
	}
	for _, f := range sn.plan.Scope(home) {
		if f != home.File {
			if it := pick(f); it != nil {
				return it
			}
		}
	}
	return nil
}
