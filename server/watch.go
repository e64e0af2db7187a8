// watch.go follows changes of workspace files made outside the editor
// (a checkout, a generator): the client watches *.mir and *.rs for us
// (registered dynamically when it can) and reports them with
// workspace/didChangeWatchedFiles. An open buffer wins over its file.

package server

import (
	"context"
	"os"
	"strings"

	"go.lsp.dev/protocol"
	"go.uber.org/zap"
)

// sourceFile reports whether a path is one mirlsp reads.
func sourceFile(p string) bool { return strings.HasSuffix(p, ".mir") || strings.HasSuffix(p, ".rs") }

// registerWatchers asks the client to watch the workspace's source files.
func (s *Server) registerWatchers(ctx context.Context, caps protocol.ClientCapabilities) {
	w := caps.Workspace
	if w == nil || w.DidChangeWatchedFiles == nil || w.DidChangeWatchedFiles.DynamicRegistration == nil || !*w.DidChangeWatchedFiles.DynamicRegistration {
		return
	}
	opts := protocol.DidChangeWatchedFilesRegistrationOptions{Watchers: []protocol.FileSystemWatcher{
		{GlobPattern: protocol.Pattern("**/*.mir")}, {GlobPattern: protocol.Pattern("**/*.rs")}}}
	raw, err := protocol.Marshal(opts)
	if err != nil {
		return
	}
	err = s.client.RegisterCapability(ctx, &protocol.RegistrationParams{Registrations: []protocol.Registration{{
		ID: "mirlsp-watch", Method: "workspace/didChangeWatchedFiles", RegisterOptions: protocol.LSPAny(raw)}}})
	if err != nil {
		s.session.log.Debug("client/registerCapability", zap.Error(err))
	}
}

func (s *Server) DidChangeWatchedFiles(ctx context.Context, p *protocol.DidChangeWatchedFilesParams) error {
	for _, ch := range p.Changes {
		u := string(ch.URI)
		if !sourceFile(docKey(u)) || !s.session.inWorkspace(u) {
			continue
		}
		if d := s.session.doc(u); d != nil && d.open {
			continue // the buffer wins
		}
		b, err := os.ReadFile(docKey(u))
		if ch.Type == protocol.FileChangeTypeDeleted || err != nil {
			s.session.dropDoc(u)
			continue
		}
		if d := s.session.doc(u); d != nil && string(d.text) == string(b) {
			continue
		}
		s.session.setDoc(&document{uri: u, text: b})
	}
	return nil
}
