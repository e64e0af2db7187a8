// workspace.go indexes the *.mir files under the workspace folders at
// initialize, reporting work-done progress until they are evaluated.

package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
	"go.uber.org/zap"
)

// maxWorkspaceFiles bounds the files read from the workspace folders.
const maxWorkspaceFiles = 20000

// indexWorkspace reads the workspace's *.mir files into the session
// (open buffers win) and waits for their evaluation, with progress.
func (s *session) indexWorkspace(ctx context.Context, progress bool) {
	s.mu.Lock()
	folders := s.folders
	s.mu.Unlock()
	var paths []string
	for _, f := range folders {
		root := docKey(f)
		if !filepath.IsAbs(root) {
			continue
		}
		filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if e.IsDir() {
				if p != root && (strings.HasPrefix(e.Name(), ".") || e.Name() == "target" || e.Name() == "node_modules") {
					return filepath.SkipDir
				}
				return nil
			}
			if (strings.HasSuffix(p, ".mir") || strings.HasSuffix(p, ".rs")) && len(paths) < maxWorkspaceFiles {
				paths = append(paths, p)
			}
			return nil
		})
	}
	if len(paths) == 0 {
		return
	}
	token := protocol.String(fmt.Sprintf("mirlsp-index-%p", s))
	if progress {
		if err := s.client.WorkDoneProgressCreate(ctx, &protocol.WorkDoneProgressCreateParams{Token: token}); err != nil {
			s.log.Debug("workDoneProgress/create", zap.Error(err))
			progress = false
		}
	}
	report := func(v any) {
		if !progress {
			return
		}
		data, _ := json.Marshal(v)
		if err := s.client.Progress(ctx, &protocol.ProgressParams{Token: token, Value: data}); err != nil {
			s.log.Debug("$/progress", zap.Error(err))
		}
	}
	report(protocol.WorkDoneProgressBegin{Kind: "begin", Title: "Indexing MIR workspace",
		Message: ptr(fmt.Sprintf("%d files", len(paths))), Percentage: ptr(uint32(0))})
	s.mu.Lock()
	for _, p := range paths {
		if d := s.docs[p]; d != nil && d.open {
			continue
		}
		text, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		s.docs[p] = &document{uri: string(uri.File(p)), text: text}
	}
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.newSnapshotLocked(nil)
	sn := s.snap
	s.mu.Unlock()
	report(protocol.WorkDoneProgressReport{Kind: "report", Message: ptr("evaluating"), Percentage: ptr(uint32(50))})
	// Wait for this snapshot's evaluation (or a later edit, which
	// cancels it and carries on).
	select {
	case <-sn.ready:
		select {
		case <-sn.run.finished:
		case <-sn.ctx.Done():
		}
	case <-sn.ctx.Done():
	}
	report(protocol.WorkDoneProgressEnd{Kind: "end", Message: ptr(fmt.Sprintf("%d files indexed", len(paths)))})
}

func ptr[T any](v T) *T { return &v }
