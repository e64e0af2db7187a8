// lifecycle.go handles initialize, initialized, shutdown and exit.

package server

import (
	"context"
	"slices"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.uber.org/zap"

	"mirlsp/internal/cli"
)

// CommandEvaluate is the command that evaluates a fn with arguments:
// arguments [uri, fn name, argument literals...].
const CommandEvaluate = "mirlsp.evaluate"

// CommandShowMIR returns a document's MIR as text (for a Rust document,
// the MIR mirlsp lowered it to, in rustc's syntax). Argument: the URI.
const CommandShowMIR = "mirlsp.showMir"

func (s *Server) Initialize(ctx context.Context, p *protocol.InitializeParams) (*protocol.InitializeResult, error) {
	utf8 := false
	caps := p.Capabilities
	if caps.General != nil && slices.Contains(caps.General.PositionEncodings, protocol.PositionEncodingKindUTF8) {
		utf8 = true
	}
	var folders []string
	if fs, ok := p.WorkspaceFolders.Get(); ok {
		for _, f := range fs {
			folders = append(folders, string(f.URI))
		}
	} else if p.RootURI != nil && *p.RootURI != "" {
		folders = append(folders, string(*p.RootURI))
	}
	s.mu.Lock()
	s.state = stateInitialized
	s.initParams = p
	s.supportsCfg = caps.Workspace != nil && caps.Workspace.Configuration != nil && *caps.Workspace.Configuration
	s.mu.Unlock()
	s.session.configure(utf8, folders)
	if w := caps.Workspace; w != nil && w.InlayHint != nil && w.InlayHint.RefreshSupport != nil {
		s.session.hintRefresh.Store(*w.InlayHint.RefreshSupport)
	}
	if p.InitializationOptions != nil {
		s.session.applySettings(p.InitializationOptions)
	}
	s.log.Info("initialize", zap.Bool("utf8", utf8), zap.Strings("folders", folders))

	enc := protocol.PositionEncodingKindUTF16
	if utf8 {
		enc = protocol.PositionEncodingKindUTF8
	}
	incremental := protocol.TextDocumentSyncKindIncremental
	yes := true
	return &protocol.InitializeResult{
		Capabilities: protocol.ServerCapabilities{
			PositionEncoding: enc,
			TextDocumentSync: &protocol.TextDocumentSyncOptions{
				OpenClose: &yes,
				Change:    &incremental,
				Save:      protocol.Boolean(false),
			},
			HoverProvider:          protocol.Boolean(true),
			DefinitionProvider:     protocol.Boolean(true),
			DocumentSymbolProvider: protocol.Boolean(true),
			InlayHintProvider:      protocol.Boolean(true),
			CodeLensProvider:       &protocol.CodeLensOptions{},
			ExecuteCommandProvider: protocol.ExecuteCommandOptions{Commands: []string{CommandEvaluate, CommandShowMIR}},
			SemanticTokensProvider: &protocol.SemanticTokensOptions{
				Legend: protocol.SemanticTokensLegend{TokenTypes: tokenTypes, TokenModifiers: tokenModifiers},
				Full:   protocol.Boolean(true),
			},
		},
		ServerInfo: protocol.ServerInfo{Name: "mirlsp", Version: protocol.NewOptional(cli.Version)},
	}, nil
}

func (s *Server) Initialized(ctx context.Context, p *protocol.InitializedParams) error {
	s.mu.Lock()
	params, pull := s.initParams, s.supportsCfg
	s.mu.Unlock()
	progress := false
	if w := params.Capabilities.Window; w != nil && w.WorkDoneProgress != nil {
		progress = *w.WorkDoneProgress
	}
	// Calls to the client need the read loop, which this notification
	// holds: do them on their own goroutine.
	bg := context.WithoutCancel(jsonrpc2.DetachContext(ctx))
	go func() {
		s.registerWatchers(bg, params.Capabilities)
		if pull {
			s.pullConfiguration(bg)
		}
		s.session.indexWorkspace(bg, progress)
	}()
	return nil
}

func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.state = stateShutdown
	s.mu.Unlock()
	s.session.shutdown()
	return nil
}

func (s *Server) Exit(ctx context.Context) error {
	s.mu.Lock()
	if s.state == stateShutdown {
		s.exitCode = 0
	}
	s.mu.Unlock()
	// Closing the connection may not end a read blocked on stdin:
	// release Wait directly, so the process exits.
	s.finish()
	go s.conn.Close()
	return nil
}
