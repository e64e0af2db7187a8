package mirparse_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"mirlsp/mir"
	"mirlsp/mirparse"
)

// mirFiles returns every .mir file under testdata.
func mirFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir("../testdata", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".mir") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skip("no .mir files under testdata")
	}
	return files
}

// irOpts compares two parses of a file, ignoring where things were written
// and the links the resolver adds.
var irOpts = cmp.Options{
	cmpopts.IgnoreTypes(mir.Span{}),
	cmpopts.IgnoreFields(mir.Item{}, "Parent", "Promoteds"),
	cmpopts.IgnoreFields(mir.Const{}, "Item", "AllocRef"),
	cmpopts.EquateEmpty(),
}

// TestRoundTrip checks that printing a parsed file and parsing the result
// gives the same IR: parse(print(parse(f))) == parse(f).
func TestRoundTrip(t *testing.T) {
	for _, fn := range mirFiles(t) {
		src, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		f1, errs := mirparse.Parse(fn, src)
		if len(errs) > 0 {
			t.Logf("%s: %d parse errors, first: %v", fn, len(errs), errs[0])
		}
		out := f1.String()
		f2, errs2 := mirparse.Parse(fn, []byte(out))
		if len(errs2) > len(errs) {
			t.Errorf("%s: printed text has %d parse errors (source %d), first: %v", fn, len(errs2), len(errs), errs2[0])
			continue
		}
		if d := cmp.Diff(f1, f2, irOpts); d != "" {
			t.Errorf("%s: parse(print(parse(f))) != parse(f) (-source +reprinted):\n%s", fn, d)
		}
	}
}

// TestPrintIdentical checks that files rustc printed come back byte for
// byte: print(parse(f)) == f. The hand-written seeds in older syntax keep
// comments and spacing the IR does not record, so they are only counted.
func TestPrintIdentical(t *testing.T) {
	same, total := 0, 0
	for _, fn := range mirFiles(t) {
		src, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		f, _ := mirparse.Parse(fn, src)
		out := f.String()
		total++
		if out == string(src) {
			same++
			continue
		}
		if !strings.HasPrefix(fn, filepath.Join("..", "testdata", "corpus")) {
			t.Logf("%s: not byte-identical (older hand-written syntax)", fn)
			continue
		}
		t.Errorf("%s: print(parse(f)) differs from f: %s", fn, firstDiff(out, string(src)))
	}
	t.Logf("byte-identical: %d of %d files", same, total)
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + itoa(i+1) + "\n  got:  " + gl + "\n  want: " + wl
		}
	}
	return "(lengths differ)"
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
