package cache

import (
	"bytes"
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

func testKey(i int) Key {
	var k Key
	k[0], k[1] = byte(i), byte(i>>8)
	return k
}

func testBody(i int) []byte { return bytes.Repeat([]byte{byte(i)}, 1<<10) }

// packOf is the file of the pack holding k.
func (d *diskCache) packOf(k Key) string {
	d.mu.Lock()
	defer d.mu.Unlock()
	if loc, ok := d.index[k]; ok {
		return filepath.Join(d.dir, loc.p.name)
	}
	return ""
}

// The disk tier stays within its bound while it is written, keeps the
// most recently used packs, and trims what earlier runs left at most
// once an hour when it opens.
func TestDiskTrim(t *testing.T) {
	dir := t.TempDir()
	const max = 64 << 10
	d, err := openDisk(dir, max)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 300 {
		d.putAsync(testKey(i), testBody(i))
		d.flush()
		// Distinct modification times order the packs for trimming.
		mt := time.Now().Add(time.Duration(i-300) * time.Second)
		os.Chtimes(d.packOf(testKey(i)), mt, mt)
	}
	d.close()
	if n, files := dirSize(t, dir); n > max || files == 0 {
		t.Fatalf("%d bytes in %d files, bound %d", n, files, max)
	}
	if _, ok := d.get(testKey(0)); ok {
		t.Errorf("the oldest entry survived trimming")
	}
	if body, ok := d.get(testKey(299)); !ok || !bytes.Equal(body, testBody(299)) {
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

// Entries queued together are written as one pack; a session of small
// writes leaves few packs (small ones are merged); every entry reads
// back, also in another process.
func TestDiskPacks(t *testing.T) {
	dir := t.TempDir()
	d, err := openDisk(dir, DefaultMaxDiskBytes)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 100 {
		d.putAsync(testKey(i), testBody(i))
	}
	d.flush()
	if _, files := dirSize(t, dir); files > 3 {
		t.Errorf("100 entries queued at once: %d files", files)
	}
	for i := 100; i < 300; i++ {
		d.putAsync(testKey(i), testBody(i))
		d.flush()
	}
	d.close()
	if _, files := dirSize(t, dir); files > maxSmallPacks+2 {
		t.Errorf("%d files after 200 flushed writes", files)
	}
	d2, err := openDisk(dir, DefaultMaxDiskBytes)
	if err != nil {
		t.Fatal(err)
	}
	defer d2.close()
	for _, dc := range []*diskCache{d, d2} {
		for i := range 300 {
			if body, ok := dc.get(testKey(i)); !ok || !bytes.Equal(body, testBody(i)) {
				t.Fatalf("entry %d: %v", i, ok)
			}
		}
	}
}

// Packs written by another process after this one opened are found.
func TestDiskSharedDirectory(t *testing.T) {
	dir := t.TempDir()
	a, err := openDisk(dir, DefaultMaxDiskBytes)
	if err != nil {
		t.Fatal(err)
	}
	defer a.close()
	b, err := openDisk(dir, DefaultMaxDiskBytes)
	if err != nil {
		t.Fatal(err)
	}
	b.putAsync(testKey(1), testBody(1))
	b.close()
	a.mu.Lock()
	a.scanned = time.Time{} // as if the last look were long ago
	a.mu.Unlock()
	if body, ok := a.get(testKey(1)); !ok || !bytes.Equal(body, testBody(1)) {
		t.Errorf("an entry written by another process is not found")
	}
}

// A torn, foreign, corrupted or empty pack, or a corrupted entry, is a
// miss in a process that opens the directory, and never a wrong body in
// one that had indexed the pack before.
func TestDiskCorruption(t *testing.T) {
	corrupt := map[string]func([]byte) []byte{
		"torn":         func(b []byte) []byte { return b[:len(b)/2] },
		"flipped body": func(b []byte) []byte { b[len(b)-1] ^= 0xff; return b },
		"flipped table": func(b []byte) []byte {
			b[packHead+3] ^= 0xff
			return b
		},
		"foreign": func(b []byte) []byte { return append([]byte("mirlsp-pack-0\n"), b[len(packMagic):]...) },
		"empty":   func(b []byte) []byte { return nil },
	}
	for name, f := range corrupt {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			d, err := openDisk(dir, DefaultMaxDiskBytes)
			if err != nil {
				t.Fatal(err)
			}
			defer d.close()
			d.putAsync(testKey(7), testBody(7))
			d.flush()
			p := d.packOf(testKey(7))
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, f(data), 0o644); err != nil {
				t.Fatal(err)
			}
			d2, err := openDisk(dir, DefaultMaxDiskBytes)
			if err != nil {
				t.Fatal(err)
			}
			defer d2.close()
			// The process that indexed the pack before may still read
			// an entry whose own checksum holds, never another body.
			if body, ok := d.get(testKey(7)); ok && !bytes.Equal(body, testBody(7)) {
				t.Errorf("read %.20q from a corrupted pack", body)
			}
			if body, ok := d2.get(testKey(7)); ok {
				t.Errorf("a process opening the directory read %.20q", body)
			}
		})
	}
}

// The packs indexed in memory stay within their bound of entries: the
// least recently used are removed; the newest entries stay.
func TestDiskIndexBound(t *testing.T) {
	d, err := openDisk(t.TempDir(), DefaultMaxDiskBytes)
	if err != nil {
		t.Fatal(err)
	}
	defer d.close()
	d.flush() // the writer is idle: the bound may change
	d.maxIndexed = 40
	for i := range 300 {
		d.putAsync(testKey(i), testBody(i))
		d.flush()
		mt := time.Now().Add(time.Duration(i-300) * time.Second)
		os.Chtimes(d.packOf(testKey(i)), mt, mt)
	}
	d.mu.Lock()
	n, packs := d.indexed, len(d.packs)
	d.mu.Unlock()
	if n > d.maxIndexed || n != len(d.index) {
		t.Errorf("%d entries indexed (%d in the index, %d packs), bound %d", n, len(d.index), packs, d.maxIndexed)
	}
	if body, ok := d.get(testKey(299)); !ok || !bytes.Equal(body, testBody(299)) {
		t.Errorf("the newest entry was removed")
	}
}
