package rustsrc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDiskFile: a module path naming a device or a directory is an error
// of the `mod` declaration, not a hang.
func TestDiskFile(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "lib.rs")
	src := "#[path = \"/dev/zero\"]\nmod z;\n#[path = \"" + dir + "\"]\nmod d;\npub const A: u8 = 1 + 1;\n"
	if err := os.WriteFile(root, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	c := Load(root, DiskFile)
	var errs []string
	for _, f := range c.Files {
		for _, e := range f.Errors {
			errs = append(errs, e.Msg)
		}
	}
	if len(errs) != 2 || !strings.Contains(errs[0], "`z`") || !strings.Contains(errs[1], "`d`") {
		t.Errorf("errors %q", errs)
	}
	if b, err := DiskFile(root); err != nil || string(b) != src {
		t.Errorf("DiskFile(%s) = %q, %v", root, b, err)
	}
	if _, err := DiskFile("/dev/zero"); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("DiskFile(/dev/zero): %v", err)
	}
}
