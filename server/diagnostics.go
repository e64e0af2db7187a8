// diagnostics.go turns syntax errors and failed evaluations into LSP
// diagnostics: rustc's message, code E0080 (or the lint name of the step
// limit) with a link, and the call stack as related information.

package server

import (
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"mirlsp/cache"
	"mirlsp/eval"
	"mirlsp/internal/cli"
	"mirlsp/mir"
)

// errorCodeURL is rustc's explanation of an error code.
const errorCodeURL = "https://doc.rust-lang.org/error_codes/"

const source = "mirlsp"

// diagnostics returns a document's diagnostics: its syntax errors, then
// one per failed item in source order. Unsupported items are not errors.
func (sn *snapshot) diagnostics(d *document, da *cache.DocAnalysis, results []*cache.ItemResult) []protocol.Diagnostic {
	m := sn.mapper(d)
	out := []protocol.Diagnostic{}
	if da.Rust != nil {
		results = rustResults(da.Rust, results)
	}
	for _, e := range da.SyntaxErrors {
		end := e.Span.End
		if end <= e.Span.Start {
			end = e.Span.Start + 1
		}
		out = append(out, protocol.Diagnostic{
			Range:    m.Range(e.Span.Start, min(end, len(d.text))),
			Severity: protocol.DiagnosticSeverityError,
			Source:   protocol.NewOptional(source),
			Message:  protocol.String(e.Msg),
		})
	}
	for _, r := range results {
		if r.Err == nil || r.Err.Kind == eval.KindUnsupported {
			continue
		}
		// An item that needed a failing constant repeats its error;
		// rustc reports it once, at that constant.
		if ref := r.Err.Referenced; ref != nil && sn.docOf(ref) != nil {
			continue
		}
		out = append(out, sn.errorDiagnostic(d, m, r))
	}
	return out
}

// errorDiagnostic is the diagnostic of one failed evaluation.
func (sn *snapshot) errorDiagnostic(d *document, m *Mapper, r *cache.ItemResult) protocol.Diagnostic {
	e := r.Err
	sp := e.Span
	if sp == (mir.Span{}) || sp.End > len(d.text) || e.Referenced != nil {
		sp = r.Item.NameSpan
	}
	code := cli.ErrorCode(e)
	diag := protocol.Diagnostic{
		Range:    m.Range(sp.Start, sp.End),
		Severity: protocol.DiagnosticSeverityError,
		Code:     protocol.String(code),
		Source:   protocol.NewOptional(source),
		Message:  protocol.String(e.Msg),
	}
	if code == "E0080" {
		diag.CodeDescription = protocol.CodeDescription{Href: uri.URI(errorCodeURL + code + ".html")}
	}
	for _, n := range e.FrameNotes() {
		loc, ok := sn.location(n.Item, n.Span, d, m)
		if !ok || n.InCore() {
			continue
		}
		diag.RelatedInformation = append(diag.RelatedInformation, protocol.DiagnosticRelatedInformation{Location: loc, Message: n.Note})
	}
	return diag
}

// location maps a span of an item (possibly in another document) to a
// location; home is the document being published.
func (sn *snapshot) location(it *mir.Item, sp mir.Span, home *document, hm *Mapper) (protocol.Location, bool) {
	d, m := home, hm
	if it != nil {
		if da := sn.docOf(it); da != nil && docKey(da.URI) != docKey(home.uri) {
			d = sn.docByURI(da.URI)
			if d == nil {
				return protocol.Location{}, false
			}
			m = sn.mapper(d)
		}
	}
	if sp.End > len(d.text) || sp.Start > sp.End {
		return protocol.Location{}, false
	}
	return protocol.Location{URI: uri.URI(d.uri), Range: m.Range(sp.Start, sp.End)}, true
}
