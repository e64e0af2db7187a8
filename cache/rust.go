// rust.go brings Rust documents into a plan: the .rs documents of a
// workspace are grouped into crates (rustsrc.FindRoot), each crate is
// loaded — open documents win over files on disk — and lowered to MIR
// once per version of its files. Its MIR files join the workspace's, so
// keys, the memo and evaluation treat Rust items like MIR items.

package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"os"
	"sort"
	"strings"

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
// one when every file it read still has the same text.
func (s *Store) crate(root string, read rustsrc.ReadFile) *crateBuild {
	s.mu.Lock()
	last := s.crates[root]
	s.mu.Unlock()
	if last != nil && sameTexts(last.crate, read) {
		return last
	}
	c := rustsrc.LoadRoot(root, read) // in its Cargo graph when it has one
	prog := rustsrc.Lower(c)
	b := &crateBuild{crate: c, prog: prog, items: make([][]*rustsrc.Item, len(c.Files)), uses: make([][]rustsrc.Use, len(c.Files))}
	for _, it := range prog.Items {
		b.items[it.File] = append(b.items[it.File], it)
	}
	for _, u := range prog.Uses {
		b.uses[u.File] = append(b.uses[u.File], u)
	}
	adts := adtHash(prog.Files)
	for i, f := range prog.Files {
		b.infos = append(b.infos, newRustFileInfo(f, c.Files[i].Text, adts))
		b.lines = append(b.lines, mir.NewLineIndex(c.Files[i].Text))
	}
	s.mu.Lock()
	if len(s.crates) > 1024 {
		clear(s.crates)
	}
	s.crates[root] = b
	s.mu.Unlock()
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
func newRustFileInfo(f *mir.File, text []byte, adts [sha256.Size]byte) *fileInfo {
	fi := &fileInfo{own: map[*mir.Item][sha256.Size]byte{}, refs: map[*mir.Item][]ref{}, rust: true}
	var n [8]byte
	h := sha256.New()
	put := func(b []byte) {
		binary.LittleEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	for _, it := range f.Items {
		items, _ := references(it)
		h.Reset()
		put([]byte("rs\x00" + f.Name))
		put(spanText(text, it.Span))
		put([]byte(mir.FormatItem(it)))
		h.Write(adts[:])
		var own [sha256.Size]byte
		h.Sum(own[:0])
		fi.own[it] = own
		fi.refs[it] = items
	}
	return fi
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
