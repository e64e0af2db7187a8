// order_test.go checks the order of work after an edit: the edited
// document's items on screen (the lines of the client's last inlay hint
// request), then its other items, its diagnostics, and only then the
// rest of the workspace.

package server

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"go.lsp.dev/protocol"
)

// orderDoc writes `const X = x` (when x >= 0) and consts <prefix><i> =
// X + i for i < n.
func orderDoc(prefix string, x, n int) string {
	var b strings.Builder
	if x >= 0 {
		fmt.Fprintf(&b, "const X: u64 = {\n    let mut _0: u64;\n\n    bb0: {\n        _0 = const %d_u64;\n        return;\n    }\n}\n\n", x)
	}
	for i := range n {
		fmt.Fprintf(&b, "const %s%d: u64 = {\n    let mut _0: u64;\n\n    bb0: {\n        _0 = Add(const X, const %d_u64);\n        return;\n    }\n}\n\n", prefix, i, i)
	}
	return b.String()
}

func TestEditOrder(t *testing.T) {
	e := newEnv(t, envOpts{slowAfter: time.Minute})
	a, b := orderDoc("A", 1, 60), orderDoc("B", -1, 20)
	e.open("b.mir", b)
	e.open("a.mir", a)
	e.waitVersion("a.mir", 1)
	e.waitVersion("b.mir", 1)
	// The client shows A40..A49.
	m := NewMapper([]byte(a), false)
	first, last := strings.Index(a, "const A40:"), strings.Index(a, "const A50:")-2
	e.hintsIn("a.mir", m.Range(first, last))

	var mu sync.Mutex
	var all []string
	hook := func(id uint64, ev string) {
		mu.Lock()
		defer mu.Unlock()
		all = append(all, fmt.Sprintf("%d %s", id, strings.TrimPrefix(ev, "publish file:///ws/")))
	}
	before := e.srv.session.snapshot().id
	e.srv.session.hook.Store(&hook)
	e.edit("a.mir", 2, a, "const 1_u64;", "const 2_u64;", 1)
	e.waitVersion("a.mir", 2)
	e.settle()
	e.srv.session.hook.Store(nil)
	// The events of the edit's snapshot (a lane of an earlier one may
	// still report the item it took when canceled).
	edited := e.srv.session.snapshot().id
	if edited != before+1 {
		t.Fatalf("snapshots %d, then %d after one edit", before, edited)
	}
	mu.Lock()
	defer mu.Unlock()
	var events []string
	for _, ev := range all {
		id, rest, _ := strings.Cut(ev, " ")
		if id == fmt.Sprint(edited) {
			events = append(events, rest)
		}
	}
	var want []string
	for i := 40; i < 50; i++ {
		want = append(want, fmt.Sprintf("eval A%d", i))
	}
	want = append(want, "eval X")
	for i := range 60 {
		if i < 40 || i >= 50 {
			want = append(want, fmt.Sprintf("eval A%d", i))
		}
	}
	for i := range 20 {
		want = append(want, fmt.Sprintf("eval B%d", i))
	}
	// The evaluations in that order, and a.mir published between its
	// last item and the first of b.mir (a slow run may also publish
	// a.mir's known diagnostics before).
	var evals []string
	published := false
	for i, ev := range events {
		if ev != "a.mir" {
			evals = append(evals, ev)
		} else if i > 0 && events[i-1] == "eval A59" && i+1 < len(events) && events[i+1] == "eval B0" {
			published = true
		}
	}
	if !slices.Equal(evals, want) || !published {
		t.Errorf("after the edit:\n%s\nwant:\n%s\nwith a.mir published before B0", strings.Join(events, " "), strings.Join(want, " "))
	}
}

// hintsIn requests the inlay hints of a range of a document.
func (e *env) hintsIn(name string, rng protocol.Range) {
	e.t.Helper()
	if _, err := e.server.InlayHint(e.ctx, &protocol.InlayHintParams{TextDocument: protocol.TextDocumentIdentifier{URI: docURI(name)}, Range: rng}); err != nil {
		e.t.Fatal(err)
	}
}
