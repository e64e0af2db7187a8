// text.go handles document synchronization: didOpen, didChange (full and
// incremental) and didClose. Each makes a new snapshot.

package server

import (
	"context"
	"os"

	"go.lsp.dev/protocol"
	"go.uber.org/zap"
)

func (s *Server) DidOpen(ctx context.Context, p *protocol.DidOpenTextDocumentParams) error {
	td := p.TextDocument
	s.session.setDoc(&document{uri: string(td.URI), version: td.Version, open: true, text: []byte(td.Text)})
	return nil
}

func (s *Server) DidChange(ctx context.Context, p *protocol.DidChangeTextDocumentParams) error {
	u := string(p.TextDocument.URI)
	old := s.session.doc(u)
	if old == nil {
		s.log.Warn("didChange of a document that is not open", zap.String("uri", u))
		return nil
	}
	text := old.text
	for _, c := range p.ContentChanges {
		switch c := c.(type) {
		case *protocol.TextDocumentContentChangeWholeDocument:
			text = []byte(c.Text)
		case *protocol.TextDocumentContentChangePartial:
			m := NewMapper(text, s.session.utf8Positions())
			start, end := m.Offset(c.Range.Start), m.Offset(c.Range.End)
			if end < start {
				start, end = end, start
			}
			nt := make([]byte, 0, len(text)-(end-start)+len(c.Text))
			nt = append(append(append(nt, text[:start]...), c.Text...), text[end:]...)
			text = nt
		}
	}
	s.session.setDoc(&document{uri: old.uri, version: p.TextDocument.Version, open: true, text: text})
	return nil
}

func (s *Server) DidClose(ctx context.Context, p *protocol.DidCloseTextDocumentParams) error {
	u := string(p.TextDocument.URI)
	var disk []byte
	onDisk := false
	if s.session.inWorkspace(u) {
		if b, err := os.ReadFile(docKey(u)); err == nil {
			disk, onDisk = b, true
		}
	}
	s.session.closeDoc(u, disk, onDisk)
	return nil
}

func (s *Server) DidSave(ctx context.Context, p *protocol.DidSaveTextDocumentParams) error {
	return nil
}
