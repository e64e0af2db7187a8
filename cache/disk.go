// disk.go holds the persistent tier: entries written in batches, one pack
// file per batch under packs/, each written to a temporary file and
// renamed into place (so readers in other processes see a whole pack or
// none). A pack starts with a format version and a table of its entries
// (key, place) under a checksum; each entry's body carries its own, so
// a torn, foreign or corrupted pack or entry reads as a miss. Packs
// written by other processes are found when a key misses; small packs
// are merged; the directory is trimmed to a size bound, least recently
// used pack first.

package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// packMagic starts every pack; the digit is the format version.
const packMagic = "mirlsp-pack-1\n"

const (
	// packDir is the directory of the packs under the cache directory.
	packDir = "packs"
	// tableEntry is the size of one entry of a pack's table: key, offset
	// and length of the body.
	tableEntry = sha256.Size + 8 + 8
	// packHead is the size of a pack's header before its table: magic
	// and entry count.
	packHead = len(packMagic) + 4
	// maxPackEntries bounds the entries of one pack (and what a header
	// may claim).
	maxPackEntries = 1 << 16
	// maxBatchBytes bounds the bodies of one pack.
	maxBatchBytes = 32 << 20
	// coalesce is how long the writer gathers entries before writing a
	// pack (unless flushed).
	coalesce = 200 * time.Millisecond
	// Packs smaller than max/smallPackRatio (at most maxSmallPack) are
	// merged once there are more than maxSmallPacks of them.
	smallPackRatio = 64
	maxSmallPack   = 1 << 20
	maxSmallPacks  = 32
	// rescanEvery bounds how often a miss looks for packs written by
	// other processes.
	rescanEvery = time.Second
	// defaultMaxIndexed bounds the entries of the packs indexed in
	// memory (about 80 bytes each): beyond it the least recently used
	// packs are removed, as beyond the size bound.
	defaultMaxIndexed = 1 << 18
)

type diskCache struct {
	root  string // the cache directory
	dir   string // its packs
	max   int64
	small int64 // the size under which packs are merged
	// maxIndexed bounds the entries of the packs (defaultMaxIndexed).
	maxIndexed int

	mu      sync.Mutex
	index   map[Key]entryLoc
	packs   map[string]*pack // by file name
	indexed int              // the entries of the packs
	scanned time.Time        // the last look for new packs
	written int64            // bytes written since the last trim
	// writes counts the entries written.
	writes atomic.Int64

	// Writes go through a queue so evaluation never waits for the file
	// system; pending counts writes not yet done (flush waits for it).
	queue chan diskWrite
	// flushing counts flushes waiting: the writer writes what it has
	// without gathering more; flushNow wakes it.
	flushing atomic.Int32
	flushNow chan struct{}
	pending  pendingCount
	closed   bool // under mu: no more writes are queued
}

type diskWrite struct {
	key  Key
	body []byte
}

// pack is one pack file, opened for reading when first needed.
type pack struct {
	name    string
	size    int64
	entries int
	used    time.Time // modification time: last write or use

	mu sync.Mutex
	f  *os.File
}

// entryLoc is where an entry's frame (checksum and body) lies.
type entryLoc struct {
	p      *pack
	off, n int64
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

func openDisk(root string, max int64) (*diskCache, error) {
	dir := filepath.Join(root, packDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	d := &diskCache{root: root, dir: dir, max: max, small: min(maxSmallPack, max/smallPackRatio), maxIndexed: defaultMaxIndexed, index: map[Key]entryLoc{}, packs: map[string]*pack{},
		queue: make(chan diskWrite, 4096), flushNow: make(chan struct{}, 1)}
	d.mu.Lock()
	d.scanLocked()
	d.mu.Unlock()
	d.pending.add() // the first trim
	go d.writer()
	return d, nil
}

// writer trims the directory left by earlier runs (at most once an hour,
// off the start path) and merges small packs, then writes queued entries
// in batches.
func (d *diskCache) writer() {
	marker := filepath.Join(d.root, "trimmed")
	if info, err := os.Stat(marker); err != nil || time.Since(info.ModTime()) > time.Hour {
		d.trim()
		if f, err := os.Create(marker); err == nil {
			f.Close()
		}
	}
	d.merge()
	d.pending.done()
	for w := range d.queue {
		batch, size := []diskWrite{w}, len(w.body)
		timer := time.NewTimer(coalesce)
	gather:
		for len(batch) < maxPackEntries && size < maxBatchBytes {
			if d.flushing.Load() > 0 {
				// Take what is queued already, then write.
				select {
				case w := <-d.queue:
					batch, size = append(batch, w), size+len(w.body)
					continue
				default:
				}
				break gather
			}
			select {
			case w := <-d.queue:
				batch, size = append(batch, w), size+len(w.body)
			case <-timer.C:
				break gather
			case <-d.flushNow:
			}
		}
		timer.Stop()
		d.writeBatch(batch)
		for range batch {
			d.pending.done()
		}
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
	d.flush()
}

// flush writes what is queued now and waits for it.
func (d *diskCache) flush() {
	d.flushing.Add(1)
	defer d.flushing.Add(-1)
	select {
	case d.flushNow <- struct{}{}:
	default:
	}
	d.pending.wait()
}

// get reads the entry of k, or reports a miss.
func (d *diskCache) get(k Key) ([]byte, bool) {
	d.mu.Lock()
	loc, ok := d.index[k]
	if !ok && time.Since(d.scanned) >= rescanEvery {
		d.scanLocked()
		loc, ok = d.index[k]
	}
	d.mu.Unlock()
	if !ok {
		return nil, false
	}
	body, err := loc.p.read(d.dir, loc.off, loc.n)
	if err != nil {
		d.mu.Lock()
		if errors.Is(err, fs.ErrNotExist) {
			d.dropLocked(loc.p) // removed by another process
		} else if d.index[k] == loc {
			delete(d.index, k)
		}
		d.mu.Unlock()
		return nil, false
	}
	return body, true
}

// read returns the body of the entry framed at off (sha256, body),
// checking it.
func (p *pack) read(dir string, off, n int64) ([]byte, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.f == nil {
		f, err := os.Open(filepath.Join(dir, p.name))
		if err != nil {
			return nil, err
		}
		p.f = f
	}
	frame := make([]byte, n)
	if _, err := p.f.ReadAt(frame, off); err != nil {
		return nil, err
	}
	body, err := checkFrame(frame)
	// Mark the pack as recently used for trimming, at most once an hour
	// (as Go's build cache does): a hit costs no write.
	if err == nil && time.Since(p.used) > time.Hour {
		now := time.Now()
		p.used = now
		_ = os.Chtimes(filepath.Join(dir, p.name), now, now)
	}
	return body, err
}

// checkFrame returns the body of a frame whose checksum matches.
func checkFrame(frame []byte) ([]byte, error) {
	if len(frame) < sha256.Size {
		return nil, errCorrupt
	}
	body := frame[sha256.Size:]
	if sum := sha256.Sum256(body); !bytes.Equal(sum[:], frame[:sha256.Size]) {
		return nil, errCorrupt
	}
	return body, nil
}

var errCorrupt = errors.New("corrupted cache entry")

// scanLocked indexes the packs in the directory not indexed yet and
// forgets those that are gone.
func (d *diskCache) scanLocked() {
	d.scanned = time.Now()
	des, err := os.ReadDir(d.dir)
	if err != nil {
		return
	}
	present := map[string]bool{}
	for _, de := range des {
		name := de.Name()
		if !strings.HasSuffix(name, ".pack") {
			continue
		}
		present[name] = true
		if d.packs[name] != nil {
			continue
		}
		p, table, err := readTable(d.dir, name)
		if err != nil {
			continue // torn, foreign or corrupted: its entries miss
		}
		d.addLocked(p, table)
	}
	for name, p := range d.packs {
		if !present[name] {
			d.dropLocked(p)
		}
	}
}

// tableRow is one entry of a pack's table.
type tableRow struct {
	key    Key
	off, n int64
}

// readTable reads and checks the table of a pack.
func readTable(dir, name string) (*pack, []tableRow, error) {
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	head := make([]byte, packHead)
	if _, err := io.ReadFull(f, head); err != nil || string(head[:len(packMagic)]) != packMagic {
		return nil, nil, errCorrupt
	}
	count := int64(binary.LittleEndian.Uint32(head[len(packMagic):]))
	tableEnd := int64(packHead) + count*tableEntry + sha256.Size
	if count > maxPackEntries || tableEnd > info.Size() {
		return nil, nil, errCorrupt
	}
	table := make([]byte, tableEnd-int64(packHead))
	if _, err := io.ReadFull(f, table); err != nil {
		return nil, nil, err
	}
	rows := table[:count*tableEntry]
	h := sha256.New()
	h.Write(head)
	h.Write(rows)
	if !bytes.Equal(h.Sum(nil), table[count*tableEntry:]) {
		return nil, nil, errCorrupt
	}
	out := make([]tableRow, count)
	for i := range out {
		r := rows[i*tableEntry:]
		copy(out[i].key[:], r)
		out[i].off = int64(binary.LittleEndian.Uint64(r[sha256.Size:]))
		out[i].n = int64(binary.LittleEndian.Uint64(r[sha256.Size+8:]))
		if out[i].off < tableEnd || out[i].n < sha256.Size || out[i].off+out[i].n > info.Size() {
			return nil, nil, errCorrupt
		}
	}
	return &pack{name: name, size: info.Size(), used: info.ModTime()}, out, nil
}

func (d *diskCache) addLocked(p *pack, table []tableRow) {
	d.packs[p.name] = p
	p.entries = len(table)
	d.indexed += p.entries
	for _, r := range table {
		d.index[r.key] = entryLoc{p: p, off: r.off, n: r.n}
	}
}

// dropLocked forgets a pack and its entries.
func (d *diskCache) dropLocked(p *pack) {
	if d.packs[p.name] != p {
		return
	}
	delete(d.packs, p.name)
	d.indexed -= p.entries
	for k, loc := range d.index {
		if loc.p == p {
			delete(d.index, k)
		}
	}
	p.mu.Lock()
	if p.f != nil {
		p.f.Close()
		p.f = nil
	}
	p.mu.Unlock()
}

// writeBatch writes entries as one pack and indexes them.
func (d *diskCache) writeBatch(batch []diskWrite) {
	p, table, err := writePack(d.dir, batch)
	if err != nil {
		return
	}
	d.writes.Add(int64(len(batch)))
	d.mu.Lock()
	if old := d.packs[p.name]; old != nil {
		d.dropLocked(old) // the same pack written again
	}
	d.addLocked(p, table)
	d.written += p.size
	trim := d.written > d.max/8 || d.indexed > d.maxIndexed
	if trim {
		d.written = 0
	}
	small := 0
	for _, q := range d.packs {
		if q.size < d.small {
			small++
		}
	}
	d.mu.Unlock()
	if trim {
		d.trim()
	}
	if small > maxSmallPacks {
		d.merge()
	}
}

// writePack writes entries (later ones win for equal keys) to a new pack
// named by its table's checksum.
func writePack(dir string, batch []diskWrite) (*pack, []tableRow, error) {
	last := make(map[Key]int, len(batch))
	for i, w := range batch {
		last[w.key] = i
	}
	var ws []diskWrite
	for i, w := range batch {
		if last[w.key] == i {
			ws = append(ws, w)
		}
	}
	tableEnd := int64(packHead) + int64(len(ws))*tableEntry + sha256.Size
	head := make([]byte, packHead, tableEnd)
	copy(head, packMagic)
	binary.LittleEndian.PutUint32(head[len(packMagic):], uint32(len(ws)))
	rows := make([]tableRow, len(ws))
	off := tableEnd
	for i, w := range ws {
		n := int64(sha256.Size + len(w.body))
		rows[i] = tableRow{key: w.key, off: off, n: n}
		head = append(head, w.key[:]...)
		head = binary.LittleEndian.AppendUint64(head, uint64(off))
		head = binary.LittleEndian.AppendUint64(head, uint64(n))
		off += n
	}
	sum := sha256.Sum256(head)
	head = append(head, sum[:]...)
	name := hex.EncodeToString(sum[:16]) + ".pack"

	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return nil, nil, err
	}
	buf := make([]byte, 0, off)
	buf = append(buf, head...)
	for _, w := range ws {
		s := sha256.Sum256(w.body)
		buf = append(append(buf, s[:]...), w.body...)
	}
	_, werr := tmp.Write(buf)
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), filepath.Join(dir, name)) != nil {
		os.Remove(tmp.Name())
		return nil, nil, errors.Join(werr, cerr, errCorrupt)
	}
	return &pack{name: name, size: int64(len(buf)), used: time.Now()}, rows, nil
}

// merge rewrites the small packs as one when there are more than
// maxSmallPacks (a long session writes a small pack per edit).
func (d *diskCache) merge() {
	d.mu.Lock()
	type smallPack struct {
		p    *pack
		used time.Time
	}
	var small []smallPack
	for _, p := range d.packs {
		if p.size < d.small {
			p.mu.Lock()
			small = append(small, smallPack{p, p.used})
			p.mu.Unlock()
		}
	}
	d.mu.Unlock()
	if len(small) <= maxSmallPacks {
		return
	}
	// Oldest first, so newer bodies win for equal keys; the merged pack
	// is as recently used as its newest part.
	sort.Slice(small, func(i, j int) bool { return small[i].used.Before(small[j].used) })
	var batch []diskWrite
	var merged []*pack
	var used time.Time
	size := int64(0)
	for _, sp := range small {
		ws, err := readPack(d.dir, sp.p.name)
		if err != nil {
			continue
		}
		if len(batch)+len(ws) > maxPackEntries || size >= d.small {
			break // merged packs stay small in memory
		}
		batch = append(batch, ws...)
		size += sp.p.size
		merged, used = append(merged, sp.p), sp.used
	}
	if len(merged) < 2 {
		return
	}
	np, table, err := writePack(d.dir, batch)
	if err != nil {
		return
	}
	np.used = used
	_ = os.Chtimes(filepath.Join(d.dir, np.name), used, used)
	d.mu.Lock()
	defer d.mu.Unlock()
	if old := d.packs[np.name]; old != nil {
		d.dropLocked(old)
	}
	for _, p := range merged {
		d.dropLocked(p)
	}
	d.addLocked(np, table)
	for _, p := range merged {
		if p.name != np.name {
			os.Remove(filepath.Join(d.dir, p.name))
		}
	}
}

// readPack reads every sound entry of a pack.
func readPack(dir, name string) ([]diskWrite, error) {
	_, table, err := readTable(dir, name)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	var ws []diskWrite
	for _, r := range table {
		if r.off+r.n > int64(len(data)) {
			continue
		}
		if body, err := checkFrame(data[r.off : r.off+r.n]); err == nil {
			ws = append(ws, diskWrite{r.key, body})
		}
	}
	return ws, nil
}

// trim removes the least recently used files until the cache directory
// is within its bound and its packs within d.maxIndexed entries (and stale
// temporary files, and the entries of earlier formats first).
func (d *diskCache) trim() {
	type ent struct {
		path    string
		size    int64
		mod     time.Time
		entries int
	}
	var ents []ent
	var total int64
	indexed := 0
	_ = filepath.WalkDir(d.root, func(p string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() {
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
		if filepath.Base(p) == "trimmed" {
			return nil
		}
		mod := info.ModTime()
		if filepath.Dir(p) != d.dir {
			mod = time.Time{} // an earlier format's entry
		}
		n := 0
		d.mu.Lock()
		if pk := d.packs[filepath.Base(p)]; pk != nil && filepath.Dir(p) == d.dir {
			n = pk.entries
		}
		d.mu.Unlock()
		ents = append(ents, ent{p, info.Size(), mod, n})
		total += info.Size()
		indexed += n
		return nil
	})
	if total <= d.max && indexed <= d.maxIndexed {
		return
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].mod.Before(ents[j].mod) })
	for _, e := range ents {
		if total <= d.max*3/4 && indexed <= d.maxIndexed*3/4 {
			break
		}
		if os.Remove(e.path) == nil {
			total -= e.size
			indexed -= e.entries
			d.mu.Lock()
			if p := d.packs[filepath.Base(e.path)]; p != nil && filepath.Dir(e.path) == d.dir {
				d.dropLocked(p)
			}
			d.mu.Unlock()
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
