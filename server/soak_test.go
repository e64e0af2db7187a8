// soak_test.go makes random edits across Rust files and rustc's MIR of
// them, in one workspace, with hovers, inlay hints and canceled requests
// between, then checks that the soaked server shows exactly what a fresh
// server shows for the final texts: diagnostics, inlay hints and hovers.
// MIRLSP_SOAK_EDITS sets the number of edits (default 300).

package server

import (
	"context"
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
)

// soakPrograms are corpus programs whose values include bools, tuples
// of bools and Options, each open as its Rust source and its MIR.
var soakPrograms = []string{"s_compound_assign", "s_methods_self"}

// soakDoc is one document of the soak: its text is the corpus text with
// some integer literals replaced and perhaps a typo inserted.
type soakDoc struct {
	name    string
	base    string
	slots   [][2]int // byte ranges of the literals' digits in base
	vals    []string // per slot: its digits, "" for the original
	typo    int      // offset of an inserted character, -1 for none
	typoCh  byte
	version int32
	text    string
}

var (
	// rustLiteral matches a decimal integer literal of Rust (not a tuple
	// field `.0`); mirLiteral an integer constant of MIR (`const 17_u8`).
	rustLiteral = regexp.MustCompile(`(^|[^.\w])(\d[\d_]*)(?:[iu](?:8|16|32|64|128|size))?\b`)
	mirLiteral  = regexp.MustCompile(`const -?(\d+)_[iu](?:8|16|32|64|128|size)\b`)
)

func newSoakDoc(name, text string) *soakDoc {
	d := &soakDoc{name: name, base: text, typo: -1}
	if strings.HasSuffix(name, ".rs") {
		for _, m := range rustLiteral.FindAllStringSubmatchIndex(text, -1) {
			d.slots = append(d.slots, [2]int{m[4], m[5]})
		}
	} else {
		for _, m := range mirLiteral.FindAllStringSubmatchIndex(text, -1) {
			d.slots = append(d.slots, [2]int{m[2], m[3]})
		}
	}
	d.vals = make([]string, len(d.slots))
	d.text = d.render()
	return d
}

func (d *soakDoc) render() string {
	var b strings.Builder
	at := 0
	for i, sl := range d.slots {
		if d.vals[i] == "" {
			continue
		}
		b.WriteString(d.base[at:sl[0]])
		b.WriteString(d.vals[i])
		at = sl[1]
	}
	b.WriteString(d.base[at:])
	s := b.String()
	if d.typo >= 0 {
		i := min(d.typo, len(s))
		s = s[:i] + string(d.typoCh) + s[i:]
	}
	return s
}

// mutate makes one random edit of the document's state.
func (d *soakDoc) mutate(rng *rand.Rand) {
	switch r := rng.Intn(20); {
	case r < 2: // a typo: a character that breaks the syntax
		d.typo, d.typoCh = rng.Intn(len(d.base)), "@}{;(#"[rng.Intn(6)]
	case r < 3: // back to the original text
		clear(d.vals)
		d.typo = -1
	default: // a literal changed (or restored), the typo fixed half the time
		i := rng.Intn(len(d.slots))
		if rng.Intn(3) == 0 {
			d.vals[i] = ""
		} else {
			d.vals[i] = strconv.Itoa(rng.Intn(10))
		}
		if rng.Intn(2) == 0 {
			d.typo = -1
		}
	}
}

func soakEdits(t *testing.T) int {
	n := 300
	if s := os.Getenv("MIRLSP_SOAK_EDITS"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 0 {
			t.Fatalf("MIRLSP_SOAK_EDITS=%q", s)
		}
		n = v
	} else if testing.Short() {
		n = 50
	}
	return n
}

// TestSoak: random edits across two Rust files and their MIR; at the end
// the soaked server's diagnostics, inlay hints and hovers equal a fresh
// server's on the same texts.
func TestSoak(t *testing.T) {
	edits := soakEdits(t)
	var docs []*soakDoc
	for _, p := range soakPrograms {
		for _, ext := range []string{".rs", ".mir"} {
			docs = append(docs, newSoakDoc(p+ext, readFile(t, filepath.Join("..", "testdata", "corpus", p+ext))))
		}
	}
	e := newEnv(t, envOpts{})
	for _, d := range docs {
		d.version = 1
		e.openAs(d.name, langOf(d.name), d.text)
	}
	seed := int64(11)
	if s := os.Getenv("MIRLSP_SOAK_SEED"); s != "" {
		seed, _ = strconv.ParseInt(s, 10, 64)
	}
	rng := rand.New(rand.NewSource(seed))
	start := time.Now()
	for range edits {
		d := docs[rng.Intn(len(docs))]
		d.mutate(rng)
		nt := d.render()
		d.version++
		err := e.server.DidChange(e.ctx, &protocol.DidChangeTextDocumentParams{
			TextDocument:   protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: docURI(d.name)}, Version: d.version},
			ContentChanges: []protocol.TextDocumentContentChangeEvent{change(d.text, nt)},
		})
		if err != nil {
			t.Fatal(err)
		}
		d.text = nt
		q := docs[rng.Intn(len(docs))]
		switch rng.Intn(5) {
		case 0:
			e.hover(q.name, NewMapper([]byte(q.text), false).Position(rng.Intn(len(q.text))))
		case 1:
			e.hints(q.name, q.text)
		case 2:
			// A viewport of about 40 lines.
			m := NewMapper([]byte(q.text), false)
			from := rng.Intn(len(q.text))
			e.server.InlayHint(e.ctx, &protocol.InlayHintParams{TextDocument: protocol.TextDocumentIdentifier{URI: docURI(q.name)},
				Range: m.Range(from, min(len(q.text), from+2000))})
		case 3:
			// A request canceled while in flight.
			ctx, cancel := context.WithTimeout(e.ctx, time.Duration(rng.Intn(300))*time.Microsecond)
			e.server.InlayHint(ctx, &protocol.InlayHintParams{TextDocument: protocol.TextDocumentIdentifier{URI: docURI(q.name)},
				Range: NewMapper([]byte(q.text), false).Range(0, len(q.text))})
			cancel()
		}
	}
	for _, d := range docs {
		e.waitVersion(d.name, d.version)
	}
	e.settle()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("%d edits in %v, %d evaluations, heap in use after them %d MB", edits, time.Since(start), e.srv.Store().Evaluations(), ms.HeapInuse>>20)

	fresh := newEnv(t, envOpts{})
	for _, d := range docs {
		fresh.openAs(d.name, langOf(d.name), d.text)
	}
	for _, d := range docs {
		fresh.waitVersion(d.name, 1)
	}
	fresh.settle()
	for _, d := range docs {
		if got, want := e.lastDiags(d.name), fresh.lastDiags(d.name); got != want {
			t.Errorf("%s: diagnostics of the soaked server:\n%s\nof a fresh server:\n%s", d.name, got, want)
		}
		if got, want := e.hintList(d.name, d.text), fresh.hintList(d.name, d.text); !slices.Equal(got, want) {
			t.Errorf("%s: inlay hints of the soaked server differ from a fresh server's:\n%s", d.name, listDiff(got, want))
		}
		n := 0
		for _, p := range fresh.hoverPoints(d.name) {
			n++
			if got, want := e.hover(d.name, p), fresh.hover(d.name, p); got != want {
				t.Errorf("%s: hover at %d:%d: soaked %q, fresh %q", d.name, p.Line+1, p.Character+1, got, want)
			}
		}
		if n == 0 {
			t.Errorf("%s: nothing to hover", d.name)
		}
	}
}

func langOf(name string) string {
	if strings.HasSuffix(name, ".rs") {
		return "rust"
	}
	return "mir"
}

// settle waits until the latest snapshot is evaluated (its documents
// published).
func (e *env) settle() {
	e.t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		sn := e.srv.session.snapshot()
		<-sn.ready
		select {
		case <-sn.run.finished:
		case <-sn.ctx.Done():
		case <-time.After(time.Until(deadline)):
		}
		if e.srv.session.snapshot() == sn && sn.ctx.Err() == nil {
			return
		}
	}
	e.t.Fatal("the server did not settle")
}

// lastDiags is the last publish of a document, one diagnostic a line.
func (e *env) lastDiags(name string) string {
	c := e.client
	c.mu.Lock()
	defer c.mu.Unlock()
	ps := c.diags[string(docURI(name))]
	if len(ps) == 0 {
		return "(none published)"
	}
	var b strings.Builder
	for _, d := range ps[len(ps)-1].Diagnostics {
		fmt.Fprintf(&b, "%d:%d-%d:%d %s %v\n", d.Range.Start.Line, d.Range.Start.Character, d.Range.End.Line, d.Range.End.Character, message(d), len(d.RelatedInformation))
	}
	return b.String()
}

// hintList is every inlay hint of a document with its position.
func (e *env) hintList(name, text string) []string {
	e.t.Helper()
	m := NewMapper([]byte(text), false)
	hs, err := e.server.InlayHint(e.ctx, &protocol.InlayHintParams{TextDocument: protocol.TextDocumentIdentifier{URI: docURI(name)},
		Range: m.Range(0, len(text))})
	if err != nil {
		e.t.Fatal(err)
	}
	var out []string
	for _, h := range hs {
		s, _ := h.Label.(protocol.String)
		out = append(out, fmt.Sprintf("%d:%d %s", h.Position.Line+1, h.Position.Character+1, s))
	}
	return out
}

// hoverPoints are the positions worth a hover in a document of the
// latest snapshot: every item's name; in MIR, each body's `_0` and
// `bb0` too.
func (e *env) hoverPoints(name string) []protocol.Position {
	sn := e.srv.session.snapshot()
	<-sn.ready
	d, da, m := sn.file(string(docURI(name)))
	if da == nil {
		return nil
	}
	var out []protocol.Position
	if rd := da.Rust; rd != nil {
		for _, it := range rd.Items {
			out = append(out, m.Position(it.NameSpan.Start))
		}
		for _, u := range rd.Uses {
			out = append(out, m.Position(u.Span.Start))
		}
		return out
	}
	for _, it := range da.File.Items {
		out = append(out, m.Position(it.NameSpan.Start))
		if it.Body == nil || !it.Kind.IsData() {
			continue
		}
		body := string(d.text[it.Span.Start:it.Span.End])
		for _, w := range []string{"_0 = ", "bb0: "} {
			if i := strings.Index(body, w); i >= 0 {
				out = append(out, m.Position(it.Span.Start+i))
			}
		}
	}
	return out
}

// listDiff shows the lines only one of two lists has.
func listDiff(got, want []string) string {
	var b strings.Builder
	for _, s := range got {
		if !slices.Contains(want, s) {
			b.WriteString("  only soaked: " + s + "\n")
		}
	}
	for _, s := range want {
		if !slices.Contains(got, s) {
			b.WriteString("  only fresh:  " + s + "\n")
		}
	}
	if b.Len() == 0 {
		return fmt.Sprintf("  same hints in another order (%d, %d)", len(got), len(want))
	}
	return b.String()
}
