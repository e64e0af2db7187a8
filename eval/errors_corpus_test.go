package eval_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"mirlsp/eval"
	"mirlsp/mir"
)

// expectFile is testdata/errors/Y.expect.json: rustc's diagnostics for Y.rs.
type expectFile struct {
	Program string `json:"program"`
	Errors  []struct {
		Code    *string `json:"code"`
		Message string  `json:"message"`
		Item    string  `json:"item"`
		Line    int     `json:"line"`
		Column  int     `json:"column"`
		Frames  []struct {
			Note     string  `json:"note"`
			Function *string `json:"function"`
		} `json:"frames"`
	} `json:"errors"`
}

// TestErrorCorpus evaluates the failing MIR derived from each failing
// program and checks rustc's message and "inside" notes, and that the
// error points at a statement of the failing item's body.
func TestErrorCorpus(t *testing.T) {
	files, _ := filepath.Glob("../testdata/errors/*.mir")
	if len(files) < 20 {
		t.Fatalf("only %d failing MIR files", len(files))
	}
	checked, unsupported := 0, 0
	for _, path := range files {
		raw, err := os.ReadFile(strings.TrimSuffix(path, ".mir") + ".expect.json")
		if err != nil {
			t.Fatal(err)
		}
		var want expectFile
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatal(err)
		}
		f := loadMIR(t, path)
		ev := eval.NewEvaluator(eval.NewProgram(f), eval.DefaultConfig)
		for _, w := range want.Errors {
			if w.Code == nil || *w.Code != "E0080" {
				continue
			}
			name := w.Item
			if name == "" {
				// Validation errors point at the item's header: take its
				// name from that line of the program.
				name = itemAtLine(t, strings.TrimSuffix(path, ".mir")+".rs", w.Line)
			}
			it := findByRustName(f, name)
			if it == nil {
				t.Errorf("%s: no item for %s", filepath.Base(path), w.Item)
				continue
			}
			res := ev.Eval(context.Background(), it)
			if res.Err == nil {
				t.Errorf("%s: %s evaluated without error, want %q", filepath.Base(path), w.Item, w.Message)
				continue
			}
			if res.Unsupported() && strings.Contains(res.Err.Msg, "is unknown") {
				// A type the file never shows whole (built only
				// through raw pointers): not evaluated, never guessed.
				t.Logf("%s: %s: unsupported: %s", filepath.Base(path), name, res.Err.Msg)
				unsupported++
				continue
			}
			// rustc numbers allocations crate-wide, in an order mirlsp
			// cannot reproduce: compare messages with ids normalized.
			if normAllocs(res.Err.Msg) != normAllocs(w.Message) {
				t.Errorf("%s: %s: error %q, want %q", filepath.Base(path), w.Item, res.Err.Msg, w.Message)
				continue
			}
			if it.Body != nil && (res.Err.Span.Start < it.Body.Span.Start || res.Err.Span.End > it.Body.Span.End || res.Err.Span.End == 0) {
				t.Errorf("%s: %s: error span %v outside the item's body %v", filepath.Base(path), w.Item, res.Err.Span, it.Body.Span)
			}
			var got, wantNotes []string
			for _, n := range res.Err.FrameNotes() {
				got = append(got, n.Note)
			}
			for _, n := range w.Frames {
				wantNotes = append(wantNotes, n.Note)
			}
			if strings.Join(got, "\n") != strings.Join(wantNotes, "\n") {
				t.Errorf("%s: %s: frames\n%s\nwant\n%s", filepath.Base(path), w.Item, strings.Join(got, "\n"), strings.Join(wantNotes, "\n"))
				continue
			}
			checked++
		}
	}
	t.Logf("%d failing items match rustc, %d unsupported", checked, unsupported)
	if unsupported > checked/20 {
		t.Errorf("%d failing items unsupported: more than 5%%", unsupported)
	}
}

var allocRE = regexp.MustCompile(`alloc[G]?[0-9]+`)

var headerRE = regexp.MustCompile(`\b(?:const|static(?:\s+mut)?)\s+([A-Za-z_][A-Za-z0-9_]*)\s*:`)

// itemAtLine returns the name of the const or static declared on line n
// of a Rust file.
func itemAtLine(t *testing.T, path string, n int) string {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	if m := headerRE.FindStringSubmatch(lines[n-1]); m != nil {
		return m[1]
	}
	return ""
}

func normAllocs(s string) string { return allocRE.ReplaceAllString(s, "allocN") }

// findByRustName finds the item rustc names `name` in its messages.
func findByRustName(f *mir.File, name string) *mir.Item {
	for _, it := range f.Items {
		if it.Name == name && it.Kind.IsData() {
			return it
		}
	}
	// Impl items: rustc says Foo::C where MIR says <impl at ..>::C;
	// module items are printed trimmed (inner::X is X).
	last := name
	if i := strings.LastIndex(name, "::"); i >= 0 {
		last = name[i+2:]
	}
	if last == "" {
		return nil
	}
	var found *mir.Item
	for _, it := range f.Items {
		if it.Kind.IsData() && it.Path != nil && it.Path.Last() == last && (strings.Contains(it.Name, "<impl at") || it.Name == last) {
			if found != nil {
				return nil
			}
			found = it
		}
	}
	return found
}
