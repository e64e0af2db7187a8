// features_test.go covers the editor features one by one: symbols,
// definition, semantic tokens, locals and blocks, statement hints, the
// Evaluate command, progress, settings, cancellation, position encodings,
// and a slow item that must not hold back the others.

package server

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// loopDoc sums 0+1+2 in a loop: bb1 runs 4 times, bb2 3 times.
const loopDoc = `const SUM: u32 = {
    let mut _0: u32;
    let mut _1: u32;
    let mut _2: bool;

    bb0: {
        _0 = const 0_u32;
        _1 = const 0_u32;
        goto -> bb1;
    }

    bb1: {
        _2 = Lt(copy _1, const 3_u32);
        switchInt(move _2) -> [0: bb3, otherwise: bb2];
    }

    bb2: {
        _0 = Add(copy _0, copy _1);
        _1 = Add(copy _1, const 1_u32);
        goto -> bb1;
    }

    bb3: {
        return;
    }
}

fn double(_1: u32) -> u32 {
    debug x => _1;
    let mut _0: u32;

    bb0: {
        _0 = Mul(copy _1, const 2_u32);
        return;
    }
}
`

func TestDocumentSymbol(t *testing.T) {
	e := newEnv(t, envOpts{})
	text := readFile(t, seedPath)
	e.open("seed.mir", text)
	e.waitVersion("seed.mir", 1)
	res, err := e.server.DocumentSymbol(e.ctx, &protocol.DocumentSymbolParams{TextDocument: protocol.TextDocumentIdentifier{URI: docURI("seed.mir")}})
	if err != nil {
		t.Fatal(err)
	}
	syms, _ := res.(protocol.DocumentSymbolSlice)
	var names []string
	for _, s := range syms {
		names = append(names, s.Name)
	}
	want := []string{"FOO", "Foo::{constant#0}", "use_foo", "use_foo::{constant#0}"}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Fatalf("symbols %q, want %q", names, want)
	}
	if syms[0].Kind != protocol.SymbolKindConstant || syms[2].Kind != protocol.SymbolKindFunction {
		t.Errorf("kinds %v %v", syms[0].Kind, syms[2].Kind)
	}
	if d := syms[0].Detail; d == nil || *d != "usize = 4096" {
		t.Errorf("detail of FOO: %v", d)
	}
	if len(syms[0].Children) != 2 || syms[0].Children[1].Name != "bb1" {
		t.Errorf("children of FOO: %+v", syms[0].Children)
	}
}

func TestDefinition(t *testing.T) {
	e := newEnv(t, envOpts{})
	text := readFile(t, seedPath)
	e.open("seed.mir", text)
	e.waitVersion("seed.mir", 1)
	line := func(p protocol.Position) string {
		return strings.Split(text, "\n")[p.Line]
	}
	cases := []struct {
		at, needle string
		nth        int
		want       string // text of the target's first line
	}{
		{"const FOO, const 42", "FOO", 0, "const FOO: usize = {"},
		{"success: bb1", "bb1", 0, "    bb1: {"},
		{"move _1", "_1", 0, "    let mut _1: u32;"},
		{"(_1.1: bool)", "_1", 0, "    let mut _1: (usize, bool);"},
	}
	for _, c := range cases {
		p := pos(t, text, c.at, c.nth, strings.Index(c.at, c.needle))
		loc := e.definition("seed.mir", p)
		if loc == nil {
			t.Errorf("definition at %q: none", c.at)
			continue
		}
		if got := line(loc.Range.Start); got != c.want {
			t.Errorf("definition at %q: line %q, want %q", c.at, got, c.want)
		}
	}
}

func TestSemanticTokens(t *testing.T) {
	e := newEnv(t, envOpts{})
	text := readFile(t, seedPath)
	e.open("seed.mir", text)
	e.waitVersion("seed.mir", 1)
	toks, err := e.server.SemanticTokensFull(e.ctx, &protocol.SemanticTokensParams{TextDocument: protocol.TextDocumentIdentifier{URI: docURI("seed.mir")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(toks.Data) == 0 || len(toks.Data)%5 != 0 {
		t.Fatalf("%d token ints", len(toks.Data))
	}
	// Decode and collect "type:text" pairs.
	lines := strings.Split(text, "\n")
	got := map[string]bool{}
	var ln, ch uint32
	for i := 0; i < len(toks.Data); i += 5 {
		d := toks.Data[i : i+5]
		if d[0] > 0 {
			ch = 0
		}
		ln += d[0]
		ch += d[1]
		got[tokenTypes[d[3]]+":"+lines[ln][ch:ch+d[2]]] = true
	}
	for _, w := range []string{"comment:// WARNING: This output format is intended for human consumers only", "keyword:const",
		"variable:FOO", "type:usize", "variable:_1", "label:bb1", "function:use_foo", "number:42_usize", "string:\"attempt to compute `{} - {}`, which would overflow\""} {
		if !got[w] {
			t.Errorf("no token %s", w)
		}
	}
}

func TestLocalsBlocksAndStatementHints(t *testing.T) {
	e := newEnv(t, envOpts{})
	e.open("sum.mir", loopDoc)
	e.waitVersion("sum.mir", 1)
	if h := e.hover("sum.mir", pos(t, loopDoc, "SUM", 0, 0)); !strings.Contains(h, "= 3") {
		t.Errorf("hover on SUM: %q", h)
	}
	if h := e.hover("sum.mir", pos(t, loopDoc, "_1 = Add", 0, 1)); !strings.Contains(h, "value at the end of evaluation: `3`") || !strings.Contains(h, "let mut _1: u32") {
		t.Errorf("hover on _1: %q", h)
	}
	if h := e.hover("sum.mir", pos(t, loopDoc, "bb1: {", 0, 1)); !strings.Contains(h, "executed 4 times") {
		t.Errorf("hover on bb1: %q", h)
	}
	if h := e.hover("sum.mir", pos(t, loopDoc, "bb3: {", 0, 1)); !strings.Contains(h, "executed once") {
		t.Errorf("hover on bb3: %q", h)
	}
	hs := e.hints("sum.mir", loopDoc)
	for _, w := range []string{"= 3", "3 ×3", "false ×4"} {
		if !contains(hs, w) {
			t.Errorf("hints %q lack %q", hs, w)
		}
	}
}

func TestEvaluateCommand(t *testing.T) {
	e := newEnv(t, envOpts{})
	e.open("sum.mir", loopDoc)
	e.waitVersion("sum.mir", 1)
	lenses, err := e.server.CodeLens(e.ctx, &protocol.CodeLensParams{TextDocument: protocol.TextDocumentIdentifier{URI: docURI("sum.mir")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(lenses) != 1 || lenses[0].Command.Command != CommandEvaluate || len(lenses[0].Command.Arguments) != 2 {
		t.Fatalf("lenses %+v", lenses)
	}
	call := func(args ...any) (EvaluateResult, error) {
		var la []protocol.LSPAny
		for _, a := range append(append([]any{}, string(docURI("sum.mir")), "double"), args...) {
			b, _ := json.Marshal(a)
			la = append(la, b)
		}
		res, err := e.server.ExecuteCommand(e.ctx, &protocol.ExecuteCommandParams{Command: CommandEvaluate, Arguments: la})
		var r EvaluateResult
		if err == nil {
			json.Unmarshal(res, &r)
		}
		return r, err
	}
	r, err := call("21")
	if err != nil || r.Value != "42" || r.Call != "double(21)" {
		t.Errorf("double(21): %+v %v", r, err)
	}
	if r, err := call(0x10); err != nil || r.Value != "32" {
		t.Errorf("double(16): %+v %v", r, err)
	}
	if _, err := call(); err == nil || !strings.Contains(err.Error(), "takes 1 arguments") {
		t.Errorf("no arguments: %v", err)
	}
	if _, err := call("-1"); err == nil || !strings.Contains(err.Error(), "does not fit in u32") {
		t.Errorf("-1: %v", err)
	}
}

func TestWorkspaceProgress(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.mir"), []byte(docA), 0o644)
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "b.mir"), []byte(strings.Replace(docB, "42_usize", "5000_usize", -1)), 0o644)
	e := newEnv(t, envOpts{folders: []string{dir}, progress: true})
	// Diagnostics for a file nobody opened: BAR overflows.
	bURI := string(uri.File(filepath.Join(dir, "sub", "b.mir")))
	deadline := time.Now().Add(20 * time.Second)
	for {
		e.client.mu.Lock()
		ps := e.client.diags[bURI]
		prog := strings.Join(e.client.progress, " ")
		e.client.mu.Unlock()
		if len(ps) > 0 && strings.HasSuffix(prog, "end") {
			if !strings.HasPrefix(prog, "begin") || len(ps[len(ps)-1].Diagnostics) != 1 {
				t.Fatalf("progress %q, diagnostics %s", prog, dumpDiags(ps))
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("progress %q, diagnostics %s", prog, dumpDiags(ps))
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestConfiguration(t *testing.T) {
	e := newEnv(t, envOpts{config: true, settings: `{"hints": {"statements": false}}`})
	e.open("sum.mir", loopDoc)
	e.waitVersion("sum.mir", 1)
	// The pulled settings apply (asynchronously) soon after initialized.
	var hs []string
	for start := time.Now(); time.Since(start) < 10*time.Second; time.Sleep(5 * time.Millisecond) {
		if hs = e.hints("sum.mir", loopDoc); !contains(hs, "×") {
			break
		}
	}
	if contains(hs, "×") || !contains(hs, "= 3") {
		t.Fatalf("statement hints off: %q", hs)
	}
	err := e.server.DidChangeConfiguration(e.ctx, &protocol.DidChangeConfigurationParams{
		Settings: protocol.LSPAny(`{"mirlsp": {"hints": {"values": false, "statements": true}}}`)})
	if err != nil {
		t.Fatal(err)
	}
	if hs := e.hints("sum.mir", loopDoc); contains(hs, "= 3") || !contains(hs, "3 ×3") {
		t.Fatalf("value hints off, statements on: %q", hs)
	}
	// A small step limit stops an infinite loop with rustc's lint.
	e.server.DidChangeConfiguration(e.ctx, &protocol.DidChangeConfigurationParams{Settings: protocol.LSPAny(`{"stepLimit": 10}`)})
	e.open("loop.mir", infiniteDoc)
	p := e.waitDiags("loop.mir", func(p *protocol.PublishDiagnosticsParams) bool { return len(p.Diagnostics) == 1 })
	if d := p.Diagnostics[0]; d.Code != protocol.String("long_running_const_eval") {
		t.Errorf("step limit diagnostic %+v", d)
	}
	// A negative limit is no limit: the loop runs (and is shown running).
	e.server.DidChangeConfiguration(e.ctx, &protocol.DidChangeConfigurationParams{Settings: protocol.LSPAny(`{"stepLimit": -1}`)})
	if h := e.hover("loop.mir", pos(t, infiniteDoc, "LOOP", 0, 0)); !strings.Contains(h, "evaluating") {
		t.Errorf("hover on LOOP without a step limit: %q", h)
	}
}

// infiniteDoc has an infinite loop before an ordinary const.
const infiniteDoc = `const LOOP: u32 = {
    let mut _0: u32;

    bb0: {
        goto -> bb0;
    }
}

const FOO: usize = {
    let mut _0: usize;

    bb0: {
        _0 = const 4096_usize;
        return;
    }
}
`

func TestInfiniteLoop(t *testing.T) {
	e := newEnv(t, envOpts{initOptions: `{"stepLimit": 1000000000000000}`})
	e.open("loop.mir", infiniteDoc)
	start := time.Now()
	if h := e.hover("loop.mir", pos(t, infiniteDoc, "FOO", 0, 0)); !strings.Contains(h, "4096 (0x1000)") {
		t.Fatalf("hover on FOO: %q", h)
	}
	t.Logf("hover on FOO behind an infinite loop: %v", time.Since(start))
	if e.srv.session.running.Load() == 0 {
		t.Fatal("LOOP is not running")
	}
	// A hover on LOOP itself says it is being evaluated.
	if h := e.hover("loop.mir", pos(t, infiniteDoc, "LOOP", 0, 0)); !strings.Contains(h, "evaluating") {
		t.Errorf("hover on LOOP: %q", h)
	}
	// Editing LOOP cancels the loop.
	e.edit("loop.mir", 2, infiniteDoc, "goto -> bb0;", "_0 = const 1_u32;\n        return;", 1)
	e.waitCanceled(time.Now())
	e.waitVersion("loop.mir", 2)
}

// waitCanceled waits until no evaluation runs after an edit made at
// edited. Only a loop that goes on is a failure (after a minute, far
// beyond any machine's load); how soon it stops is logged, not judged.
func (e *env) waitCanceled(edited time.Time) {
	e.t.Helper()
	for e.srv.session.running.Load() != 0 {
		if time.Since(edited) > time.Minute {
			e.t.Fatal("the loop was not canceled")
		}
		time.Sleep(100 * time.Microsecond)
	}
	e.t.Logf("loop canceled %v after the edit", time.Since(edited))
}

func TestCancelRequest(t *testing.T) {
	e := newEnv(t, envOpts{initOptions: `{"stepLimit": 1000000000000000}`})
	e.open("loop.mir", infiniteDoc)
	// A hover on LOOP waits for it; canceling the request ends it.
	ctx, cancel := context.WithCancel(e.ctx)
	time.AfterFunc(20*time.Millisecond, cancel)
	start := time.Now()
	done := make(chan error, 1)
	go func() {
		_, err := e.server.Hover(ctx, &protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
			TextDocument: protocol.TextDocumentIdentifier{URI: docURI("loop.mir")}, Position: pos(t, infiniteDoc, "LOOP", 0, 0)}})
		done <- err
	}()
	var err error
	select {
	case err = <-done:
	case <-time.After(time.Minute): // far beyond any machine's load: the hover waits for ever
		t.Fatal("a canceled hover did not return")
	}
	if err == nil {
		t.Fatal("no error from a canceled hover")
	}
	t.Logf("canceled hover returned after %v", time.Since(start))
	// The server still answers.
	if h := e.hover("loop.mir", pos(t, infiniteDoc, "FOO", 0, 0)); !strings.Contains(h, "4096") {
		t.Errorf("hover after cancel: %q", h)
	}
	var je *jsonrpc2.Error
	if errors.As(err, &je) {
		t.Logf("canceled: %d %s", je.Code, je.Message)
	}
}

func TestPositionEncoding(t *testing.T) {
	e := newEnv(t, envOpts{noInit: true})
	if res := e.initialize(t, envOpts{utf8: true}); res.Capabilities.PositionEncoding != protocol.PositionEncodingKindUTF8 {
		t.Errorf("encoding %q with a client offering utf-8", res.Capabilities.PositionEncoding)
	}
	e2 := newEnv(t, envOpts{noInit: true})
	if res := e2.initialize(t, envOpts{}); res.Capabilities.PositionEncoding != protocol.PositionEncodingKindUTF16 {
		t.Errorf("encoding %q by default", res.Capabilities.PositionEncoding)
	}
	// "aé😀b": é is 2 bytes and 1 UTF-16 unit, 😀 4 bytes and 2 units.
	text := []byte("x\naé😀b\n")
	u16, u8 := NewMapper(text, false), NewMapper(text, true)
	off := 2 + len("aé😀")
	if p := u16.Position(off); p.Line != 1 || p.Character != 4 {
		t.Errorf("utf-16 position %+v", p)
	}
	if p := u8.Position(off); p.Line != 1 || p.Character != 7 {
		t.Errorf("utf-8 position %+v", p)
	}
	for _, m := range []*Mapper{u16, u8} {
		if got := m.Offset(m.Position(off)); got != off {
			t.Errorf("round trip %d -> %d", off, got)
		}
	}
	if got := u16.Offset(protocol.Position{Line: 1, Character: 99}); got != len(text)-1 {
		t.Errorf("past the end of line: %d", got)
	}
}

// TestInlayHintRefresh: a client that takes workspace/inlayHint/refresh
// is asked to request hints again when results arrive (it may have asked
// before they were there); one that does not is never asked.
func TestInlayHintRefresh(t *testing.T) {
	for _, refresh := range []bool{true, false} {
		e := newEnv(t, envOpts{hintRefresh: refresh})
		text := readFile(t, seedPath)
		e.open("seed.mir", text)
		e.waitVersion("seed.mir", 1)
		e.edit("seed.mir", 2, text, "const 42_usize", "const 43_usize", 2)
		e.waitVersion("seed.mir", 2)
		n := 0
		for start := time.Now(); time.Since(start) < 10*time.Second; time.Sleep(5 * time.Millisecond) {
			e.client.mu.Lock()
			n = e.client.refreshes
			e.client.mu.Unlock()
			if n > 0 || !refresh && time.Since(start) > 3*refreshDelay {
				break
			}
		}
		if refresh && n == 0 || !refresh && n != 0 {
			t.Errorf("refresh support %v: %d refreshes", refresh, n)
		}
	}
}
