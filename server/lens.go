// lens.go offers an "Evaluate" code lens on each fn and runs the
// mirlsp.evaluate command: the fn is called with argument literals the
// user supplies, parsed by the fn's parameter types.

package server

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"mirlsp/eval"
	"mirlsp/internal/cli"
	"mirlsp/mir"
)

// evalTimeout bounds one command evaluation.
const evalTimeout = 10 * time.Second

func (s *Server) CodeLens(ctx context.Context, p *protocol.CodeLensParams) ([]protocol.CodeLens, error) {
	_, d, da, m, err := s.fileFor(ctx, string(p.TextDocument.URI))
	if err != nil || da == nil {
		return nil, err
	}
	lenses := []protocol.CodeLens{}
	for _, it := range da.File.Items {
		if it.Kind != mir.ItemFn || it.Body == nil {
			continue
		}
		u, _ := json.Marshal(d.uri)
		name, _ := json.Marshal(it.Name)
		title := "Evaluate"
		if it.Body.ArgCount > 0 {
			title = "Evaluate…"
		}
		lenses = append(lenses, protocol.CodeLens{
			Range:   m.Range(it.NameSpan.Start, it.NameSpan.End),
			Command: protocol.Command{Title: title, Command: CommandEvaluate, Arguments: []protocol.LSPAny{u, name}},
		})
	}
	return lenses, nil
}

// EvaluateResult is the result of the mirlsp.evaluate command.
type EvaluateResult struct {
	Call  string `json:"call"`
	Type  string `json:"type,omitempty"`
	Value string `json:"value,omitempty"`
	Error string `json:"error,omitempty"`
	Code  string `json:"code,omitempty"`
	// Unsupported says why the call was not evaluated.
	Unsupported string `json:"unsupported,omitempty"`
}

func (s *Server) ExecuteCommand(ctx context.Context, p *protocol.ExecuteCommandParams) (protocol.LSPAny, error) {
	if p.Command == CommandShowMIR {
		return s.showMIR(ctx, p.Arguments)
	}
	if p.Command != CommandEvaluate {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, "unknown command "+p.Command)
	}
	var args []string
	for i, a := range p.Arguments {
		var str string
		if json.Unmarshal(a, &str) == nil {
			args = append(args, str)
			continue
		}
		if i < 2 {
			return nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, "mirlsp.evaluate needs [uri, fn name, arguments...]")
		}
		args = append(args, strings.TrimSpace(string(a))) // a number or bool
	}
	if len(args) < 2 {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, "mirlsp.evaluate needs [uri, fn name, arguments...]")
	}
	sn, _, da, _, err := s.fileFor(ctx, args[0])
	if err != nil {
		return nil, err
	}
	if da == nil {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, "unknown document "+args[0])
	}
	fn := sn.findItem(da, args[1])
	if fn == nil || fn.Kind != mir.ItemFn || fn.Body == nil {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, "no fn "+args[1])
	}
	res, err := callFn(ctx, sn.plan.Scope(da), fn, args[2:], sn.settings.StepLimit)
	if err != nil {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, err.Error())
	}
	msg := res.Call + " = " + res.Value
	typ := protocol.MessageTypeInfo
	switch {
	case res.Error != "":
		msg, typ = res.Call+": error["+res.Code+"]: "+res.Error, protocol.MessageTypeError
	case res.Unsupported != "":
		msg = res.Call + ": not evaluated: " + res.Unsupported
	}
	_ = s.client.ShowMessage(context.Background(), &protocol.ShowMessageParams{Type: typ, Message: msg})
	return json.Marshal(res)
}

// showMIR prints the MIR of the document named by args[0].
func (s *Server) showMIR(ctx context.Context, args []protocol.LSPAny) (protocol.LSPAny, error) {
	var u string
	if len(args) != 1 || json.Unmarshal(args[0], &u) != nil {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, "mirlsp.showMir needs [uri]")
	}
	_, _, da, _, err := s.fileFor(ctx, u)
	if err != nil {
		return nil, err
	}
	if da == nil {
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, "unknown document "+u)
	}
	var b strings.Builder
	if err := mir.Print(&b, da.File); err != nil {
		return nil, jsonrpc2.NewError(jsonrpc2.InternalError, err.Error())
	}
	return json.Marshal(b.String())
}

// callFn evaluates fn with the given argument literals: a MIR const whose
// body calls fn (cli.CallConst), evaluated with the workspace's files.
func callFn(ctx context.Context, files []*mir.File, fn *mir.Item, args []string, stepLimit int64) (*EvaluateResult, error) {
	f, it, err := cli.CallConst(fn, args)
	if err != nil {
		return nil, err
	}
	ret := it.Ty
	cfg := eval.DefaultConfig
	if stepLimit > 0 {
		cfg.StepLimit = stepLimit
	}
	ev := eval.NewEvaluator(eval.NewProgram(append(append([]*mir.File(nil), files...), f)...), cfg)
	ctx, cancel := context.WithTimeout(ctx, evalTimeout)
	defer cancel()
	r := ev.Eval(ctx, it)
	out := &EvaluateResult{Call: fmt.Sprintf("%s(%s)", fn.Name, strings.Join(args, ", ")), Type: mir.FormatTy(ret)}
	switch {
	case r.Unsupported():
		out.Unsupported = r.Err.Msg
	case r.Err != nil:
		out.Error, out.Code = r.Err.Msg, cli.ErrorCode(r.Err)
	default:
		v, err := ev.Render(r, eval.RenderOpts{MaxBytes: maxHoverValue})
		if err != nil {
			out.Unsupported = "the value cannot be printed: " + err.Error()
		} else {
			out.Value = v
		}
	}
	return out, nil
}
