package server

import (
	"strings"
	"testing"

	"go.lsp.dev/protocol"
)

// bigArrayDoc makes a 100,000-byte array.
const bigArrayDoc = `const A: [u8; 100000] = {
    let mut _0: [u8; 100000];

    bb0: {
        _0 = [const 7_u8; 100000];
        return;
    }
}
`

// TestMemoryLimitSetting: the memoryLimit setting bounds the bytes one
// evaluation allocates, and -1 lifts the bound.
func TestMemoryLimitSetting(t *testing.T) {
	e := newEnv(t, envOpts{})
	e.open("big.mir", bigArrayDoc)
	e.waitVersion("big.mir", 1)
	hasLimitErr := func(p *protocol.PublishDiagnosticsParams) bool {
		for _, d := range p.Diagnostics {
			if strings.Contains(message(d), "tried to allocate more memory than available to compiler") {
				return true
			}
		}
		return false
	}
	if p := e.waitVersion("big.mir", 1); hasLimitErr(p) {
		t.Fatalf("default limit: %s", dumpDiags([]*protocol.PublishDiagnosticsParams{p}))
	}
	for _, c := range []struct {
		settings string
		err      bool
	}{{`{"mirlsp": {"memoryLimit": 4096}}`, true}, {`{"mirlsp": {"memoryLimit": -1}}`, false}} {
		if err := e.server.DidChangeConfiguration(e.ctx, &protocol.DidChangeConfigurationParams{Settings: protocol.LSPAny(c.settings)}); err != nil {
			t.Fatal(err)
		}
		e.client.mu.Lock()
		e.client.diags[string(docURI("big.mir"))] = nil
		e.client.mu.Unlock()
		e.waitDiags("big.mir", func(p *protocol.PublishDiagnosticsParams) bool { return hasLimitErr(p) == c.err })
	}
}
