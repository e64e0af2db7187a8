// error.go holds positioned syntax errors and the line/column helper.

package syntax

import (
	"fmt"
	"sort"
	"strings"

	"mirlsp/mir"
)

// Position is a place in a source file: a byte offset and its 1-based line
// and column, the column counted in characters as rustc counts them.
type Position struct {
	Filename     string
	Offset       int
	Line, Column int
}

func (p Position) String() string {
	if p.Filename == "" {
		return fmt.Sprintf("%d:%d", p.Line, p.Column)
	}
	return fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)
}

// Error is a syntax error at a position.
type Error struct {
	Pos  Position
	Span Span // the offending token or construct
	Msg  string
}

func (e Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// ErrorList is a list of errors in source order.
type ErrorList []Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns l as an error, or nil if it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// sortErrors orders errors by offset and drops exact duplicates.
func sortErrors(l ErrorList) ErrorList {
	sort.SliceStable(l, func(i, j int) bool { return l[i].Span.Start < l[j].Span.Start })
	out := l[:0]
	for i, e := range l {
		if i > 0 && e.Span == l[i-1].Span && e.Msg == l[i-1].Msg {
			continue
		}
		out = append(out, e)
	}
	return out
}

// Lines maps byte offsets of a source to positions.
type Lines struct {
	Filename string
	index    *mir.LineIndex
}

// NewLines indexes src for position lookups.
func NewLines(filename string, src []byte) *Lines {
	return &Lines{Filename: filename, index: mir.NewLineIndex(src)}
}

// Position returns the position of byte offset off.
func (l *Lines) Position(off int) Position {
	line, col := l.index.Position(off)
	return Position{Filename: l.Filename, Offset: off, Line: line, Column: col}
}
