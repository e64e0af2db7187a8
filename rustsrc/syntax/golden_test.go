// golden_test.go compares S-expression dumps of expressions and files
// with golden files; go test -update regenerates them.

package syntax

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite golden files")

// checkGolden compares got with the golden file, or rewrites it.
func checkGolden(t *testing.T, golden string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s mismatch (-want +got):\n%s", golden, cmp.Diff(string(want), string(got)))
	}
}

// TestExprGolden dumps each line of testdata/exprs.txt; the golden file is
// a txtar archive with one file per expression.
func TestExprGolden(t *testing.T) {
	data, err := os.ReadFile("testdata/exprs.txt")
	if err != nil {
		t.Fatal(err)
	}
	var ar txtar.Archive
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		x, err := ParseExpr(line)
		out := ""
		if err != nil {
			out = "error: " + err.Error()
		} else {
			out = Dump(x)
		}
		ar.Files = append(ar.Files, txtar.File{Name: line, Data: []byte(out + "\n")})
	}
	checkGolden(t, "testdata/exprs.golden", txtar.Format(&ar))
}

// TestFileGolden dumps each testdata/golden/*.rs file to its .golden file.
func TestFileGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*.rs")
	if len(files) == 0 {
		t.Fatal("no golden inputs")
	}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Parse(name, src)
		out := Dump(f) + "\n"
		if err != nil {
			out += "errors:\n" + err.Error() + "\n"
		}
		checkGolden(t, strings.TrimSuffix(name, ".rs")+".golden", []byte(out))
	}
}
