// Package dap is mirlsp's debug adapter: `mirlsp dap` speaks the Debug
// Adapter Protocol over stdio and evaluates one const, static or const fn
// call of a .rs or .mir file in the evaluator (eval), stopping at
// breakpoints, stepping by Rust statement or MIR statement, and showing
// the interpreter's frames, locals and memory.
package dap

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	godap "github.com/google/go-dap"

	"mirlsp/eval"
	"mirlsp/internal/cli"
)

// threadID is the one thread: the evaluation.
const threadID = 1

// Main runs the adapter on stdin/stdout (`mirlsp dap`).
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintln(stderr, "usage: mirlsp dap (the Debug Adapter Protocol on stdio)")
		return cli.ExitUsage
	}
	if err := Serve(stdin, stdout); err != nil {
		fmt.Fprintf(stderr, "mirlsp dap: %v\n", err)
		return 1
	}
	return 0
}

// Serve runs one debug session over r and w until disconnect or the end
// of r.
func Serve(r io.Reader, w io.Writer) error {
	s := &session{w: bufio.NewWriter(w), bps: map[string][]int{}, bpIDs: map[string]map[int]int{}, lineBase: 1, colBase: 1}
	defer s.end()
	br := bufio.NewReader(r)
	for {
		data, err := godap.ReadBaseMessage(br)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		var req request
		if err := json.Unmarshal(data, &req); err != nil || req.Type != "request" {
			continue
		}
		if s.handle(&req) {
			return nil
		}
	}
}

// request is a request as read: its arguments are decoded per command
// into go-dap's types.
type request struct {
	Seq       int             `json:"seq"`
	Type      string          `json:"type"`
	Command   string          `json:"command"`
	Arguments json.RawMessage `json:"arguments"`
}

type response struct {
	godap.Response
	Body any `json:"body,omitempty"`
}

type event struct {
	godap.Event
	Body any `json:"body,omitempty"`
}

// session is one client connection.
type session struct {
	wmu sync.Mutex
	w   *bufio.Writer
	seq int

	prog *program
	run  *run
	// configured records configurationDone.
	configured bool
	// bps holds the requested breakpoint lines by absolute path, and
	// bpIDs their ids; nextBP numbers them; gen counts changes.
	bps    map[string][]int
	bpIDs  map[string]map[int]int
	nextBP int
	gen    int64
	// lineBase and colBase are the client's first line and column (1
	// unless it says linesStartAt1/columnsStartAt1 false).
	lineBase, colBase int
}

// send writes a message with the next sequence number.
func (s *session) send(m any) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	s.seq++
	switch m := m.(type) {
	case *response:
		m.Seq, m.Type = s.seq, "response"
	case *event:
		m.Seq, m.Type = s.seq, "event"
	}
	data, err := json.Marshal(m)
	if err != nil {
		return
	}
	_ = godap.WriteBaseMessage(s.w, data)
	_ = s.w.Flush()
}

func (s *session) event(name string, body any) {
	s.send(&event{Event: godap.Event{Event: name}, Body: body})
}

func (s *session) reply(req *request, body any) {
	s.send(&response{Response: godap.Response{RequestSeq: req.Seq, Success: true, Command: req.Command}, Body: body})
}

func (s *session) fail(req *request, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	s.send(&response{Response: godap.Response{RequestSeq: req.Seq, Success: false, Command: req.Command, Message: msg},
		Body: godap.ErrorResponseBody{Error: &godap.ErrorMessage{Id: 1, Format: strings.ReplaceAll(msg, "{", "{{"), ShowUser: true}}})
}

// end stops a running evaluation.
func (s *session) end() {
	if s.run != nil {
		s.run.cancel()
		s.run = nil
	}
}

// capabilities are what the adapter supports, and nothing more.
var capabilities = godap.Capabilities{
	SupportsConfigurationDoneRequest: true,
	SupportsEvaluateForHovers:        true,
	SupportsRestartRequest:           true,
	SupportsExceptionInfoRequest:     true,
	SupportsTerminateRequest:         true,
	SupportsSteppingGranularity:      true,
}

// handle answers one request; it reports true at disconnect.
func (s *session) handle(req *request) bool {
	args := func(v any) bool {
		if len(req.Arguments) == 0 {
			return true
		}
		if err := json.Unmarshal(req.Arguments, v); err != nil {
			s.fail(req, "%s: bad arguments: %v", req.Command, err)
			return false
		}
		return true
	}
	switch req.Command {
	case "initialize":
		var a godap.InitializeRequestArguments
		a.LinesStartAt1, a.ColumnsStartAt1 = true, true
		if !args(&a) {
			return false
		}
		if !a.LinesStartAt1 {
			s.lineBase = 0
		}
		if !a.ColumnsStartAt1 {
			s.colBase = 0
		}
		s.reply(req, capabilities)
		s.event("initialized", nil)
	case "launch":
		var a LaunchArgs
		if !args(&a) {
			return false
		}
		s.end()
		p, err := load(a)
		if err != nil {
			s.fail(req, "%v", err)
			return false
		}
		s.prog = p
		s.reply(req, nil)
		s.resolveAll(true)
		if s.configured {
			s.startRun()
		}
	case "attach":
		s.fail(req, "mirlsp evaluates what it launches: use launch")
	case "setBreakpoints":
		var a godap.SetBreakpointsArguments
		if !args(&a) {
			return false
		}
		s.setBreakpoints(req, &a)
	case "setExceptionBreakpoints":
		// No filters are offered: the evaluation's error always stops.
		s.reply(req, map[string]any{"breakpoints": []godap.Breakpoint{}})
	case "configurationDone":
		s.configured = true
		s.reply(req, nil)
		if s.prog != nil && s.run == nil {
			s.startRun()
		}
	case "threads":
		name := "mirlsp"
		if s.prog != nil {
			name = s.prog.title
		}
		s.reply(req, godap.ThreadsResponseBody{Threads: []godap.Thread{{Id: threadID, Name: name}}})
	case "stackTrace":
		var a godap.StackTraceArguments
		if !args(&a) {
			return false
		}
		s.stackTrace(req, &a)
	case "scopes":
		var a godap.ScopesArguments
		if !args(&a) {
			return false
		}
		var out []godap.Scope
		if !s.paused(func(_ *eval.DebugState) { out = s.run.scopes(a.FrameId - 1) }) {
			s.fail(req, "the evaluation is not paused")
			return false
		}
		if out == nil {
			s.fail(req, "unknown frame %d", a.FrameId)
			return false
		}
		s.reply(req, godap.ScopesResponseBody{Scopes: out})
	case "variables":
		var a godap.VariablesArguments
		if !args(&a) {
			return false
		}
		var out []godap.Variable
		var err error
		if !s.paused(func(st *eval.DebugState) { out, err = s.run.variables(st, a.VariablesReference) }) {
			s.fail(req, "the evaluation is not paused")
			return false
		}
		if err != nil {
			s.fail(req, "%v", err)
			return false
		}
		if a.Start > 0 || a.Count > 0 {
			lo := min(a.Start, len(out))
			hi := len(out)
			if a.Count > 0 {
				hi = min(lo+a.Count, hi)
			}
			out = out[lo:hi]
		}
		s.reply(req, godap.VariablesResponseBody{Variables: out})
	case "continue", "next", "stepIn", "stepOut":
		var a godap.StepInArguments
		if !args(&a) {
			return false
		}
		c := resumeCmd{mode: modeRun, instruction: a.Granularity == "instruction"}
		switch req.Command {
		case "next":
			c.mode = modeNext
		case "stepIn":
			c.mode = modeIn
		case "stepOut":
			c.mode = modeOut
		}
		if s.run == nil || !s.run.isPaused() {
			s.fail(req, "the evaluation is not paused")
			return false
		}
		if req.Command == "continue" {
			s.reply(req, godap.ContinueResponseBody{AllThreadsContinued: true})
		} else {
			s.reply(req, nil)
		}
		s.run.resumeWith(c)
	case "pause":
		if s.run == nil {
			s.fail(req, "nothing is running")
			return false
		}
		s.reply(req, nil)
		if !s.run.isPaused() {
			s.run.pauseReq.Store(true)
			s.run.wake()
		}
	case "evaluate":
		var a godap.EvaluateArguments
		if !args(&a) {
			return false
		}
		s.evaluate(req, &a)
	case "exceptionInfo":
		var exc *eval.EvalError
		var notes []string
		if !s.paused(func(_ *eval.DebugState) {
			exc = s.run.exc
			if exc != nil {
				for _, n := range exc.FrameNotes() {
					notes = append(notes, n.Note)
				}
			}
		}) || exc == nil {
			s.fail(req, "not stopped on an error")
			return false
		}
		code := cli.ErrorCode(exc)
		s.reply(req, godap.ExceptionInfoResponseBody{ExceptionId: code, Description: exc.Msg, BreakMode: "always",
			Details: &godap.ExceptionDetails{Message: exc.Msg, TypeName: "error[" + code + "]", StackTrace: strings.Join(notes, "\n")}})
	case "restart":
		var a struct {
			Arguments *LaunchArgs `json:"arguments"`
		}
		if !args(&a) {
			return false
		}
		if s.prog == nil {
			s.fail(req, "nothing was launched")
			return false
		}
		la := s.prog.args
		if a.Arguments != nil && a.Arguments.Program != "" {
			la = *a.Arguments
		}
		s.end()
		p, err := load(la)
		if err != nil {
			s.fail(req, "%v", err)
			return false
		}
		s.prog = p
		s.resolveAll(false)
		s.reply(req, nil)
		s.startRun()
	case "terminate":
		s.reply(req, nil)
		if s.run != nil {
			s.end()
			s.event("terminated", map[string]any{})
		}
	case "disconnect":
		s.end()
		s.reply(req, nil)
		return true
	default:
		s.fail(req, "mirlsp dap does not support %s", req.Command)
	}
	return false
}

// paused runs fn on the paused evaluation; false when none is paused.
func (s *session) paused(fn func(*eval.DebugState)) bool {
	return s.run != nil && s.run.do(fn)
}

// startRun starts evaluating the launched item.
func (s *session) startRun() {
	s.run = newRun(s, s.prog, s.bpSet())
	s.run.start()
}

// stackTrace lists the frames of the stop.
func (s *session) stackTrace(req *request, a *godap.StackTraceArguments) {
	var out []godap.StackFrame
	if !s.paused(func(_ *eval.DebugState) {
		p := s.prog
		for i, fr := range s.run.frames {
			sf := godap.StackFrame{Id: i + 1, Name: fr.Name}
			if fr.Item == p.call {
				sf.Name, sf.PresentationHint = p.title, "subtle"
			} else if fr.File >= 0 && fr.File < len(p.paths) && p.paths[fr.File] != "" {
				path := p.paths[fr.File]
				sf.Source = &godap.Source{Name: filepath.Base(path), Path: path}
				l, c := p.pos(fr.File, fr.Span.Start)
				el, ec := p.pos(fr.File, fr.Span.End)
				sf.Line, sf.Column = l-1+s.lineBase, c-1+s.colBase
				sf.EndLine, sf.EndColumn = el-1+s.lineBase, ec-1+s.colBase
			}
			out = append(out, sf)
		}
	}) {
		s.fail(req, "the evaluation is not paused")
		return
	}
	total := len(out)
	lo := min(max(a.StartFrame, 0), total)
	hi := total
	if a.Levels > 0 {
		hi = min(lo+a.Levels, total)
	}
	s.reply(req, godap.StackTraceResponseBody{StackFrames: out[lo:hi], TotalFrames: total})
}

// setBreakpoints records a file's breakpoints and verifies them against
// the launched program: a line without a statement moves to the next
// line that has one (a MIR block header to its first statement).
func (s *session) setBreakpoints(req *request, a *godap.SetBreakpointsArguments) {
	path := a.Source.Path
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	var lines []int
	for _, b := range a.Breakpoints {
		lines = append(lines, b.Line-s.lineBase+1)
	}
	if len(a.Breakpoints) == 0 {
		for _, l := range a.Lines {
			lines = append(lines, l-s.lineBase+1)
		}
	}
	s.bps[path] = lines
	if s.bpIDs[path] == nil {
		s.bpIDs[path] = map[int]int{}
	}
	out := s.resolve(path)
	s.gen++
	if s.run != nil {
		s.run.bps.Store(s.bpSet())
		s.run.wake()
	}
	s.reply(req, godap.SetBreakpointsResponseBody{Breakpoints: out})
}

// resolve verifies the breakpoints of path.
func (s *session) resolve(path string) []godap.Breakpoint {
	out := []godap.Breakpoint{}
	k := -1
	var stops map[int]bool
	if s.prog != nil {
		k = s.prog.fileOf(path)
		if k >= 0 {
			stops = s.prog.stopLines(k)
		}
	}
	for _, l := range s.bps[path] {
		id := s.bpIDs[path][l]
		if id == 0 {
			s.nextBP++
			id = s.nextBP
			s.bpIDs[path][l] = id
		}
		b := godap.Breakpoint{Id: id, Line: l - 1 + s.lineBase, Source: &godap.Source{Name: filepath.Base(path), Path: path}}
		switch {
		case s.prog == nil:
			b.Message = "not yet launched"
		case k < 0:
			b.Message = "not part of the launched program"
		default:
			for d := 0; d <= 10; d++ {
				if stops[l+d] {
					b.Verified, b.Line = true, l+d-1+s.lineBase
					break
				}
			}
			if c := s.prog.shadowedAt(k, l); c != nil && !b.Verified {
				cl, _ := s.prog.pos(k, c.Span.Start)
				b.Message = fmt.Sprintf("`%s` is evaluated from its MIR FOR CTFE (line %d), not from this body", c.Name, cl-1+s.lineBase)
			} else if !b.Verified {
				b.Message = "no statement on this line"
			}
		}
		out = append(out, b)
	}
	return out
}

// resolveAll re-verifies every file's breakpoints after a launch; events
// tell the client what changed.
func (s *session) resolveAll(notify bool) {
	paths := make([]string, 0, len(s.bps))
	for p := range s.bps {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		for _, b := range s.resolve(p) {
			if notify {
				s.event("breakpoint", godap.BreakpointEventBody{Reason: "changed", Breakpoint: b})
			}
		}
	}
	s.gen++
}

// bpSet is the verified breakpoints by file index and line.
func (s *session) bpSet() *bpSet {
	set := &bpSet{gen: s.gen, lines: map[int]map[int]int{}}
	if s.prog == nil {
		return set
	}
	for path := range s.bps {
		for _, b := range s.resolve(path) {
			if !b.Verified {
				continue
			}
			k := s.prog.fileOf(path)
			if set.lines[k] == nil {
				set.lines[k] = map[int]int{}
			}
			set.lines[k][b.Line-s.lineBase+1] = b.Id
		}
	}
	return set
}
