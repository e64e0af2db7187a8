// seed_test.go drives the server on the seed example: hover, inlay
// hints, an overflowing edit and its fix.

package server

import (
	"strings"
	"testing"

	"go.lsp.dev/protocol"
)

const seedPath = "../testdata/seed/seed-1.95.mir"

func TestSeed(t *testing.T) {
	e := newEnv(t, envOpts{})
	text := readFile(t, seedPath)
	e.open("seed.mir", text)
	p := e.waitVersion("seed.mir", 1)
	if len(p.Diagnostics) != 0 {
		t.Fatalf("diagnostics on the seed: %s", dumpDiags([]*protocol.PublishDiagnosticsParams{p}))
	}

	// Hover on the definition and on a use of FOO.
	if h := e.hover("seed.mir", pos(t, text, "const FOO", 0, 7)); !strings.Contains(h, "4096 (0x1000)") {
		t.Errorf("hover on FOO's definition: %q", h)
	}
	if h := e.hover("seed.mir", pos(t, text, "const FOO, const 42", 0, 7)); !strings.Contains(h, "4096 (0x1000)") {
		t.Errorf("hover on a use of FOO: %q", h)
	}
	if hs := e.hints("seed.mir", text); !contains(hs, "= 4054") {
		t.Errorf("inlay hints %q lack 4054", hs)
	}

	// 42 -> 5000 overflows.
	bad := e.edit("seed.mir", 2, text, "const FOO, const 42_usize", "const FOO, const 5000_usize", 2)
	p = e.waitVersion("seed.mir", 2)
	want := "attempt to compute `4096_usize - 5000_usize`, which would overflow"
	if len(p.Diagnostics) != 1 || message(p.Diagnostics[0]) != want {
		t.Fatalf("after the edit: %s", dumpDiags([]*protocol.PublishDiagnosticsParams{p}))
	}
	d := p.Diagnostics[0]
	if d.Code != protocol.String("E0080") || d.CodeDescription.Href != "https://doc.rust-lang.org/error_codes/E0080.html" ||
		d.Severity != protocol.DiagnosticSeverityError {
		t.Errorf("diagnostic %+v", d)
	}
	if src, _ := d.Source.Get(); src != "mirlsp" {
		t.Errorf("source %q", src)
	}
	// The diagnostic is on the failing assert.
	if line := strings.Split(bad, "\n")[d.Range.Start.Line]; !strings.Contains(line, "assert(") {
		t.Errorf("diagnostic on line %q", line)
	}
	if h := e.hover("seed.mir", pos(t, bad, "Foo::{constant#0}", 0, 1)); !strings.Contains(h, want) {
		t.Errorf("hover on the failing const: %q", h)
	}

	// The fix clears it.
	e.edit("seed.mir", 3, bad, "5000_usize", "42_usize", -1)
	if p := e.waitVersion("seed.mir", 3); len(p.Diagnostics) != 0 {
		t.Fatalf("after the fix: %s", dumpDiags([]*protocol.PublishDiagnosticsParams{p}))
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s || strings.Contains(x, s) {
			return true
		}
	}
	return false
}
