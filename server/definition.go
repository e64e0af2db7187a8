// definition.go answers textDocument/definition in MIR: a const, static,
// fn or promoted named by a path (in any document of the workspace), a
// basic block bbN or local _N of the enclosing body, an allocation allocN.

package server

import (
	"context"
	"strconv"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"mirlsp/mir"
)

func (s *Server) Definition(ctx context.Context, p *protocol.DefinitionParams) (protocol.DefinitionResult, error) {
	sn, d, da, m, err := s.fileFor(ctx, string(p.TextDocument.URI))
	if err != nil || da == nil || da.Rust != nil { // Rust definitions are rust-analyzer's
		return nil, err
	}
	off := m.Offset(p.Position)
	home := itemAt(da, off)
	here := func(sp mir.Span) protocol.DefinitionResult {
		return &protocol.Location{URI: uri.URI(d.uri), Range: m.Range(sp.Start, sp.End)}
	}
	if ws, we := wordAt(d.text, off); ws < we {
		w := string(d.text[ws:we])
		switch {
		case home != nil && home.Body != nil && localRE.MatchString(w):
			if n, _ := strconv.Atoi(w[1:]); n < len(home.Body.Locals) {
				return here(home.Body.Locals[n].Span), nil
			}
		case home != nil && home.Body != nil && blockRE.MatchString(w):
			if n, _ := strconv.Atoi(w[2:]); n < len(home.Body.Blocks) {
				return here(home.Body.Blocks[n].Span), nil
			}
		case allocRE.MatchString(w):
			n, _ := strconv.Atoi(w[5:])
			if al := da.File.Allocs[n]; al != nil {
				return here(al.Span), nil
			}
		}
	}
	_, _, path, ok := pathAt(d.text, off)
	if !ok {
		return nil, nil
	}
	it := sn.resolvePath(da, path)
	if it == nil {
		return nil, nil
	}
	loc, ok := sn.location(it, it.NameSpan, d, m)
	if !ok {
		return nil, nil
	}
	return &loc, nil
}
