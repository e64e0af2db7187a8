// keys.go computes content keys. Each item has an own hash (its text and
// the allocation dumps it names) and direct references (the items it
// names). Keys are Merkle hashes over the reference graph: an item's key
// covers its own hash and the keys of what it references, so an edit
// changes exactly the keys of the edited items and of the items that
// reach them. Items that reach each other (recursive fns, circular
// statics) form one strongly connected component and share its hash.
// Own hashes and references are computed once per parsed document text.

package cache

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"maps"
	"os"
	"runtime/debug"
	"sort"
	"sync"

	"mirlsp/eval"
	"mirlsp/mir"
)

// fileInfo is what keys need of one parsed document, computed once.
type fileInfo struct {
	own  map[*mir.Item][sha256.Size]byte
	refs map[*mir.Item][]ref
	// names are the item names the file defines; nameRefs the names its
	// items reference by path (items of other files).
	names, nameRefs []string
	// rust marks a lowered Rust file: its items reference each other
	// directly and are never named by path from other files.
	rust bool
	// adt hashes the own hashes of the items the evaluator learns ADT
	// layouts from (eval.Teaches); teaches says there is one.
	adt     [sha256.Size]byte
	teaches bool
}

// ref is a direct reference: to an item of the same file, or by path to
// an item of another file of the workspace.
type ref struct {
	item *mir.Item
	name string
}

func newFileInfo(f *mir.File, text []byte) *fileInfo {
	fi := &fileInfo{own: map[*mir.Item][sha256.Size]byte{}, refs: map[*mir.Item][]ref{}}
	allocText := map[int][]byte{}
	for _, it := range f.Items {
		for _, al := range it.Allocs {
			allocText[al.ID] = spanText(text, al.Span)
		}
	}
	ah := sha256.New()
	for _, it := range f.Items {
		items, allocs := references(it)
		h := sha256.New()
		var n [8]byte
		t := spanText(text, it.Span)
		binary.LittleEndian.PutUint64(n[:], uint64(len(t)))
		h.Write(n[:])
		h.Write(t)
		sort.Ints(allocs)
		for _, id := range allocs {
			at := allocText[id]
			binary.LittleEndian.PutUint64(n[:], uint64(len(at)))
			h.Write(n[:])
			h.Write(at)
		}
		var own [sha256.Size]byte
		h.Sum(own[:0])
		fi.own[it] = own
		fi.refs[it] = items
		if eval.Teaches(f, it) {
			ah.Write(own[:])
			fi.teaches = true
		}
		fi.names = append(fi.names, it.Name)
		for _, r := range items {
			if r.item == nil {
				fi.nameRefs = append(fi.nameRefs, r.name)
			}
		}
	}
	ah.Sum(fi.adt[:0])
	return fi
}

// adtDigest hashes what the MIR files of a workspace teach the
// evaluator's ADT registry, in file order. The registry is the
// program's, so the digest enters the key of every MIR item: a layout
// one file shows changes the results of the others.
func adtDigest(files []*mir.File, infos map[*mir.File]*fileInfo) [sha256.Size]byte {
	h := sha256.New()
	for _, f := range files {
		if fi := infos[f]; !fi.rust && fi.teaches {
			h.Write(fi.adt[:])
		}
	}
	var d [sha256.Size]byte
	h.Sum(d[:0])
	return d
}

// keyState holds the keys of one workspace, and what the next workspace
// (after an edit) needs to key only the items an edit can reach. Its
// maps are shared with the states derived from it (lmap): an edit's
// work is proportional to the documents it keys again.
type keyState struct {
	prefix string
	files  []*mir.File
	infos  map[*mir.File]*fileInfo
	// byName resolves references by path between files; multi holds the
	// names more than one file defines.
	byName *lmap[string, *mir.Item]
	multi  map[string]bool
	// items holds every item's component hash, references and key (see
	// hashFiles).
	items *lmap[*mir.Item, itemKey]
	// bundles holds each file's data items and the key covering theirs.
	bundles map[*mir.File]*fileBundle
	// mirFiles counts the files that are not lowered Rust; nkeys the
	// data items.
	mirFiles, nkeys int
	// rehashed counts the documents keyed by the computation that made
	// the state (all of them unless it was an update).
	rehashed int
	// adt is the workspace's adtDigest, hashed into every MIR item's
	// component.
	adt [sha256.Size]byte
}

// itemKey is what the keys of a workspace hold of one item.
type itemKey struct {
	// comp is the item's component hash; graph its direct references.
	comp  [sha256.Size]byte
	graph []*mir.Item
	file  *mir.File
	// key is a data item's key (data tells).
	key  Key
	data bool
}

// fileBundle is one file's data items, in order, and the key covering
// all their keys.
type fileBundle struct {
	items []*mir.Item
	key   Key
}

// key returns the key of a data item.
func (st *keyState) key(it *mir.Item) (Key, bool) {
	ik, ok := st.items.get(it)
	if !ok || !ik.data {
		return Key{}, false
	}
	return ik.key, true
}

// refs returns the items it references directly.
func (st *keyState) refs(it *mir.Item) []*mir.Item {
	ik, _ := st.items.get(it)
	return ik.graph
}

// fileOf returns the file an item of the workspace belongs to.
func (st *keyState) fileOf(it *mir.Item) *mir.File {
	ik, _ := st.items.get(it)
	return ik.file
}

// eachKey calls yield with every data item and its key.
func (st *keyState) eachKey(yield func(*mir.Item, Key)) {
	for it, ik := range st.items.all() {
		if ik.data {
			yield(it, ik.key)
		}
	}
}

// keyPrefix is hashed into every key: the tool version, the build and
// the limits.
func keyPrefix(opts Options) string {
	return fmt.Sprintf("mirlsp %s\x00build=%s\x00steps=%d stack=%d mem=%d trace=%v\x00", opts.Version, BuildID(),
		opts.Config.StepLimit, opts.Config.StackLimit, opts.Config.MemoryLimit, opts.Trace)
}

// BuildID identifies the running build, so that results computed by one
// build of mirlsp (whose evaluator, front end or encoding may differ) are
// never taken for another's: the VCS revision the binary was built from
// when its tree was clean, else the SHA-256 of the executable.
func BuildID() string {
	buildIDOnce.Do(func() {
		info, ok := debug.ReadBuildInfo()
		buildIDValue = buildID(info, ok, os.Executable)
	})
	return buildIDValue
}

var (
	buildIDOnce  sync.Once
	buildIDValue string
)

func buildID(info *debug.BuildInfo, ok bool, executable func() (string, error)) string {
	if ok && info != nil {
		var rev, modified string
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value
			}
		}
		if rev != "" && modified == "false" {
			return "vcs:" + rev
		}
	}
	if path, err := executable(); err == nil {
		if f, err := os.Open(path); err == nil {
			defer f.Close()
			h := sha256.New()
			if _, err := io.Copy(h, f); err == nil {
				return "exe:" + hex.EncodeToString(h.Sum(nil))
			}
		}
	}
	// Nothing identifies the build: no result of another process is
	// trusted.
	var b [16]byte
	rand.Read(b[:])
	return "process:" + hex.EncodeToString(b[:])
}

// computeKeys keys the data items of files (infos parallel to them). When
// prev keyed an earlier version of the workspace, only the documents that
// changed and the documents that reach them by path are keyed again;
// every other item keeps its key.
func computeKeys(prev *keyState, files []*mir.File, infos []*fileInfo, opts Options) *keyState {
	prefix := keyPrefix(opts)
	if prev != nil && prev.prefix == prefix {
		if st := prev.update(files, infos); st != nil {
			return st
		}
	}
	n := 0
	for _, f := range files {
		n += len(f.Items)
	}
	st := &keyState{prefix: prefix, files: files, infos: make(map[*mir.File]*fileInfo, len(files)),
		byName: newLmap[string, *mir.Item](n), multi: map[string]bool{},
		items: newLmap[*mir.Item, itemKey](n), bundles: make(map[*mir.File]*fileBundle, len(files))}
	definer := map[string]*mir.File{}
	for i, f := range files {
		st.infos[f] = infos[i]
		if infos[i].rust {
			continue
		}
		st.mirFiles++
		for _, it := range f.Items {
			if old, dup := st.byName.get(it.Name); !dup || it.CTFE && !old.CTFE {
				st.byName.set(it.Name, it)
			}
			if d, ok := definer[it.Name]; ok && d != f {
				st.multi[it.Name] = true
			}
			definer[it.Name] = f
		}
	}
	st.adt = adtDigest(files, st.infos)
	st.hashFiles(files)
	st.byName.building, st.items.building = false, false
	st.rehashed = len(files)
	return st
}

// update keys files as an edit of st's workspace, or returns nil when the
// edit changes which item a path names (items added, removed or renamed,
// documents opened or closed): those are keyed from scratch.
func (st *keyState) update(files []*mir.File, infos []*fileInfo) *keyState {
	if len(files) != len(st.files) {
		return nil
	}
	had := make(map[*mir.File]bool, len(st.files))
	for _, f := range st.files {
		had[f] = true
	}
	var changed []*mir.File
	newNames := map[string]int{}
	for i, f := range files {
		if had[f] {
			delete(had, f)
			continue
		}
		changed = append(changed, f)
		for _, name := range infos[i].names {
			newNames[name]++
		}
	}
	if len(changed) == 0 && len(had) == 0 {
		return st
	}
	if len(changed)*4 > len(files) {
		return nil
	}
	// The removed documents must define exactly the names the changed
	// ones define, none of which another document defines too.
	for f := range had {
		for _, name := range st.infos[f].names {
			newNames[name]--
		}
	}
	for name, c := range newNames {
		if c != 0 || st.multi[name] {
			return nil
		}
	}
	next := &keyState{prefix: st.prefix, files: files, infos: make(map[*mir.File]*fileInfo, len(files)),
		byName: st.byName.derive(), multi: st.multi, items: st.items.derive(),
		bundles: maps.Clone(st.bundles), nkeys: st.nkeys}
	for f := range had {
		for _, it := range f.Items {
			if _, ok := next.key(it); ok {
				next.nkeys--
			}
			next.items.delete(it)
		}
		delete(next.bundles, f)
	}
	for i, f := range files {
		next.infos[f] = infos[i]
		if !infos[i].rust {
			next.mirFiles++
		}
	}
	// An edit of what the files teach the ADT registry changes every MIR
	// item's key.
	if next.adt = adtDigest(files, next.infos); next.adt != st.adt {
		return nil
	}
	// Affected: the changed documents and, transitively, every document
	// that names an item of an affected one.
	affected := map[*mir.File]bool{}
	names := map[string]bool{}
	add := func(f *mir.File) {
		affected[f] = true
		for _, name := range next.infos[f].names {
			names[name] = true
		}
	}
	for _, f := range changed {
		add(f)
		if next.infos[f].rust {
			continue
		}
		for _, it := range f.Items {
			next.byName.delete(it.Name)
		}
		for _, it := range f.Items {
			if old, dup := next.byName.get(it.Name); !dup || it.CTFE && !old.CTFE {
				next.byName.set(it.Name, it)
			}
		}
	}
	for grew := true; grew; {
		grew = false
		for _, f := range files {
			if affected[f] {
				continue
			}
			for _, name := range next.infos[f].nameRefs {
				if names[name] {
					add(f)
					grew = true
					break
				}
			}
		}
	}
	var redo []*mir.File
	for _, f := range files {
		if affected[f] {
			redo = append(redo, f)
		}
	}
	next.hashFiles(redo)
	next.rehashed = len(redo)
	return next
}

// hashFiles keys the items of files. References to items of other files
// use their component hashes in st, which must be final.
func (st *keyState) hashFiles(files []*mir.File) {
	// Number the items; resolve references to numbers (or to items
	// outside the set, which are already hashed).
	var nodes []*mir.Item
	var own [][sha256.Size]byte
	id := make(map[*mir.Item]int32)
	for _, f := range files {
		fi := st.infos[f]
		for _, it := range f.Items {
			id[it] = int32(len(nodes))
			nodes = append(nodes, it)
			own = append(own, fi.own[it])
		}
	}
	edges := make([][]int32, len(nodes))
	var outside map[int32][]*mir.Item
	// Paths name items of other files in a workspace of several MIR
	// files, as the evaluator looks them up (Rust crates are programs
	// of their own).
	multiFile := st.mirFiles > 1
	for _, f := range files {
		for _, it := range f.Items {
			v := id[it]
			for _, r := range st.infos[f].refs[it] {
				target := r.item
				if target == nil {
					if !multiFile {
						continue
					}
					target, _ = st.byName.get(r.name)
				}
				if target == nil {
					continue
				}
				if w, ok := id[target]; ok {
					edges[v] = append(edges[v], w)
				} else if _, ok := st.items.get(target); ok {
					if outside == nil {
						outside = map[int32][]*mir.Item{}
					}
					outside[v] = append(outside[v], target)
				}
			}
		}
	}

	// Tarjan's algorithm, iteratively; components come out in reverse
	// topological order (every component after the ones it references).
	n := len(nodes)
	index := make([]int32, n)
	low := make([]int32, n)
	comp := make([]int32, n)
	onStack := make([]bool, n)
	for i := range index {
		index[i] = -1
	}
	var stack []int32
	var comps [][]int32
	next := int32(0)
	type frameT struct{ v, e int32 }
	var work []frameT
	for root := int32(0); root < int32(n); root++ {
		if index[root] >= 0 {
			continue
		}
		work = append(work[:0], frameT{root, 0})
		index[root], low[root] = next, next
		next++
		stack = append(stack, root)
		onStack[root] = true
		for len(work) > 0 {
			top := &work[len(work)-1]
			v := top.v
			if int(top.e) < len(edges[v]) {
				w := edges[v][top.e]
				top.e++
				if index[w] < 0 {
					index[w], low[w] = next, next
					next++
					stack = append(stack, w)
					onStack[w] = true
					work = append(work, frameT{w, 0})
				} else if onStack[w] {
					low[v] = min(low[v], index[w])
				}
				continue
			}
			work = work[:len(work)-1]
			if len(work) > 0 {
				u := work[len(work)-1].v
				low[u] = min(low[u], low[v])
			}
			if low[v] == index[v] {
				var c []int32
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					onStack[w] = false
					comp[w] = int32(len(comps))
					c = append(c, w)
					if w == v {
						break
					}
				}
				comps = append(comps, c)
			}
		}
	}
	fileOf := make([]*mir.File, 0, len(nodes))
	for _, f := range files {
		for range f.Items {
			fileOf = append(fileOf, f)
		}
	}
	// Hash each component from its members' own hashes and the hashes of
	// the components it references (and a MIR item's, from what the
	// workspace teaches the ADT registry).
	compHash := make([][sha256.Size]byte, len(comps))
	h := sha256.New()
	prefix := []byte(st.prefix)
	var outs [][sha256.Size]byte
	for ci, c := range comps {
		if len(c) > 1 {
			sort.Slice(c, func(i, j int) bool { return string(own[c[i]][:]) < string(own[c[j]][:]) })
		}
		outs = outs[:0]
		for _, v := range c {
			for _, w := range edges[v] {
				if comp[w] != int32(ci) {
					outs = append(outs, compHash[comp[w]])
				}
			}
			for _, x := range outside[v] {
				xk, _ := st.items.get(x)
				outs = append(outs, xk.comp)
			}
		}
		sort.Slice(outs, func(i, j int) bool { return string(outs[i][:]) < string(outs[j][:]) })
		h.Reset()
		h.Write(prefix)
		if !st.infos[fileOf[c[0]]].rust {
			h.Write(st.adt[:])
		}
		for _, v := range c {
			h.Write(own[v][:])
		}
		for i, o := range outs {
			if i > 0 && o == outs[i-1] {
				continue
			}
			h.Write(o[:])
		}
		h.Sum(compHash[ci][:0])
	}
	keys := make([]Key, len(nodes))
	for v, it := range nodes {
		c := comp[v]
		ik := itemKey{comp: compHash[c], file: fileOf[v]}
		for _, w := range edges[v] {
			ik.graph = append(ik.graph, nodes[w])
		}
		ik.graph = append(ik.graph, outside[int32(v)]...)
		if it.Kind.IsData() {
			ik.data = true
			if len(comps[c]) == 1 {
				// The component's hash covers the item's own hash.
				ik.key = Key(compHash[c])
			} else {
				h.Reset()
				h.Write(compHash[c][:])
				h.Write(own[v][:])
				h.Sum(ik.key[:0])
			}
		}
		if old, had := st.items.swap(it, ik); had && old.data {
			st.nkeys--
		}
		if ik.data {
			st.nkeys++
			keys[v] = ik.key
		}
	}
	// Each file's bundle: its data items and a key covering their keys
	// (nodes are the files' items in order).
	v := 0
	for _, f := range files {
		b := &fileBundle{}
		h.Reset()
		h.Write([]byte("bundle\x00"))
		for _, it := range f.Items {
			if it.Kind.IsData() {
				b.items = append(b.items, it)
				h.Write(keys[v][:])
			}
			v++
		}
		h.Sum(b.key[:0])
		st.bundles[f] = b
	}
}

func spanText(src []byte, sp mir.Span) []byte {
	if sp.Start < 0 || sp.End > len(src) || sp.Start > sp.End {
		return nil
	}
	return src[sp.Start:sp.End]
}

// references lists what an item names directly: consts, statics,
// promoteds and fns (resolved in the file, or by path for items of other
// files), and the allocations of pointer constants.
func references(it *mir.Item) ([]ref, []int) {
	var items []ref
	var allocs []int
	mir.EachConst(it, func(k *mir.Const) {
		switch k.Kind {
		case mir.ConstItem, mir.ConstFn, mir.ConstFnPtr:
			if k.Item != nil {
				items = append(items, ref{item: k.Item})
			} else if k.Path != nil {
				items = append(items, ref{name: k.Path.Text})
			}
		case mir.ConstAlloc:
			allocs = append(allocs, k.Alloc)
		}
	})
	if it.Parent != nil {
		items = append(items, ref{item: it.Parent})
	}
	for _, p := range it.Promoteds {
		items = append(items, ref{item: p})
	}
	for _, al := range it.Allocs {
		allocs = append(allocs, al.ID)
	}
	return items, allocs
}
