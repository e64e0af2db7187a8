package rustsrc

import "mirlsp/mir"

// EachSpan calls f with every span of an item and its promoteds, in a
// fixed order (for comparing lowerings).
func EachSpan(it *mir.Item, f func(mir.Span)) {
	c := &cloner{remap: map[*mir.Item]*mir.Item{}}
	rec := func(s mir.Span) mir.Span { f(s); return s }
	c.shell(it, rec)
	c.fill(it, rec)
}
