// hover.go answers textDocument/hover: the value, type and hex form of a
// const at its definition or a use, or its error; the final value of a
// local _N of a const body; how often a block bbN ran.

package server

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"go.lsp.dev/protocol"

	"mirlsp/cache"
	"mirlsp/internal/cli"
	"mirlsp/mir"
)

// hoverWait bounds how long a hover waits for an item still being
// evaluated before it says so.
const hoverWait = 500 * time.Millisecond

// maxHoverValue truncates long values in hovers.
const maxHoverValue = 4 << 10

func (s *Server) Hover(ctx context.Context, p *protocol.HoverParams) (*protocol.Hover, error) {
	sn, d, da, m, err := s.fileFor(ctx, string(p.TextDocument.URI))
	if err != nil || da == nil {
		return nil, err
	}
	off := m.Offset(p.Position)
	if da.Rust != nil {
		return sn.rustHover(ctx, da.Rust, m, off), nil
	}
	text := d.text
	home := itemAt(da, off)

	// Locals and blocks of the body under the cursor.
	if ws, we := wordAt(text, off); ws < we && home != nil && home.Body != nil {
		w := string(text[ws:we])
		rng := m.Range(ws, we)
		switch {
		case localRE.MatchString(w):
			n, _ := strconv.Atoi(w[1:])
			if n < len(home.Body.Locals) {
				return markdown(sn.hoverLocal(ctx, home, n), &rng), nil
			}
		case blockRE.MatchString(w):
			n, _ := strconv.Atoi(w[2:])
			if n < len(home.Body.Blocks) {
				return markdown(sn.hoverBlock(ctx, home, n), &rng), nil
			}
		}
	}

	// An item: its header, or a path naming it.
	var it *mir.Item
	var rng protocol.Range
	if home != nil && home.NameSpan.Start <= off && off <= home.NameSpan.End {
		it, rng = home, m.Range(home.NameSpan.Start, home.NameSpan.End)
	} else if ps, pe, path, ok := pathAt(text, off); ok {
		if it = sn.resolvePath(da, path); it != nil {
			rng = m.Range(ps, pe)
		}
	}
	if it == nil {
		return nil, nil
	}
	return markdown(sn.hoverItem(ctx, it), &rng), nil
}

// fileFor returns the latest snapshot (ready) and one of its documents.
func (s *Server) fileFor(ctx context.Context, u string) (*snapshot, *document, *cache.DocAnalysis, *Mapper, error) {
	sn := s.session.snapshot()
	if sn == nil {
		return nil, nil, nil, nil, nil
	}
	if err := sn.await(ctx); err != nil {
		return nil, nil, nil, nil, err
	}
	d, da, m := sn.file(u)
	return sn, d, da, m, nil
}

func markdown(s string, rng *protocol.Range) *protocol.Hover {
	return &protocol.Hover{Contents: &protocol.MarkupContent{Kind: protocol.MarkupKindMarkdown, Value: s}, Range: rng}
}

// awaitResult returns an item's result, waiting a little for it.
// When an edit supersedes the snapshot meanwhile, the wait goes on in
// the new one if it holds the same item (its document did not change).
func (sn *snapshot) awaitResult(ctx context.Context, it *mir.Item) *cache.ItemResult {
	if r := sn.run.result(it); r != nil {
		return r
	}
	ctx, cancel := context.WithTimeout(ctx, hoverWait)
	defer cancel()
	for {
		if r := sn.run.wait(it, ctx.Done()); r != nil || ctx.Err() != nil {
			return r
		}
		next := sn.sess.snapshot()
		if next == sn || next.await(ctx) != nil {
			return nil
		}
		if _, ok := next.plan.Key(it); !ok {
			return nil
		}
		sn = next
	}
}

// hoverItem describes an item and its result.
func (sn *snapshot) hoverItem(ctx context.Context, it *mir.Item) string {
	var b strings.Builder
	header := itemHeader(it)
	if !it.Kind.IsData() {
		fmt.Fprintf(&b, "```rust\n%s\n```\n", header)
		return b.String()
	}
	return resultHover(header, sn.awaitResult(ctx, it))
}

// resultHover describes an item (by its header) and its result; r is
// nil while the item is being evaluated.
func resultHover(header string, r *cache.ItemResult) string {
	var b strings.Builder
	switch {
	case r == nil:
		fmt.Fprintf(&b, "```rust\n%s\n```\n\n*evaluating…*", header)
	case r.Err != nil:
		fmt.Fprintf(&b, "```rust\n%s\n```\n\nerror[%s]: %s", header, cli.ErrorCode(r.Err), r.Err.Msg)
		for _, n := range r.Err.FrameNotes() {
			fmt.Fprintf(&b, "\n- %s", n.Note)
		}
	case r.Unsupported != "":
		fmt.Fprintf(&b, "```rust\n%s\n```\n\nnot evaluated: %s", header, r.Unsupported)
	default:
		v := truncate(r.Value, maxHoverValue)
		if r.Pretty != "" {
			v = truncate(r.Pretty, maxHoverValue)
		}
		if r.Hex != "" {
			v += " (" + r.Hex + ")"
		}
		fmt.Fprintf(&b, "```rust\n%s = %s\n```", header, v)
	}
	return b.String()
}

// itemHeader is an item's header as Rust would declare it.
func itemHeader(it *mir.Item) string {
	switch it.Kind {
	case mir.ItemFn:
		sig := ""
		if b := it.Body; b != nil {
			var args []string
			for i := 1; i <= b.ArgCount && i < len(b.Locals); i++ {
				args = append(args, fmt.Sprintf("_%d: %s", i, mir.FormatTy(b.Locals[i].Ty)))
			}
			sig = "(" + strings.Join(args, ", ") + ")"
			if ret := it.Ret; ret != nil {
				sig += " -> " + mir.FormatTy(ret)
			} else if len(b.Locals) > 0 {
				sig += " -> " + mir.FormatTy(b.Locals[0].Ty)
			}
		}
		return "fn " + it.Name + sig
	case mir.ItemAnonConst:
		return it.Name + ": " + mir.FormatTy(it.Ty)
	}
	return it.Kind.String() + " " + it.Name + ": " + mir.FormatTy(it.Ty)
}

// hoverLocal describes local n of an item's body with its final value.
func (sn *snapshot) hoverLocal(ctx context.Context, it *mir.Item, n int) string {
	ld := it.Body.Locals[n]
	s := fmt.Sprintf("```rust\nlet %s_%d: %s\n```", mutPrefix(ld.Mut), n, mir.FormatTy(ld.Ty))
	if !it.Kind.IsData() {
		return s
	}
	r := sn.awaitResult(ctx, it)
	if r == nil || r.Trace == nil || n >= len(r.Trace.Locals) {
		return s
	}
	if v := r.Trace.Locals[n]; v != "" {
		s += "\n\nvalue at the end of evaluation: `" + truncate(v, maxHoverValue) + "`"
	} else {
		s += "\n\nno value at the end of evaluation (dead or uninitialized)"
	}
	return s
}

func mutPrefix(m bool) string {
	if m {
		return "mut "
	}
	return ""
}

// hoverBlock says how often block n of an item's body ran.
func (sn *snapshot) hoverBlock(ctx context.Context, it *mir.Item, n int) string {
	s := fmt.Sprintf("basic block `bb%d` of `%s`", n, it.Name)
	if !it.Kind.IsData() {
		return s
	}
	r := sn.awaitResult(ctx, it)
	if r == nil || r.Trace == nil || n >= len(r.Trace.Blocks) {
		return s
	}
	return s + "\n\n" + timesText(r.Trace.Blocks[n])
}

func timesText(n int) string {
	switch n {
	case 0:
		return "not executed"
	case 1:
		return "executed once"
	}
	return fmt.Sprintf("executed %d times", n)
}

// truncate cuts s after about n bytes (at a rune boundary) with "…".
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i] + "…"
}
