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
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"sort"

	"mirlsp/mir"
)

// fileInfo is what keys need of one parsed document, computed once.
type fileInfo struct {
	own  map[*mir.Item][sha256.Size]byte
	refs map[*mir.Item][]ref
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
	}
	return fi
}

// computeKeys keys the data items of files (fileInfos parallel to them)
// and returns the reference graph.
func computeKeys(files []*mir.File, infos []*fileInfo, opts Options) (map[*mir.Item]Key, map[*mir.Item][]*mir.Item) {
	// Resolve references to items.
	byName := map[string]*mir.Item{}
	own := map[*mir.Item][sha256.Size]byte{}
	var nodes []*mir.Item
	for i, f := range files {
		for _, it := range f.Items {
			if _, dup := byName[it.Name]; !dup || it.CTFE {
				byName[it.Name] = it
			}
			own[it] = infos[i].own[it]
			nodes = append(nodes, it)
		}
	}
	edges := map[*mir.Item][]*mir.Item{}
	for i, f := range files {
		for _, it := range f.Items {
			for _, r := range infos[i].refs[it] {
				d := r.item
				if d == nil && len(files) > 1 {
					d = byName[r.name]
				}
				if d != nil {
					edges[it] = append(edges[it], d)
				}
			}
		}
	}
	prefix := fmt.Sprintf("mirlsp %s\x00steps=%d stack=%d mem=%d trace=%v\x00", opts.Version,
		opts.Config.StepLimit, opts.Config.StackLimit, opts.Config.MemoryLimit, opts.Trace)

	// Tarjan's algorithm; components come out in reverse topological
	// order (every component after the ones it references).
	index := map[*mir.Item]int{}
	low := map[*mir.Item]int{}
	onStack := map[*mir.Item]bool{}
	var stack []*mir.Item
	comp := map[*mir.Item]int{}
	var comps [][]*mir.Item
	next := 0
	var strong func(v *mir.Item)
	strong = func(v *mir.Item) {
		index[v], low[v] = next, next
		next++
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range edges[v] {
			if _, seen := index[w]; !seen {
				strong(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			var c []*mir.Item
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				comp[w] = len(comps)
				c = append(c, w)
				if w == v {
					break
				}
			}
			comps = append(comps, c)
		}
	}
	for _, v := range nodes {
		if _, seen := index[v]; !seen {
			strong(v)
		}
	}
	// Hash each component from its members' own hashes and the hashes of
	// the components it references.
	compHash := make([][sha256.Size]byte, len(comps))
	for ci, c := range comps {
		sort.Slice(c, func(i, j int) bool { return c[i].Name < c[j].Name || c[i].Name == c[j].Name && index[c[i]] < index[c[j]] })
		var outs []int
		for _, v := range c {
			for _, w := range edges[v] {
				if comp[w] != ci {
					outs = append(outs, comp[w])
				}
			}
		}
		h := sha256.New()
		h.Write([]byte(prefix))
		for _, v := range c {
			o := own[v]
			h.Write(o[:])
		}
		var outHashes [][sha256.Size]byte
		seen := map[int]bool{}
		for _, o := range outs {
			if !seen[o] {
				seen[o] = true
				outHashes = append(outHashes, compHash[o])
			}
		}
		sort.Slice(outHashes, func(i, j int) bool { return string(outHashes[i][:]) < string(outHashes[j][:]) })
		for _, o := range outHashes {
			h.Write(o[:])
		}
		h.Sum(compHash[ci][:0])
	}
	keys := map[*mir.Item]Key{}
	for _, v := range nodes {
		if !v.Kind.IsData() {
			continue
		}
		h := sha256.New()
		ch := compHash[comp[v]]
		h.Write(ch[:])
		o := own[v]
		h.Write(o[:])
		var k Key
		h.Sum(k[:0])
		keys[v] = k
	}
	return keys, edges
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
	var c func(k *mir.Const)
	c = func(k *mir.Const) {
		if k == nil {
			return
		}
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
		for _, f := range k.Fields {
			c(f)
		}
	}
	op := func(o *mir.Operand) {
		if o.Kind == mir.OpConst {
			c(o.Const)
		}
	}
	if it.Trivial != nil {
		c(it.Trivial)
	}
	if it.Parent != nil {
		items = append(items, ref{item: it.Parent})
	}
	for _, p := range it.Promoteds {
		items = append(items, ref{item: p})
	}
	for _, al := range it.Allocs {
		allocs = append(allocs, al.ID)
	}
	if b := it.Body; b != nil {
		for _, blk := range b.Blocks {
			for _, st := range blk.Stmts {
				for i := range st.Ops {
					op(&st.Ops[i])
				}
				if rv := st.Rvalue; rv != nil {
					op(&rv.A)
					op(&rv.B)
					if rv.Agg != nil {
						for i := range rv.Agg.Ops {
							op(&rv.Agg.Ops[i])
						}
					}
				}
			}
			if t := blk.Term; t != nil {
				op(&t.Func)
				op(&t.Discr)
				op(&t.Cond)
				for i := range t.Args {
					op(&t.Args[i])
				}
				if t.Msg != nil {
					for i := range t.Msg.Args {
						op(&t.Msg.Args[i])
					}
				}
			}
		}
	}
	return items, allocs
}
