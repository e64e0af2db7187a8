package dap

import (
	"bufio"
	"encoding/json"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	godap "github.com/google/go-dap"
)

// msg is any message the adapter sends.
type msg struct {
	Seq        int             `json:"seq"`
	Type       string          `json:"type"`
	Event      string          `json:"event"`
	Command    string          `json:"command"`
	RequestSeq int             `json:"request_seq"`
	Success    bool            `json:"success"`
	Message    string          `json:"message"`
	Body       json.RawMessage `json:"body"`
}

// client drives Serve over pipes, as an editor does.
type client struct {
	t    *testing.T
	w    io.WriteCloser
	msgs chan msg
	seq  int
	done chan error
	// pending holds events read while waiting for a response.
	pending []msg
}

func newClient(t *testing.T) *client {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	c := &client{t: t, w: inW, msgs: make(chan msg, 1000), done: make(chan error, 1)}
	go func() {
		err := Serve(inR, outW)
		outW.Close()
		c.done <- err
	}()
	go func() {
		br := bufio.NewReader(outR)
		for {
			data, err := godap.ReadBaseMessage(br)
			if err != nil {
				close(c.msgs)
				return
			}
			var m msg
			if err := json.Unmarshal(data, &m); err != nil {
				t.Errorf("bad message %s: %v", data, err)
			}
			c.msgs <- m
		}
	}()
	t.Cleanup(func() {
		inW.Close()
		select {
		case <-c.done:
		case <-time.After(20 * time.Second):
			t.Error("the adapter did not end")
		}
	})
	return c
}

// next reads the next message (bounded: the adapter must never hang).
func (c *client) next() msg {
	c.t.Helper()
	select {
	case m, ok := <-c.msgs:
		if !ok {
			c.t.Fatal("the adapter closed its output")
		}
		return m
	case <-time.After(60 * time.Second):
		buf := make([]byte, 1<<16)
		c.t.Fatalf("no message from the adapter\n%s", buf[:runtime.Stack(buf, true)])
	}
	return msg{}
}

// request sends a request and returns its response; events that arrive
// meanwhile are kept for waitEvent.
func (c *client) request(command string, args any) msg {
	c.t.Helper()
	c.seq++
	req := map[string]any{"seq": c.seq, "type": "request", "command": command}
	if args != nil {
		req["arguments"] = args
	}
	data, _ := json.Marshal(req)
	if err := godap.WriteBaseMessage(c.w, data); err != nil {
		c.t.Fatal(err)
	}
	for {
		m := c.next()
		if m.Type == "response" {
			if m.RequestSeq != c.seq || m.Command != command {
				c.t.Fatalf("response %+v to request %d %s", m, c.seq, command)
			}
			return m
		}
		c.pending = append(c.pending, m)
	}
}

// ok sends a request that must succeed and decodes its body into out.
func (c *client) ok(command string, args, out any) {
	c.t.Helper()
	m := c.request(command, args)
	if !m.Success {
		c.t.Fatalf("%s failed: %s", command, m.Message)
	}
	if out != nil {
		if err := json.Unmarshal(m.Body, out); err != nil {
			c.t.Fatalf("%s: %v in %s", command, err, m.Body)
		}
	}
}

// take returns a kept event, else the next message.
func (c *client) take() msg {
	c.t.Helper()
	if len(c.pending) > 0 {
		m := c.pending[0]
		c.pending = c.pending[1:]
		return m
	}
	return c.next()
}

// waitEvent returns the next event of the given name, failing on a
// response or on `terminated` when another event is awaited.
func (c *client) waitEvent(name string) msg {
	c.t.Helper()
	for {
		m := c.take()
		if m.Type != "event" {
			c.t.Fatalf("unexpected %+v", m)
		}
		if m.Event == name {
			return m
		}
		if m.Event == "terminated" || m.Event == "exited" && name == "stopped" {
			c.t.Fatalf("%s while waiting for %s", m.Event, name)
		}
	}
}

// stopped waits for a stopped event and returns its body.
func (c *client) stopped(reason string) godap.StoppedEventBody {
	c.t.Helper()
	var b godap.StoppedEventBody
	m := c.waitEvent("stopped")
	if err := json.Unmarshal(m.Body, &b); err != nil {
		c.t.Fatal(err)
	}
	if b.Reason != reason {
		c.t.Fatalf("stopped for %q (%s), want %q", b.Reason, b.Text, reason)
	}
	return b
}

// launch initializes and launches, with breakpoints (path: lines).
func (c *client) launch(args LaunchArgs, bps map[string][]int) godap.Capabilities {
	c.t.Helper()
	var caps godap.Capabilities
	c.ok("initialize", map[string]any{"adapterID": "mirlsp", "linesStartAt1": true, "columnsStartAt1": true}, &caps)
	c.waitEvent("initialized")
	c.ok("launch", args, nil)
	for path, lines := range bps {
		var bs []map[string]int
		for _, l := range lines {
			bs = append(bs, map[string]int{"line": l})
		}
		var out godap.SetBreakpointsResponseBody
		c.ok("setBreakpoints", map[string]any{"source": map[string]string{"path": path}, "breakpoints": bs}, &out)
		for _, b := range out.Breakpoints {
			if !b.Verified {
				c.t.Fatalf("breakpoint at %s:%d not verified: %s", path, b.Line, b.Message)
			}
		}
	}
	c.ok("configurationDone", nil, nil)
	return caps
}

// frames returns the stack of the stop.
func (c *client) frames() []godap.StackFrame {
	c.t.Helper()
	var st godap.StackTraceResponseBody
	c.ok("stackTrace", map[string]any{"threadId": threadID}, &st)
	return st.StackFrames
}

// locals returns the variables of a frame's Locals scope by name.
func (c *client) locals(frameID int) map[string]godap.Variable {
	c.t.Helper()
	return c.scope(frameID, "Locals")
}

func (c *client) scope(frameID int, name string) map[string]godap.Variable {
	c.t.Helper()
	var sc godap.ScopesResponseBody
	c.ok("scopes", map[string]any{"frameId": frameID}, &sc)
	for _, s := range sc.Scopes {
		if s.Name == name {
			return c.vars(s.VariablesReference)
		}
	}
	c.t.Fatalf("no scope %s in %+v", name, sc.Scopes)
	return nil
}

func (c *client) vars(ref int) map[string]godap.Variable {
	c.t.Helper()
	var vs godap.VariablesResponseBody
	c.ok("variables", map[string]any{"variablesReference": ref}, &vs)
	out := map[string]godap.Variable{}
	for _, v := range vs.Variables {
		out[v.Name] = v
	}
	return out
}

// finish continues to the end and returns the output and exit code.
func (c *client) finish() (string, int) {
	c.t.Helper()
	c.ok("continue", map[string]any{"threadId": threadID}, nil)
	return c.end()
}

// end reads the output, exited and terminated events.
func (c *client) end() (string, int) {
	c.t.Helper()
	var out strings.Builder
	code := -1
	for {
		m := c.take()
		switch m.Event {
		case "output":
			var b godap.OutputEventBody
			_ = json.Unmarshal(m.Body, &b)
			out.WriteString(b.Output)
		case "exited":
			var b godap.ExitedEventBody
			_ = json.Unmarshal(m.Body, &b)
			code = b.ExitCode
		case "terminated":
			return out.String(), code
		case "stopped":
			c.t.Fatalf("stopped again: %s", m.Body)
		}
	}
}

func testdata(t *testing.T, parts ...string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join(append([]string{"..", "testdata"}, parts...)...))
	if err != nil {
		t.Fatal(err)
	}
	return p
}
