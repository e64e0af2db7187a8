// protocol_test.go sends raw JSON-RPC to the server: malformed JSON,
// unknown methods, requests before initialize, wrong parameter types,
// requests after shutdown. Each gets an error reply and the server
// keeps serving.

package server

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"
)

// rawConn writes frames and reads replies (notifications are skipped).
type rawConn struct {
	t  *testing.T
	c  net.Conn
	rd *bufio.Reader
}

func (r *rawConn) send(body string) {
	r.t.Helper()
	r.c.SetWriteDeadline(time.Now().Add(5 * time.Second))
	if _, err := fmt.Fprintf(r.c, "Content-Length: %d\r\n\r\n%s", len(body), body); err != nil {
		r.t.Fatal(err)
	}
}

type reply struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// next reads the next reply (skipping server notifications and calls).
func (r *rawConn) next() reply {
	r.t.Helper()
	for {
		r.c.SetReadDeadline(time.Now().Add(5 * time.Second))
		n := -1
		for {
			line, err := r.rd.ReadString('\n')
			if err != nil {
				r.t.Fatalf("reading: %v", err)
			}
			line = strings.TrimSpace(line)
			if line == "" {
				break
			}
			if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
				n, _ = strconv.Atoi(v)
			}
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(r.rd, body); err != nil {
			r.t.Fatal(err)
		}
		var rep reply
		if err := json.Unmarshal(body, &rep); err != nil {
			r.t.Fatalf("bad reply %s: %v", body, err)
		}
		if rep.Method == "" {
			return rep
		}
	}
}

func (r *rawConn) call(id int, method, params string) reply {
	r.t.Helper()
	r.send(fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":%q,"params":%s}`, id, method, params))
	rep := r.next()
	if string(rep.ID) != strconv.Itoa(id) {
		r.t.Fatalf("reply to id %s, want %d", rep.ID, id)
	}
	return rep
}

func wantError(t *testing.T, what string, rep reply, code int) {
	t.Helper()
	if rep.Error == nil {
		t.Errorf("%s: no error, result %s", what, rep.Result)
	} else if code != 0 && rep.Error.Code != code {
		t.Errorf("%s: error %d %q, want code %d", what, rep.Error.Code, rep.Error.Message, code)
	}
}

func TestProtocolErrors(t *testing.T) {
	a, b := net.Pipe()
	srv := New(context.Background(), a, Options{})
	defer func() { b.Close(); a.Close(); srv.Wait() }()
	r := &rawConn{t: t, c: b, rd: bufio.NewReader(b)}
	hover := `{"textDocument":{"uri":"file:///ws/a.mir"},"position":{"line":0,"character":7}}`

	wantError(t, "hover before initialize", r.call(1, "textDocument/hover", hover), -32002)
	r.send(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{}}`) // dropped
	if rep := r.call(2, "initialize", `{"capabilities":{}}`); rep.Error != nil {
		t.Fatalf("initialize: %+v", rep.Error)
	}
	wantError(t, "second initialize", r.call(3, "initialize", `{"capabilities":{}}`), -32600)
	r.send(`{"jsonrpc":"2.0","method":"initialized","params":{}}`)

	// Malformed JSON: a parse error, and the connection lives on.
	r.send(`{"jsonrpc":"2.0","id":4,"method":`)
	rep := r.next()
	wantError(t, "malformed JSON", rep, -32700)

	wantError(t, "unknown method", r.call(5, "mirlsp/noSuchMethod", `{}`), -32601)
	r.send(`{"jsonrpc":"2.0","method":"mirlsp/noSuchNotification","params":{}}`)
	wantError(t, "wrong parameter types", r.call(6, "textDocument/hover", `{"textDocument":5,"position":"x"}`), -32602)
	// A notification with bad params is dropped, not fatal.
	r.send(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":7}}`)
	wantError(t, "unknown command", r.call(7, "workspace/executeCommand", `{"command":"nope"}`), -32602)

	// Still serving: open a document and hover.
	r.send(fmt.Sprintf(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///ws/a.mir","languageId":"mir","version":1,"text":%q}}}`, docA))
	rep = r.call(8, "textDocument/hover", hover)
	if rep.Error != nil || !strings.Contains(string(rep.Result), "4096 (0x1000)") {
		t.Errorf("hover after errors: %s %+v", rep.Result, rep.Error)
	}

	if rep := r.call(9, "shutdown", `null`); rep.Error != nil {
		t.Fatalf("shutdown: %+v", rep.Error)
	}
	wantError(t, "hover after shutdown", r.call(10, "textDocument/hover", hover), -32600)
	r.send(`{"jsonrpc":"2.0","method":"exit"}`)
	if code := srv.Wait(); code != 0 {
		t.Errorf("exit code %d", code)
	}
}
