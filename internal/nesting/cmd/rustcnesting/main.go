// Command rustcnesting measures how deep rustc accepts each construct of
// package nesting: for each, the largest depth (up to -max) at which
// `rustc --emit=mir` compiles the crate, and what rustc says one level
// deeper. It writes the table as JSON (testdata/nesting/rustc-limits.json).
//
//	go run ./internal/nesting/cmd/rustcnesting [-max 8192] [-o FILE]
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"mirlsp/internal/nesting"
	"mirlsp/rustsrc/syntax"
)

// Limit is what rustc accepts for one construct.
type Limit struct {
	Construct string `json:"construct"`
	// Accepted is the deepest nesting that compiled (0: none up to 1).
	Accepted int `json:"accepted"`
	// Refused is the first depth found refused (0: every depth up to max compiled)
	// and Outcome rustc's first error line or how it died.
	Refused int    `json:"refused,omitempty"`
	Outcome string `json:"outcome,omitempty"`
}

// Table is the output file.
type Table struct {
	Rustc  string  `json:"rustc"`
	Max    int     `json:"max"`
	Limits []Limit `json:"limits"`
}

func main() {
	max := flag.Int("max", 8192, "largest depth tried")
	out := flag.String("o", "testdata/nesting/rustc-limits.json", "output file")
	only := flag.String("only", "", "measure only this construct")
	ours := flag.Bool("mirlsp", false, "measure mirlsp's parser, not rustc (prints the table)")
	flag.Parse()
	if *ours {
		for _, c := range nesting.Rust {
			l := measure(c, 1<<20, parses)
			fmt.Printf("%-14s accepted %7d  refused %7d  %s\n", l.Construct, l.Accepted, l.Refused, l.Outcome)
		}
		return
	}
	v, err := exec.Command("rustc", "-V").Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, "rustcnesting: rustc -V:", err)
		os.Exit(1)
	}
	tmp, err := os.MkdirTemp("", "rustcnesting-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer os.RemoveAll(tmp)
	tab := Table{Rustc: strings.TrimSpace(string(v)), Max: *max}
	for _, c := range nesting.Rust {
		if *only != "" && c.Name != *only {
			continue
		}
		l := measure(c, *max, func(src string) (bool, string) { return compiles(tmp, src) })
		fmt.Fprintf(os.Stderr, "%-14s accepted %6d  refused %6d  %s\n", l.Construct, l.Accepted, l.Refused, l.Outcome)
		tab.Limits = append(tab.Limits, l)
	}
	data, _ := json.MarshalIndent(tab, "", "  ")
	if err := os.WriteFile(*out, append(data, '\n'), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// measure doubles the depth until rustc refuses it, then bisects.
func measure(c nesting.Construct, max int, compiles func(src string) (bool, string)) Limit {
	l := Limit{Construct: c.Name}
	lo, hi := 0, 0 // lo accepted, hi refused (0: none yet)
	for d := 1; ; d *= 2 {
		if d > max {
			d = max
		}
		ok, why := compiles(c.Rust(d))
		if !ok {
			hi, l.Outcome = d, why
			break
		}
		lo = d
		if d == max {
			break
		}
	}
	for hi != 0 && hi-lo > 1 {
		mid := (lo + hi) / 2
		if ok, why := compiles(c.Rust(mid)); ok {
			lo = mid
		} else {
			hi, l.Outcome = mid, why
		}
	}
	l.Accepted, l.Refused = lo, hi
	return l
}

// parses reports whether mirlsp's Rust parser accepts src.
func parses(src string) (bool, string) {
	_, err := syntax.Parse("n.rs", []byte(src))
	if err != nil {
		msg, _, _ := strings.Cut(err.Error(), "\n")
		return false, msg
	}
	return true, ""
}

// compiles runs rustc on src; when it fails, why is its first error line
// or the signal that ended it.
func compiles(tmp, src string) (ok bool, why string) {
	file := filepath.Join(tmp, "n.rs")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		return false, err.Error()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "rustc", "--edition", "2021", "--crate-type", "lib", "--emit=mir",
		"-A", "warnings", "-o", filepath.Join(tmp, "n.mir"), file)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if err == nil {
		return true, ""
	}
	if ctx.Err() != nil {
		return false, "timeout after 60 s"
	}
	for _, line := range strings.Split(stderr.String(), "\n") {
		if strings.HasPrefix(line, "error") || strings.Contains(line, "overflowed its stack") {
			return false, strings.TrimSpace(line)
		}
	}
	return false, strings.TrimSpace(err.Error())
}
