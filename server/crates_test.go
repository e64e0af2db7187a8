// crates_test.go: a Rust file of a Cargo workspace is evaluated in its
// crate graph: a constant failing because of a dependency's constant
// gets rustc's error, and a use of the dependency's constant shows its
// value. Expectations come from cargo and rustc (testdata/crates).

package server

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

func TestRustCrateGraph(t *testing.T) {
	t.Setenv("CARGO_HOME", t.TempDir())
	base, err := filepath.Abs(filepath.Join("..", "testdata", "crates"))
	if err != nil {
		t.Fatal(err)
	}
	var truth struct {
		Items  []struct{ File, Name, Value string }
		Errors []struct {
			File         string
			Line, Column int
			Message      string
		}
	}
	data, err := os.ReadFile(filepath.Join(base, "projects", "failing.truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &truth); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(base, "projects", "failing", "budget", "src", "lib.rs")
	text := string(readFile(t, path))
	e := newEnv(t, envOpts{cacheDir: t.TempDir()})
	u := uri.File(path)
	if err := e.server.DidOpen(e.ctx, &protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: u, LanguageID: "rust", Version: 1, Text: text}}); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, x := range truth.Errors {
		if x.File == "projects/failing/budget/src/lib.rs" {
			want = append(want, x.Message)
		}
	}
	if len(want) == 0 {
		t.Fatal("no errors in the truth")
	}
	deadline := time.Now().Add(30 * time.Second)
	var got []protocol.Diagnostic
	for time.Now().Before(deadline) {
		e.client.mu.Lock()
		ps := e.client.diags[string(u)]
		if len(ps) > 0 {
			got = ps[len(ps)-1].Diagnostics
		}
		e.client.mu.Unlock()
		if len(got) >= len(want) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	for i, x := range truth.Errors {
		if x.File != "projects/failing/budget/src/lib.rs" {
			continue
		}
		found := false
		for _, d := range got {
			if message(d) == x.Message && int(d.Range.Start.Line) == x.Line-1 && int(d.Range.Start.Character) == x.Column-1 {
				found = true
			}
		}
		if !found {
			t.Errorf("error %d %q at %d:%d not published; got %d diagnostics", i, x.Message, x.Line, x.Column, len(got))
		}
	}
	var value string
	for _, it := range truth.Items {
		if it.Name == "MAX_RETRIES" {
			value = it.Value
		}
	}
	h, err := e.server.Hover(e.ctx, &protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: u}, Position: pos(t, text, "MAX_RETRIES", 0, 1)}})
	if err != nil || h == nil {
		t.Fatalf("hover: %v %v", h, err)
	}
	mc, _ := h.Contents.(*protocol.MarkupContent)
	if value == "" || mc == nil || !strings.Contains(mc.Value, "= "+value) {
		t.Errorf("hover on limits::MAX_RETRIES: %v, want its value %s", mc, value)
	}
}
