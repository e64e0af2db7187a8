package rustsrc_test

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"mirlsp/eval"
	"mirlsp/mir"
	"mirlsp/rustsrc"
)

// fuzzConfig keeps each fuzzed evaluation small.
var fuzzConfig = eval.Config{StepLimit: 5000, StackLimit: 32, MemoryLimit: 1 << 20}

// lowerSource lowers a one-file crate and evaluates every item; it fails
// on an internal error (a recovered panic) or a span outside the file.
func lowerSource(t *testing.T, src []byte) {
	read := func(path string) ([]byte, error) {
		if path == "fuzz.rs" {
			return src, nil
		}
		return nil, fs.ErrNotExist
	}
	c := rustsrc.Load("fuzz.rs", read)
	p := rustsrc.Lower(c)
	if len(p.Files) != len(c.Files) {
		t.Fatalf("%d MIR files for %d files", len(p.Files), len(c.Files))
	}
	for _, it := range p.Items {
		if strings.Contains(it.Unsupported, "internal error") {
			t.Fatalf("%s: %s", it.Name, it.Unsupported)
		}
		if it.Span.Start < 0 || it.Span.End > len(src) || it.Span.Start > it.Span.End {
			t.Fatalf("%s: span %v outside the file", it.Name, it.Span)
		}
	}
	for _, f := range p.Files {
		if err := mir.Print(io.Discard, f); err != nil {
			t.Fatal(err)
		}
		for _, it := range f.Items {
			checkBodySpans(t, it, len(src))
		}
	}
	ev := eval.NewEvaluator(eval.NewProgram(p.Files...), fuzzConfig)
	for _, it := range p.Items {
		if it.MIR == nil {
			continue
		}
		res := ev.Eval(context.Background(), it.MIR)
		if res.Err != nil && res.Err.Kind != eval.KindPanic && strings.Contains(res.Err.Msg, "internal error") {
			t.Fatalf("%s: %s", it.Name, res.Err.Msg)
		}
		if res.Err == nil {
			if _, err := ev.Render(res, eval.RenderOpts{MaxElems: 64, MaxBytes: 1 << 12}); err != nil && strings.Contains(err.Error(), "internal error") {
				t.Fatalf("%s: render: %v", it.Name, err)
			}
		}
	}
}

func checkBodySpans(t *testing.T, it *mir.Item, n int) {
	if it.Body == nil {
		return
	}
	check := func(sp mir.Span) {
		if sp.Start < 0 || sp.End > n || sp.Start > sp.End {
			t.Fatalf("%s: span %v outside the file", it.Name, sp)
		}
	}
	for _, b := range it.Body.Blocks {
		for _, st := range b.Stmts {
			check(st.Span)
		}
		if b.Term == nil {
			t.Fatalf("%s: bb%d has no terminator", it.Name, b.Index)
		}
		check(b.Term.Span)
	}
}

// FuzzLower parses, lowers and evaluates arbitrary Rust with small
// limits: it must never panic nor report an internal error. Seeded with
// every corpus and error program; run it with
//
//	go test -run XXX -fuzz FuzzLower -fuzztime 600s -parallel 1 ./rustsrc
func FuzzLower(f *testing.F) {
	fuzzLower(f, "../testdata/corpus", "../testdata/errors", "../testdata/nesting")
}

// fuzzLower seeds f with the .rs files of dirs and checks that lowering
// and evaluating each input neither fails nor runs away.
func fuzzLower(f *testing.F, dirs ...string) {
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.rs"))
		for _, path := range files {
			src, err := os.ReadFile(path)
			if err == nil {
				f.Add(src)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		// An input that runs away is a failure too: the worker dies and
		// the fuzzer keeps the input.
		done := make(chan struct{})
		defer close(done)
		go func() {
			select {
			case <-done:
			case <-time.After(20 * time.Second):
				panic(fmt.Sprintf("lowering and evaluating %q takes more than 20s", src))
			}
		}()
		lowerSource(t, src)
	})
}

// TestLowerCorpusClean runs the fuzz checks on every corpus program.
func TestLowerCorpusClean(t *testing.T) {
	for _, dir := range []string{"../testdata/corpus", "../testdata/errors"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.rs"))
		for _, path := range files {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			t.Run(filepath.Base(path), func(t *testing.T) { lowerSource(t, src) })
		}
	}
}
