// cfg.go holds configurations (the set of cfg names and `key = "value"`
// pairs rustc compiles with) and the evaluation of cfg predicates:
// `unix`, `feature = "std"`, `all(..)`, `any(..)`, `not(..)`.

package crates

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Cfg is a configuration. The zero value has no cfg set.
type Cfg struct {
	set map[string]bool // "unix", `target_os="linux"`
}

// DefaultTargetCfg is x86_64-unknown-linux-gnu's configuration as
// `rustc --print cfg` prints it for a dev build (rustc 1.95), used when
// rustc is not on PATH.
var DefaultTargetCfg = []string{
	"debug_assertions",
	`panic="unwind"`,
	`target_abi=""`,
	`target_arch="x86_64"`,
	`target_endian="little"`,
	`target_env="gnu"`,
	`target_family="unix"`,
	`target_feature="fxsr"`,
	`target_feature="sse"`,
	`target_feature="sse2"`,
	`target_has_atomic="16"`,
	`target_has_atomic="32"`,
	`target_has_atomic="64"`,
	`target_has_atomic="8"`,
	`target_has_atomic="ptr"`,
	`target_os="linux"`,
	`target_pointer_width="64"`,
	`target_vendor="unknown"`,
	"unix",
}

// NewCfg makes a configuration of lines in `rustc --print cfg` form.
func NewCfg(lines []string) *Cfg {
	c := &Cfg{set: map[string]bool{}}
	for _, l := range lines {
		if k, v, ok := strings.Cut(strings.TrimSpace(l), "="); ok {
			if s, err := strconv.Unquote(strings.TrimSpace(v)); err == nil {
				c.set[cfgKey(strings.TrimSpace(k), s)] = true
			}
			continue
		}
		if l = strings.TrimSpace(l); l != "" {
			c.set[l] = true
		}
	}
	return c
}

// WithFeatures returns a copy of c with `feature = "f"` for each feature.
func (c *Cfg) WithFeatures(features []string) *Cfg {
	out := &Cfg{set: make(map[string]bool, len(c.set)+len(features))}
	for k := range c.set {
		out.set[k] = true
	}
	for _, f := range features {
		out.set[cfgKey("feature", f)] = true
	}
	return out
}

// Has reports whether a name (value "") or a key-value pair is set.
func (c *Cfg) Has(key, value string) bool {
	if c == nil {
		return false
	}
	if value == "" {
		return c.set[key] || c.set[cfgKey(key, "")]
	}
	return c.set[cfgKey(key, value)]
}

// Lines lists the configuration in `rustc --print cfg` form, sorted (a
// stable part of cache keys).
func (c *Cfg) Lines() []string {
	if c == nil {
		return nil
	}
	out := make([]string, 0, len(c.set))
	for k := range c.set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func cfgKey(k, v string) string { return k + "=" + strconv.Quote(v) }

// Pred is a parsed cfg predicate.
type Pred struct {
	Op    string // "", "all", "any", "not"
	Key   string // for Op "": the name
	Value string // for Op "": the value of key = "value"
	HasV  bool
	Args  []*Pred
}

// Eval evaluates a predicate in c.
func (c *Cfg) Eval(p *Pred) bool {
	switch p.Op {
	case "all":
		for _, a := range p.Args {
			if !c.Eval(a) {
				return false
			}
		}
		return true
	case "any":
		for _, a := range p.Args {
			if c.Eval(a) {
				return true
			}
		}
		return false
	case "not":
		return len(p.Args) == 1 && !c.Eval(p.Args[0])
	}
	if p.HasV {
		return c.Has(p.Key, p.Value)
	}
	return c.Has(p.Key, "")
}

// EvalKnown evaluates a predicate in c when the names for which unknown
// reports true may be set or not (a build script's cfgs): known is false
// when the result depends on them. Three-valued (Kleene) logic:
// `all(test, x)` is false in a build without `test` whatever x is.
func (c *Cfg) EvalKnown(p *Pred, unknown func(key string) bool) (val, known bool) {
	switch p.Op {
	case "all", "any":
		want := p.Op == "any" // the value that decides the result
		known = true
		for _, a := range p.Args {
			v, k := c.EvalKnown(a, unknown)
			if k && v == want {
				return want, true
			}
			known = known && k
		}
		return !want, known
	case "not":
		if len(p.Args) != 1 {
			return false, true
		}
		v, k := c.EvalKnown(p.Args[0], unknown)
		return !v, k
	}
	if unknown(p.Key) {
		return false, false
	}
	return c.Eval(p), true
}

// Names calls f with every name a predicate tests.
func (p *Pred) Names(f func(key string)) {
	if p.Op == "" {
		f(p.Key)
	}
	for _, a := range p.Args {
		a.Names(f)
	}
}

// maxPredDepth bounds the nesting of predicates.
const maxPredDepth = 64

// ParsePred parses a predicate from its text: `unix`, `feature = "x"`,
// `all(a, not(b))`. The text of `cfg(...)` in a Cargo.toml target key is
// the same inside the parentheses.
func ParsePred(s string) (*Pred, error) {
	toks, err := cfgTokens(s)
	if err != nil {
		return nil, err
	}
	p := &predParser{toks: toks}
	pr, err := p.pred(0)
	if err != nil {
		return nil, err
	}
	if p.i < len(p.toks) {
		return nil, fmt.Errorf("cfg: unexpected %q", p.toks[p.i])
	}
	return pr, nil
}

type predParser struct {
	toks []string
	i    int
}

func (p *predParser) next() string {
	if p.i >= len(p.toks) {
		return ""
	}
	t := p.toks[p.i]
	p.i++
	return t
}

func (p *predParser) peek() string {
	if p.i >= len(p.toks) {
		return ""
	}
	return p.toks[p.i]
}

func (p *predParser) pred(depth int) (*Pred, error) {
	if depth > maxPredDepth {
		return nil, fmt.Errorf("cfg: predicate nested too deeply")
	}
	name := p.next()
	if name == "" || !isIdent(name) {
		return nil, fmt.Errorf("cfg: expected a name, found %q", name)
	}
	switch p.peek() {
	case "(":
		if name != "all" && name != "any" && name != "not" {
			return nil, fmt.Errorf("cfg: unknown predicate %q", name)
		}
		p.next()
		out := &Pred{Op: name}
		for p.peek() != ")" {
			a, err := p.pred(depth + 1)
			if err != nil {
				return nil, err
			}
			out.Args = append(out.Args, a)
			if p.peek() == "," {
				p.next()
				continue
			}
			if p.peek() != ")" {
				return nil, fmt.Errorf("cfg: expected `,` or `)`, found %q", p.peek())
			}
		}
		p.next()
		if name == "not" && len(out.Args) != 1 {
			return nil, fmt.Errorf("cfg: not() takes one predicate")
		}
		return out, nil
	case "=":
		p.next()
		v := p.next()
		s, err := strconv.Unquote(v)
		if err != nil || !strings.HasPrefix(v, `"`) {
			return nil, fmt.Errorf("cfg: expected a string after `=`, found %q", v)
		}
		return &Pred{Key: name, Value: s, HasV: true}, nil
	}
	return &Pred{Key: name}, nil
}

func isIdent(s string) bool {
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9' || r > 127) {
			return false
		}
	}
	return s != ""
}

// cfgTokens splits predicate text into names, strings and punctuation.
func cfgTokens(s string) ([]string, error) {
	var out []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '(' || c == ')' || c == ',' || c == '=':
			out = append(out, s[i:i+1])
			i++
		case c == '"':
			j := i + 1
			for j < len(s) && s[j] != '"' {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(s) {
				return nil, fmt.Errorf("cfg: unterminated string")
			}
			out = append(out, s[i:j+1])
			i = j + 1
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(" \t\r\n(),=\"", rune(s[j])) {
				j++
			}
			out = append(out, s[i:j])
			i = j
		}
	}
	return out, nil
}

// WellKnownCfg reports whether rustc or cargo set a cfg name (a name
// outside this list in a crate with a build script may be set by the
// build script).
func WellKnownCfg(name string) bool {
	switch name {
	case "feature", "test", "debug_assertions", "unix", "windows", "doc", "doctest", "miri", "proc_macro",
		"panic", "overflow_checks", "ub_checks", "relocation_model", "fmt_debug", "contract_checks",
		"sanitize", "target_thread_local", "emscripten_wasm_eh", "clippy", "rustfmt", "docsrs":
		return true
	}
	return strings.HasPrefix(name, "target_")
}
