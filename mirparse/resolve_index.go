// resolve_index.go narrows the items a trimmed or impl path may name
// before the resolver's filters run: without it, each `Type::NAME` use
// scans every item named NAME in the file, which grows with the square of
// a file where every module has its own Type::NAME.

package mirparse

import (
	"slices"
	"strconv"

	"mirlsp/mir"
)

// candIndex holds, per last segment, the items grouped by what the
// resolver's filters look at. Each list keeps byLast's order; pos is the
// position of an item in its byLast list, to merge lists in that order.
type candIndex struct {
	pos map[*mir.Item]int
	// byParent: key last + "\x00" + the segment before it (an impl
	// segment replaced by the impl's known self type); single: items
	// whose path has one segment, by last.
	byParent map[string][]*mir.Item
	single   map[string][]*mir.Item
	// byImpl: items of impl blocks, key last + "\x00" + "s" + self type
	// when it is known, else "w" + header width (-1: unknown).
	byImpl map[string][]*mir.Item
}

func (r *resolver) index() *candIndex {
	if r.idx != nil {
		return r.idx
	}
	x := &candIndex{pos: map[*mir.Item]int{}, byParent: map[string][]*mir.Item{}, single: map[string][]*mir.Item{}, byImpl: map[string][]*mir.Item{}}
	for last, items := range r.byLast {
		for i, c := range items {
			x.pos[c] = i
			if n := len(c.Path.Segs); n <= 1 {
				x.single[last] = append(x.single[last], c)
			} else {
				k := last + "\x00" + r.selfName(c.Path.Segs[n-2].Name)
				x.byParent[k] = append(x.byParent[k], c)
			}
			if imp, ok := r.implOf(c); ok && imp != nil {
				k := implKey(last, imp.self, imp.width)
				x.byImpl[k] = append(x.byImpl[k], c)
			}
		}
	}
	r.idx = x
	return x
}

// selfName is a path segment as suffixCands compares it: an impl segment
// of known self type is that type.
func (r *resolver) selfName(name string) string {
	if imp := r.impls[name]; imp != nil && imp.self != "" {
		return imp.self
	}
	return name
}

func implKey(last, self string, width int) string {
	if self != "" {
		return last + "\x00s" + self
	}
	return last + "\x00w" + strconv.Itoa(width)
}

// merged returns the union of lists (disjoint, each in byLast order) in
// byLast order.
func (x *candIndex) merged(lists ...[]*mir.Item) []*mir.Item {
	var out []*mir.Item
	n := 0
	for _, l := range lists {
		if len(l) > 0 {
			n++
			out = l
		}
	}
	if n <= 1 {
		return out
	}
	out = nil
	for _, l := range lists {
		out = append(out, l...)
	}
	slices.SortFunc(out, func(a, b *mir.Item) int { return x.pos[a] - x.pos[b] })
	return out
}

// suffixPool returns the items of byLast[p.Last()] that suffixCands may
// accept: those whose segment before the last matches p's (or that have
// one segment).
func (r *resolver) suffixPool(p *mir.Path) []*mir.Item {
	x := r.index()
	last := p.Last()
	m := len(p.Segs)
	if m < 2 {
		return x.single[last]
	}
	return x.merged(x.single[last], x.byParent[last+"\x00"+p.Segs[m-2].Name])
}

// implPool returns the items of byLast[last] of impl blocks that may be
// for owner: known to be for it, or of unknown self type whose header is
// `impl Owner` or of unknown width.
func (r *resolver) implPool(owner, last string) []*mir.Item {
	x := r.index()
	return x.merged(x.byImpl[implKey(last, owner, 0)], x.byImpl[implKey(last, "", len("impl "+owner))], x.byImpl[implKey(last, "", -1)])
}
