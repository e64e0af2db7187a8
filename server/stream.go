// stream.go wraps the LSP header stream so that a frame whose body is not
// a JSON-RPC message is answered with a parse error instead of ending the
// connection (jsonrpc2 treats any read error as fatal).

package server

import (
	"context"
	"io"

	"go.lsp.dev/jsonrpc2"
)

type frameReader interface {
	ReadFrame(ctx context.Context) ([]byte, int64, error)
}

// tolerantStream decodes frames itself and replies to undecodable ones.
type tolerantStream struct {
	jsonrpc2.Stream
	frames frameReader
	onBad  func(error)
}

func newStream(rwc io.ReadWriteCloser, onBad func(error)) jsonrpc2.Stream {
	st := jsonrpc2.NewStream(rwc)
	fr, ok := st.(frameReader)
	if !ok {
		return st
	}
	return &tolerantStream{Stream: st, frames: fr, onBad: onBad}
}

func (s *tolerantStream) Read(ctx context.Context) (jsonrpc2.Message, int64, error) {
	for {
		body, n, err := s.frames.ReadFrame(ctx)
		if err != nil {
			return nil, 0, err
		}
		msg, err := jsonrpc2.DecodeMessage(body)
		if err == nil {
			return msg, n, nil
		}
		s.onBad(err)
		// The id of a message that cannot be read is null.
		resp := jsonrpc2.NewResponse(jsonrpc2.ID{}, nil, jsonrpc2.NewError(jsonrpc2.ParseError, "parse error: "+err.Error()))
		if _, werr := s.Stream.Write(ctx, resp); werr != nil {
			return nil, 0, werr
		}
	}
}
