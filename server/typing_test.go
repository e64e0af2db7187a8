package server

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"go.lsp.dev/protocol"

	"mirlsp/cache"
)

// TestRustTyping: a Rust document edited one keystroke at a time,
// through states that do not parse (half-typed expressions, unclosed
// brackets), interleaved with hovers and hints: the server answers every
// request, and its final diagnostics equal a fresh evaluation's.
func TestRustTyping(t *testing.T) {
	e := newEnv(t, envOpts{})
	base := readFile(t, "../testdata/corpus/s_matrix_geometry.rs")
	text := base
	e.openAs("typing.rs", "rust", text)
	rng := rand.New(rand.NewSource(7))
	snippets := []string{"(", ")", "{", "}", "[", ";", "+ 1", "* 1000", "const ", "let x = ", "\n", "u8", "as i8", "!", "'", "\"", "/* ", "*/", "//", "fn ", "-"}
	v := int32(1)
	for i := 0; i < 300; i++ {
		v++
		var nt string
		pos := rng.Intn(len(text) + 1)
		switch rng.Intn(3) {
		case 0: // insert
			nt = text[:pos] + snippets[rng.Intn(len(snippets))] + text[pos:]
		case 1: // delete a few bytes
			end := min(len(text), pos+1+rng.Intn(8))
			nt = text[:pos] + text[end:]
		default: // back to the original now and then
			if rng.Intn(10) == 0 {
				nt = base
			} else {
				nt = text[:pos] + " " + text[pos:]
			}
		}
		if err := e.server.DidChange(e.ctx, &protocol.DidChangeTextDocumentParams{
			TextDocument:   protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: docURI("typing.rs")}, Version: v},
			ContentChanges: []protocol.TextDocumentContentChangeEvent{change(text, nt)},
		}); err != nil {
			t.Fatal(err)
		}
		text = nt
		if i%3 == 0 {
			m := NewMapper([]byte(text), false)
			e.server.Hover(e.ctx, &protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
				TextDocument: protocol.TextDocumentIdentifier{URI: docURI("typing.rs")}, Position: m.Position(rng.Intn(len(text) + 1))}})
			e.hints("typing.rs", text)
		}
	}
	p := e.waitVersion("typing.rs", v)
	store, err := cache.NewStore(cache.Options{Version: "fresh"})
	if err != nil {
		t.Fatal(err)
	}
	an := store.Analyze(context.Background(), []cache.Document{{URI: "typing.rs", Text: []byte(text)}}, nil)
	m := NewMapper([]byte(text), false)
	var want []string
	for _, r := range rustResults(an.Docs[0].Rust, an.Docs[0].Items) {
		if r.Err != nil && r.Err.Referenced == nil {
			want = append(want, fmt.Sprintf("%d: %s", m.Position(r.Err.Span.Start).Line, r.Err.Msg))
		}
	}
	var got []string
	for _, d := range p.Diagnostics {
		got = append(got, fmt.Sprintf("%d: %s", d.Range.Start.Line, message(d)))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("final diagnostics:\n%s\nfresh evaluation:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	t.Logf("%d diagnostics at the end", len(got))
}
