package syntax_test

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"mirlsp/internal/nesting"
	"mirlsp/rustsrc/syntax"
)

// rustcLimits reads the depths rustc 1.95 accepts for each construct
// (testdata/nesting/rustc-limits.json, from internal/nesting/cmd/rustcnesting).
func rustcLimits(t *testing.T) map[string]int {
	t.Helper()
	data, err := os.ReadFile("../../testdata/nesting/rustc-limits.json")
	if err != nil {
		t.Fatal(err)
	}
	var tab struct {
		Limits []struct {
			Construct string `json:"construct"`
			Accepted  int    `json:"accepted"`
		} `json:"limits"`
	}
	if err := json.Unmarshal(data, &tab); err != nil {
		t.Fatal(err)
	}
	m := map[string]int{}
	for _, l := range tab.Limits {
		m[l.Construct] = l.Accepted
	}
	return m
}

var tooDeep = regexp.MustCompile(fmt.Sprintf(`^deep\.rs:\d+:\d+: nesting too deep: more than (%d levels|%d levels of types)$`,
	syntax.MaxNesting, syntax.MaxTypeNesting))

// TestNestingLimit: what rustc accepts parses; nesting far beyond it is a
// positioned error at the token that goes too deep, not a stack overflow.
func TestNestingLimit(t *testing.T) {
	limits := rustcLimits(t)
	for _, c := range nesting.Rust {
		t.Run(c.Name, func(t *testing.T) {
			ok, found := limits[c.Name]
			if !found {
				t.Fatalf("no rustc limit for %s", c.Name)
			}
			// rustc accepts token trees as deep as was tried (8192): they are
			// checked just below the limit (the item, the const's expression
			// and the macro call around them are levels too).
			if ok > syntax.MaxNesting-8 {
				ok = syntax.MaxNesting - 8
			}
			if _, err := syntax.Parse("deep.rs", []byte(c.Rust(ok))); err != nil {
				t.Errorf("depth %d (rustc accepts it): %v", ok, firstLine(err))
			}
			depths := []int{2 * syntax.MaxNesting}
			if c.Name == "paren-expr" || c.Name == "macro-tokens" {
				depths = append(depths, 1_000_000)
			}
			for _, d := range depths {
				src := c.Rust(d)
				_, err := syntax.Parse("deep.rs", []byte(src))
				list, _ := err.(syntax.ErrorList)
				if len(list) == 0 || !tooDeep.MatchString(list[0].Error()) {
					t.Fatalf("depth %d: %v, want nesting too deep", d, firstLine(err))
				}
				if e := list[0]; e.Span.Start <= 0 || e.Span.Start >= len(src) || e.Pos.Line != 1 && e.Pos.Line != 2 {
					t.Errorf("depth %d: error at %v (offset %d)", d, e.Pos, e.Span.Start)
				}
			}
		})
	}
}

func firstLine(err error) string {
	if err == nil {
		return "no error"
	}
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}
