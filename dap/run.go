// run.go is one evaluation under the debugger: the eval.Debugger that
// decides where to stop, and the paused loop that answers the adapter's
// questions on the evaluation's goroutine while it waits.

package dap

import (
	"context"
	"fmt"
	"math"
	"sync"
	"sync/atomic"

	"mirlsp/eval"
	"mirlsp/internal/cli"
	"mirlsp/mir"
)

// stepMode is what the evaluation does until it next stops.
type stepMode int

const (
	modeRun   stepMode = iota // until a breakpoint, a pause or an error
	modeEntry                 // stop at the first statement
	modeNext                  // step over
	modeIn                    // step in
	modeOut                   // step out
)

// resumeCmd resumes a paused evaluation.
type resumeCmd struct {
	mode stepMode
	// instruction steps by MIR statement in a Rust program.
	instruction bool
}

// run is one evaluation of the launched item.
type run struct {
	s    *session
	p    *program
	ev   *eval.Evaluator
	ctx  context.Context
	stop context.CancelFunc

	pauseReq atomic.Bool
	abort    atomic.Bool
	bps      atomic.Pointer[bpSet]
	// ctl says which statements the evaluation reports (Wake: after a
	// pause request, new breakpoints or an abort); watchGen is the
	// generation of the breakpoints ctl.Watch was made for.
	ctl      eval.DebugControl
	watchGen int64

	// Owned by the evaluation's goroutine.
	mode        stepMode
	instruction bool
	startDepth  int
	bodies      map[*mir.Body]*bodyLines
	lastBody    *mir.Body
	lastLines   *bodyLines
	failed      bool
	// While paused: the frames, variable references and error of the
	// stop (read by closures run on the evaluation's goroutine).
	frames []eval.DebugFrame
	refs   []varRef
	exc    *eval.EvalError

	mu     sync.Mutex
	paused bool
	cmds   chan func(*eval.DebugState)
	resume chan resumeCmd
	done   chan struct{}
	result *eval.Result
}

func newRun(s *session, p *program, bps *bpSet) *run {
	cfg := eval.DefaultConfig
	switch {
	case p.args.StepLimit < 0:
		cfg.StepLimit = math.MaxInt64
	case p.args.StepLimit > 0:
		cfg.StepLimit = p.args.StepLimit
	}
	r := &run{s: s, p: p, bodies: map[*mir.Body]*bodyLines{}, cmds: make(chan func(*eval.DebugState)),
		resume: make(chan resumeCmd), done: make(chan struct{})}
	r.bps.Store(bps)
	if !p.args.NoDebug {
		cfg.Debug = r
	}
	r.ev = eval.NewEvaluator(eval.NewProgram(p.files...), cfg)
	r.ctx, r.stop = context.WithCancel(context.Background())
	if p.args.StopOnEntry && !p.args.NoDebug {
		r.mode = modeEntry
		r.ctl.Every = true
	}
	r.watchGen = -1
	r.refreshWatch()
	return r
}

// Control tells the evaluation which statements to report.
func (r *run) Control() *eval.DebugControl { return &r.ctl }

// wake makes the evaluation report its next statement.
func (r *run) wake() { r.ctl.Wake.Store(true) }

// refreshWatch lists the bodies that hold a breakpoint (on the
// evaluation's goroutine, or before it starts).
func (r *run) refreshWatch() {
	set := r.bps.Load()
	if set.gen == r.watchGen {
		return
	}
	r.watchGen = set.gen
	r.ctl.Watch = nil
	for k, f := range r.p.files {
		for _, it := range f.Items {
			if it.Body == nil || it == r.p.call || r.p.shadowed[it] != nil {
				continue
			}
			bl := r.bodies[it.Body]
			if bl == nil {
				bl = newBodyLines(r.p, it.Body, k, false)
				r.bodies[it.Body] = bl
			}
			if bl.gen != set.gen {
				bl.setBreakpoints(set)
			}
			if bl.hasBP {
				r.ctl.Watch = append(r.ctl.Watch, it.Body)
			}
		}
	}
}

// start evaluates on a goroutine of its own; at the end it reports the
// value or error and sends exited and terminated (unless aborted).
func (r *run) start() {
	go func() {
		defer close(r.done)
		res := r.ev.Eval(r.ctx, r.p.root)
		r.result = res
		if r.abort.Load() {
			return
		}
		code := 0
		var out string
		switch {
		case res.Unsupported():
			out = fmt.Sprintf("%s: not evaluated: %s\n", r.p.title, res.Err.Msg)
			code = 1
		case res.Err != nil:
			out = fmt.Sprintf("%s: error[%s]: %s\n", r.p.title, cli.ErrorCode(res.Err), res.Err.Msg)
			code = 1
		default:
			v, err := r.ev.Render(res, eval.RenderOpts{MaxBytes: 4000})
			if err != nil {
				v = "(the value cannot be printed: " + err.Error() + ")"
			}
			name := r.p.args.Item
			if r.p.call != nil {
				name = r.p.title
			}
			out = fmt.Sprintf("%s = %s (%d steps)\n", name, v, res.Steps)
		}
		r.s.event("output", map[string]any{"category": "stdout", "output": out})
		r.s.event("exited", map[string]any{"exitCode": code})
		r.s.event("terminated", map[string]any{})
	}()
}

// cancel aborts the evaluation and waits for it to end.
func (r *run) cancel() {
	r.abort.Store(true)
	r.wake()
	r.stop()
	<-r.done
}

// lines returns the line table of body b.
func (r *run) lines(b *mir.Body, s *eval.DebugState) *bodyLines {
	if b == r.lastBody {
		return r.lastLines
	}
	bl := r.bodies[b]
	if bl == nil {
		fr := s.Frames()[0]
		bl = newBodyLines(r.p, b, fr.File, fr.Item == r.p.call)
		r.bodies[b] = bl
	}
	r.lastBody, r.lastLines = b, bl
	return bl
}

// Before decides whether to stop before the current statement.
func (r *run) Before(s *eval.DebugState) bool {
	if r.ctl.Wake.Load() {
		r.ctl.Wake.Store(false)
		if r.abort.Load() {
			return true
		}
		if r.pauseReq.Load() {
			r.pauseReq.Store(false)
			return r.pause(s, "pause", "", nil)
		}
		r.refreshWatch()
	}
	set := r.bps.Load()
	if r.mode == modeRun && len(set.lines) == 0 {
		return false
	}
	body, blk, st := s.Pos()
	bl := r.lines(body, s)
	if bl.gen != set.gen {
		bl.setBreakpoints(set)
	}
	if id := bl.bp[blk][st]; id != 0 {
		return r.pause(s, "breakpoint", "", []int{id})
	}
	if r.mode == modeRun || bl.line[blk][st] == 0 {
		return false
	}
	at := bl.entry[blk][st] || r.instruction
	switch r.mode {
	case modeEntry:
		return r.pause(s, "entry", "", nil)
	case modeIn:
		if at {
			return r.pause(s, "step", "", nil)
		}
	case modeNext:
		if d := s.Depth(); (at && d <= r.startDepth) || d < r.startDepth {
			return r.pause(s, "step", "", nil)
		}
	case modeOut:
		if s.Depth() < r.startDepth {
			return r.pause(s, "step", "", nil)
		}
	}
	return false
}

// Failed stops on the first error of the evaluation.
func (r *run) Failed(s *eval.DebugState, err *eval.EvalError) {
	if r.failed || r.abort.Load() {
		return
	}
	r.failed = true
	r.exc = err
	r.pause(s, "exception", err.Msg, nil)
}

// pause stops the evaluation: it sends stopped, then runs the adapter's
// requests until resumed. It reports true when the run is aborted.
func (r *run) pause(s *eval.DebugState, reason, text string, hit []int) bool {
	r.frames = s.Frames()
	r.refs = nil
	r.mu.Lock()
	r.paused = true
	r.mu.Unlock()
	body := map[string]any{"reason": reason, "threadId": threadID, "allThreadsStopped": true}
	if text != "" {
		body["text"] = text
		body["description"] = "error: " + text
	}
	if hit != nil {
		body["hitBreakpointIds"] = hit
	}
	r.s.event("stopped", body)
	for {
		select {
		case fn := <-r.cmds:
			fn(s)
		case c := <-r.resume:
			r.mode, r.instruction = c.mode, c.instruction
			r.ctl.Every = c.mode != modeRun
			r.startDepth = s.Depth()
			r.frames, r.refs = nil, nil
			return false
		case <-r.ctx.Done():
			return true
		}
	}
}

// isPaused reports whether the evaluation waits in pause.
func (r *run) isPaused() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.paused
}

// do runs fn on the paused evaluation's goroutine; false when it is not
// paused. Only the adapter's goroutine calls do and resumeWith, so a
// paused evaluation stays in its loop until resumeWith.
func (r *run) do(fn func(s *eval.DebugState)) bool {
	if !r.isPaused() {
		return false
	}
	finished := make(chan struct{})
	wrapped := func(s *eval.DebugState) {
		defer close(finished)
		defer func() { _ = recover() }()
		fn(s)
	}
	select {
	case r.cmds <- wrapped:
	case <-r.done:
		return false
	}
	select {
	case <-finished:
		return true
	case <-r.done:
		return false
	}
}

// resumeWith resumes a paused evaluation; false when it is not paused.
func (r *run) resumeWith(c resumeCmd) bool {
	// Not paused from here on: a request that follows must not wait for
	// the paused loop, which is about to leave.
	r.mu.Lock()
	was := r.paused
	r.paused = false
	r.mu.Unlock()
	if !was {
		return false
	}
	select {
	case r.resume <- c:
		return true
	case <-r.done:
		return false
	}
}
