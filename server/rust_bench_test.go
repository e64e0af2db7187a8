// rust_bench_test.go measures the server on large Rust files: distinct
// edits (values never seen before) and reverts of one const in a
// 10,000-line file, and the first diagnostics of a 5 MB file.

package server

import (
	"fmt"
	"math/rand"
	"os"
	"regexp"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"mirlsp/internal/cpustat"
	"mirlsp/internal/rustgen"
)

// procStatusMB reads a field of /proc/self/status (VmRSS, VmHWM) in MB;
// 0 where there is no /proc.
func procStatusMB(field string) float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	m := regexp.MustCompile(`(?m)^` + field + `:\s+(\d+) kB`).FindSubmatch(data)
	if m == nil {
		return 0
	}
	kb, _ := strconv.Atoi(string(m[1]))
	return float64(kb) / 1024
}

// editRust sends a whole-range change of name from text to nt and waits
// for the diagnostics of version v.
func (e *env) editRust(b *testing.B, name, text, nt string, v int32) time.Duration {
	start := time.Now()
	err := e.server.DidChange(e.ctx, &protocol.DidChangeTextDocumentParams{
		TextDocument:   protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: docURI(name)}, Version: v},
		ContentChanges: []protocol.TextDocumentContentChangeEvent{change(text, nt)},
	})
	if err != nil {
		b.Fatal(err)
	}
	e.waitURIVersion(b, string(docURI(name)), v)
	return time.Since(start)
}

// BenchmarkRustDistinctEdits: in a 10,000-line Rust file, each
// iteration sets the BASE const of a random module to a value never
// seen before (every tenth iteration reverts a module to its first
// value, if it has moved from it) and waits for the file's diagnostics. It reports p50 and p99,
// the growth of the process's RSS over the run and its peak.
func BenchmarkRustDistinctEdits(b *testing.B) {
	e := newEnv(b, envOpts{})
	text := string(rustgen.Program(10000))
	modules := strings.Count(text, "pub const BASE: u32 = ")
	e.openB(b, "big.rs", text)
	rng := rand.New(rand.NewSource(1))
	// value[i] is module i's BASE; history[i] its earlier values.
	value := make([]int, modules)
	history := make([][]int, modules)
	for i := range value {
		value[i] = i
	}
	set := func(text string, m, to int) string {
		old := fmt.Sprintf("pub mod m%d {\n    pub const BASE: u32 = %d;", m, value[m])
		nt := strings.Replace(text, old, fmt.Sprintf("pub mod m%d {\n    pub const BASE: u32 = %d;", m, to), 1)
		if nt == text {
			b.Fatalf("module %d: no %q", m, old)
		}
		history[m] = append(history[m], value[m])
		value[m] = to
		return nt
	}
	var ds, reverts []time.Duration
	next := 1_000_000
	v := int32(1)
	rss := procStatusMB("VmRSS")
	cpu := int64(cpustat.Process())
	n := 0
	for b.Loop() {
		v++
		n++
		m := rng.Intn(modules)
		if n%10 == 0 && len(history[m]) > 0 && history[m][0] != value[m] {
			nt := set(text, m, history[m][0])
			reverts = append(reverts, e.editRust(b, "big.rs", text, nt, v))
			text = nt
			continue
		}
		nt := set(text, m, next)
		next += 1 + rng.Intn(1000)
		ds = append(ds, e.editRust(b, "big.rs", text, nt, v))
		text = nt
	}
	b.StopTimer()
	// The process's CPU time per edit (all threads, the collector's
	// too): steadier than latencies on a loaded machine.
	b.ReportMetric(float64(int64(cpustat.Process())-cpu)/float64(n)/1e6, "cpu-ms/edit")
	report(b, ds)
	if len(reverts) > 0 {
		b.ReportMetric(pct(reverts, 0.5), "revert-p50-ms")
	}
	b.ReportMetric(procStatusMB("VmRSS")-rss, "rss-growth-MB")
	b.ReportMetric(procStatusMB("VmHWM"), "peak-rss-MB")
	writeHeapProfile()
}

// writeHeapProfile writes the live heap, for go tool pprof, to the file
// MIRLSP_BENCH_HEAP names, if any.
func writeHeapProfile() {
	f := os.Getenv("MIRLSP_BENCH_HEAP")
	if f == "" {
		return
	}
	runtime.GC()
	if out, err := os.Create(f); err == nil {
		pprof.WriteHeapProfile(out)
		out.Close()
	}
}

// pct is the q-quantile of ds in milliseconds (ds is sorted in place).
func pct(ds []time.Duration, q float64) float64 {
	s := append([]time.Duration(nil), ds...)
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return float64(s[int(q*float64(len(s)-1))].Microseconds()) / 1000
}

// BenchmarkRustOpenBig: a 5 MB Rust file of consts is opened until its
// first diagnostics are published; then it is closed. Reports the
// process's peak RSS, and its RSS after closing and collecting.
func BenchmarkRustOpenBig(b *testing.B) {
	text := string(rustgen.Consts(5 << 20))
	var ds []time.Duration
	v := int32(0)
	cpu, n := int64(cpustat.Process()), 0
	for b.Loop() {
		n++
		e := newEnv(b, envOpts{})
		v++
		start := time.Now()
		e.openB(b, "big.rs", text)
		ds = append(ds, time.Since(start))
		writeHeapProfile()
		if err := e.server.DidClose(e.ctx, &protocol.DidCloseTextDocumentParams{TextDocument: protocol.TextDocumentIdentifier{URI: docURI("big.rs")}}); err != nil {
			b.Fatal(err)
		}
		e.shutdownB(b)
		e.close()
	}
	b.StopTimer()
	b.ReportMetric(float64(int64(cpustat.Process())-cpu)/float64(n)/1e6, "cpu-ms/open")
	report(b, ds)
	b.ReportMetric(procStatusMB("VmHWM"), "peak-rss-MB")
}
