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
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"mirlsp/internal/cpustat"
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

// waitIndexed waits until every file of the workspace was published
// and every item evaluated.
func (e *env) waitIndexed(b testing.TB, dir string, names []string) {
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
			break
		}
		time.Sleep(200 * time.Microsecond)
	}
	e.waitRunFinished()
	e.roundTrip()
}

// roundTrip sends a request and waits for its answer: the client handles
// messages inline in wire order, so every notification the server sent
// before it (the last publishes of a finished run) has been handled.
func (e *env) roundTrip() {
	var out any
	_, _ = e.conn.Call(e.ctx, "mirlsp/sync", nil, &out)
}

// waitRunFinished waits until the current snapshot's run has evaluated
// every item: a slow run publishes what it knows of a document before
// the document is done.
func (e *env) waitRunFinished() {
	for {
		sn := e.srv.session.snapshot()
		if sn == nil {
			return
		}
		<-sn.ready
		select {
		case <-sn.run.finished:
			if e.srv.session.snapshot() == sn {
				return
			}
		case <-sn.ctx.Done():
		}
	}
}

// BenchmarkEditDiagnostics: didChange of one item in a 10,000-item
// workspace (100 files of 100) until its diagnostics are published.
// "distinct" gives the first item a value never seen before at every
// edit (ten items are evaluated again); "revert" flips between two
// texts, whose results are all in the memo after two edits.
func BenchmarkEditDiagnostics(b *testing.B) {
	dir := b.TempDir()
	names := workspace(b, dir, 100, 100)
	e := newEnv(b, envOpts{folders: []string{dir}})
	e.waitIndexed(b, dir, names)
	ed := e.editor(b, filepath.Join(dir, names[0]), "")
	for _, mode := range []string{"distinct", "revert"} {
		b.Run(mode, func(b *testing.B) {
			var ds, cpu []time.Duration
			cpu0 := cpustat.Process()
			for b.Loop() {
				c := cpustat.Process()
				if mode == "distinct" {
					ds = append(ds, ed.distinct(b))
				} else {
					ds = append(ds, ed.revert(b))
				}
				cpu = append(cpu, cpustat.Process()-c)
			}
			reportCPUPerOp(b, cpustat.Process()-cpu0)
			report(b, ds)
			reportCPUQuantiles(b, cpu)
		})
	}
}

// editor edits the first value of a generated workspace file: distinct
// edits write values no earlier text had, reverts flip between two.
type editor struct {
	e      *env
	u      uri.URI
	text   string
	v, seq int
}

// editor opens the file at path (with extra appended to its text).
func (e *env) editor(b *testing.B, path, extra string) *editor {
	ed := &editor{e: e, u: uri.File(path), text: readFile(b, path) + extra, v: 1}
	if err := e.server.DidOpen(e.ctx, &protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{URI: ed.u, Version: 1, Text: ed.text}}); err != nil {
		b.Fatal(err)
	}
	e.waitURIVersion(b, string(ed.u), 1)
	return ed
}

// firstValue matches the value of a file's first item (genItems).
var firstValue = regexp.MustCompile(`const [0-9]+_u64;`)

// arrayValue matches the element of arrayConst.
var arrayValue = regexp.MustCompile(`\[const [0-9]+_u64; `)

// arrayConst is a 4 KB array const (an interned value per edit).
const arrayConst = `const ARR: [u64; 512] = {
    let mut _0: [u64; 512];

    bb0: {
        _0 = [const 7_u64; 512];
        return;
    }
}
`

// replaceFirst replaces the first match of re in s by repl.
func replaceFirst(re *regexp.Regexp, s, repl string) string {
	m := re.FindStringIndex(s)
	if m == nil {
		return s
	}
	return s[:m[0]] + repl + s[m[1]:]
}

// distinct gives the first item (and the array const, if any) a value
// never seen before and returns the time until diagnostics.
func (ed *editor) distinct(b *testing.B) time.Duration {
	ed.seq++
	n := 1_000_000 + ed.seq
	nt := replaceFirst(firstValue, ed.text, fmt.Sprintf("const %d_u64;", n))
	nt = replaceFirst(arrayValue, nt, fmt.Sprintf("[const %d_u64; ", n))
	return ed.change(b, nt)
}

// revert flips the first item between two values.
func (ed *editor) revert(b *testing.B) time.Duration {
	n := 4096
	if firstValue.FindString(ed.text) == "const 4096_u64;" {
		n = 4097
	}
	return ed.change(b, replaceFirst(firstValue, ed.text, fmt.Sprintf("const %d_u64;", n)))
}

func (ed *editor) change(b *testing.B, nt string) time.Duration {
	ed.v++
	start := time.Now()
	err := ed.e.server.DidChange(ed.e.ctx, &protocol.DidChangeTextDocumentParams{
		TextDocument:   protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: ed.u}, Version: int32(ed.v)},
		ContentChanges: []protocol.TextDocumentContentChangeEvent{change(ed.text, nt)},
	})
	if err != nil {
		b.Fatal(err)
	}
	ed.e.waitURIVersion(b, string(ed.u), int32(ed.v))
	d := time.Since(start)
	ed.text = nt
	return d
}

// BenchmarkEditMemory: distinct edits (one per iteration; run with
// -benchtime=5000x) of a 10,000-item workspace with the disk tier on,
// each giving a run of ten u64 consts and a 4 KB array const values
// never seen before. It reports the edit latency, the growth of the Go
// heap (after a collection) and of the RSS over the edits, and the
// peak RSS of the process.
func BenchmarkEditMemory(b *testing.B) {
	dir, cacheDir := b.TempDir(), b.TempDir()
	names := workspace(b, dir, 100, 100)
	e := newEnv(b, envOpts{folders: []string{dir}, cacheDir: cacheDir})
	e.waitIndexed(b, dir, names)
	ed := e.editor(b, filepath.Join(dir, names[0]), "\n"+arrayConst)
	for range 20 {
		ed.distinct(b)
	}
	heap0, rss0 := heapInUse(), procStatus(b, "VmRSS")
	b.ReportAllocs()
	var ds []time.Duration
	cpu0 := cpustat.Process()
	for b.Loop() {
		ds = append(ds, ed.distinct(b))
	}
	b.StopTimer()
	reportCPUPerOp(b, cpustat.Process()-cpu0)
	heap1, rss1 := heapInUse(), procStatus(b, "VmRSS")
	const mb = 1 << 20
	b.ReportMetric(float64(int64(heap1)-int64(heap0))/mb, "heap-growth-MB")
	b.ReportMetric(float64(int64(rss1)-int64(rss0))/mb, "rss-growth-MB")
	b.ReportMetric(float64(procStatus(b, "VmHWM"))/mb, "peak-rss-MB")
	b.ReportMetric(float64(heap1)/mb, "heap-MB")
	st := e.srv.Store().Interned()
	b.ReportMetric(float64(st.Bytes)/mb, "interned-MB")
	b.ReportMetric(float64(st.Collections), "collections")
	report(b, ds)
}

// heapInUse is the live Go heap after a collection.
func heapInUse() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// procStatus reads a size field (in kB) of /proc/self/status, in bytes.
func procStatus(b *testing.B, field string) uint64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		b.Skipf("no /proc: %v", err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			n, err := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				b.Fatal(err)
			}
			return n << 10
		}
	}
	b.Fatalf("no %s in /proc/self/status", field)
	return 0
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
	var ds, cpu []time.Duration
	for b.Loop() {
		// A restart is a new process: collect the previous server's heap
		// first, as the timing of a fresh process would not include it.
		runtime.GC()
		start, cpu0 := time.Now(), cpustat.Process()
		e := newEnv(b, envOpts{folders: []string{dir}, cacheDir: cacheDir})
		e.waitIndexed(b, dir, names)
		ds = append(ds, time.Since(start))
		cpu = append(cpu, cpustat.Process()-cpu0)
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
	reportCPU(b, cpu)
}

// BenchmarkColdStart: a server starts on a 10,000-item workspace with an
// empty disk cache, until every file is published (every item is
// evaluated and written to the disk tier).
func BenchmarkColdStart(b *testing.B) {
	dir := b.TempDir()
	names := workspace(b, dir, 100, 100)
	var ds, cpu []time.Duration
	for b.Loop() {
		runtime.GC()
		cacheDir := b.TempDir()
		start, cpu0 := time.Now(), cpustat.Process()
		e := newEnv(b, envOpts{folders: []string{dir}, cacheDir: cacheDir})
		e.waitIndexed(b, dir, names)
		ds = append(ds, time.Since(start))
		cpu = append(cpu, cpustat.Process()-cpu0)
		e.shutdownB(b)
		if n := e.srv.Store().Evaluations(); n != 10_000 {
			b.Fatalf("%d evaluations on a cold start, want 10000", n)
		}
		e.close()
	}
	report(b, ds)
	reportCPU(b, cpu)
}

// reportCPUPerOp reports the CPU time of the process per iteration (all
// goroutines: the server's work for one edit, the client's and the
// collector's).
func reportCPUPerOp(b *testing.B, cpu time.Duration) {
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// reportCPU reports the median CPU time of the iterations.
func reportCPU(b *testing.B, cpu []time.Duration) {
	if len(cpu) == 0 {
		return
	}
	slices.Sort(cpu)
	b.ReportMetric(float64(cpu[len(cpu)/2].Microseconds())/1000, "cpu-ms")
}

// reportCPUQuantiles reports the median and 99th percentile of the
// process's CPU time during each iteration: on a loaded machine, the
// latency of the work itself, without the waits for a core.
func reportCPUQuantiles(b *testing.B, cpu []time.Duration) {
	if len(cpu) == 0 {
		return
	}
	slices.Sort(cpu)
	q := func(f float64) float64 { return float64(cpu[int(f*float64(len(cpu)-1))].Microseconds()) / 1000 }
	b.ReportMetric(q(0.5), "cpu-p50-ms")
	b.ReportMetric(q(0.99), "cpu-p99-ms")
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
