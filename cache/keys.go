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
	// Number the items; resolve references to numbers.
	var nodes []*mir.Item
	var own [][sha256.Size]byte
	id := make(map[*mir.Item]int32)
	byName := make(map[string]int32)
	for i, f := range files {
		for _, it := range f.Items {
			n := int32(len(nodes))
			id[it] = n
			nodes = append(nodes, it)
			own = append(own, infos[i].own[it])
			if old, dup := byName[it.Name]; !dup || it.CTFE && !nodes[old].CTFE {
				byName[it.Name] = n
			}
		}
	}
	edges := make([][]int32, len(nodes))
	for i, f := range files {
		for _, it := range f.Items {
			v := id[it]
			for _, r := range infos[i].refs[it] {
				if r.item != nil {
					if w, ok := id[r.item]; ok {
						edges[v] = append(edges[v], w)
					}
				} else if len(files) > 1 {
					if w, ok := byName[r.name]; ok {
						edges[v] = append(edges[v], w)
					}
				}
			}
		}
	}
	prefix := fmt.Sprintf("mirlsp %s\x00steps=%d stack=%d mem=%d trace=%v\x00", opts.Version,
		opts.Config.StepLimit, opts.Config.StackLimit, opts.Config.MemoryLimit, opts.Trace)

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
	// Hash each component from its members' own hashes and the hashes of
	// the components it references.
	compHash := make([][sha256.Size]byte, len(comps))
	h := sha256.New()
	var outs []int32
	for ci, c := range comps {
		if len(c) > 1 {
			sort.Slice(c, func(i, j int) bool { return string(own[c[i]][:]) < string(own[c[j]][:]) })
		}
		outs = outs[:0]
		for _, v := range c {
			for _, w := range edges[v] {
				if comp[w] != int32(ci) {
					outs = append(outs, comp[w])
				}
			}
		}
		sort.Slice(outs, func(i, j int) bool { return string(compHash[outs[i]][:]) < string(compHash[outs[j]][:]) })
		h.Reset()
		h.Write([]byte(prefix))
		for _, v := range c {
			h.Write(own[v][:])
		}
		for i, o := range outs {
			if i > 0 && compHash[o] == compHash[outs[i-1]] {
				continue
			}
			h.Write(compHash[o][:])
		}
		h.Sum(compHash[ci][:0])
	}
	keys := make(map[*mir.Item]Key, n)
	graph := make(map[*mir.Item][]*mir.Item, n)
	for v, it := range nodes {
		for _, w := range edges[v] {
			graph[it] = append(graph[it], nodes[w])
		}
		if !it.Kind.IsData() {
			continue
		}
		c := comp[v]
		if len(comps[c]) == 1 {
			// The component's hash covers the item's own hash.
			keys[it] = Key(compHash[c])
			continue
		}
		h.Reset()
		h.Write(compHash[c][:])
		h.Write(own[v][:])
		var k Key
		h.Sum(k[:0])
		keys[it] = k
	}
	return keys, graph
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
