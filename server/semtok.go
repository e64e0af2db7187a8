// semtok.go answers textDocument/semanticTokens/full for MIR: keywords,
// numbers, strings, comments, locals, blocks, allocations, types, and
// item names (fns as functions, data items as read-only variables).

package server

import (
	"context"

	"go.lsp.dev/protocol"

	"mirlsp/mir"
)

// The legend; indexes below must match.
var tokenTypes = []string{"keyword", "number", "string", "comment", "variable", "label", "type", "function", "operator", "parameter"}

var tokenModifiers = []string{"declaration", "readonly"}

const (
	stKeyword = iota
	stNumber
	stString
	stComment
	stVariable
	stLabel
	stType
	stFunction
	stOperator
	stParameter
)

func (s *Server) SemanticTokensFull(ctx context.Context, p *protocol.SemanticTokensParams) (*protocol.SemanticTokens, error) {
	sn, d, da, m, err := s.fileFor(ctx, string(p.TextDocument.URI))
	if err != nil || da == nil || da.Rust != nil { // MIR only
		return &protocol.SemanticTokens{Data: []uint32{}}, err
	}
	// Item names: declarations at headers, uses elsewhere (of the files
	// the document's names resolve in).
	kinds := map[string]mir.ItemKind{}
	for _, f := range sn.plan.Scope(da) {
		for _, it := range f.Items {
			kinds[it.Name] = it.Kind
		}
	}
	headers := map[int]bool{}
	for _, it := range da.File.Items {
		headers[it.NameSpan.Start] = true
	}
	var data []uint32
	var prevLine, prevChar uint32
	emit := func(start, end, typ, mods int) {
		ps, pe := m.Position(start), m.Position(end)
		if pe.Line != ps.Line {
			return // tokens never span lines here
		}
		dl := ps.Line - prevLine
		dc := ps.Character
		if dl == 0 {
			dc -= prevChar
		}
		data = append(data, dl, dc, pe.Character-ps.Character, uint32(typ), uint32(mods))
		prevLine, prevChar = ps.Line, ps.Character
	}
	for _, t := range lex(d.text, 0, len(d.text)) {
		switch t.kind {
		case tokKeyword:
			emit(t.start, t.end, stKeyword, 0)
		case tokNumber:
			emit(t.start, t.end, stNumber, 0)
		case tokString:
			emit(t.start, t.end, stString, 0)
		case tokComment:
			emit(t.start, t.end, stComment, 0)
		case tokLocal, tokAlloc:
			emit(t.start, t.end, stVariable, 0)
		case tokBlock:
			emit(t.start, t.end, stLabel, 0)
		case tokType:
			emit(t.start, t.end, stType, 0)
		case tokOperator:
			emit(t.start, t.end, stOperator, 0)
		case tokIdent:
			k, ok := kinds[string(d.text[t.start:t.end])]
			if !ok {
				continue
			}
			mods := 0
			if headers[t.start] {
				mods |= 1 // declaration
			}
			if k == mir.ItemFn {
				emit(t.start, t.end, stFunction, mods)
			} else {
				emit(t.start, t.end, stVariable, mods|2)
			}
		}
	}
	if data == nil {
		data = []uint32{}
	}
	return &protocol.SemanticTokens{Data: data}, nil
}
