package rustsrc

import (
	"fmt"

	"mirlsp/mir"
)

// EachSpan calls f with every span of an item and its promoteds, in a
// fixed order (for comparing lowerings).
func EachSpan(it *mir.Item, f func(mir.Span)) {
	c := &cloner{remap: map[*mir.Item]*mir.Item{}}
	rec := func(s mir.Span) mir.Span { f(s); return s }
	c.shell(it, rec)
	c.fill(it, rec)
}

// CheckReferrers compares the referrers a program's incremental state
// keeps (Relower's, updated edit by edit) with those made afresh from
// its items: "" when they hold the same edges, or when it keeps none.
func CheckReferrers(p *Program) string {
	st := p.inc
	if st == nil || st.referrers == nil {
		return ""
	}
	fresh := &incremental{refs: map[*mir.Item]refs{}, referrers: map[*mir.Item][]*mir.Item{}, byName: map[string]*mir.Item{}}
	for m := range st.p.byMIR {
		fresh.byName[m.Name] = m
	}
	for m := range st.p.byMIR {
		fresh.addReferrer(m)
	}
	count := func(r map[*mir.Item][]*mir.Item) map[[2]*mir.Item]int {
		n := map[[2]*mir.Item]int{}
		for x, ms := range r {
			for _, m := range ms {
				n[[2]*mir.Item{x, m}]++
			}
		}
		return n
	}
	kept, want := count(st.referrers), count(fresh.referrers)
	for e, n := range want {
		if kept[e] != n {
			return fmt.Sprintf("%s referenced by %s: kept %d times, %d afresh", e[0].Name, e[1].Name, kept[e], n)
		}
	}
	for e, n := range kept {
		if want[e] != n {
			return fmt.Sprintf("%s referenced by %s: kept %d times, %d afresh", e[0].Name, e[1].Name, n, want[e])
		}
	}
	return ""
}
