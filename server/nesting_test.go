package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"mirlsp/internal/nesting"
	"mirlsp/mirparse"
)

// TestDeepNesting: a workspace holding a MIR file whose type nests two
// million deep starts (the file gets its positioned syntax error); a
// document nesting a million deep, MIR or Rust, leaves the server
// answering the next request.
func TestDeepNesting(t *testing.T) {
	dir := t.TempDir()
	deep := filepath.Join(dir, "deep.mir")
	if err := os.WriteFile(deep, []byte(nesting.MIR[0].Rust(2_000_000)), 0o644); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "good.mir")
	if err := os.WriteFile(good, []byte("const A: usize = const 4096_usize;\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, envOpts{folders: []string{dir}, cacheDir: t.TempDir()})
	e.waitDiagsURI(string(uri.File(deep)), func(p *protocol.PublishDiagnosticsParams) bool {
		return len(p.Diagnostics) == 1 && strings.HasPrefix(message(p.Diagnostics[0]), "nesting too deep") &&
			p.Diagnostics[0].Range.Start.Line == 0 && p.Diagnostics[0].Range.Start.Character == uint32(len("const X: ")+mirparse.MaxNesting)
	})
	e.waitDiagsURI(string(uri.File(good)), func(p *protocol.PublishDiagnosticsParams) bool { return len(p.Diagnostics) == 0 })

	doc := "const B: usize = const 4054_usize;\n"
	e.open("b.mir", doc)
	for i, src := range []string{nesting.MIR[6].Rust(1_000_000), nesting.MIR[8].Rust(1_000_000)} {
		name := "d" + string(rune('0'+i)) + ".mir"
		e.open(name, src)
		e.waitDiags(name, func(p *protocol.PublishDiagnosticsParams) bool {
			return len(p.Diagnostics) == 1 && strings.HasPrefix(message(p.Diagnostics[0]), "nesting too deep")
		})
		if h := e.hover("b.mir", pos(t, doc, "B", 0, 0)); !strings.Contains(h, "4054") {
			t.Fatalf("after %s: hover %q", name, h)
		}
	}
	// Rust: syntax errors are left to rust-analyzer; the server goes on.
	for _, c := range nesting.Rust {
		if c.Name != "paren-expr" && c.Name != "macro-tokens" {
			continue
		}
		e.open(c.Name+".rs", c.Rust(1_000_000))
		if h := e.hover("b.mir", pos(t, doc, "B", 0, 0)); !strings.Contains(h, "4054") {
			t.Fatalf("after %s: hover %q", c.Name, h)
		}
	}
}
