// config.go reads the settings: workspace/configuration (section
// "mirlsp") after initialized, and didChangeConfiguration.

package server

import (
	"context"
	"encoding/json"

	"go.lsp.dev/protocol"
	"go.uber.org/zap"
)

// pullConfiguration asks the client for the "mirlsp" section.
func (s *Server) pullConfiguration(ctx context.Context) {
	section := "mirlsp"
	res, err := s.client.Configuration(ctx, &protocol.ConfigurationParams{Items: []protocol.ConfigurationItem{{Section: &section}}})
	if err != nil {
		s.log.Debug("workspace/configuration", zap.Error(err))
		return
	}
	if len(res) > 0 && len(res[0]) > 0 && string(res[0]) != "null" {
		s.session.applySettings(res[0])
	}
}

func (s *Server) DidChangeConfiguration(ctx context.Context, p *protocol.DidChangeConfigurationParams) error {
	raw := []byte(p.Settings)
	var probe map[string]json.RawMessage
	s.mu.Lock()
	pull := s.supportsCfg
	s.mu.Unlock()
	if len(raw) > 0 && json.Unmarshal(raw, &probe) == nil && len(probe) > 0 {
		s.session.applySettings(raw)
		return nil
	}
	if pull {
		// The notification carries no settings: pull them (a call, so off
		// the read loop).
		go s.pullConfiguration(context.Background())
	}
	return nil
}
