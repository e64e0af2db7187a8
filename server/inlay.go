// inlay.go answers textDocument/inlayHint: the value after each data
// item's header (array lengths for anon consts of type usize), and in
// MIR const bodies each statement's last value, with ×N when it ran more
// than once. Each kind can be turned off in the settings.

package server

import (
	"bytes"
	"context"
	"fmt"

	"go.lsp.dev/protocol"

	"mirlsp/cache"
	"mirlsp/eval"
	"mirlsp/mir"
)

// maxHintValue is the length above which a value is re-rendered short.
const maxHintValue = 40

func (s *Server) InlayHint(ctx context.Context, p *protocol.InlayHintParams) ([]protocol.InlayHint, error) {
	sn, d, da, m, err := s.fileFor(ctx, string(p.TextDocument.URI))
	if err != nil || da == nil {
		return nil, err
	}
	start, end := m.Offset(p.Range.Start), m.Offset(p.Range.End)
	// The range is what the client shows: its items are evaluated first,
	// now and after the next edit.
	s.session.setViewport(string(p.TextDocument.URI), lineRange{p.Range.Start.Line, p.Range.End.Line})
	var visible []*mir.Item
	for _, it := range da.File.Items {
		if it.Span.End >= start && it.Span.Start <= end && it.Kind.IsData() {
			visible = append(visible, it)
		}
	}
	sn.run.prefer(visible)
	hints := []protocol.InlayHint{}
	yes := true
	add := func(off int, label string, kind protocol.InlayHintKind) {
		hints = append(hints, protocol.InlayHint{Position: m.Position(off), Label: protocol.String(label), Kind: kind, PaddingLeft: &yes})
	}
	if da.Rust != nil {
		if err := sn.rustHints(ctx, da.Rust, d.text, start, end, add); err != nil {
			return nil, err
		}
		return hints, nil
	}
	st := sn.settings
	for _, it := range da.File.Items {
		if it.Span.End < start || it.Span.Start > end || !it.Kind.IsData() {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		r := sn.run.result(it)
		if r == nil {
			continue
		}
		arrayLen := it.Kind == mir.ItemAnonConst && it.Ty != nil && mir.FormatTy(it.Ty) == "usize"
		if r.Value != "" && (arrayLen && st.Hints.ArrayLengths || !arrayLen && st.Hints.Values) {
			if off := lineEnd(d.text, it.Span.Start); off >= start && off <= end {
				add(off, "= "+sn.shortValue(r), protocol.InlayHintKindType)
			}
		}
		if st.Hints.Statements && r.Trace != nil && it.Body != nil {
			stmtHints(it, r.Trace, d.text, start, end, add)
		}
	}
	return hints, nil
}

// shortValue is a value short enough for a hint.
func (sn *snapshot) shortValue(r *cache.ItemResult) string {
	if len(r.Value) <= maxHintValue {
		return r.Value
	}
	if v := sn.plan.Render(r, eval.RenderOpts{MaxElems: 8, MaxBytes: 2 * maxHintValue}); v != "" {
		return v
	}
	return truncate(r.Value, maxHintValue)
}

// stmtHints adds the traced value of each statement (and assigning
// terminator) of a body that lies in [start, end].
func stmtHints(it *mir.Item, tr *eval.Trace, text []byte, start, end int, add func(int, string, protocol.InlayHintKind)) {
	for bi, blk := range it.Body.Blocks {
		if bi >= len(tr.Stmts) || blk.Span.End < start || blk.Span.Start > end {
			continue
		}
		for si, st := range tr.Stmts[bi] {
			if st.Count == 0 || st.Value == "" {
				continue
			}
			var sp mir.Span
			switch {
			case si < len(blk.Stmts):
				sp = blk.Stmts[si].Span
			case blk.Term != nil:
				sp = blk.Term.Span
			default:
				continue
			}
			off := lineEnd(text, sp.Start)
			if off < start || off > end {
				continue
			}
			label := st.Value
			if st.Count > 1 {
				label = fmt.Sprintf("%s ×%d", label, st.Count)
			}
			add(off, label, protocol.InlayHintKindType)
		}
	}
}

// lineEnd is the offset of the end of the line holding off.
func lineEnd(text []byte, off int) int {
	if off >= len(text) {
		return len(text)
	}
	i := bytes.IndexByte(text[off:], '\n')
	if i < 0 {
		return len(text)
	}
	e := off + i
	if e > off && text[e-1] == '\r' {
		e--
	}
	return e
}
