// loop_bench_test.go compares the server with `mirlsp eval` on a Rust
// const whose own body loops 3.8 million times: the server evaluates
// Rust items without traces, on the evaluator's fast path, so the two
// take about the same time. Each iteration bounds the loop differently,
// so nothing comes from a cache.

package server

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"mirlsp/internal/cli"
	"mirlsp/internal/cpustat"
)

// loopConst is a Rust file with one const looping n times.
func loopConst(n int) string {
	return fmt.Sprintf(`pub const SUM: u64 = {
    let mut i: u64 = 0;
    let mut s: u64 = 0;
    while i < %d {
        s = s.wrapping_add(i * 3);
        i += 1;
    }
    s
};
`, n)
}

const loopIterations = 3_800_000

// BenchmarkRustLoopServer: edit → the end of the evaluation of the
// edited version, the const evaluated anew each time (no step limit, as
// the CLI's below).
func BenchmarkRustLoopServer(b *testing.B) {
	e := newEnv(b, envOpts{initOptions: `{"stepLimit": -1}`})
	text := loopConst(loopIterations)
	e.openB(b, "loop.rs", text)
	u := docURI("loop.rs")
	v := int32(1)
	cpu := startCPU(b)
	for b.Loop() {
		v++
		nt := loopConst(loopIterations + int(v))
		err := e.server.DidChange(e.ctx, &protocol.DidChangeTextDocumentParams{
			TextDocument:   protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: u}, Version: v},
			ContentChanges: []protocol.TextDocumentContentChangeEvent{change(text, nt)},
		})
		if err != nil {
			b.Fatal(err)
		}
		text = nt
		// A publish of the version (perhaps of what is known 200 ms in),
		// then the end of its evaluation.
		e.waitURIVersion(b, string(u), v)
		sn := e.srv.session.snapshot()
		<-sn.ready
		<-sn.run.finished
	}
	cpu.report()
	b.StopTimer()
	want := cliEval(b, text)
	h, err := e.server.Hover(e.ctx, &protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: u}, Position: NewMapper([]byte(text), false).Position(strings.Index(text, "SUM"))}})
	if err != nil || h == nil || !strings.Contains(h.Contents.(*protocol.MarkupContent).Value, "= "+want) {
		b.Fatalf("server: %+v %v; mirlsp eval: %s", h, err, want)
	}
}

// BenchmarkRustLoopCLI: `mirlsp eval --step-limit -1` on the same file.
func BenchmarkRustLoopCLI(b *testing.B) {
	cpu := startCPU(b)
	for i := range b.N {
		cliEval(b, loopConst(loopIterations+i+1))
	}
	cpu.report()
}

// cpuClock measures the process's CPU time (user and system) over a
// benchmark's iterations: on a shared machine, wall time mostly measures
// the wait for a core.
type cpuClock struct {
	b     *testing.B
	start time.Duration
}

func startCPU(b *testing.B) cpuClock { return cpuClock{b, cpustat.Process()} }

// report adds the CPU time per iteration as the metric cpu-ms/op.
func (c cpuClock) report() {
	if c.b.N > 0 {
		reportCPUPerOp(c.b, cpustat.Process()-c.start)
	}
}

// cliEval runs `mirlsp eval --json --step-limit -1` on a Rust file of
// the given text and returns SUM's value.
func cliEval(b *testing.B, text string) string {
	path := filepath.Join(b.TempDir(), "loop.rs")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		b.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := cli.Run([]string{"eval", "--step-limit", "-1", path}, nil, &out, &errOut); code != cli.ExitOK {
		b.Fatalf("mirlsp eval: exit %d: %s%s", code, out.String(), errOut.String())
	}
	_, v, ok := strings.Cut(strings.TrimSpace(out.String()), " = ")
	if !ok {
		b.Fatalf("mirlsp eval: %s", out.String())
	}
	return v
}
