// lines.go maps a body's statements and terminators to source lines:
// which positions a step may stop at (every MIR statement of a .mir
// file; for Rust, the first MIR statement of each Rust statement) and
// which hold a breakpoint.

package dap

import (
	"mirlsp/mir"
)

// bodyLines is the line table of one body.
type bodyLines struct {
	// line[b][s] is the line of statement s of block b (s ==
	// len(Stmts): the terminator), 0 when a step never stops there.
	line [][]int32
	// entry marks the positions where execution enters a line.
	entry [][]bool
	// bp holds the breakpoint id of each position (0: none), for
	// breakpoints of generation gen.
	bp    [][]int
	gen   int64
	hasBP bool
	// file is the body's file (index in program.files); hidden marks the
	// generated call of a function launch.
	file   int
	hidden bool
}

// visibleStmt reports whether a Rust statement's MIR statement is one a
// step stops at (not storage markers and other bookkeeping).
func visibleStmt(k mir.StmtKind) bool {
	switch k {
	case mir.StmtAssign, mir.StmtSetDiscriminant, mir.StmtAssume, mir.StmtCopyNonOverlapping, mir.StmtDeinit:
		return true
	}
	return false
}

func visibleTerm(k mir.TermKind) bool {
	switch k {
	case mir.TermSwitchInt, mir.TermCall, mir.TermAssert, mir.TermReturn, mir.TermDrop, mir.TermUnreachable:
		return true
	}
	return false
}

// newBodyLines builds the table of body b of file k.
func newBodyLines(p *program, b *mir.Body, k int, hidden bool) *bodyLines {
	bl := &bodyLines{line: make([][]int32, len(b.Blocks)), entry: make([][]bool, len(b.Blocks)), bp: make([][]int, len(b.Blocks)), file: k, hidden: hidden, gen: -1}
	last := make([]int32, len(b.Blocks))
	for i, blk := range b.Blocks {
		n := len(blk.Stmts) + 1
		bl.line[i] = make([]int32, n)
		bl.entry[i] = make([]bool, n)
		bl.bp[i] = make([]int, n)
		if hidden {
			continue
		}
		at := func(sp mir.Span) int32 {
			if sp == (mir.Span{}) {
				return 0
			}
			l, _ := p.pos(k, sp.Start)
			return int32(l)
		}
		for s, st := range blk.Stmts {
			if !p.rust || visibleStmt(st.Kind) {
				bl.line[i][s] = at(st.Span)
			}
		}
		if t := blk.Term; t != nil && (!p.rust || visibleTerm(t.Kind)) {
			bl.line[i][n-1] = at(t.Span)
		}
		for s := n - 1; s >= 0; s-- {
			if bl.line[i][s] != 0 {
				last[i] = bl.line[i][s]
				break
			}
		}
	}
	if hidden {
		return bl
	}
	// The lines control comes from into each block: a block entered only
	// from blocks ending on its first line continues that line (the rest
	// of an overflow check, the assignment after a call).
	from := make([][]int32, len(b.Blocks))
	for i, blk := range b.Blocks {
		if blk.Term == nil {
			continue
		}
		for _, t := range successors(blk.Term) {
			if t >= 0 && int(t) < len(b.Blocks) {
				from[t] = append(from[t], last[i])
			}
		}
	}
	for i := range b.Blocks {
		prev := int32(-1)
		if len(from[i]) > 0 {
			prev = from[i][0]
			for _, l := range from[i][1:] {
				if l != prev {
					prev = -1
				}
			}
		}
		if i == 0 {
			prev = -1
		}
		for s, l := range bl.line[i] {
			if l == 0 {
				continue
			}
			bl.entry[i][s] = !p.rust || l != prev
			prev = l
		}
	}
	return bl
}

// successors lists the blocks a terminator may continue at.
func successors(t *mir.Terminator) []mir.BlockID {
	var out []mir.BlockID
	switch t.Kind {
	case mir.TermGoto, mir.TermFalseEdge, mir.TermFalseUnwind, mir.TermDrop, mir.TermCall, mir.TermAssert:
		out = append(out, t.Target)
	case mir.TermSwitchInt:
		for _, a := range t.Arms {
			out = append(out, a.Target)
		}
		out = append(out, t.Otherwise)
	}
	return out
}

// setBreakpoints fills the breakpoint table from the set of generation gen.
func (bl *bodyLines) setBreakpoints(set *bpSet) {
	bl.gen = set.gen
	bl.hasBP = false
	lines := set.lines[bl.file]
	for b := range bl.bp {
		for s := range bl.bp[b] {
			bl.bp[b][s] = 0
			if l := bl.line[b][s]; l != 0 && bl.entry[b][s] && lines != nil {
				bl.bp[b][s] = lines[int(l)]
				bl.hasBP = bl.hasBP || bl.bp[b][s] != 0
			}
		}
	}
}

// bpSet is the breakpoints of every file: line to breakpoint id.
type bpSet struct {
	gen   int64
	lines map[int]map[int]int
}

// shadowedAt returns the CTFE body that replaces the body holding line
// l of file k, if that body is never evaluated.
func (p *program) shadowedAt(k, l int) *mir.Item {
	for _, it := range p.files[k].Items {
		c := p.shadowed[it]
		if c == nil {
			continue
		}
		if s, _ := p.pos(k, it.Span.Start); s <= l {
			if e, _ := p.pos(k, it.Span.End); l <= e {
				return c
			}
		}
	}
	return nil
}

// stopLines lists the lines of file k where a breakpoint can stop.
func (p *program) stopLines(k int) map[int]bool {
	out := map[int]bool{}
	for _, it := range p.files[k].Items {
		if it.Body == nil || p.shadowed[it] != nil {
			continue
		}
		bl := newBodyLines(p, it.Body, k, false)
		for b := range bl.line {
			for s, l := range bl.line[b] {
				if l != 0 && bl.entry[b][s] {
					out[int(l)] = true
				}
			}
		}
	}
	return out
}
