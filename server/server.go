// Package server is mirlsp's language server: LSP over JSON-RPC
// (go.lsp.dev/protocol and jsonrpc2 v1) on top of the content-keyed
// evaluation cache.
//
// The shape follows gopls. A session holds the documents of the
// workspace (open editor buffers and *.mir files under the workspace
// folders); every edit makes a new immutable snapshot of them. Each
// snapshot is parsed and keyed at once (cache.Plan) and evaluated in the
// background, item by item, with the edited document first: results are
// published as diagnostics per document as soon as its items are done,
// and requests (hover, inlay hints, ...) read the finished results of
// their snapshot, or of any earlier one with the same key, without
// waiting for the rest. An edit cancels the evaluations of the previous
// snapshot. Evaluation lanes do not let one slow item (an infinite loop
// bounded only by the step limit) hold back the others: a lane stuck on
// an item for a few milliseconds is left to it, and a new lane continues
// with the items that do not need it.
//
// Handlers are thin, one file per LSP method family; byte offsets are
// converted to positions by Mapper only. Notifications are handled in
// wire order on the read loop; calls are released to run concurrently
// and can be canceled with $/cancelRequest. Bugs are logged, recovered at
// the handler boundary, and never end the server.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"mirlsp/cache"
	"mirlsp/internal/cli"
)

// Options configure a Server.
type Options struct {
	// CacheDir is the disk tier of the evaluation cache; "" disables it.
	CacheDir string
	// Logger receives the server's log; nil discards it.
	Logger *zap.Logger
	// SlowAfter is how long one item may hold an evaluation lane before a
	// new lane takes over the remaining items (0: DefaultSlowAfter).
	SlowAfter time.Duration
}

// Server is one language server connection.
type Server struct {
	protocol.UnimplementedServer

	log     *zap.Logger
	conn    jsonrpc2.Conn
	client  protocol.Client
	session *session

	mu          sync.Mutex
	state       serverState
	exited      chan struct{}
	exitCode    int
	initParams  *protocol.InitializeParams
	supportsCfg bool
}

type serverState int

const (
	stateNew serverState = iota
	stateInitialized
	stateShutdown
)

// Main runs the language server on stdin/stdout: `mirlsp serve [--log
// FILE] [--log-level LEVEL]`. It returns the process exit code: 0 after
// shutdown and exit, 1 when the connection ended otherwise.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	logFile := fs.String("log", "", "write the log to `FILE` (default: stderr)")
	level := fs.String("log-level", "info", "log level: debug, info, warn or error")
	if err := fs.Parse(args); err != nil {
		return cli.ExitUsage
	}
	var lvl zapcore.Level
	if err := lvl.UnmarshalText([]byte(*level)); err != nil {
		fmt.Fprintf(stderr, "mirlsp: bad --log-level %q\n", *level)
		return cli.ExitUsage
	}
	out := zapcore.AddSync(stderr)
	if *logFile != "" {
		f, err := os.OpenFile(*logFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			fmt.Fprintf(stderr, "mirlsp: %v\n", err)
			return cli.ExitUsage
		}
		defer f.Close()
		out = zapcore.AddSync(f)
	}
	enc := zap.NewProductionEncoderConfig()
	enc.EncodeTime = zapcore.ISO8601TimeEncoder
	log := zap.New(zapcore.NewCore(zapcore.NewConsoleEncoder(enc), zapcore.Lock(out), lvl))
	defer log.Sync()

	dir, err := cache.DefaultDir()
	if err != nil {
		log.Warn("no disk cache", zap.Error(err))
		dir = ""
	}
	srv := New(context.Background(), stdio{stdin, stdout}, Options{CacheDir: dir, Logger: log})
	return srv.Wait()
}

// stdio joins the process's stdin and stdout into one stream.
type stdio struct {
	io.Reader
	io.Writer
}

func (stdio) Close() error { return nil }

// New starts a server on rwc and returns it; it serves until the
// connection ends or the client sends exit.
func New(ctx context.Context, rwc io.ReadWriteCloser, opts Options) *Server {
	log := opts.Logger
	if log == nil {
		log = zap.NewNop()
	}
	s := &Server{log: log, exited: make(chan struct{}), exitCode: 1}
	// The build's identity is part of every key; without a VCS stamp it
	// is the executable's hash, read once, here rather than at the first
	// edit.
	go cache.BuildID()
	store, err := cache.NewStore(cache.Options{Dir: opts.CacheDir, Version: cli.Version, Trace: true})
	if err != nil {
		log.Warn("disk cache unusable", zap.String("dir", opts.CacheDir), zap.Error(err))
	}
	stream := newStream(rwc, func(err error) { log.Warn("unreadable message", zap.Error(err)) })
	s.conn = jsonrpc2.NewConn(stream, jsonrpc2.WithCodec(codec{}))
	s.client = protocol.ClientDispatcher(s.conn)
	s.session = newSession(store, s.client, log, opts.SlowAfter)
	s.conn.Go(ctx, s.handler())
	go func() {
		<-s.conn.Done()
		s.finish()
	}()
	return s
}

// finish ends the session and releases Wait (once).
func (s *Server) finish() {
	s.session.shutdown()
	s.session.store.Close()
	s.mu.Lock()
	defer s.mu.Unlock()
	select {
	case <-s.exited:
	default:
		close(s.exited)
	}
}

// Wait blocks until the connection ends and returns the exit code.
func (s *Server) Wait() int {
	<-s.exited
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.exitCode
}

// Store returns the evaluation cache (for tests and benchmarks).
func (s *Server) Store() *cache.Store { return s.session.store }

// codec encodes messages with the protocol's union-aware JSON codec, as
// protocol.NewServer does (its codec type is not exported).
type codec struct{}

func (codec) Marshal(v any) ([]byte, error) {
	if m, ok := v.(jsonrpc2.RawMessage); ok {
		if m == nil {
			return []byte("null"), nil
		}
		return m, nil
	}
	return protocol.Marshal(v)
}

func (codec) Unmarshal(data []byte, v any) error {
	if p, ok := v.(*jsonrpc2.RawMessage); ok {
		*p = append(jsonrpc2.RawMessage(nil), data...)
		return nil
	}
	return protocol.Unmarshal(data, v)
}

// handler is the middleware chain: $/cancelRequest and notifications
// run inline on the read loop, in wire order; calls are checked against
// the lifecycle, released to run concurrently and made cancelable; every
// handler is recovered, and a notification never returns an error (that
// would end the connection).
func (s *Server) handler() jsonrpc2.Handler {
	dispatch := protocol.ServerHandler(s, jsonrpc2.MethodNotFoundHandler)
	calls, cancel := jsonrpc2.CancelHandler(func(ctx context.Context, req *jsonrpc2.Request) (any, error) {
		jsonrpc2.Async(ctx)
		return s.recovered(ctx, dispatch, req)
	})
	return func(ctx context.Context, req *jsonrpc2.Request) (any, error) {
		method := req.Method()
		if !req.IsCall() {
			switch {
			case method == protocol.MethodCancelRequest:
				var p struct{ ID json.RawMessage }
				if json.Unmarshal(req.Params(), &p) == nil {
					var n int64
					var str string
					if json.Unmarshal(p.ID, &n) == nil {
						cancel(jsonrpc2.NewNumberID(n))
					} else if json.Unmarshal(p.ID, &str) == nil {
						cancel(jsonrpc2.NewStringID(str))
					}
				}
				return nil, nil
			case method == protocol.MethodExit:
			case s.getState() != stateInitialized:
				return nil, nil // dropped, as the specification asks
			}
			if _, err := s.recovered(ctx, dispatch, req); err != nil {
				s.log.Warn("notification failed", zap.String("method", method), zap.Error(err))
			}
			return nil, nil
		}
		switch st := s.getState(); {
		case method == protocol.MethodInitialize && st != stateNew:
			return nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "initialize may be sent only once")
		case method != protocol.MethodInitialize && st == stateNew:
			return nil, jsonrpc2.NewError(jsonrpc2.ServerNotInitialized, "the server is not initialized")
		case st == stateShutdown:
			return nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "the server is shut down")
		}
		var res any
		var err error
		if method == protocol.MethodInitialize || method == protocol.MethodShutdown {
			// Run inline, before any later message: they change the
			// lifecycle state. (Not through CancelHandler: a context
			// derived from a request that is not released outlives it.)
			res, err = s.recovered(ctx, dispatch, req)
		} else {
			res, err = calls(ctx, req)
		}
		if errors.Is(err, jsonrpc2.ErrParse) {
			// The message parsed; its params did not fit the method.
			err = jsonrpc2.NewError(jsonrpc2.InvalidParams, err.Error())
		}
		return res, err
	}
}

// recovered runs h and turns a panic into an internal error.
func (s *Server) recovered(ctx context.Context, h jsonrpc2.Handler, req *jsonrpc2.Request) (res any, err error) {
	method := req.Method()
	defer func() {
		if r := recover(); r != nil {
			s.log.Error("bug: handler panicked", zap.String("method", method), zap.Any("panic", r), zap.ByteString("stack", debug.Stack()))
			res, err = nil, jsonrpc2.NewError(jsonrpc2.InternalError, fmt.Sprintf("internal error in %s: %v", method, r))
		}
	}()
	return h(ctx, req)
}

func (s *Server) getState() serverState {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.state
}
