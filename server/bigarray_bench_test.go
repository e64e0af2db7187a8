// bigarray_bench_test.go measures the server's memory on a large
// repeat-filled array constant.

package server

import (
	"fmt"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
)

// BenchmarkRustBigArray opens a Rust file whose one constant is a 256 MiB
// array filled by [7; N], waits for its diagnostics, hovers the constant
// and asks for the file's inlay hints. It fails if the constant is not
// evaluated, and reports the process's peak RSS and its ratio to the
// array's size. Run it on its own (-run '^$' -bench RustBigArray
// -benchtime 1x): the peak is the whole test process's.
func BenchmarkRustBigArray(b *testing.B) {
	const size = 1 << 28
	text := fmt.Sprintf("pub const A: [u8; %d] = [7; %d];\n", size, size)
	for b.Loop() {
		e := newEnv(b, envOpts{})
		e.openB(b, "big.rs", text)
		e.client.mu.Lock()
		ds := e.client.diags[string(docURI("big.rs"))]
		for _, p := range ds[len(ds)-1].Diagnostics {
			if p.Severity == protocol.DiagnosticSeverityError {
				b.Errorf("diagnostic: %s", p.Message)
			}
		}
		e.client.mu.Unlock()
		h, err := e.server.Hover(e.ctx, &protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
			TextDocument: protocol.TextDocumentIdentifier{URI: docURI("big.rs")}, Position: protocol.Position{Line: 0, Character: 10}}})
		if err != nil || h == nil {
			b.Fatalf("hover: %v", err)
		}
		if mc, ok := h.Contents.(*protocol.MarkupContent); !ok || strings.Count(mc.Value, "7,") < 3 {
			// `[7, 7, 7, …` or, in the {:#?} form hover shows, one per line.
			b.Fatalf("hover: %+v", h.Contents)
		}
		hs, err := e.server.InlayHint(e.ctx, &protocol.InlayHintParams{TextDocument: protocol.TextDocumentIdentifier{URI: docURI("big.rs")},
			Range: protocol.Range{End: protocol.Position{Line: 1}}})
		if err != nil || len(hs) == 0 {
			b.Fatalf("hints: %d %v", len(hs), err)
		}
		e.shutdownB(b)
		e.close()
	}
	peak := procStatusMB("VmHWM")
	b.ReportMetric(peak, "peak-rss-MB")
	b.ReportMetric(peak/(size>>20), "peak-rss/size")
}
