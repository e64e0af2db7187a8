// rust.go serves Rust documents: hover on const and static items and on
// their uses, inlay hints after initializers and array-length
// expressions, and diagnostics for failed evaluations. Items the front
// end does not evaluate are never errors: hover says why. Everything
// rust-analyzer already offers for Rust (symbols, definitions, syntax
// errors) is left to it.

package server

import (
	"context"
	"strings"

	"go.lsp.dev/protocol"

	"mirlsp/cache"
	"mirlsp/mir"
	"mirlsp/rustsrc"
)

// rustItemAt returns the item whose name, or a use of which, covers off.
// A use is looked for first: an array length's span (the name of its
// anon const) holds the uses in the length expression.
func rustItemAt(rd *cache.RustDoc, off int) (*rustsrc.Item, mir.Span) {
	for _, u := range rd.Uses {
		if u.Span.Start <= off && off <= u.Span.End {
			return u.Item, u.Span
		}
	}
	for _, it := range rd.Items {
		if it.NameSpan.Start <= off && off <= it.NameSpan.End {
			return it, it.NameSpan
		}
	}
	return nil, mir.Span{}
}

// rustHover describes the item at off.
func (sn *snapshot) rustHover(ctx context.Context, rd *cache.RustDoc, m *Mapper, off int) *protocol.Hover {
	it, sp := rustItemAt(rd, off)
	if it == nil {
		return nil
	}
	rng := m.Range(sp.Start, sp.End)
	header := rustHeader(it)
	if it.MIR == nil {
		return markdown(resultHover(header, &cache.ItemResult{Unsupported: it.Unsupported}), &rng)
	}
	return markdown(resultHover(header, sn.awaitResult(ctx, it.MIR)), &rng)
}

// rustHeader is an item as Rust declares it: `const inner::BASE: u32`,
// `static mut COUNTER: u64`, or `Buf::{constant#0}: usize` for an array
// length.
func rustHeader(it *rustsrc.Item) string {
	switch it.Kind {
	case mir.ItemConst:
		return "const " + it.Name + ": " + it.Ty
	case mir.ItemStatic:
		return "static " + it.Name + ": " + it.Ty
	case mir.ItemStaticMut:
		return "static mut " + it.Name + ": " + it.Ty
	}
	return it.Name + ": " + it.Ty
}

// isArrayLength reports whether an item is the anon const of an array
// length (its hint is an array-length hint).
func isArrayLength(it *rustsrc.Item) bool { return it.Kind == mir.ItemAnonConst }

// rustHints adds the value of each evaluated item whose hint position
// lies in [start, end].
func (sn *snapshot) rustHints(ctx context.Context, rd *cache.RustDoc, text []byte, start, end int, add func(int, string, protocol.InlayHintKind)) error {
	st := sn.settings
	for _, it := range rd.Items {
		if it.MIR == nil || it.Hint < start || it.Hint > end {
			continue
		}
		if arrayLen := isArrayLength(it); arrayLen && !st.Hints.ArrayLengths || !arrayLen && !st.Hints.Values {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		r := sn.run.result(it.MIR)
		if r == nil || r.Value == "" || r.Value == "()" || sameAsWritten(text, it, r.Value) {
			continue
		}
		add(it.Hint, "= "+sn.shortValue(r), protocol.InlayHintKindType)
	}
	return nil
}

// sameAsWritten reports whether an item's initializer (or length
// expression) is its value written out (`4096`, `true`, `'a'`), so a
// hint would only repeat it.
func sameAsWritten(text []byte, it *rustsrc.Item, value string) bool {
	start := it.NameSpan.Start
	if it.Kind != mir.ItemAnonConst {
		// The initializer follows the `=` after the name and type.
		i := strings.IndexByte(string(text[it.NameSpan.End:min(it.Hint, len(text))]), '=')
		if i < 0 {
			return false
		}
		start = it.NameSpan.End + i + 1
	}
	if start > it.Hint || it.Hint > len(text) {
		return false
	}
	w := strings.TrimSpace(string(text[start:it.Hint]))
	return w == value || strings.ReplaceAll(w, "_", "") == value
}

// rustResults narrows a Rust document's results to its evaluable items
// (its MIR file also holds promoteds, whose failures are their const's).
func rustResults(rd *cache.RustDoc, results []*cache.ItemResult) []*cache.ItemResult {
	out := make([]*cache.ItemResult, 0, len(results))
	for _, r := range results {
		if rd.Owns(r.Item) {
			out = append(out, r)
		}
	}
	return out
}
