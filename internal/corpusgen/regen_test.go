// regen_test.go re-derives the whole corpus with the installed rustc and compares it
// byte for byte with the committed files.

package corpusgen

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"mirlsp/internal/rustcenv"
	"mirlsp/internal/textdiff"
)

// generatedFile reports whether a testdata path is produced by Generate.
func generatedFile(rel string) bool {
	switch {
	case strings.HasPrefix(rel, "seed/"):
		return rel == "seed/seed-1.95.mir"
	case strings.HasPrefix(rel, "corpus/"), strings.HasPrefix(rel, "errors/"):
		return strings.HasSuffix(rel, ".mir") || strings.HasSuffix(rel, ".json")
	}
	return false
}

func listGenerated(t *testing.T, root string, nightly bool) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if !generatedFile(rel) {
			return nil
		}
		if !nightly && (strings.HasSuffix(rel, ".built.mir") || strings.HasSuffix(rel, "MANIFEST.json")) {
			return nil
		}
		files = append(files, rel)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	return files
}

func TestRegenerate(t *testing.T) {
	rustcenv.Need(t, "the corpus")
	nightly := exec.Command("rustc", "+nightly", "--version").Run() == nil
	if !nightly {
		t.Log("rustc +nightly not available: .built.mir files and MANIFEST.json are not compared")
	}
	tmp := t.TempDir()
	var log bytes.Buffer
	err := Generate(Options{Dir: testdata, OutDir: tmp, SkipNightly: !nightly, Parallel: 2, Log: &log})
	if err != nil {
		t.Fatalf("Generate: %v\n%s", err, log.String())
	}
	want := listGenerated(t, testdata, nightly)
	got := listGenerated(t, tmp, nightly)
	if strings.Join(want, "\n") != strings.Join(got, "\n") {
		t.Errorf("generated file set differs:\ncommitted: %d files\ngenerated: %d files\n%s", len(want), len(got), setDiff(want, got))
	}
	var diffs []string
	for _, rel := range got {
		a, errA := os.ReadFile(filepath.Join(testdata, rel))
		b, errB := os.ReadFile(filepath.Join(tmp, rel))
		if errA != nil || errB != nil {
			continue
		}
		if !bytes.Equal(a, b) {
			diffs = append(diffs, rel+": generated vs committed "+textdiff.First(string(b), string(a)))
		}
	}
	if len(diffs) > 0 {
		t.Errorf("%d of %d generated files differ from the committed ones (run scripts/gen-corpus.sh):\n%s",
			len(diffs), len(got), strings.Join(diffs, "\n"))
	}
}

func setDiff(a, b []string) string {
	in := func(xs []string) map[string]bool {
		m := map[string]bool{}
		for _, x := range xs {
			m[x] = true
		}
		return m
	}
	ma, mb := in(a), in(b)
	var out []string
	for _, x := range a {
		if !mb[x] {
			out = append(out, "only committed: "+x)
		}
	}
	for _, x := range b {
		if !ma[x] {
			out = append(out, "only generated: "+x)
		}
	}
	return strings.Join(out, "\n")
}

// TestRegenerateRealWorld checks every program of testdata/realworld with rustc
// (each must compile) and compares the derived values files with the committed ones.
func TestRegenerateRealWorld(t *testing.T) {
	regenerateSet(t, RealWorldDir, "scripts/gen-realworld.sh")
}

// TestRegenerateFmt does the same for testdata/fmt, the programs with
// hand-written formatting impls.
func TestRegenerateFmt(t *testing.T) {
	regenerateSet(t, FmtDir, "scripts/gen-fmt.sh")
}

func regenerateSet(t *testing.T, set, script string) {
	rustcenv.Need(t, "testdata/"+set)
	tmp := t.TempDir()
	var log bytes.Buffer
	if err := GenerateRealWorld(Options{Dir: testdata, OutDir: tmp, Parallel: 2, Log: &log, Set: set}); err != nil {
		t.Fatalf("GenerateRealWorld(%s): %v\n%s", set, err, log.String())
	}
	list := func(root string) []string {
		files, _ := filepath.Glob(filepath.Join(root, set, "*.values.json"))
		mirs, _ := filepath.Glob(filepath.Join(root, set, "*.mir"))
		files = append(files, mirs...)
		for i, f := range files {
			files[i] = filepath.Base(f)
		}
		sort.Strings(files)
		return files
	}
	want, got := list(testdata), list(tmp)
	if strings.Join(want, "\n") != strings.Join(got, "\n") {
		t.Errorf("values file set differs:\n%s", setDiff(want, got))
	}
	files, crates, err := realWorldInputs(filepath.Join(testdata, set))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2*(len(files)+len(crates)) {
		t.Errorf("%d values and MIR files for %d files and %d crates", len(got), len(files), len(crates))
	}
	for _, name := range got {
		a, errA := os.ReadFile(filepath.Join(testdata, set, name))
		b, errB := os.ReadFile(filepath.Join(tmp, set, name))
		if errA != nil || errB != nil {
			continue
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s: generated vs committed %s (run %s)", name, textdiff.First(string(b), string(a)), script)
		}
	}
}

// TestRegeneratePretty re-derives testdata/fmt's pretty files ({:#?} from
// rustc) and checks they are the committed ones.
func TestRegeneratePretty(t *testing.T) {
	rustcenv.Need(t, "testdata/"+FmtDir+" pretty files")
	tmp := t.TempDir()
	if err := GeneratePretty(Options{Dir: testdata, OutDir: tmp}); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(testdata, FmtDir, "*.pretty.json"))
	if len(files) == 0 {
		t.Fatal("no pretty files")
	}
	for _, f := range files {
		want, _ := os.ReadFile(f)
		got, err := os.ReadFile(filepath.Join(tmp, FmtDir, filepath.Base(f)))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s differs from rustc's output (run scripts/gen-fmt.sh)", filepath.Base(f))
		}
	}
}
