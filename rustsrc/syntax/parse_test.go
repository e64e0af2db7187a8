// parse_test.go parses every Rust file of the repository's testdata and
// of this package's testdata without errors.

package syntax

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var editionRE = regexp.MustCompile(`(?m)^edition\s*=\s*"(\d+)"`)

// fileEdition is the edition of the package holding file (the nearest
// Cargo.toml's; 2015 when it names none), or "" outside packages.
func fileEdition(file string) string {
	for dir := filepath.Dir(file); ; dir = filepath.Dir(dir) {
		if toml, err := os.ReadFile(filepath.Join(dir, "Cargo.toml")); err == nil {
			if m := editionRE.FindSubmatch(toml); m != nil {
				return string(m[1])
			}
			if strings.Contains(string(toml), "[package]") {
				return "2015"
			}
		}
		if parent := filepath.Dir(dir); parent == dir {
			return ""
		}
	}
}

// rustFiles returns the .rs files under the given roots.
func rustFiles(t testing.TB, roots ...string) []string {
	var files []string
	for _, root := range roots {
		err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(path, ".rs") {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return files
}

func TestParseTestdata(t *testing.T) {
	files := rustFiles(t, "../../testdata", "testdata/valid")
	if len(files) < 100 {
		t.Fatalf("found only %d .rs files", len(files))
	}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := ParseEdition(name, src, fileEdition(name))
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		for _, it := range f.Items {
			if _, bad := it.(*BadItem); bad {
				t.Errorf("%s: bad item without error", name)
			}
		}
	}
}
