// ub_regen_test.go re-derives testdata/ub (values and error expectations
// only) with the installed rustc and compares it with the committed files.

package corpusgen

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mirlsp/internal/rustcenv"
	"mirlsp/internal/textdiff"
)

func TestRegenerateUB(t *testing.T) {
	rustcenv.Need(t, "testdata/ub")
	dir := filepath.Join(testdata, "ub")
	tmp := t.TempDir()
	var log bytes.Buffer
	if err := Generate(Options{Dir: dir, OutDir: tmp, SkipNightly: true, NoMIR: true, Parallel: 2, Log: &log}); err != nil {
		t.Fatalf("Generate: %v\n%s", err, log.String())
	}
	list := func(root string) []string {
		var files []string
		for _, sub := range []string{"corpus", "errors"} {
			m, _ := filepath.Glob(filepath.Join(root, sub, "*.json"))
			for _, f := range m {
				rel, _ := filepath.Rel(root, f)
				files = append(files, rel)
			}
		}
		return files
	}
	compareGenerated(t, dir, tmp, list, "scripts/gen-ub.sh")
}

// compareGenerated compares the files list finds under out (generated)
// with those under dir (committed).
func compareGenerated(t *testing.T, dir, out string, list func(root string) []string, script string) {
	t.Helper()
	want, got := list(dir), list(out)
	if strings.Join(want, "\n") != strings.Join(got, "\n") {
		t.Errorf("generated file set differs:\n%s", setDiff(want, got))
	}
	for _, rel := range got {
		a, errA := os.ReadFile(filepath.Join(dir, rel))
		b, errB := os.ReadFile(filepath.Join(out, rel))
		if errA != nil || errB != nil {
			continue
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s: generated vs committed %s (run %s)", rel, textdiff.First(string(b), string(a)), script)
		}
	}
}
