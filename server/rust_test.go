// rust_test.go drives the server on Rust documents: the seed as Rust
// source, an edit that overflows and its fix, and a two-file crate where
// an edit of the module updates the root's diagnostics and hints.
// Expected values and messages come from rustc (testdata/corpus and
// testdata/errors).

package server

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// corpusValue returns rustc's value of an item of a corpus program.
func corpusValue(t *testing.T, program, item string) string {
	t.Helper()
	var v struct {
		Items []struct {
			Name, Value string
		} `json:"items"`
	}
	b, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", program+".values.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	for _, it := range v.Items {
		if it.Name == item {
			return it.Value
		}
	}
	t.Fatalf("%s: no item %s", program, item)
	return ""
}

// rustcError is the first error rustc reports for an errors program.
type rustcError struct {
	Message      string
	Line, Column int
}

func expectedError(t *testing.T, program string) rustcError {
	t.Helper()
	var v struct{ Errors []rustcError }
	b, err := os.ReadFile(filepath.Join("..", "testdata", "errors", program+".expect.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &v); err != nil || len(v.Errors) == 0 {
		t.Fatalf("%s: %v", program, err)
	}
	return v.Errors[0]
}

func (e *env) openAs(name, lang, text string) {
	e.t.Helper()
	err := e.server.DidOpen(e.ctx, &protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: docURI(name), LanguageID: protocol.LanguageKind(lang), Version: 1, Text: text}})
	if err != nil {
		e.t.Fatal(err)
	}
}

func TestRustSeed(t *testing.T) {
	e := newEnv(t, envOpts{})
	// The errors program ov_sub_seed.rs with its passing variant's
	// literal (its mir-from directive), then the failing literal.
	src := readFile(t, filepath.Join("..", "testdata", "errors", "ov_sub_seed.rs"))
	text := strings.Replace(src, "FOO - 5000", "FOO - 96", 1)
	e.openAs("seed.rs", "rust", text)
	if p := e.waitVersion("seed.rs", 1); len(p.Diagnostics) != 0 {
		t.Fatalf("diagnostics on the passing program: %s", dumpDiags([]*protocol.PublishDiagnosticsParams{p}))
	}
	foo := corpusValue(t, "seed", "FOO")
	if h := e.hover("seed.rs", pos(t, text, "const FOO", 0, 7)); !strings.Contains(h, foo+" (0x1000)") {
		t.Errorf("hover on FOO's definition: %q", h)
	}
	if h := e.hover("seed.rs", pos(t, text, "FOO - 42", 0, 1)); !strings.Contains(h, foo+" (0x1000)") {
		t.Errorf("hover on a use of FOO: %q", h)
	}
	if hs := e.hints("seed.rs", text); !contains(hs, "= "+corpusValue(t, "seed", "Foo::{constant#0}")) {
		t.Errorf("inlay hints %q lack the array length", hs)
	}

	want := expectedError(t, "ov_sub_seed")
	bad := e.edit("seed.rs", 2, text, "FOO - 96", "FOO - 5000", 1)
	if bad != src {
		t.Fatal("the edit does not give the errors program")
	}
	p := e.waitVersion("seed.rs", 2)
	if len(p.Diagnostics) != 1 || message(p.Diagnostics[0]) != want.Message {
		t.Fatalf("after the edit: %s", dumpDiags([]*protocol.PublishDiagnosticsParams{p}))
	}
	d := p.Diagnostics[0]
	if got := d.Range.Start; int(got.Line) != want.Line-1 || int(got.Character) != want.Column-1 {
		t.Errorf("diagnostic at %d:%d, rustc says %d:%d", got.Line+1, got.Character+1, want.Line, want.Column)
	}
	if d.Code != protocol.String("E0080") || d.Severity != protocol.DiagnosticSeverityError {
		t.Errorf("diagnostic %+v", d)
	}
	if h := e.hover("seed.rs", pos(t, bad, "const BAD", 0, 7)); !strings.Contains(h, want.Message) {
		t.Errorf("hover on the failing const: %q", h)
	}

	e.edit("seed.rs", 3, bad, "FOO - 5000", "FOO - 96", 1)
	if p := e.waitVersion("seed.rs", 3); len(p.Diagnostics) != 0 {
		t.Fatalf("after the fix: %s", dumpDiags([]*protocol.PublishDiagnosticsParams{p}))
	}

	// Show MIR prints the lowered MIR in rustc's syntax.
	arg, _ := json.Marshal(string(docURI("seed.rs")))
	res, err := e.server.ExecuteCommand(e.ctx, &protocol.ExecuteCommandParams{Command: CommandShowMIR, Arguments: []protocol.LSPAny{arg}})
	if err != nil {
		t.Fatal(err)
	}
	var mirText string
	if err := json.Unmarshal(res, &mirText); err != nil || !strings.Contains(mirText, "const FOO: usize = ") {
		t.Errorf("show MIR: %v %q", err, mirText)
	}
}

// TestRustCrate: main.rs declares `mod consts;`; editing consts.rs
// re-evaluates main.rs's items and republishes its diagnostics.
func TestRustCrate(t *testing.T) {
	e := newEnv(t, envOpts{})
	mainText := "mod consts;\npub type Foo = [u8; consts::FOO - 42];\npub const BAD: usize = consts::FOO - consts::K;\n"
	constsText := "pub const FOO: usize = 1 << 12;\npub const K: usize = 96;\n"
	e.openAs("consts.rs", "rust", constsText)
	e.openAs("main.rs", "rust", mainText)
	if p := e.waitVersion("main.rs", 1); len(p.Diagnostics) != 0 {
		t.Fatalf("diagnostics: %s", dumpDiags([]*protocol.PublishDiagnosticsParams{p}))
	}
	// A literal initializer gets no hint: it would repeat itself.
	if hs := e.hints("consts.rs", constsText); !contains(hs, "= "+corpusValue(t, "seed", "FOO")) || contains(hs, "= 96") {
		t.Errorf("consts.rs hints %q", hs)
	}
	length := "= " + corpusValue(t, "seed", "Foo::{constant#0}")
	if hs := e.hints("main.rs", mainText); !contains(hs, length) {
		t.Errorf("main.rs hints %q lack %q", hs, length)
	}
	if h := e.hover("main.rs", pos(t, mainText, "consts::FOO", 0, 9)); !strings.Contains(h, corpusValue(t, "seed", "FOO")) {
		t.Errorf("hover on consts::FOO: %q", h)
	}

	want := expectedError(t, "ov_sub_seed") // 4096 - 5000
	n0 := e.srv.Store().Evaluations()
	bad := e.edit("consts.rs", 2, constsText, "= 96", "= 5000", 1)
	p := e.waitDiags("main.rs", func(p *protocol.PublishDiagnosticsParams) bool { return len(p.Diagnostics) > 0 })
	e.waitVersion("consts.rs", 2)
	// Both files are lowered again, but only K and BAD changed: the
	// array length and FOO come from the memo.
	if n := e.srv.Store().Evaluations() - n0; n != 2 {
		t.Errorf("%d evaluations after the edit of K, want 2 (K, BAD)", n)
	}
	if len(p.Diagnostics) != 1 || message(p.Diagnostics[0]) != want.Message {
		t.Fatalf("main.rs after the edit of consts.rs: %s", dumpDiags([]*protocol.PublishDiagnosticsParams{p}))
	}
	if line := strings.Split(mainText, "\n")[p.Diagnostics[0].Range.Start.Line]; !strings.Contains(line, "const BAD") {
		t.Errorf("diagnostic on line %q", line)
	}
	if hs := e.hints("main.rs", mainText); !contains(hs, length) {
		t.Errorf("main.rs hints %q after the edit lack %q", hs, length)
	}
	before := map[*protocol.PublishDiagnosticsParams]bool{}
	e.client.mu.Lock()
	for _, p := range e.client.diags[string(docURI("main.rs"))] {
		before[p] = true
	}
	e.client.mu.Unlock()
	e.edit("consts.rs", 3, bad, "= 5000", "= 96", 1)
	e.waitDiags("main.rs", func(p *protocol.PublishDiagnosticsParams) bool {
		return len(p.Diagnostics) == 0 && !before[p]
	})
}

// TestRustWorkspaceCrate: a Cargo crate in a workspace folder is indexed
// from disk; its module files are found by Rust's rules.
func TestRustWorkspaceCrate(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("Cargo.toml", "[package]\nname = \"c\"\nversion = \"0.1.0\"\nedition = \"2021\"\n")
	write("src/lib.rs", "pub mod sizes;\npub type Foo = [u8; sizes::FOO - 42];\n")
	write("src/sizes.rs", "pub const FOO: usize = 1 << 12;\npub const BAD: usize = FOO - 5000;\n")
	cacheDir := t.TempDir()
	want := expectedError(t, "ov_sub_seed")
	sizes := string(uri.File(filepath.Join(dir, "src", "sizes.rs")))
	run := func() int64 {
		e := newEnv(t, envOpts{folders: []string{dir}, cacheDir: cacheDir})
		e.waitDiagsURI(sizes, func(p *protocol.PublishDiagnosticsParams) bool {
			return len(p.Diagnostics) == 1 && message(p.Diagnostics[0]) == want.Message
		})
		lib := string(uri.File(filepath.Join(dir, "src", "lib.rs")))
		e.waitDiagsURI(lib, func(p *protocol.PublishDiagnosticsParams) bool { return len(p.Diagnostics) == 0 })
		e.shutdown()
		e.close()
		return e.srv.Store().Evaluations()
	}
	if n := run(); n == 0 {
		t.Fatal("nothing evaluated on the first start")
	}
	// A restart reads every result from the disk cache.
	if n := run(); n != 0 {
		t.Errorf("%d evaluations on a restart with a warm cache", n)
	}
}

// waitDiagsURI is waitDiags for a document named by its URI.
func (e *env) waitDiagsURI(u string, ok func(*protocol.PublishDiagnosticsParams) bool) {
	e.t.Helper()
	for i := 0; ; i++ {
		e.client.mu.Lock()
		for _, p := range e.client.diags[u] {
			if ok(p) {
				e.client.mu.Unlock()
				return
			}
		}
		got := dumpDiags(e.client.diags[u])
		e.client.mu.Unlock()
		if i > 2000 {
			e.t.Fatalf("no matching diagnostics for %s; got %s", u, got)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestRustInfiniteLoop: a Rust const that loops forever does not delay
// hover on other items, and editing it cancels the loop.
func TestRustInfiniteLoop(t *testing.T) {
	e := newEnv(t, envOpts{initOptions: `{"stepLimit": 1000000000000000}`})
	text := "const FOO: usize = 1 << 12;\nconst LOOP: u32 = {\n    let mut i = 0;\n    loop {\n        i += 1;\n    }\n};\n"
	e.openAs("loop.rs", "rust", text)
	foo := corpusValue(t, "seed", "FOO")
	start := time.Now()
	if h := e.hover("loop.rs", pos(t, text, "FOO", 0, 0)); !strings.Contains(h, foo) {
		t.Fatalf("hover on FOO: %q", h)
	}
	t.Logf("hover on FOO beside an infinite loop: %v", time.Since(start))
	for e.srv.session.running.Load() == 0 {
		if time.Since(start) > time.Minute {
			t.Fatal("LOOP is not running")
		}
		time.Sleep(time.Millisecond)
	}
	if h := e.hover("loop.rs", pos(t, text, "LOOP", 0, 0)); !strings.Contains(h, "evaluating") {
		t.Errorf("hover on LOOP: %q", h)
	}
	e.edit("loop.rs", 2, text, "i += 1;", "break i;", 1)
	e.waitCanceled(time.Now())
	if p := e.waitVersion("loop.rs", 2); len(p.Diagnostics) != 0 {
		t.Errorf("diagnostics after the fix: %s", dumpDiags([]*protocol.PublishDiagnosticsParams{p}))
	}
}

// TestRustEvaluateCommand: the Evaluate code lens on each const fn of a
// Rust document calls it with the arguments given; values and messages
// are rustc's (GCD = gcd(1071, 462) in the corpus, twice(30000) in the
// errors).
func TestRustEvaluateCommand(t *testing.T) {
	e := newEnv(t, envOpts{})
	rec := readFile(t, filepath.Join("..", "testdata", "corpus", "recursion.rs"))
	fail := readFile(t, filepath.Join("..", "testdata", "errors", "module_const_fail.rs"))
	e.openAs("rec.rs", "rust", rec)
	e.openAs("fail.rs", "rust", fail)
	e.waitVersion("rec.rs", 1)
	lenses, err := e.server.CodeLens(e.ctx, &protocol.CodeLensParams{TextDocument: protocol.TextDocumentIdentifier{URI: docURI("rec.rs")}})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, l := range lenses {
		found = found || l.Range.Start == pos(t, rec, "gcd(a", 0, 0)
	}
	if !found {
		t.Errorf("no lens on gcd: %+v", lenses)
	}
	call := func(doc string, args ...string) EvaluateResult {
		var la []protocol.LSPAny
		for _, a := range append([]string{string(docURI(doc))}, args...) {
			b, _ := json.Marshal(a)
			la = append(la, b)
		}
		res, err := e.server.ExecuteCommand(e.ctx, &protocol.ExecuteCommandParams{Command: CommandEvaluate, Arguments: la})
		if err != nil {
			t.Fatal(err)
		}
		var r EvaluateResult
		if err := json.Unmarshal(res, &r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	if r, want := call("rec.rs", "gcd", "1071", "462"), corpusValue(t, "recursion", "GCD"); r.Value != want || r.Type != "u64" {
		t.Errorf("gcd(1071, 462): %+v, want %s", r, want)
	}
	if r, want := call("fail.rs", "twice", "30000"), expectedError(t, "module_const_fail"); r.Code != "E0080" || r.Error != want.Message {
		t.Errorf("twice(30000): %+v, want %q", r, want.Message)
	}
}

// TestRustFrames: a failing const fn call inside a module; rustc reports
// one error, at the failing constant, with the fn's frame; the const
// that uses it repeats it only in its hover.
func TestRustFrames(t *testing.T) {
	e := newEnv(t, envOpts{})
	text := readFile(t, filepath.Join("..", "testdata", "errors", "module_const_fail.rs"))
	var want struct {
		Errors []struct {
			Message      string
			Line, Column int
			Frames       []struct {
				Note         string
				Line, Column int
			}
		}
	}
	b, err := os.ReadFile(filepath.Join("..", "testdata", "errors", "module_const_fail.expect.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	e.openAs("m.rs", "rust", text)
	p := e.waitVersion("m.rs", 1)
	if len(p.Diagnostics) != len(want.Errors) {
		t.Fatalf("diagnostics: %s; rustc reports %d", dumpDiags([]*protocol.PublishDiagnosticsParams{p}), len(want.Errors))
	}
	for i, d := range p.Diagnostics {
		w := want.Errors[i]
		if message(d) != w.Message || int(d.Range.Start.Line) != w.Line-1 || int(d.Range.Start.Character) != w.Column-1 {
			t.Errorf("diagnostic %q at %d:%d; rustc: %q at %d:%d", message(d), d.Range.Start.Line+1, d.Range.Start.Character+1, w.Message, w.Line, w.Column)
		}
		if len(d.RelatedInformation) != len(w.Frames) {
			t.Fatalf("related information %+v; rustc's frames %+v", d.RelatedInformation, w.Frames)
		}
		for k, ri := range d.RelatedInformation {
			f := w.Frames[k]
			if ri.Message != f.Note || int(ri.Location.Range.Start.Line) != f.Line-1 || int(ri.Location.Range.Start.Character) != f.Column-1 {
				t.Errorf("frame %q at %d:%d; rustc: %q at %d:%d", ri.Message, ri.Location.Range.Start.Line+1, ri.Location.Range.Start.Character+1, f.Note, f.Line, f.Column)
			}
		}
	}
	if h := e.hover("m.rs", pos(t, text, "const Y", 0, 6)); !strings.Contains(h, want.Errors[0].Message) {
		t.Errorf("hover on Y: %q", h)
	}
}
