// session.go holds the session: the documents of the workspace, the
// settings, the latest snapshot, and what was last published.

package server

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
	"go.uber.org/zap"

	"mirlsp/cache"
	"mirlsp/eval"
)

// document is one file of the workspace at one version. Documents are
// immutable: an edit makes a new one.
type document struct {
	uri     string // as the client names it (diagnostics are published to it)
	version int32
	open    bool // an editor buffer (else the file as read from disk)
	text    []byte

	mu     sync.Mutex
	mapper *Mapper // built on first use
}

// mapperFor returns the document's position mapper for the encoding.
func (d *document) mapperFor(utf8 bool) *Mapper {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.mapper == nil || d.mapper.utf8 != utf8 {
		d.mapper = NewMapper(d.text, utf8)
	}
	return d.mapper
}

// settings are the user's options (workspace/configuration "mirlsp").
type settings struct {
	StepLimit int64 `json:"stepLimit"`
	// MemoryLimit is eval.Config.MemoryLimit in bytes (-1: no limit).
	MemoryLimit int64 `json:"memoryLimit"`
	Hints       struct {
		Values       bool `json:"values"`
		ArrayLengths bool `json:"arrayLengths"`
		Statements   bool `json:"statements"`
	} `json:"hints"`
}

func defaultSettings() settings {
	var st settings
	st.StepLimit = eval.DefaultConfig.StepLimit
	st.MemoryLimit = int64(eval.DefaultConfig.MemoryLimit)
	st.Hints.Values, st.Hints.ArrayLengths, st.Hints.Statements = true, true, true
	return st
}

// DefaultSlowAfter is how long an item may hold an evaluation lane
// before the remaining items move to a new lane.
const DefaultSlowAfter = 20 * time.Millisecond

type session struct {
	store     *cache.Store
	client    protocol.Client
	log       *zap.Logger
	slowAfter time.Duration

	mu       sync.Mutex
	docs     map[string]*document // by docKey
	snap     *snapshot
	nextID   uint64
	utf8     bool
	folders  []string
	settings settings
	closed   bool

	pubMu     sync.Mutex
	published map[string]pubState // by client URI

	// viewports holds the lines of each document the client last asked
	// inlay hints for (by docKey): the part of it on screen, evaluated
	// first after an edit.
	viewMu    sync.Mutex
	viewports map[string]lineRange

	// running counts the evaluations in progress (for tests).
	running atomic.Int64
	// hook, when set (by tests), is told of each item a lane evaluates
	// ("eval NAME") and each publish sent ("publish URI"), with the id of
	// the snapshot.
	hook atomic.Pointer[func(snapshot uint64, event string)]

	// hintRefresh records that the client takes workspace/inlayHint/
	// refresh; refreshTimer is a refresh about to be sent.
	hintRefresh  atomic.Bool
	refreshMu    sync.Mutex
	refreshTimer *time.Timer
}

// refreshDelay gathers the documents published in a burst into one
// inlay hint refresh.
const refreshDelay = 50 * time.Millisecond

// refreshHints asks the client to request inlay hints again (results
// came in after it asked), once per burst of publishes.
func (s *session) refreshHints() {
	if !s.hintRefresh.Load() {
		return
	}
	s.refreshMu.Lock()
	defer s.refreshMu.Unlock()
	if s.refreshTimer != nil {
		return
	}
	s.refreshTimer = time.AfterFunc(refreshDelay, func() {
		s.refreshMu.Lock()
		s.refreshTimer = nil
		s.refreshMu.Unlock()
		s.mu.Lock()
		closed := s.closed
		s.mu.Unlock()
		if closed {
			return
		}
		if err := s.client.InlayHintRefresh(context.Background()); err != nil {
			s.log.Debug("workspace/inlayHint/refresh", zap.Error(err))
		}
	})
}

// pubState is what was last published for a document.
type pubState struct {
	version int32
	diags   [sha256.Size]byte
	keys    [sha256.Size]byte
	// doc is the document the diagnostics were computed for: the same
	// document with results of the same keys has the same diagnostics.
	doc *document
}

func newSession(store *cache.Store, client protocol.Client, log *zap.Logger, slowAfter time.Duration) *session {
	if slowAfter <= 0 {
		slowAfter = DefaultSlowAfter
	}
	s := &session{store: store, client: client, log: log, slowAfter: slowAfter,
		docs: map[string]*document{}, settings: defaultSettings(), published: map[string]pubState{},
		viewports: map[string]lineRange{}}
	return s
}

// lineRange is a range of lines [first, last].
type lineRange struct{ first, last uint32 }

// setViewport records the lines of a document the client shows.
func (s *session) setViewport(u string, lines lineRange) {
	s.viewMu.Lock()
	defer s.viewMu.Unlock()
	if len(s.viewports) > 1024 {
		clear(s.viewports)
	}
	s.viewports[docKey(u)] = lines
}

// viewport returns the lines of a document the client last showed.
func (s *session) viewport(u string) (lineRange, bool) {
	s.viewMu.Lock()
	defer s.viewMu.Unlock()
	r, ok := s.viewports[docKey(u)]
	return r, ok
}

// docKey identifies a document whatever the spelling of its URI: the
// path of a file URI, else the URI itself.
func docKey(u string) string {
	if strings.HasPrefix(u, "file:") {
		if p := uri.URI(u).Path(); p != "" {
			return p
		}
	}
	return u
}

func (s *session) configure(utf8 bool, folders []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.utf8, s.folders = utf8, folders
}

// applySettings reads settings from JSON: {"stepLimit": N, "memoryLimit": BYTES, "hints":
// {...}}, or the same under a "mirlsp" key. Missing fields keep their
// values. It makes a new snapshot when something changed.
func (s *session) applySettings(raw []byte) {
	var wrapped struct {
		Mirlsp json.RawMessage `json:"mirlsp"`
	}
	if json.Unmarshal(raw, &wrapped) == nil && len(wrapped.Mirlsp) > 0 && string(wrapped.Mirlsp) != "null" {
		raw = wrapped.Mirlsp
	}
	s.mu.Lock()
	st := s.settings
	if err := json.Unmarshal(raw, &st); err != nil {
		s.mu.Unlock()
		s.log.Warn("bad settings", zap.ByteString("settings", raw), zap.Error(err))
		return
	}
	switch {
	case st.StepLimit < 0: // no limit, as the CLI's --step-limit -1
		st.StepLimit = math.MaxInt64
	case st.StepLimit == 0:
		st.StepLimit = eval.DefaultConfig.StepLimit
	}
	switch {
	case st.MemoryLimit < 0: // no limit
		st.MemoryLimit = math.MaxInt64
	case st.MemoryLimit == 0:
		st.MemoryLimit = int64(eval.DefaultConfig.MemoryLimit)
	}
	changed := st != s.settings
	limits := st.StepLimit != s.settings.StepLimit || st.MemoryLimit != s.settings.MemoryLimit
	s.settings = st
	if limits {
		cfg := eval.DefaultConfig
		cfg.StepLimit = st.StepLimit
		cfg.MemoryLimit = uint64(st.MemoryLimit)
		s.store.SetConfig(cfg, true)
	}
	if changed && s.snap != nil {
		s.newSnapshotLocked(nil)
	}
	s.mu.Unlock()
}

// snapshot returns the latest snapshot, or nil before the first one.
func (s *session) snapshot() *snapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.snap
}

// setDoc records a new version of a document and makes a snapshot.
func (s *session) setDoc(d *document) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	s.docs[docKey(d.uri)] = d
	s.newSnapshotLocked([]string{d.uri})
}

// doc returns the current version of a document, or nil.
func (s *session) doc(u string) *document {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.docs[docKey(u)]
}

// dropDoc removes a document whose file was deleted (not an open buffer).
func (s *session) dropDoc(u string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := docKey(u)
	old := s.docs[k]
	if old == nil || old.open || s.closed {
		return
	}
	delete(s.docs, k)
	s.newSnapshotLocked(nil)
	go s.clearDiagnostics(old.uri)
}

// closeDoc reverts a closed buffer to its file when the file belongs to
// the workspace, and drops it otherwise.
func (s *session) closeDoc(u string, disk []byte, onDisk bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := docKey(u)
	old := s.docs[k]
	if old == nil {
		return
	}
	if onDisk {
		s.docs[k] = &document{uri: old.uri, text: disk}
		s.newSnapshotLocked([]string{old.uri})
		return
	}
	delete(s.docs, k)
	s.newSnapshotLocked(nil)
	go s.clearDiagnostics(old.uri)
}

// inWorkspace reports whether a file URI lies under a workspace folder.
func (s *session) inWorkspace(u string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := docKey(u)
	for _, f := range s.folders {
		fp := docKey(f)
		if strings.HasPrefix(p, strings.TrimSuffix(fp, "/")+"/") {
			return true
		}
	}
	return false
}

// newSnapshotLocked makes a snapshot of the current documents, cancels
// the evaluation of the previous one and starts evaluating the new one;
// edited lists the documents whose change caused it (evaluated first).
func (s *session) newSnapshotLocked(edited []string) {
	prev := s.snap
	if prev != nil {
		prev.cancel()
	}
	s.nextID++
	docs := make([]*document, 0, len(s.docs))
	for _, d := range s.docs {
		docs = append(docs, d)
	}
	slices.SortFunc(docs, func(a, b *document) int { return strings.Compare(a.uri, b.uri) })
	sn := newSnapshot(s, s.nextID, docs, edited)
	s.snap = sn
	go sn.analyze()
}

func (s *session) shutdown() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	if s.snap != nil {
		s.snap.cancel()
	}
}

// publish sends a document's diagnostics unless a newer snapshot exists
// or the client already has them (same version, same diagnostics). keys
// is the document key when the diagnostics are complete, zero when some
// items are not done.
func (s *session) publish(sn *snapshot, d *document, diags []protocol.Diagnostic, keys [sha256.Size]byte) {
	data, err := protocol.Marshal(diags)
	if err != nil {
		s.log.Error("bug: diagnostics do not encode", zap.Error(err))
		return
	}
	st := pubState{version: d.version, diags: sha256.Sum256(data), keys: keys, doc: d}
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	if sn.ctx.Err() != nil {
		return
	}
	old, ok := s.published[d.uri]
	s.published[d.uri] = st
	if ok && old.version == st.version && old.diags == st.diags {
		return
	}
	p := &protocol.PublishDiagnosticsParams{URI: uri.URI(d.uri), Diagnostics: diags}
	if d.open {
		p.Version = protocol.NewOptional(d.version)
	}
	if h := s.hook.Load(); h != nil {
		(*h)(sn.id, "publish "+d.uri)
	}
	if err := s.client.PublishDiagnostics(context.Background(), p); err != nil {
		s.log.Debug("publishDiagnostics", zap.Error(err))
	}
}

// unchanged reports whether d's diagnostics were last published for d
// itself with results of the same keys, so they need not be computed.
func (s *session) unchanged(d *document, keys [sha256.Size]byte) bool {
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	old, ok := s.published[d.uri]
	return ok && old.doc == d && old.keys == keys
}

// clearDiagnostics publishes an empty list for a document that left the
// workspace.
func (s *session) clearDiagnostics(u string) {
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	if _, ok := s.published[u]; !ok {
		return
	}
	delete(s.published, u)
	p := &protocol.PublishDiagnosticsParams{URI: uri.URI(u), Diagnostics: []protocol.Diagnostic{}}
	if err := s.client.PublishDiagnostics(context.Background(), p); err != nil {
		s.log.Debug("publishDiagnostics", zap.Error(err))
	}
}

func (s *session) utf8Positions() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.utf8
}
