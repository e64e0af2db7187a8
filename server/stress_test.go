// stress_test.go makes 1,000 random edits interleaved with hovers, inlay
// hints and canceled requests, then checks that the final diagnostics
// equal a fresh evaluation of the final text.

package server

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"mirlsp/cache"
)

// stressDoc returns a document of n consts C<i> = 100 - k[i] (checked).
func stressDoc(ks []int) string {
	var b strings.Builder
	for i, k := range ks {
		fmt.Fprintf(&b, `const C%d: usize = {
    let mut _0: usize;
    let mut _1: (usize, bool);

    bb0: {
        _1 = SubWithOverflow(const 100_usize, const %d_usize);
        assert(!move (_1.1: bool), "attempt to compute `+"`{} - {}`"+`, which would overflow", const 100_usize, const %d_usize) -> [success: bb1, unwind continue];
    }

    bb1: {
        _0 = move (_1.0: usize);
        return;
    }
}

`, i, k, k)
	}
	return b.String()
}

// change is the single incremental change from old to new.
func change(old, new string) *protocol.TextDocumentContentChangePartial {
	p := 0
	for p < len(old) && p < len(new) && old[p] == new[p] {
		p++
	}
	s := 0
	for s < len(old)-p && s < len(new)-p && old[len(old)-1-s] == new[len(new)-1-s] {
		s++
	}
	m := NewMapper([]byte(old), false)
	return &protocol.TextDocumentContentChangePartial{Range: m.Range(p, len(old)-s), Text: new[p : len(new)-s]}
}

func TestRandomEdits(t *testing.T) { randomEdits(t, "s.mir", stressDoc) }

// TestRandomEditsRust: the same on a Rust document.
func TestRandomEditsRust(t *testing.T) {
	randomEdits(t, "s.rs", func(ks []int) string {
		var b strings.Builder
		for i, k := range ks {
			fmt.Fprintf(&b, "const C%d: usize = 100 - %d;\n", i, k)
		}
		return b.String()
	})
}

// randomEdits makes 1,000 random edits of a document of consts C<i> =
// 100 - k[i] that doc writes, interleaved with requests.
func randomEdits(t *testing.T, name string, doc func([]int) string) {
	const edits = 1000
	e := newEnv(t, envOpts{})
	rng := rand.New(rand.NewSource(1))
	ks := []int{1, 2, 3, 4, 5, 6}
	text := doc(ks)
	e.open(name, text)
	values := []int{0, 1, 42, 99, 100, 101, 500, 7}
	for v := int32(2); v < edits+2; v++ {
		ks[rng.Intn(len(ks))] = values[rng.Intn(len(values))]
		nt := doc(ks)
		err := e.server.DidChange(e.ctx, &protocol.DidChangeTextDocumentParams{
			TextDocument:   protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: docURI(name)}, Version: v},
			ContentChanges: []protocol.TextDocumentContentChangeEvent{change(text, nt)},
		})
		if err != nil {
			t.Fatal(err)
		}
		text = nt
		switch rng.Intn(4) {
		case 0:
			e.hover(name, pos(t, text, "C", rng.Intn(len(ks)), 1))
		case 1:
			e.hints(name, text)
		case 2:
			// A request canceled while in flight.
			ctx, cancel := context.WithTimeout(e.ctx, time.Duration(rng.Intn(300))*time.Microsecond)
			e.server.InlayHint(ctx, &protocol.InlayHintParams{TextDocument: protocol.TextDocumentIdentifier{URI: docURI(name)},
				Range: NewMapper([]byte(text), false).Range(0, len(text))})
			cancel()
		}
	}
	an, nerr := e.matchesFresh(name, text, e.waitVersion(name, edits+1))
	if len(an.Docs[0].Items) != len(ks) {
		t.Fatalf("%d items evaluated, want %d", len(an.Docs[0].Items), len(ks))
	}
	// Hovers agree with the fresh values too.
	for i, r := range an.Docs[0].Items {
		h := e.hover(name, pos(t, text, "C", i, 1))
		if r.Err == nil && !strings.Contains(h, "= "+r.Value) || r.Err != nil && !strings.Contains(h, r.Err.Msg) {
			t.Errorf("hover on C%d: %q; fresh: %q %v", i, h, r.Value, r.Err)
		}
	}
	t.Logf("%d evaluations, %d errors at the end", e.srv.Store().Evaluations(), nerr)
}

// matchesFresh checks that a publish of a document's final text has the
// diagnostics a fresh evaluation of that text gives (one for each failing
// item, not for items that only repeat a failing constant's error); it
// returns that evaluation and the number of diagnostics.
func (e *env) matchesFresh(name, text string, p *protocol.PublishDiagnosticsParams) (*cache.Analysis, int) {
	e.t.Helper()
	store, err := cache.NewStore(cache.Options{Version: "fresh"})
	if err != nil {
		e.t.Fatal(err)
	}
	an := store.Analyze(context.Background(), []cache.Document{{URI: name, Text: []byte(text)}}, nil)
	results := an.Docs[0].Items
	if rd := an.Docs[0].Rust; rd != nil {
		results = rustResults(rd, results)
	}
	m := NewMapper([]byte(text), false)
	var want []string
	for _, r := range results {
		if r.Err != nil && r.Err.Referenced == nil {
			want = append(want, fmt.Sprintf("%d: %s", m.Position(r.Err.Span.Start).Line, r.Err.Msg))
		}
	}
	var got []string
	for _, d := range p.Diagnostics {
		got = append(got, fmt.Sprintf("%d: %s", d.Range.Start.Line, message(d)))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		e.t.Fatalf("final diagnostics:\n%s\nfresh evaluation:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	return an, len(got)
}
