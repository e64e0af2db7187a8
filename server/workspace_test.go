// workspace_test.go checks cross-document evaluation, the disk cache
// across restarts, and a corrupted cache.

package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"mirlsp/cache"
)

// docA defines FOO and OTHER; docB uses FOO (testdata/workspace).
var docA, docB = workspaceDoc("a.mir"), workspaceDoc("b.mir")

func workspaceDoc(name string) string {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "workspace", name))
	if err != nil {
		panic(err)
	}
	return string(b)
}

// keysOf returns the key of every data item of the latest snapshot.
func keysOf(t *testing.T, e *env) map[string]cache.Key {
	t.Helper()
	sn := e.srv.session.snapshot()
	<-sn.ready
	m := map[string]cache.Key{}
	for _, da := range sn.plan.Docs {
		for _, it := range da.File.Items {
			if k, ok := sn.plan.Key(it); ok {
				m[da.URI+" "+it.Name] = k
			}
		}
	}
	return m
}

func TestCrossDocument(t *testing.T) {
	e := newEnv(t, envOpts{})
	e.open("a.mir", docA)
	e.open("b.mir", docB)
	e.waitVersion("a.mir", 1)
	e.waitVersion("b.mir", 1)
	if h := e.hover("b.mir", pos(t, docB, "const FOO", 0, 7)); !strings.Contains(h, "4096 (0x1000)") {
		t.Errorf("hover on FOO in b.mir: %q", h)
	}
	if hs := e.hints("b.mir", docB); !contains(hs, "= 4054") {
		t.Errorf("hints of b.mir: %q", hs)
	}
	before := keysOf(t, e)
	n0 := e.srv.Store().Evaluations()

	// FOO = 10 makes BAR overflow: b.mir gets the error.
	e.edit("a.mir", 2, docA, "4096_usize", "10_usize", 1)
	e.waitVersion("a.mir", 2)
	p := e.waitDiags("b.mir", func(p *protocol.PublishDiagnosticsParams) bool { return len(p.Diagnostics) == 1 })
	if got, want := message(p.Diagnostics[0]), "attempt to compute `10_usize - 42_usize`, which would overflow"; got != want {
		t.Errorf("b.mir: %q, want %q", got, want)
	}
	after := keysOf(t, e)
	changed := 0
	for k, v := range after {
		if before[k] != v {
			changed++
		}
	}
	if changed != 2 {
		t.Errorf("%d keys changed, want 2 (FOO, BAR)", changed)
	}
	if n := e.srv.Store().Evaluations() - n0; n != int64(changed) {
		t.Errorf("%d evaluations for %d changed keys", n, changed)
	}
	// Go to FOO's definition from b.mir.
	loc := e.definition("b.mir", pos(t, docB, "const FOO", 0, 7))
	if loc == nil || loc.URI != docURI("a.mir") || loc.Range.Start.Line != 0 {
		t.Errorf("definition of FOO: %+v", loc)
	}
}

// A workspace evaluated once is read from the disk cache by the next
// server: no evaluations. A corrupted cache is a miss, not a crash.
func TestPersistence(t *testing.T) {
	dir := t.TempDir()
	run := func() (int64, string) {
		e := newEnv(t, envOpts{cacheDir: dir})
		e.open("a.mir", docA)
		e.open("b.mir", docB)
		e.waitVersion("a.mir", 1)
		e.waitVersion("b.mir", 1)
		h := e.hover("b.mir", pos(t, docB, "BAR", 0, 0))
		e.shutdown()
		return e.srv.Store().Evaluations(), h
	}
	n1, h1 := run()
	if n1 != 4 || !strings.Contains(h1, "= 4054") {
		t.Fatalf("first run: %d evaluations, hover %q", n1, h1)
	}
	n2, h2 := run()
	if n2 != 0 || h2 != h1 {
		t.Fatalf("second run: %d evaluations, hover %q", n2, h2)
	}
	// Corrupt every cache file: flip bytes, truncate.
	i := 0
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return nil
		}
		b, _ := os.ReadFile(p)
		switch i % 2 {
		case 0:
			for j := range b {
				b[j] ^= 0x5a
			}
		case 1:
			b = b[:len(b)/2]
		}
		i++
		return os.WriteFile(p, b, 0o644)
	})
	if i == 0 {
		t.Fatal("no cache files written")
	}
	n3, h3 := run()
	if n3 != 4 || h3 != h1 {
		t.Fatalf("corrupted cache: %d evaluations, hover %q", n3, h3)
	}
}

// TestWatchedFiles: the server asks the client to watch source files;
// a file changed on disk is evaluated again, a deleted one is dropped
// and its diagnostics cleared, and an open buffer wins over its file.
func TestWatchedFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "w.rs")
	good := strings.Replace(readFile(t, filepath.Join("..", "testdata", "errors", "ov_sub_seed.rs")), "FOO - 5000", "FOO - 96", 1)
	bad := readFile(t, filepath.Join("..", "testdata", "errors", "ov_sub_seed.rs"))
	if err := os.WriteFile(path, []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, envOpts{folders: []string{dir}, watch: true})
	u := string(uri.File(path))
	e.waitDiagsURI(u, func(p *protocol.PublishDiagnosticsParams) bool { return len(p.Diagnostics) == 0 })
	e.client.mu.Lock()
	registered := strings.Join(e.client.registered, " ")
	e.client.mu.Unlock()
	if registered != "workspace/didChangeWatchedFiles" {
		t.Errorf("registrations %q", registered)
	}
	notify := func(typ protocol.FileChangeType) {
		err := e.server.DidChangeWatchedFiles(e.ctx, &protocol.DidChangeWatchedFilesParams{Changes: []protocol.FileEvent{{URI: uri.URI(u), Type: typ}}})
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	notify(protocol.FileChangeTypeChanged)
	want := expectedError(t, "ov_sub_seed")
	e.waitDiagsURI(u, func(p *protocol.PublishDiagnosticsParams) bool {
		return len(p.Diagnostics) == 1 && message(p.Diagnostics[0]) == want.Message
	})
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	n := e.publishes(u)
	notify(protocol.FileChangeTypeDeleted)
	e.waitDiagsURI(u, func(p *protocol.PublishDiagnosticsParams) bool {
		return len(p.Diagnostics) == 0 && e.indexOf(u, p) >= n
	})
}

// publishes counts the diagnostics published to a URI so far.
func (e *env) publishes(u string) int {
	e.client.mu.Lock()
	defer e.client.mu.Unlock()
	return len(e.client.diags[u])
}

// indexOf is the position of a publish among a URI's (the client's lock
// is held by the caller).
func (e *env) indexOf(u string, p *protocol.PublishDiagnosticsParams) int {
	for i, q := range e.client.diags[u] {
		if q == p {
			return i
		}
	}
	return -1
}
