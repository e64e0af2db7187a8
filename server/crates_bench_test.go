// crates_bench_test.go measures opening a Rust file of a Cargo package
// with many dependencies: cold, from a new server with an empty cache.

package server

import (
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"mirlsp/internal/cpustat"
	"mirlsp/internal/rustgen"
)

// BenchmarkRustManyDepsOpenCold: a new server with an empty disk cache
// opens src/lib.rs of a generated package with 120 path dependencies (it
// uses three) until the file's first diagnostics are published: the
// crate graph is read, the crates the file reaches are loaded, lowered
// and evaluated. Each iteration writes a new package, so nothing is
// reused but the process (`rustc --print cfg` runs once per process).
// Reports p50 and p99 of the time to the first diagnostics.
func BenchmarkRustManyDepsOpenCold(b *testing.B) {
	b.Setenv("CARGO_HOME", b.TempDir())
	var ds []time.Duration
	cpu, n := int64(cpustat.Process()), 0
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		main, err := rustgen.ManyDeps(b.TempDir(), 120)
		if err != nil {
			b.Fatal(err)
		}
		text := string(readFile(b, main))
		e := newEnv(b, envOpts{cacheDir: b.TempDir()})
		u := uri.File(main)
		b.StartTimer()
		start := time.Now()
		if err := e.server.DidOpen(e.ctx, &protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
			URI: u, LanguageID: "rust", Version: 1, Text: text}}); err != nil {
			b.Fatal(err)
		}
		e.waitURIVersion(b, string(u), 1)
		ds = append(ds, time.Since(start))
		n++
		b.StopTimer()
		e.client.mu.Lock()
		ps := e.client.diags[string(u)]
		diags := ps[len(ps)-1].Diagnostics
		e.client.mu.Unlock()
		for _, d := range diags {
			if d.Severity == protocol.DiagnosticSeverityError || d.Severity == protocol.DiagnosticSeverityWarning {
				b.Fatalf("%s", d.Message)
			}
		}
		// A = dep000::C3 + dep050::f2(1) = 0 + (1 + 50*2).
		h, err := e.server.Hover(e.ctx, &protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
			TextDocument: protocol.TextDocumentIdentifier{URI: u}, Position: protocol.Position{Line: 0, Character: 10}}})
		if err != nil || h == nil {
			b.Fatalf("hover: %v %v", h, err)
		}
		if mc, _ := h.Contents.(*protocol.MarkupContent); mc == nil || !strings.Contains(mc.Value, "= 101") {
			b.Fatalf("hover on A: %v, want its value 101", mc)
		}
		e.shutdownB(b)
		e.close()
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(float64(int64(cpustat.Process())-cpu)/float64(max(n, 1))/1e6, "cpu-ms/open")
	report(b, ds)
}
