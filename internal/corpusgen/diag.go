// diag.go turns rustc's `--error-format=json` diagnostics into Y.expect.json.

package corpusgen

import (
	"bufio"
	"encoding/json"
	"regexp"
	"strings"
)

// diagnostic mirrors the part of rustc's JSON diagnostic format used here.
type diagnostic struct {
	Message string `json:"message"`
	Code    *struct {
		Code string `json:"code"`
	} `json:"code"`
	Level    string       `json:"level"`
	Spans    []diagSpan   `json:"spans"`
	Children []diagnostic `json:"children"`
	Rendered string       `json:"rendered"`
}

type diagSpan struct {
	FileName    string  `json:"file_name"`
	LineStart   int     `json:"line_start"`
	LineEnd     int     `json:"line_end"`
	ColumnStart int     `json:"column_start"`
	ColumnEnd   int     `json:"column_end"`
	IsPrimary   bool    `json:"is_primary"`
	Label       *string `json:"label"`
}

// parseDiagnostics reads one JSON diagnostic per line, ignoring other lines.
func parseDiagnostics(stderr string) []diagnostic {
	var ds []diagnostic
	sc := bufio.NewScanner(strings.NewReader(stderr))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "{") {
			continue
		}
		var d diagnostic
		if json.Unmarshal([]byte(line), &d) == nil {
			ds = append(ds, d)
		}
	}
	return ds
}

// ExpectFile is the content of Y.expect.json.
type ExpectFile struct {
	Program string          `json:"program"`
	Errors  []ExpectedError `json:"errors"`
}

// ExpectedError is one error-level diagnostic of rustc.
type ExpectedError struct {
	Code      *string       `json:"code"`
	Message   string        `json:"message"`
	Item      *string       `json:"item"` // X of "evaluation of `X` failed ..."
	Line      int           `json:"line"`
	Column    int           `json:"column"`
	EndLine   int           `json:"end_line"`
	EndColumn int           `json:"end_column"`
	Label     *string       `json:"label"`
	Frames    []Frame       `json:"frames"`
	Notes     []string      `json:"notes"`
	Help      []string      `json:"help"`
	Related   []RelatedNote `json:"related"`
	Rendered  string        `json:"rendered"`
}

// Frame is one "inside `f`" (or collapsed "[... N additional calls ...]") note.
type Frame struct {
	Note      string  `json:"note"`
	Function  *string `json:"function"`
	Line      int     `json:"line"`
	Column    int     `json:"column"`
	EndLine   int     `json:"end_line"`
	EndColumn int     `json:"end_column"`
	Label     *string `json:"label"`
}

// RelatedNote is any other child diagnostic that carries a span
// (e.g. "help: the constant being evaluated", "erroneous constant encountered").
type RelatedNote struct {
	Level   string  `json:"level"`
	Message string  `json:"message"`
	Line    int     `json:"line"`
	Column  int     `json:"column"`
	Label   *string `json:"label"`
}

var (
	itemLabelRe = regexp.MustCompile("^evaluation of `(.*)` failed (?:here|inside this call)$")
	insideRe    = regexp.MustCompile("^inside `(.*)`$")
	collapsedRe = regexp.MustCompile("^\\[\\.\\.\\. \\d+ additional calls? inside `(.*)` \\.\\.\\.\\]$")
)

// expectFromDiagnostics keeps the error-level diagnostics (not the "aborting due to"
// summary) in rustc's order; top-level notes that follow an error are attached to it.
func expectFromDiagnostics(program string, ds []diagnostic) *ExpectFile {
	ef := &ExpectFile{Program: program, Errors: []ExpectedError{}}
	for _, d := range ds {
		if (d.Level == "note" || d.Level == "help") && len(ef.Errors) > 0 {
			// a top-level follow-on note ("erroneous constant encountered") belongs
			// to the error before it
			last := &ef.Errors[len(ef.Errors)-1]
			rn := RelatedNote{Level: d.Level, Message: d.Message}
			if sp, ok := primary(d.Spans); ok {
				rn.Line, rn.Column, rn.Label = sp.LineStart, sp.ColumnStart, sp.Label
			}
			last.Related = append(last.Related, rn)
			last.Rendered += d.Rendered
			continue
		}
		if d.Level != "error" || strings.HasPrefix(d.Message, "aborting due to") {
			continue
		}
		e := ExpectedError{Message: d.Message, Frames: []Frame{}, Notes: []string{}, Help: []string{}, Related: []RelatedNote{}, Rendered: d.Rendered}
		if d.Code != nil {
			c := d.Code.Code
			e.Code = &c
		}
		if sp, ok := primary(d.Spans); ok {
			e.Line, e.Column, e.EndLine, e.EndColumn = sp.LineStart, sp.ColumnStart, sp.LineEnd, sp.ColumnEnd
			e.Label = sp.Label
			if sp.Label != nil {
				if m := itemLabelRe.FindStringSubmatch(*sp.Label); m != nil {
					item := m[1]
					e.Item = &item
				}
			}
		}
		for _, c := range d.Children {
			sp, hasSpan := primary(c.Spans)
			switch {
			case hasSpan && c.Level == "note" && (insideRe.MatchString(c.Message) || collapsedRe.MatchString(c.Message) || c.Message == "inside closure"):
				f := Frame{Note: c.Message, Line: sp.LineStart, Column: sp.ColumnStart, EndLine: sp.LineEnd, EndColumn: sp.ColumnEnd, Label: sp.Label}
				if m := insideRe.FindStringSubmatch(c.Message); m != nil {
					fn := m[1]
					f.Function = &fn
				} else if m := collapsedRe.FindStringSubmatch(c.Message); m != nil {
					fn := m[1]
					f.Function = &fn
				}
				e.Frames = append(e.Frames, f)
			case hasSpan:
				e.Related = append(e.Related, RelatedNote{Level: c.Level, Message: c.Message, Line: sp.LineStart, Column: sp.ColumnStart, Label: sp.Label})
			case c.Level == "help":
				e.Help = append(e.Help, c.Message)
			default:
				e.Notes = append(e.Notes, c.Message)
			}
		}
		ef.Errors = append(ef.Errors, e)
	}
	return ef
}

func primary(spans []diagSpan) (diagSpan, bool) {
	for _, s := range spans {
		if s.IsPrimary {
			return s, true
		}
	}
	if len(spans) > 0 {
		return spans[0], true
	}
	return diagSpan{}, false
}
