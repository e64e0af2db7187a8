// bench_test.go measures the server end to end, over the same pipe as
// the tests: hover and inlay hints on a 10,000-line file, one-item edit
// to diagnostics in a 10,000-item workspace, and a restart of that
// workspace with a warm disk cache.

package server

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"mirlsp/internal/rustgen"
)

// genItems writes n consts named <prefix><i>; every item but the first
// of each run of ten adds one to the previous item.
func genItems(prefix string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i%10 == 0 {
			fmt.Fprintf(&b, `const %s%d: u64 = {
    let mut _0: u64;

    bb0: {
        _0 = const %d_u64;
        return;
    }
}

`, prefix, i, i+4096)
			continue
		}
		fmt.Fprintf(&b, `const %s%d: u64 = {
    let mut _0: u64;
    let mut _1: (u64, bool);

    bb0: {
        _1 = AddWithOverflow(const %s%d, const 1_u64);
        assert(!move (_1.1: bool), "attempt to compute `+"`{} + {}`"+`, which would overflow", const %s%d, const 1_u64) -> [success: bb1, unwind continue];
    }

    bb1: {
        _0 = move (_1.0: u64);
        return;
    }
}

`, prefix, i, prefix, i-1, prefix, i-1)
	}
	return b.String()
}

// bigFile is a MIR file of about 10,000 lines.
func bigFile() string { return genItems("C", 760) }

func report(b *testing.B, ds []time.Duration) {
	if len(ds) == 0 {
		return
	}
	slices.Sort(ds)
	if os.Getenv("MIRLSP_BENCH_DUMP") != "" {
		b.Logf("%v", ds)
	}
	q := func(f float64) float64 { return float64(ds[int(f*float64(len(ds)-1))].Microseconds()) / 1000 }
	b.ReportMetric(q(0.5), "p50-ms")
	b.ReportMetric(q(0.99), "p99-ms")
}

func BenchmarkHover(b *testing.B) {
	text := bigFile()
	b.Logf("%d lines", strings.Count(text, "\n"))
	e := newEnv(b, envOpts{})
	e.t = nil
	e.openB(b, "big.mir", text)
	rng := rand.New(rand.NewSource(1))
	var ds []time.Duration
	p := &protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: docURI("big.mir")}}}
	// Uses of items (names in operands).
	var uses []protocol.Position
	for i := 0; i < 760; i++ {
		if i%10 != 9 {
			uses = append(uses, pos(b, text, fmt.Sprintf("const C%d,", i), 0, 6))
		}
	}
	for b.Loop() {
		p.Position = uses[rng.Intn(len(uses))]
		start := time.Now()
		h, err := e.server.Hover(e.ctx, p)
		ds = append(ds, time.Since(start))
		if err != nil || h == nil {
			b.Fatalf("hover: %v", err)
		}
	}
	report(b, ds)
}

func BenchmarkInlayHint(b *testing.B) {
	text := bigFile()
	e := newEnv(b, envOpts{})
	e.openB(b, "big.mir", text)
	m := NewMapper([]byte(text), false)
	lines := strings.Count(text, "\n")
	for _, c := range []struct {
		name  string
		lines int
	}{{"viewport", 100}, {"file", lines}} {
		b.Run(c.name, func(b *testing.B) {
			rng := rand.New(rand.NewSource(1))
			var ds []time.Duration
			for b.Loop() {
				first := rng.Intn(lines - c.lines + 1)
				p := &protocol.InlayHintParams{TextDocument: protocol.TextDocumentIdentifier{URI: docURI("big.mir")},
					Range: protocol.Range{Start: protocol.Position{Line: uint32(first)}, End: protocol.Position{Line: uint32(first + c.lines)}}}
				start := time.Now()
				hs, err := e.server.InlayHint(e.ctx, p)
				ds = append(ds, time.Since(start))
				if err != nil || len(hs) == 0 {
					b.Fatalf("hints: %d %v", len(hs), err)
				}
			}
			report(b, ds)
		})
	}
	_ = m
}

// workspace writes files×items consts to dir.
func workspace(b *testing.B, dir string, files, items int) []string {
	var names []string
	for f := 0; f < files; f++ {
		name := fmt.Sprintf("f%03d.mir", f)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(genItems(fmt.Sprintf("F%dC", f), items)), 0o644); err != nil {
			b.Fatal(err)
		}
		names = append(names, name)
	}
	return names
}

// waitIndexed waits until every file of the workspace was published.
func (e *env) waitIndexed(b *testing.B, dir string, names []string) {
	for {
		e.client.mu.Lock()
		n := 0
		for _, name := range names {
			if len(e.client.diags[string(uri.File(filepath.Join(dir, name)))]) > 0 {
				n++
			}
		}
		e.client.mu.Unlock()
		if n == len(names) {
			return
		}
		time.Sleep(200 * time.Microsecond)
	}
}

// BenchmarkEditDiagnostics: didChange of one item in a 10,000-item
// workspace (100 files of 100) until its diagnostics are published.
func BenchmarkEditDiagnostics(b *testing.B) {
	dir := b.TempDir()
	names := workspace(b, dir, 100, 100)
	e := newEnv(b, envOpts{folders: []string{dir}})
	e.waitIndexed(b, dir, names)
	u := uri.File(filepath.Join(dir, names[0]))
	text := readFile(b, filepath.Join(dir, names[0]))
	if err := e.server.DidOpen(e.ctx, &protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{URI: u, Version: 1, Text: text}}); err != nil {
		b.Fatal(err)
	}
	e.waitURIVersion(b, string(u), 1)
	var ds []time.Duration
	v := int32(1)
	for b.Loop() {
		v++
		// Change the first item's value (its run of ten depends on it).
		nt := strings.Replace(text, fmt.Sprintf("const %d_u64;", 4096+int(v%2)), fmt.Sprintf("const %d_u64;", 4096+int((v+1)%2)), 1)
		if v == 2 {
			nt = strings.Replace(text, "const 4096_u64;", "const 4097_u64;", 1)
		}
		start := time.Now()
		err := e.server.DidChange(e.ctx, &protocol.DidChangeTextDocumentParams{
			TextDocument:   protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: u}, Version: v},
			ContentChanges: []protocol.TextDocumentContentChangeEvent{change(text, nt)},
		})
		if err != nil {
			b.Fatal(err)
		}
		e.waitURIVersion(b, string(u), v)
		ds = append(ds, time.Since(start))
		text = nt
	}
	report(b, ds)
}

func (e *env) waitURIVersion(b *testing.B, u string, v int32) {
	for {
		e.client.mu.Lock()
		ps := e.client.diags[u]
		ok := len(ps) > 0
		if ok {
			got, _ := ps[len(ps)-1].Version.Get()
			ok = got == v
		}
		e.client.mu.Unlock()
		if ok {
			return
		}
		time.Sleep(50 * time.Microsecond)
	}
}

// BenchmarkWarmStart: a server starts on a 10,000-item workspace whose
// results are all in the disk cache, until every file is published.
func BenchmarkWarmStart(b *testing.B) {
	dir, cacheDir := b.TempDir(), b.TempDir()
	names := workspace(b, dir, 100, 100)
	e := newEnv(b, envOpts{folders: []string{dir}, cacheDir: cacheDir})
	e.waitIndexed(b, dir, names)
	e.shutdownB(b)
	e.close()
	var ds []time.Duration
	for b.Loop() {
		// A restart is a new process: collect the previous server's heap
		// first, as the timing of a fresh process would not include it.
		runtime.GC()
		start := time.Now()
		e := newEnv(b, envOpts{folders: []string{dir}, cacheDir: cacheDir})
		e.waitIndexed(b, dir, names)
		ds = append(ds, time.Since(start))
		if n := e.srv.Store().Evaluations(); n != 0 {
			b.Fatalf("%d evaluations on a warm start", n)
		}
		e.shutdownB(b)
		if n := e.srv.Store().DiskWrites(); n != 0 {
			b.Fatalf("%d cache entries written on a warm start", n)
		}
		e.close()
	}
	report(b, ds)
}

func (e *env) openB(b *testing.B, name, text string) {
	if err := e.server.DidOpen(e.ctx, &protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: docURI(name), LanguageID: "mir", Version: 1, Text: text}}); err != nil {
		b.Fatal(err)
	}
	e.waitURIVersion(b, string(docURI(name)), 1)
}

func (e *env) shutdownB(b *testing.B) {
	e.server.Shutdown(e.ctx)
	e.server.Exit(e.ctx)
	e.srv.Wait()
}

// BenchmarkEditDiagnosticsRust: didChange of one const in a 10,000-line
// Rust file until its diagnostics are published (the crate is lowered
// again; only the items whose keys changed are evaluated).
func BenchmarkEditDiagnosticsRust(b *testing.B) {
	e := newEnv(b, envOpts{})
	text := string(rustgen.Program(10000))
	e.openB(b, "big.rs", text)
	var ds []time.Duration
	v := int32(1)
	for b.Loop() {
		v++
		nt := strings.Replace(text, "pub const BASE: u32 = 0;", "pub const BASE: u32 = 1;", 1)
		if nt == text {
			nt = strings.Replace(text, "pub const BASE: u32 = 1;", "pub const BASE: u32 = 0;", 1)
		}
		start := time.Now()
		err := e.server.DidChange(e.ctx, &protocol.DidChangeTextDocumentParams{
			TextDocument:   protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: docURI("big.rs")}, Version: v},
			ContentChanges: []protocol.TextDocumentContentChangeEvent{change(text, nt)},
		})
		if err != nil {
			b.Fatal(err)
		}
		e.waitURIVersion(b, string(docURI("big.rs")), v)
		ds = append(ds, time.Since(start))
		text = nt
	}
	report(b, ds)
}
