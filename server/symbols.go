// symbols.go answers textDocument/documentSymbol: the items of a MIR
// file, with their basic blocks as children.

package server

import (
	"context"
	"fmt"

	"go.lsp.dev/protocol"

	"mirlsp/mir"
)

func (s *Server) DocumentSymbol(ctx context.Context, p *protocol.DocumentSymbolParams) (protocol.DocumentSymbolResult, error) {
	sn, _, da, m, err := s.fileFor(ctx, string(p.TextDocument.URI))
	if err != nil || da == nil || da.Rust != nil { // Rust symbols are rust-analyzer's
		return nil, err
	}
	syms := protocol.DocumentSymbolSlice{}
	for _, it := range da.File.Items {
		detail := ""
		kind := protocol.SymbolKindConstant
		switch it.Kind {
		case mir.ItemFn:
			kind = protocol.SymbolKindFunction
			detail = itemHeader(it)
		case mir.ItemStatic, mir.ItemStaticMut:
			kind = protocol.SymbolKindVariable
		}
		if it.Kind.IsData() {
			detail = mir.FormatTy(it.Ty)
			if r := sn.run.result(it); r != nil && r.Value != "" {
				detail += " = " + sn.shortValue(r)
			}
		}
		sym := protocol.DocumentSymbol{
			Name:           it.Name,
			Detail:         &detail,
			Kind:           kind,
			Range:          m.Range(it.Span.Start, it.Span.End),
			SelectionRange: m.Range(it.NameSpan.Start, it.NameSpan.End),
		}
		if it.Body != nil {
			for _, b := range it.Body.Blocks {
				name := fmt.Sprintf("bb%d", b.Index)
				start := b.Span.Start
				sym.Children = append(sym.Children, protocol.DocumentSymbol{
					Name:           name,
					Kind:           protocol.SymbolKindKey,
					Range:          m.Range(b.Span.Start, b.Span.End),
					SelectionRange: m.Range(start, start+len(name)),
				})
			}
		}
		syms = append(syms, sym)
	}
	return syms, nil
}
