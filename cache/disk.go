// disk.go holds the persistent tier: one file per key under a directory,
// written to a temporary file and renamed into place (so readers in other
// processes see a whole file or none), with a header carrying a format
// version, the key, the length and a checksum, so a torn, foreign or
// corrupted file reads as a miss. The directory is trimmed to a size
// bound, least recently used first.

package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// diskMagic starts every entry; the digit is the format version.
const diskMagic = "mirlsp-cache-1\n"

type diskCache struct {
	dir string
	max int64

	mu      sync.Mutex
	written int64 // bytes written since the last trim
	// writes counts the entries written.
	writes atomic.Int64

	// Writes go through a queue so evaluation never waits for the file
	// system; pending counts writes not yet done (flush waits for it).
	queue   chan diskWrite
	pending pendingCount
	closed  bool // under mu: no more writes are queued
}

type diskWrite struct {
	key  Key
	body []byte
}

// DefaultDir returns the disk tier's directory: $MIRLSP_CACHE, or
// mirlsp under the user cache directory.
func DefaultDir() (string, error) {
	if d := os.Getenv("MIRLSP_CACHE"); d != "" {
		return d, nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "mirlsp"), nil
}

func openDisk(dir string, max int64) (*diskCache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	d := &diskCache{dir: dir, max: max, queue: make(chan diskWrite, 4096)}
	d.pending.add() // the first trim
	go d.writer()
	return d, nil
}

// writer trims the directory left by earlier runs (at most once an hour,
// off the start path), then performs queued writes.
func (d *diskCache) writer() {
	marker := filepath.Join(d.dir, "trimmed")
	if info, err := os.Stat(marker); err != nil || time.Since(info.ModTime()) > time.Hour {
		d.trim()
		if f, err := os.Create(marker); err == nil {
			f.Close()
		}
	}
	d.pending.done()
	for w := range d.queue {
		d.put(w.key, w.body)
		d.pending.done()
	}
}

// putAsync queues a write of the entry of k.
func (d *diskCache) putAsync(k Key, body []byte) {
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return
	}
	d.pending.add()
	d.mu.Unlock()
	d.queue <- diskWrite{k, body}
}

// close stops queueing writes and waits for the queued ones.
func (d *diskCache) close() {
	d.mu.Lock()
	d.closed = true
	d.mu.Unlock()
	d.pending.wait()
}

// flush waits for the queued writes.
func (d *diskCache) flush() { d.pending.wait() }

func (d *diskCache) path(k Key) string {
	h := k.String()
	full := filepath.Join(d.dir, h[:2], fmtKey(k))
	return full
}

func fmtKey(k Key) string {
	const hexd = "0123456789abcdef"
	b := make([]byte, 0, 2*len(k)+2)
	for _, c := range k {
		b = append(b, hexd[c>>4], hexd[c&15])
	}
	return string(b) + "-r"
}

// get reads the entry of k, or reports a miss.
func (d *diskCache) get(k Key) ([]byte, bool) {
	p := d.path(k)
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, false
	}
	body, ok := decodeEntry(k, data)
	if !ok {
		return nil, false
	}
	// Mark the entry as recently used for trimming, at most once an hour
	// (as Go's build cache does): a hit costs no write.
	if info, err := os.Stat(p); err == nil && time.Since(info.ModTime()) > time.Hour {
		now := time.Now()
		_ = os.Chtimes(p, now, now)
	}
	return body, true
}

// put writes the entry of k atomically.
func (d *diskCache) put(k Key, body []byte) {
	p := d.path(k)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return
	}
	data := encodeEntry(k, body)
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), p) != nil {
		os.Remove(tmp.Name())
		return
	}
	d.writes.Add(1)
	d.mu.Lock()
	d.written += int64(len(data))
	trim := d.written > d.max/8
	if trim {
		d.written = 0
	}
	d.mu.Unlock()
	if trim {
		d.trim()
	}
}

// encodeEntry frames body: magic, key, length, sha256(body), body.
func encodeEntry(k Key, body []byte) []byte {
	var b bytes.Buffer
	b.WriteString(diskMagic)
	b.Write(k[:])
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(body)))
	b.Write(n[:])
	sum := sha256.Sum256(body)
	b.Write(sum[:])
	b.Write(body)
	return b.Bytes()
}

// decodeEntry checks an entry's frame; any mismatch is a miss.
func decodeEntry(k Key, data []byte) ([]byte, bool) {
	head := len(diskMagic) + len(k) + 8 + sha256.Size
	if len(data) < head || string(data[:len(diskMagic)]) != diskMagic {
		return nil, false
	}
	p := len(diskMagic)
	if !bytes.Equal(data[p:p+len(k)], k[:]) {
		return nil, false
	}
	p += len(k)
	n := binary.LittleEndian.Uint64(data[p:])
	p += 8
	sum := data[p : p+sha256.Size]
	p += sha256.Size
	body := data[p:]
	if uint64(len(body)) != n {
		return nil, false
	}
	if got := sha256.Sum256(body); !bytes.Equal(got[:], sum) {
		return nil, false
	}
	return body, true
}

// trim removes the least recently used entries until the directory is
// within its bound (and stale temporary files).
func (d *diskCache) trim() {
	type ent struct {
		path string
		size int64
		mod  time.Time
	}
	var ents []ent
	var total int64
	_ = filepath.WalkDir(d.dir, func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return nil
		}
		if de.IsDir() {
			return nil
		}
		info, err := de.Info()
		if err != nil {
			return nil
		}
		if filepath.Base(p)[0] == '.' {
			if time.Since(info.ModTime()) > time.Hour {
				os.Remove(p)
			}
			return nil
		}
		ents = append(ents, ent{p, info.Size(), info.ModTime()})
		total += info.Size()
		return nil
	})
	if total <= d.max {
		return
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].mod.Before(ents[j].mod) })
	for _, e := range ents {
		if total <= d.max*3/4 {
			break
		}
		if os.Remove(e.path) == nil {
			total -= e.size
		}
	}
}

// pendingCount counts queued writes. Unlike a sync.WaitGroup it may be
// incremented from zero while another goroutine waits (a write queued
// during a flush), which several analyses sharing a store do.
type pendingCount struct {
	mu   sync.Mutex
	n    int
	zero *sync.Cond
}

func (c *pendingCount) add() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c *pendingCount) done() {
	c.mu.Lock()
	c.n--
	if c.n == 0 && c.zero != nil {
		c.zero.Broadcast()
	}
	c.mu.Unlock()
}

// wait returns when no write is pending.
func (c *pendingCount) wait() {
	c.mu.Lock()
	if c.zero == nil {
		c.zero = sync.NewCond(&c.mu)
	}
	for c.n > 0 {
		c.zero.Wait()
	}
	c.mu.Unlock()
}
