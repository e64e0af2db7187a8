package cache

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// dirSize is the total size of the entries under dir.
func dirSize(t *testing.T, dir string) (n int64, files int) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, de fs.DirEntry, err error) error {
		if err == nil && !de.IsDir() && de.Name() != "trimmed" {
			info, _ := de.Info()
			n += info.Size()
			files++
		}
		return nil
	})
	return n, files
}

// The disk tier stays within its bound while it is written, keeps the
// most recently used entries, and trims what earlier runs left at most
// once an hour when it opens.
func TestDiskTrim(t *testing.T) {
	dir := t.TempDir()
	const max = 64 << 10
	d, err := openDisk(dir, max)
	if err != nil {
		t.Fatal(err)
	}
	body := make([]byte, 1<<10)
	var first, last Key
	for i := range 300 {
		var k Key
		k[0], k[1] = byte(i), byte(i>>8)
		if i == 0 {
			first = k
		}
		last = k
		d.putAsync(k, body)
		d.flush()
		// Distinct modification times order the entries for trimming.
		p := d.path(k)
		mt := time.Now().Add(time.Duration(i-300) * time.Second)
		os.Chtimes(p, mt, mt)
	}
	d.close()
	if n, files := dirSize(t, dir); n > max || files == 0 {
		t.Fatalf("%d bytes in %d files, bound %d", n, files, max)
	}
	if _, ok := d.get(first); ok {
		t.Errorf("the oldest entry survived trimming")
	}
	if _, ok := d.get(last); !ok {
		t.Errorf("the newest entry was trimmed")
	}

	// A directory over its bound left by another run with a larger
	// bound: trimmed on open when the last trim is over an hour old.
	old := time.Now().Add(-2 * time.Hour)
	os.Chtimes(filepath.Join(dir, "trimmed"), old, old)
	d2, err := openDisk(dir, max/4)
	if err != nil {
		t.Fatal(err)
	}
	d2.close()
	if n, _ := dirSize(t, dir); n > max/4 {
		t.Errorf("%d bytes after opening with bound %d", n, max/4)
	}
	// Within the hour, opening does not walk the directory again.
	d3, err := openDisk(dir, 1)
	if err != nil {
		t.Fatal(err)
	}
	d3.close()
	if _, files := dirSize(t, dir); files == 0 {
		t.Errorf("opening again within the hour trimmed the directory")
	}
}
