// pos.go maps byte offsets of a source text to line and column numbers.

package mir

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// LineIndex maps byte offsets of one text to 1-based lines and columns.
type LineIndex struct {
	src   []byte
	lines []int // byte offset of the start of each line
}

// NewLineIndex indexes src.
func NewLineIndex(src []byte) *LineIndex {
	// Counted first: the index is built in one allocation.
	lines := make([]int, 1, 1+bytes.Count(src, []byte{'\n'}))
	for i, c := range src {
		if c == '\n' {
			lines = append(lines, i+1)
		}
	}
	return &LineIndex{src: src, lines: lines}
}

// Position returns the 1-based line and column (counted in characters,
// as rustc counts them) of byte offset off.
func (x *LineIndex) Position(off int) (line, col int) {
	if off < 0 {
		off = 0
	}
	if off > len(x.src) {
		off = len(x.src)
	}
	i := sort.Search(len(x.lines), func(i int) bool { return x.lines[i] > off }) - 1
	return i + 1, utf8.RuneCount(x.src[x.lines[i]:off]) + 1
}

// LineStart returns the byte offset of the start of 1-based line n.
func (x *LineIndex) LineStart(n int) int {
	if n < 1 {
		return 0
	}
	if n > len(x.lines) {
		return len(x.src)
	}
	return x.lines[n-1]
}

// Line returns the text of 1-based line n without its newline.
func (x *LineIndex) Line(n int) string {
	s := x.LineStart(n)
	e := s
	for e < len(x.src) && x.src[e] != '\n' {
		e++
	}
	return string(x.src[s:e])
}
