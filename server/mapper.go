// mapper.go converts byte offsets of a document to LSP positions and
// back, in the position encoding negotiated at initialize. It is the only
// place that counts UTF-16 code units.

package server

import (
	"bytes"
	"sort"
	"unicode/utf8"

	"go.lsp.dev/protocol"
)

// Mapper maps between byte offsets of one text and LSP positions.
type Mapper struct {
	text  []byte
	lines []int // byte offset of the start of each line
	utf8  bool  // positions count bytes (UTF-8) instead of UTF-16 units
}

// NewMapper indexes text; utf8 selects the UTF-8 position encoding.
func NewMapper(text []byte, utf8 bool) *Mapper {
	// Counted first: the index is built in one allocation.
	lines := make([]int, 1, 1+bytes.Count(text, []byte{'\n'}))
	for i, c := range text {
		if c == '\n' {
			lines = append(lines, i+1)
		}
	}
	return &Mapper{text: text, lines: lines, utf8: utf8}
}

// lineEnd is the offset of the end of line i (before its newline).
func (m *Mapper) lineEnd(i int) int {
	if i+1 < len(m.lines) {
		e := m.lines[i+1] - 1
		if e > m.lines[i] && m.text[e-1] == '\r' {
			e--
		}
		return e
	}
	return len(m.text)
}

// Position returns the LSP position of byte offset off (clamped).
func (m *Mapper) Position(off int) protocol.Position {
	off = max(0, min(off, len(m.text)))
	i := sort.Search(len(m.lines), func(i int) bool { return m.lines[i] > off }) - 1
	start := m.lines[i]
	if m.utf8 {
		return protocol.Position{Line: uint32(i), Character: uint32(off - start)}
	}
	n := 0
	for p := start; p < off; {
		r, size := utf8.DecodeRune(m.text[p:])
		if p+size > off {
			break // inside a multi-byte sequence
		}
		p += size
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return protocol.Position{Line: uint32(i), Character: uint32(n)}
}

// Range returns the LSP range of byte offsets [start, end).
func (m *Mapper) Range(start, end int) protocol.Range {
	return protocol.Range{Start: m.Position(start), End: m.Position(end)}
}

// Offset returns the byte offset of an LSP position. A line past the end
// maps to the end of the text, a character past the end of its line to
// the end of the line, as the specification asks.
func (m *Mapper) Offset(p protocol.Position) int {
	line := int(p.Line)
	if line >= len(m.lines) {
		return len(m.text)
	}
	start, end := m.lines[line], m.lineEnd(line)
	if m.utf8 {
		off := start + int(p.Character)
		if off > end {
			return end
		}
		for off > start && !utf8.RuneStart(m.text[off]) {
			off--
		}
		return off
	}
	n := 0
	off := start
	for off < end && n < int(p.Character) {
		r, size := utf8.DecodeRune(m.text[off:])
		units := 1
		if r >= 0x10000 {
			units = 2
		}
		if n+units > int(p.Character) {
			break
		}
		n += units
		off += size
	}
	return off
}
