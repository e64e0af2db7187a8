// parse_test.go parses every Rust file of the repository's testdata and
// of this package's testdata without errors.

package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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
		f, err := Parse(name, src)
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
