package rustsrc_test

import (
	"context"
	"strconv"

	"mirlsp/eval"
	"mirlsp/mir"
	"mirlsp/rustsrc"
)

// The tests evaluate array lengths computed by const fns as the CLI and
// the server do.
func init() {
	rustsrc.EvalLength = evalLength
}

func evalLength(files []*mir.File, it *mir.Item) (uint64, bool) {
	ev := eval.NewEvaluator(eval.NewProgram(files...), eval.Config{StepLimit: 100000})
	res := ev.Eval(context.Background(), it)
	if res.Err != nil {
		return 0, false
	}
	s, err := ev.Render(res, eval.RenderOpts{})
	if err != nil {
		return 0, false
	}
	n, err := strconv.ParseUint(s, 10, 64)
	return n, err == nil
}
