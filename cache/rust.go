// rust.go brings Rust documents into a plan: the .rs documents of a
// workspace are grouped into crates (rustsrc.FindRoot), each crate is
// loaded — open documents win over files on disk — and lowered to MIR
// once per version of its files: from scratch, or from the last version
// when one item of one file was edited (rustsrc.Relower). Its MIR files
// join the workspace's, so keys, the memo and evaluation treat Rust items
// like MIR items; the errors of items an edit moved are moved with them
// (Plan.shifted).

package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"maps"
	"os"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"mirlsp/mir"
	"mirlsp/rustsrc"
)

// RustDoc is what a Rust document adds to its analysis.
type RustDoc struct {
	// Crate is the lowered crate the document belongs to; File is the
	// document's index in Crate.Files and Program.Files.
	Crate   *rustsrc.Crate
	Program *rustsrc.Program
	File    int
	// Items are the crate's evaluable items of this document, in source
	// order; Uses the mentions of const and static items in it.
	Items []*rustsrc.Item
	Uses  []rustsrc.Use
	// Errors are the document's syntax errors and missing module files.
	Errors []rustsrc.Error

	ownOnce sync.Once
	own     map[*mir.Item]bool
}

// Owns reports whether m is the MIR of one of the document's Items (its
// MIR file also holds promoteds, whose failures are their const's). The
// set is built once per document, not at every publish.
func (rd *RustDoc) Owns(m *mir.Item) bool {
	rd.ownOnce.Do(func() {
		rd.own = make(map[*mir.Item]bool, len(rd.Items))
		for _, it := range rd.Items {
			if it.MIR != nil {
				rd.own[it.MIR] = true
			}
		}
	})
	return rd.own[m]
}

// IsRust reports whether a document is Rust source (else MIR text).
func (d Document) IsRust() bool { return strings.HasSuffix(d.path(), ".rs") }

// path is the document's file path: Path, or the URI when Path is empty.
func (d Document) path() string {
	if d.Path != "" {
		return d.Path
	}
	return d.URI
}

// crateBuild is one crate, loaded and lowered.
type crateBuild struct {
	crate *rustsrc.Crate
	prog  *rustsrc.Program
	infos []*fileInfo
	lines []*mir.LineIndex
	// items and uses of each file.
	items [][]*rustsrc.Item
	uses  [][]rustsrc.Use
	// adts hashes the crate's ADT declarations.
	adts [sha256.Size]byte
}

// doc returns the RustDoc of file k of the build.
func (b *crateBuild) doc(k int) *RustDoc {
	return &RustDoc{Crate: b.crate, Program: b.prog, File: k, Items: b.items[k], Uses: b.uses[k], Errors: b.crate.Files[k].Errors}
}

// rustDocs groups the Rust documents of docs into crates and lowers each
// (reusing the last build of a crate whose files did not change). It
// returns the builds in order of their roots and, per document index,
// the build and file index of the document.
func (s *Store) rustDocs(docs []Document) ([]*crateBuild, map[int]docInCrate) {
	byPath := map[string]int{}
	for i, d := range docs {
		if d.IsRust() {
			byPath[d.path()] = i
		}
	}
	// Only the crates of these documents are kept: closing a document
	// frees its crate.
	used := map[string]bool{}
	defer func() {
		s.mu.Lock()
		for r := range s.crates {
			if !used[r] {
				delete(s.crates, r)
			}
		}
		s.mu.Unlock()
	}()
	if len(byPath) == 0 {
		return nil, nil
	}
	read := func(path string) ([]byte, error) {
		if i, ok := byPath[path]; ok {
			return docs[i].Text, nil
		}
		return rustsrc.DiskFile(path)
	}
	exists := func(path string) bool {
		if _, ok := byPath[path]; ok {
			return true
		}
		_, err := os.Stat(path)
		return err == nil
	}
	var roots []string
	seen := map[string]bool{}
	paths := make([]string, 0, len(byPath))
	for p := range byPath {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		r := rustsrc.FindRoot(p, exists)
		if !seen[r] {
			seen[r] = true
			roots = append(roots, r)
		}
	}
	where := map[int]docInCrate{}
	var builds []*crateBuild
	built := make([]*crateBuild, len(roots))
	for i, r := range roots {
		built[i] = s.crate(r, read)
		used[r] = true
	}
	// A document is a module of the crate that declares it, in
	// preference to the crate it would root by itself (a file beside
	// main.rs without a Cargo.toml).
	for _, pass := range []bool{false, true} {
		for _, b := range built {
			for k, f := range b.crate.Files {
				if (k == 0) != pass {
					continue
				}
				if i, ok := byPath[f.Path]; ok {
					if _, dup := where[i]; !dup {
						where[i] = docInCrate{b, k}
					}
				}
			}
		}
	}
	for _, b := range built {
		for _, w := range where {
			if w.b == b {
				builds = append(builds, b)
				break
			}
		}
	}
	// A document no crate declares is a crate of its own.
	for _, p := range paths {
		i := byPath[p]
		if _, ok := where[i]; !ok {
			b := s.crate(p, read)
			used[p] = true
			builds = append(builds, b)
			where[i] = docInCrate{b, 0}
		}
	}
	return builds, where
}

// docInCrate locates a document in a crate build.
type docInCrate struct {
	b    *crateBuild
	file int
}

// crate returns the build of the crate rooted at root, reusing the last
// one when every file it read still has the same text, and lowering
// again from it what an edit of one file reaches when it can.
func (s *Store) crate(root string, read rustsrc.ReadFile) *crateBuild {
	s.mu.Lock()
	last := s.crates[root]
	s.mu.Unlock()
	if last != nil && sameTexts(last.crate, read) {
		return last
	}
	b := s.relower(last, read)
	if b == nil {
		c := rustsrc.LoadRoot(root, read) // in its Cargo graph when it has one
		prog := rustsrc.Lower(c)
		b = newCrateBuild(c, prog)
		b.adts = adtHash(prog.Files)
		statics := staticItems(prog.Files)
		for i, f := range prog.Files {
			b.infos = append(b.infos, newRustFileInfo(f, c.Files[i].Text, b.adts, statics, prog, nil, nil))
			b.lines = append(b.lines, mir.NewLineIndex(c.Files[i].Text))
		}
	}
	s.mu.Lock()
	if len(s.crates) > 1024 {
		clear(s.crates)
	}
	s.crates[root] = b
	s.mu.Unlock()
	return b
}

func newCrateBuild(c *rustsrc.Crate, prog *rustsrc.Program) *crateBuild {
	b := &crateBuild{crate: c, prog: prog, items: make([][]*rustsrc.Item, len(c.Files)), uses: make([][]rustsrc.Use, len(c.Files))}
	for _, it := range prog.Items {
		b.items[it.File] = append(b.items[it.File], it)
	}
	for _, u := range prog.Uses {
		b.uses[u.File] = append(b.uses[u.File], u)
	}
	return b
}

// relower builds a crate again from its last build when one file changed
// and rustsrc.Relower takes the edit; nil otherwise. The items that only
// moved keep their own hashes; the files whose items did not change keep
// their infos.
func (s *Store) relower(last *crateBuild, read rustsrc.ReadFile) *crateBuild {
	if last == nil {
		return nil
	}
	k := -1
	var text []byte
	for i, f := range last.crate.Files {
		t, err := read(f.Path)
		if (err != nil) != (f.Text == nil) {
			return nil
		}
		if !sameBytes(t, f.Text) {
			if k >= 0 {
				return nil
			}
			k, text = i, t
		}
	}
	if k < 0 {
		return nil
	}
	c, prog, edit := rustsrc.Relower(last.crate, last.prog, k, text)
	if c == nil {
		return nil
	}
	b := newCrateBuild(c, prog)
	// Relower keeps the ADT declarations (it declines an edit that adds
	// any).
	b.adts = last.adts
	var statics map[string]*mir.Item
	for i, f := range prog.Files {
		if f == last.prog.Files[i] && b.adts == last.adts {
			b.infos = append(b.infos, last.infos[i])
			continue
		}
		if statics == nil {
			statics = staticItems(prog.Files)
		}
		base := last.infos[i]
		if b.adts != last.adts {
			base = nil
		}
		b.infos = append(b.infos, newRustFileInfo(f, c.Files[i].Text, b.adts, statics, prog, base, edit))
	}
	for i := range prog.Files {
		if i == k {
			b.lines = append(b.lines, mir.NewLineIndex(text))
		} else {
			b.lines = append(b.lines, last.lines[i])
		}
	}
	return b
}

// sameTexts reports whether every file of c reads as it did.
func sameTexts(c *rustsrc.Crate, read rustsrc.ReadFile) bool {
	for _, f := range c.Files {
		text, err := read(f.Path)
		if (err != nil) != (f.Text == nil) || !sameBytes(text, f.Text) {
			return false
		}
	}
	return true
}

func sameBytes(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	return len(a) == 0 || &a[0] == &b[0] || bytes.Equal(a, b)
}

// newRustFileInfo hashes the items of a lowered file. Lowering depends on
// more than an item's text (the types it names, the ADTs of the crate),
// so an item's own hash covers its lowered MIR and the crate's ADT
// declarations as well as its text. Not its position: a result found by
// key is moved to the item it is used for (spans are kept relative).
// A reference to a static is an allocation naming it: statics are the
// crate's statics by name. An item's text is found at its span moved by
// its shift in prog. base, when not nil, is the file's info before edit
// (rustsrc.Relower): what it holds of items that did not change is kept,
// and a moved copy has its item's own hash.
func newRustFileInfo(f *mir.File, text []byte, adts [sha256.Size]byte, statics map[string]*mir.Item, prog *rustsrc.Program, base *fileInfo, edit *rustsrc.Edit) *fileInfo {
	fi := &fileInfo{own: map[*mir.Item][sha256.Size]byte{}, refs: map[*mir.Item][]ref{}, rust: true}
	if base != nil {
		fi.own, fi.refs = maps.Clone(base.own), maps.Clone(base.refs)
		for old := range edit.Copies {
			delete(fi.own, old)
			delete(fi.refs, old)
		}
	}
	var todo []*mir.Item
	for _, it := range f.Items {
		if _, ok := fi.own[it]; ok {
			continue
		}
		if base != nil {
			if old, ok := edit.Moved[it]; ok {
				if own, ok := base.own[old]; ok {
					refs := slices.Clone(base.refs[old])
					for j, r := range refs {
						if n, ok := edit.Copies[r.item]; ok {
							refs[j].item = n
						}
					}
					fi.own[it], fi.refs[it] = own, refs
					continue
				}
			}
		}
		todo = append(todo, it)
	}
	owns := make([][sha256.Size]byte, len(todo))
	refs := make([][]ref, len(todo))
	name := []byte("rs\x00" + f.Name)
	inParallel(len(todo), func(lo, hi int) {
		var n [8]byte
		h := sha256.New()
		put := func(b []byte) {
			binary.LittleEndian.PutUint64(n[:], uint64(len(b)))
			h.Write(n[:])
			h.Write(b)
		}
		var buf []byte
		for i, it := range todo[lo:hi] {
			items, allocs := references(it)
			for _, id := range allocs {
				if al := f.Allocs[id]; al != nil && statics[al.Name] != nil {
					items = append(items, ref{item: statics[al.Name]})
				}
			}
			refs[lo+i] = items
			h.Reset()
			put(name)
			d := prog.Shift(it)
			put(spanText(text, mir.Span{Start: it.Span.Start + d, End: it.Span.End + d}))
			buf = mir.AppendItem(buf[:0], it)
			put(buf)
			h.Write(adts[:])
			h.Sum(owns[lo+i][:0])
		}
	})
	for i, it := range todo {
		fi.own[it], fi.refs[it] = owns[i], refs[i]
	}
	return fi
}

// inParallel calls work on consecutive parts of [0, n) that cover it,
// across the cores when n is large enough to be worth it. work must only
// read shared state.
func inParallel(n int, work func(lo, hi int)) {
	const least = 256 // items a goroutine is worth
	parts := min(runtime.GOMAXPROCS(0), n/least)
	if parts <= 1 {
		work(0, n)
		return
	}
	var wg sync.WaitGroup
	for p := range parts {
		lo, hi := p*n/parts, (p+1)*n/parts
		wg.Go(func() { work(lo, hi) })
	}
	wg.Wait()
}

// staticItems returns the statics of a crate's files by name.
func staticItems(files []*mir.File) map[string]*mir.Item {
	m := map[string]*mir.Item{}
	for _, f := range files {
		for _, it := range f.Items {
			if it.Kind == mir.ItemStatic || it.Kind == mir.ItemStaticMut {
				m[it.Name] = it
			}
		}
	}
	return m
}

// adtHash hashes the ADT declarations of a crate's files.
func adtHash(files []*mir.File) [sha256.Size]byte {
	h := sha256.New()
	ty := func(t *mir.Ty) string {
		if t == nil {
			return "-"
		}
		return t.Text
	}
	for _, f := range files {
		for _, d := range f.Adts {
			r := d.Repr
			fmt.Fprintf(h, "%s\x00%d %v %s %v %d %d\x00", ty(d.Ty), d.Kind, r.C, ty(r.Int), r.Transparent, r.Packed, r.Align)
			for _, v := range d.Variants {
				fmt.Fprintf(h, "\x01%s %d %d %d", v.Name, v.Discr.Lo, v.Discr.Hi, v.Ctor)
				for _, fd := range v.Fields {
					fmt.Fprintf(h, "\x02%s:%s", fd.Name, ty(fd.Ty))
				}
			}
			h.Write([]byte{3})
		}
	}
	var k [sha256.Size]byte
	h.Sum(k[:0])
	return k
}
