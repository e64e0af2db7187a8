package server

import (
	"math/rand"
	"testing"

	"go.lsp.dev/protocol"
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
	_, n := e.matchesFresh("typing.rs", text, e.waitVersion("typing.rs", v))
	t.Logf("%d diagnostics at the end", n)
}
