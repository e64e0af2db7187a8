// watch.go answers evaluate requests (watch panel, hover, REPL): a local
// of the paused frame by its Rust name or `_N`, an allocation `allocN`,
// or a const expression or path, compiled by the Rust front end with the
// paused frame's locals in scope and evaluated by the evaluator.

package dap

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	godap "github.com/google/go-dap"

	"mirlsp/eval"
	"mirlsp/mir"
	"mirlsp/rustsrc"
)

// watchName is the constant a watch expression becomes.
const watchName = "MIRLSP_WATCH"

var identRE = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*`)

func (s *session) evaluate(req *request, a *godap.EvaluateArguments) {
	expr := strings.TrimSpace(a.Expression)
	if expr == "" {
		s.fail(req, "nothing to evaluate")
		return
	}
	if s.prog == nil {
		s.fail(req, "nothing was launched")
		return
	}
	frame := a.FrameId - 1
	var (
		found  bool
		result godap.EvaluateResponseBody
		locals []eval.DebugLocal
	)
	s.paused(func(st *eval.DebugState) {
		r := s.run
		if frame < 0 || frame >= len(r.frames) {
			return
		}
		fr := r.frames[frame]
		locals = fr.Locals()
		for _, l := range locals {
			if expr == fmt.Sprintf("_%d", l.Local) || (l.Name != "" && expr == l.Name) {
				v := r.localVar(frame, l)
				result = godap.EvaluateResponseBody{Result: v.Value, Type: v.Type, VariablesReference: v.VariablesReference}
				found = true
				return
			}
		}
		if strings.HasPrefix(expr, "alloc") {
			for _, id := range append(fr.Allocations(), st.GlobalAllocations()...) {
				if id.String() == expr {
					v := r.allocVar(frame, id, expr)
					result = godap.EvaluateResponseBody{Result: v.Value, Type: v.Type, VariablesReference: v.VariablesReference}
					found = true
					return
				}
			}
		}
	})
	if found {
		s.reply(req, result)
		return
	}
	v, ty, err := s.watch(expr, locals)
	if err != nil {
		s.fail(req, "%v", err)
		return
	}
	s.reply(req, godap.EvaluateResponseBody{Result: v, Type: ty})
}

// watchTypes are the types tried for an expression whose type the
// locals do not suggest.
var watchTypes = []string{"i32", "usize", "u32", "u64", "i64", "u8", "u16", "u128", "i8", "i16", "isize", "i128", "bool", "char", "f64", "f32", "&str", "&[u8]"}

// watch evaluates a const expression with the frame's locals (those with
// a Rust name and a value that is a Rust literal) bound by `let`.
func (s *session) watch(expr string, locals []eval.DebugLocal) (string, string, error) {
	p := s.prog
	used := map[string]bool{}
	for _, id := range identRE.FindAllString(expr, -1) {
		used[id] = true
	}
	var lets strings.Builder
	var tys []string
	for _, l := range locals {
		if l.Name == "" || !used[l.Name] || l.Value == "" || strings.ContainsAny(l.Value, "…") {
			continue
		}
		fmt.Fprintf(&lets, "let %s: %s = %s; ", l.Name, l.Ty, l.Value)
		tys = append(tys, l.Ty)
	}
	// The program's own text (Rust) or its constants' values (MIR) give
	// the expression its paths.
	var base []byte
	var basePath string
	if p.rust {
		for i, path := range p.paths {
			if path != "" && strings.HasSuffix(path, ".rs") && (basePath == "" || i == 0) {
				basePath, base = path, p.texts[i]
				break
			}
		}
	} else {
		basePath = "watch.rs"
		base = s.mirConsts()
	}
	var lastErr string
	for _, ty := range append(tys, watchTypes...) {
		src := fmt.Sprintf("%s\nconst %s: %s = { %s%s };\n", base, watchName, ty, lets.String(), expr)
		read := func(path string) ([]byte, error) {
			if path == basePath {
				return []byte(src), nil
			}
			return rustsrc.DiskFile(path)
		}
		prog := rustsrc.Lower(rustsrc.Load(basePath, read))
		for _, it := range prog.Items {
			if it.Name != watchName || it.File != 0 {
				continue
			}
			if it.MIR == nil {
				lastErr = it.Unsupported
				break
			}
			ev := eval.NewEvaluator(eval.NewProgram(prog.Files...), eval.DefaultConfig)
			ctx, cancel := context.WithTimeout(context.Background(), watchTimeout)
			res := ev.Eval(ctx, it.MIR)
			cancel()
			if res.Err != nil {
				return "", "", fmt.Errorf("%s", res.Err.Msg)
			}
			v, err := ev.Render(res, eval.RenderOpts{MaxBytes: 4000})
			if err != nil {
				return "", "", err
			}
			return v, ty, nil
		}
	}
	if lastErr == "" {
		lastErr = "cannot evaluate `" + expr + "`"
	}
	return "", "", fmt.Errorf("%s", lastErr)
}

// mirConsts writes the program's MIR constants of primitive type with a
// plain name as Rust constants, so that a watch expression can use them.
func (s *session) mirConsts() []byte {
	var b strings.Builder
	ev := eval.NewEvaluator(eval.NewProgram(s.prog.files...), eval.DefaultConfig)
	for _, f := range s.prog.files {
		for _, it := range f.Items {
			if !it.Kind.IsData() || it.Ty == nil || !identRE.MatchString(it.Name) || identRE.FindString(it.Name) != it.Name {
				continue
			}
			switch it.Ty.Kind {
			case mir.TyInt, mir.TyUint, mir.TyBool, mir.TyChar, mir.TyFloat:
			default:
				continue
			}
			ctx, cancel := context.WithTimeout(context.Background(), watchTimeout)
			res := ev.Eval(ctx, it)
			cancel()
			if res.Err != nil {
				continue
			}
			v, err := ev.Render(res, eval.RenderOpts{})
			if err != nil {
				continue
			}
			fmt.Fprintf(&b, "const %s: %s = %s;\n", it.Name, mir.FormatTy(it.Ty), v)
		}
	}
	return []byte(b.String())
}

// watchTimeout bounds the evaluation of a watch expression.
const watchTimeout = 5 * time.Second
