// Package cache evaluates workspaces of MIR documents with results keyed
// by content, not by file or version: the key of an item is a hash of its
// text and of the texts of everything it reaches (the fns it calls, the
// consts and allocations it names), plus the tool version and the
// evaluation limits. Same key, same result, across documents and across
// restarts.
//
// A Store holds one in-memory memo (one evaluation per key, shared by
// concurrent requests), the interned global memory of the values it
// keeps, and an optional persistent tier on disk (entries written in
// batches, one pack file per batch, renamed into place; torn, foreign or
// corrupted packs and entries read as misses). Analyze parses the
// documents that changed, computes every item's key, and evaluates only
// the items whose key it has not seen.
//
// Memory follows what is open: parses of texts no document has any more
// are kept up to a bound in bytes, the memo keeps a bounded number of
// results of keys the workspace no longer has, and interned memory no
// kept result reaches is collected (eval.Globals.EnableCollection).
package cache

import (
	"crypto/sha256"
	"encoding/hex"

	"mirlsp/eval"
	"mirlsp/mir"
	"mirlsp/mirparse"
)

// Key identifies an item's evaluation by content.
type Key [sha256.Size]byte

func (k Key) String() string { return hex.EncodeToString(k[:8]) }

// Document is one file of a workspace: its URI (or path) and text.
type Document struct {
	URI  string
	Text []byte
	// Path is the document's file path, which Rust crates are found by
	// (`mod x;` files next to it); "" means the URI is the path.
	Path string
}

// Analysis is the evaluated state of one set of documents (a snapshot).
// It is immutable once returned.
type Analysis struct {
	// Docs in the order they were given.
	Docs   []*DocAnalysis
	byURI  map[string]*DocAnalysis
	byItem map[*mir.Item]*ItemResult
}

// Doc returns the analysis of one document, or nil.
func (a *Analysis) Doc(uri string) *DocAnalysis { return a.byURI[uri] }

// Result returns the result of an item of any document, or nil (fns).
func (a *Analysis) Result(it *mir.Item) *ItemResult { return a.byItem[it] }

// DocAnalysis is one document's parse and results.
type DocAnalysis struct {
	URI          string
	Text         []byte
	File         *mir.File
	Lines        *mir.LineIndex
	SyntaxErrors mirparse.ErrorList
	// Rust is set for a Rust document: its crate and items.
	Rust *RustDoc
	// Items holds a result for every data item (const, static, anon
	// const, promoted) in source order.
	Items []*ItemResult
}

// ItemResult is the outcome of one item.
type ItemResult struct {
	Item *mir.Item
	Key  Key
	// Value is the full `{:?}` rendering (set when the evaluation
	// succeeded); Hex is the hexadecimal form of an integer value ≥ 10
	// ("0x1000"), for hover.
	Value string
	Hex   string
	// Pretty is the `{:#?}` rendering of a value whose Value does not fit
	// on one line (longer than PrettyAbove bytes), for hover; "" otherwise.
	Pretty string
	// Err is a failed evaluation (never KindUnsupported).
	Err *eval.EvalError
	// Unsupported says why the item was not evaluated.
	Unsupported string
	// Trace holds per-statement values of the item's own body (MIR
	// inlay hints, hover on locals and blocks); nil when not recorded.
	Trace *eval.Trace
	// Cached records that the result came from the memo or the disk.
	Cached bool
}
