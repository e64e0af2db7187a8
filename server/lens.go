// lens.go offers an "Evaluate" code lens on each fn and runs the
// mirlsp.evaluate command: the fn is called with argument literals the
// user supplies, parsed by the fn's parameter types.

package server

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"mirlsp/eval"
	"mirlsp/internal/cli"
	"mirlsp/mir"
	"mirlsp/mirparse"
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

// callFn evaluates fn with the given argument literals: it writes a MIR
// const whose body calls fn, and evaluates it with the workspace's files.
func callFn(ctx context.Context, files []*mir.File, fn *mir.Item, args []string, stepLimit int64) (*EvaluateResult, error) {
	b := fn.Body
	if len(args) != b.ArgCount {
		var ps []string
		for i := 1; i <= b.ArgCount; i++ {
			ps = append(ps, fmt.Sprintf("_%d: %s", i, mir.FormatTy(b.Locals[i].Ty)))
		}
		return nil, fmt.Errorf("`%s` takes %d arguments (%s), got %d", fn.Name, b.ArgCount, strings.Join(ps, ", "), len(args))
	}
	ops := make([]string, len(args))
	for i, a := range args {
		op, err := argOperand(a, b.Locals[i+1].Ty)
		if err != nil {
			return nil, fmt.Errorf("argument %d: %v", i+1, err)
		}
		ops[i] = op
	}
	ret := b.Locals[0].Ty
	if fn.Ret != nil {
		ret = fn.Ret
	}
	const name = "MIRLSP_EVALUATE"
	src := fmt.Sprintf("const %s: %s = {\n    let mut _0: %s;\n\n    bb0: {\n        _0 = %s(%s) -> [return: bb1, unwind continue];\n    }\n\n    bb1: {\n        return;\n    }\n}\n",
		name, mir.FormatTy(ret), mir.FormatTy(ret), fn.Name, strings.Join(ops, ", "))
	f, errs := mirparse.Parse("evaluate.mir", []byte(src))
	if len(errs) > 0 {
		return nil, fmt.Errorf("cannot call `%s`: %v", fn.Name, errs[0].Msg)
	}
	var it *mir.Item
	for _, x := range f.Items {
		if x.Name == name {
			it = x
		}
	}
	if it == nil {
		return nil, fmt.Errorf("cannot call `%s`", fn.Name)
	}
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

// argOperand turns an argument literal into a MIR constant operand of
// type t: integers (decimal, 0x/0o/0b, `_` separators, a type suffix),
// bool, char, floats and string slices; other types take MIR constant
// syntax as written (`const ...`).
func argOperand(a string, t *mir.Ty) (string, error) {
	a = strings.TrimSpace(a)
	ty := mir.FormatTy(t)
	switch {
	case t.IsInteger():
		it, _ := eval.IntTyOf(t)
		lit := strings.TrimSuffix(strings.ReplaceAll(a, "_", ""), ty)
		v, ok := new(big.Int).SetString(lit, 0)
		if !ok {
			return "", fmt.Errorf("%q is not a %s", a, ty)
		}
		min, max := new(big.Int), new(big.Int)
		bits := uint(it.Size() * 8)
		if it.Signed {
			max.Lsh(big.NewInt(1), bits-1).Sub(max, big.NewInt(1))
			min.Neg(new(big.Int).Lsh(big.NewInt(1), bits-1))
		} else {
			max.Lsh(big.NewInt(1), bits).Sub(max, big.NewInt(1))
		}
		if v.Cmp(min) < 0 || v.Cmp(max) > 0 {
			return "", fmt.Errorf("%s does not fit in %s", a, ty)
		}
		return "const " + v.String() + "_" + ty, nil
	case ty == "bool":
		if a != "true" && a != "false" {
			return "", fmt.Errorf("%q is not a bool", a)
		}
		return "const " + a, nil
	case ty == "char":
		r := []rune(a)
		if len(r) >= 2 && r[0] == '\'' && r[len(r)-1] == '\'' {
			s, err := strconv.Unquote(a)
			if err != nil {
				return "", fmt.Errorf("%q is not a char", a)
			}
			r = []rune(s)
		}
		if len(r) != 1 {
			return "", fmt.Errorf("%q is not a char", a)
		}
		return "const " + mir.QuoteChar(r[0]), nil
	case ty == "f32" || ty == "f64":
		lit := strings.TrimSuffix(strings.ReplaceAll(a, "_", ""), ty)
		if _, err := strconv.ParseFloat(lit, 64); err != nil {
			return "", fmt.Errorf("%q is not a %s", a, ty)
		}
		return "const " + lit + ty, nil
	case ty == "&str" || ty == "&'static str":
		s := a
		if len(a) >= 2 && a[0] == '"' && a[len(a)-1] == '"' {
			u, err := strconv.Unquote(a)
			if err != nil {
				return "", fmt.Errorf("%q is not a string literal", a)
			}
			s = u
		}
		return "const " + mir.QuoteStr([]byte(s)), nil
	}
	if strings.HasPrefix(a, "const ") {
		return a, nil
	}
	return "const " + a, nil
}
