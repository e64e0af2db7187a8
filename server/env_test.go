// env_test.go is the fake editor of the tests: it runs the real server
// in process, talks to it over a pipe with a real JSON-RPC client, and
// records what the server sends (diagnostics, progress, messages).

package server

import (
	"context"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// fakeClient is the editor's side of the protocol.
type fakeClient struct {
	protocol.UnimplementedClient

	mu       sync.Mutex
	cond     *sync.Cond
	diags    map[string][]*protocol.PublishDiagnosticsParams // every publish, in order
	progress []string                                        // kinds of $/progress values
	messages []string
	settings json.RawMessage // answer to workspace/configuration
	// registered holds the methods of client/registerCapability calls.
	registered []string
	// refreshes counts workspace/inlayHint/refresh requests.
	refreshes int
}

func (c *fakeClient) InlayHintRefresh(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.refreshes++
	c.cond.Broadcast()
	return nil
}

func (c *fakeClient) RegisterCapability(ctx context.Context, p *protocol.RegistrationParams) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, r := range p.Registrations {
		c.registered = append(c.registered, r.Method)
	}
	c.cond.Broadcast()
	return nil
}

func newFakeClient() *fakeClient {
	c := &fakeClient{diags: map[string][]*protocol.PublishDiagnosticsParams{}}
	c.cond = sync.NewCond(&c.mu)
	return c
}

func (c *fakeClient) PublishDiagnostics(ctx context.Context, p *protocol.PublishDiagnosticsParams) error {
	p, _ = protocol.Clone(p)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.diags[string(p.URI)] = append(c.diags[string(p.URI)], p)
	c.cond.Broadcast()
	return nil
}

func (c *fakeClient) Progress(ctx context.Context, p *protocol.ProgressParams) error {
	var v struct{ Kind string }
	json.Unmarshal(p.Value, &v)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.progress = append(c.progress, v.Kind)
	c.cond.Broadcast()
	return nil
}

func (c *fakeClient) WorkDoneProgressCreate(ctx context.Context, p *protocol.WorkDoneProgressCreateParams) error {
	return nil
}

func (c *fakeClient) ShowMessage(ctx context.Context, p *protocol.ShowMessageParams) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.messages = append(c.messages, p.Message)
	return nil
}

func (c *fakeClient) Configuration(ctx context.Context, p *protocol.ConfigurationParams) ([]protocol.LSPAny, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]protocol.LSPAny, len(p.Items))
	for i := range out {
		out[i] = protocol.LSPAny("null")
		if c.settings != nil {
			out[i] = protocol.LSPAny(c.settings)
		}
	}
	return out, nil
}

// env is one server and its fake editor.
type env struct {
	t      *testing.T
	srv    *Server
	server protocol.Server
	client *fakeClient
	conn   jsonrpc2.Conn
	ctx    context.Context
	// release closes the connection and waits for the server.
	release func()
}

// close releases the server; a benchmark that starts many servers closes
// each one so its memory does not live until the benchmark ends.
func (e *env) close() {
	if e.release != nil {
		e.release()
		e.release = nil
	}
}

type envOpts struct {
	cacheDir string
	folders  []string
	utf8     bool
	progress bool
	config   bool
	watch    bool // the client watches files for the server
	// hintRefresh: the client takes workspace/inlayHint/refresh.
	hintRefresh bool
	settings    string
	// initOptions are the initializationOptions (settings as JSON).
	initOptions string
	noInit      bool
	// slowAfter is Options.SlowAfter.
	slowAfter time.Duration
}

func newEnv(t testing.TB, o envOpts) *env {
	tt, _ := t.(*testing.T)
	a, b := net.Pipe()
	srv := New(context.Background(), a, Options{CacheDir: o.cacheDir, SlowAfter: o.slowAfter})
	fc := newFakeClient()
	if o.settings != "" {
		fc.settings = json.RawMessage(o.settings)
	}
	conn := jsonrpc2.NewConn(jsonrpc2.NewStream(b), jsonrpc2.WithCodec(codec{}))
	// Handled inline, so notifications are seen in wire order.
	conn.Go(context.Background(), protocol.ClientHandler(fc, jsonrpc2.MethodNotFoundHandler))
	e := &env{t: tt, srv: srv, server: protocol.ServerDispatcher(conn), client: fc, conn: conn, ctx: context.Background()}
	e.release = func() {
		conn.Close()
		a.Close()
		srv.Wait()
	}
	t.Cleanup(e.close)
	if !o.noInit {
		e.initialize(t, o)
	}
	return e
}

func (e *env) initialize(t testing.TB, o envOpts) *protocol.InitializeResult {
	t.Helper()
	p := &protocol.InitializeParams{}
	if o.utf8 {
		p.Capabilities.General = &protocol.GeneralClientCapabilities{PositionEncodings: []protocol.PositionEncodingKind{protocol.PositionEncodingKindUTF8, protocol.PositionEncodingKindUTF16}}
	}
	if o.progress {
		yes := true
		p.Capabilities.Window = &protocol.WindowClientCapabilities{WorkDoneProgress: &yes}
	}
	if o.config || o.watch || o.hintRefresh {
		yes := true
		p.Capabilities.Workspace = &protocol.WorkspaceClientCapabilities{}
		if o.hintRefresh {
			p.Capabilities.Workspace.InlayHint = &protocol.InlayHintWorkspaceClientCapabilities{RefreshSupport: &yes}
		}
		if o.config {
			p.Capabilities.Workspace.Configuration = &yes
		}
		if o.watch {
			p.Capabilities.Workspace.DidChangeWatchedFiles = &protocol.DidChangeWatchedFilesClientCapabilities{DynamicRegistration: &yes}
		}
	}
	if o.initOptions != "" {
		p.InitializationOptions = protocol.LSPAny(o.initOptions)
	}
	var fs []protocol.WorkspaceFolder
	for _, f := range o.folders {
		fs = append(fs, protocol.WorkspaceFolder{URI: uri.File(f), Name: "ws"})
	}
	if fs != nil {
		p.WorkspaceFolders = protocol.NewNullable(fs)
	}
	res, err := e.server.Initialize(e.ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.server.Initialized(e.ctx, &protocol.InitializedParams{}); err != nil {
		t.Fatal(err)
	}
	return res
}

// docURI is the URI of a document of the tests: a file of the fake
// folder /ws, or an absolute path.
func docURI(name string) uri.URI {
	if filepath.IsAbs(name) {
		return uri.File(name)
	}
	return uri.URI("file:///ws/" + name)
}

func (e *env) open(name, text string) {
	e.t.Helper()
	err := e.server.DidOpen(e.ctx, &protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: docURI(name), LanguageID: "mir", Version: 1, Text: text}})
	if err != nil {
		e.t.Fatal(err)
	}
}

// edit replaces the first n occurrences (all when n < 0) of old by
// new in text (the document's current text), one incremental change
// each, in one notification; it returns the new text.
func (e *env) edit(name string, version int32, text, old, new string, n int) string {
	e.t.Helper()
	var changes []protocol.TextDocumentContentChangeEvent
	from := 0
	for k := 0; n < 0 || k < n; k++ {
		i := strings.Index(text[from:], old)
		if i < 0 {
			if k == 0 {
				e.t.Fatalf("%q not in text", old)
			}
			break
		}
		i += from
		m := NewMapper([]byte(text), false)
		changes = append(changes, &protocol.TextDocumentContentChangePartial{Range: m.Range(i, i+len(old)), Text: new})
		text = text[:i] + new + text[i+len(old):]
		from = i + len(new)
	}
	err := e.server.DidChange(e.ctx, &protocol.DidChangeTextDocumentParams{
		TextDocument:   protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: docURI(name)}, Version: version},
		ContentChanges: changes,
	})
	if err != nil {
		e.t.Fatal(err)
	}
	return text
}

// waitDiags waits for a publish to the document that satisfies ok.
func (e *env) waitDiags(name string, ok func(*protocol.PublishDiagnosticsParams) bool) *protocol.PublishDiagnosticsParams {
	e.t.Helper()
	u := string(docURI(name))
	deadline := time.Now().Add(20 * time.Second)
	timer := time.AfterFunc(20*time.Second, func() {
		e.client.mu.Lock()
		e.client.cond.Broadcast()
		e.client.mu.Unlock()
	})
	defer timer.Stop()
	c := e.client
	c.mu.Lock()
	defer c.mu.Unlock()
	for {
		for _, p := range c.diags[u] {
			if ok(p) {
				return p
			}
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("no matching diagnostics for %s; got %s", name, dumpDiags(c.diags[u]))
		}
		c.cond.Wait()
	}
}

// waitVersion waits for the diagnostics of one version of a document:
// its last publish once the server is done evaluating (a slow run
// publishes what is known first), or, when an evaluation goes on for
// seconds, the last one so far.
func (e *env) waitVersion(name string, version int32) *protocol.PublishDiagnosticsParams {
	e.t.Helper()
	is := func(p *protocol.PublishDiagnosticsParams) bool {
		v, ok := p.Version.Get()
		return ok && v == version
	}
	p := e.waitDiags(name, is)
	if sn := e.srv.session.snapshot(); sn != nil {
		<-sn.ready
		select {
		case <-sn.run.finished:
		case <-sn.ctx.Done():
		case <-time.After(5 * time.Second):
		}
	}
	e.client.mu.Lock()
	defer e.client.mu.Unlock()
	for _, q := range e.client.diags[string(docURI(name))] {
		if is(q) {
			p = q
		}
	}
	return p
}

func dumpDiags(ps []*protocol.PublishDiagnosticsParams) string {
	var b strings.Builder
	for _, p := range ps {
		v, _ := p.Version.Get()
		b.WriteString("\n  v" + strconv.Itoa(int(v)) + ":")
		for _, d := range p.Diagnostics {
			b.WriteString(" [" + message(d) + "]")
		}
	}
	return b.String()
}

func message(d protocol.Diagnostic) string {
	if s, ok := d.Message.(protocol.String); ok {
		return string(s)
	}
	return ""
}

// pos returns the position of the nth (0-based) occurrence of needle in
// text, plus delta bytes.
func pos(t testing.TB, text, needle string, nth, delta int) protocol.Position {
	t.Helper()
	off := -1
	for i := 0; i <= nth; i++ {
		j := strings.Index(text[off+1:], needle)
		if j < 0 {
			t.Fatalf("%q: occurrence %d not found", needle, nth)
		}
		off += 1 + j
	}
	return NewMapper([]byte(text), false).Position(off + delta)
}

func (e *env) hover(name string, p protocol.Position) string {
	e.t.Helper()
	h, err := e.server.Hover(e.ctx, &protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: docURI(name)}, Position: p}})
	if err != nil {
		e.t.Fatal(err)
	}
	if h == nil {
		return ""
	}
	if mc, ok := h.Contents.(*protocol.MarkupContent); ok {
		return mc.Value
	}
	return ""
}

func (e *env) hints(name, text string) []string {
	e.t.Helper()
	m := NewMapper([]byte(text), false)
	hs, err := e.server.InlayHint(e.ctx, &protocol.InlayHintParams{TextDocument: protocol.TextDocumentIdentifier{URI: docURI(name)},
		Range: m.Range(0, len(text))})
	if err != nil {
		e.t.Fatal(err)
	}
	var out []string
	for _, h := range hs {
		if s, ok := h.Label.(protocol.String); ok {
			out = append(out, string(s))
		}
	}
	return out
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func (e *env) definition(name string, p protocol.Position) *protocol.Location {
	e.t.Helper()
	res, err := e.server.Definition(e.ctx, &protocol.DefinitionParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: docURI(name)}, Position: p}})
	if err != nil {
		e.t.Fatal(err)
	}
	switch r := res.(type) {
	case *protocol.Location:
		return r
	case protocol.LocationSlice:
		if len(r) > 0 {
			return &r[0]
		}
	}
	return nil
}

// shutdown ends the session as an editor does: shutdown, then exit.
func (e *env) shutdown() {
	e.t.Helper()
	if err := e.server.Shutdown(e.ctx); err != nil {
		e.t.Fatal(err)
	}
	e.server.Exit(e.ctx)
	if code := e.srv.Wait(); code != 0 {
		e.t.Errorf("exit code %d after shutdown and exit", code)
	}
}
