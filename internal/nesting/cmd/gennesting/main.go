// Command gennesting writes testdata/nesting/: Rust programs that nest a
// few hundred levels deep (within what rustc 1.95 accepts, see
// rustc-limits.json), with rustc's MIR of each (X.mir) and the `{:?}`
// value of each item (X.values.json), made by the corpus generator
// (internal/corpusgen) exactly as for testdata/corpus.
//
//	go run ./internal/nesting/cmd/gennesting [-dir testdata/nesting]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"mirlsp/internal/corpusgen"
	"mirlsp/internal/nesting"
)

// fixtures are the constructs and depths of the programs: deep, but within
// rustc's limits (types 127, blocks 783, parentheses 1,189).
var fixtures = []struct {
	construct string
	depth     int
}{
	{"paren-expr", 1000},
	{"block", 500},
	{"if-else", 500},
	{"tuple", 120},
	{"array", 120},
	{"neg", 500},
	{"not", 501},
	{"add-chain", 600},
	{"method-chain", 300},
	{"generic-args", 100},
	{"paren-pattern", 500},
	{"mod", 300},
}

func main() {
	dir := flag.String("dir", "testdata/nesting", "output directory")
	flag.Parse()
	if err := run(".", *dir); err != nil {
		fmt.Fprintln(os.Stderr, "gennesting:", err)
		os.Exit(1)
	}
}

// run writes the fixtures into dir; root is the repository's root.
func run(root, dir string) error {
	tmp, err := os.MkdirTemp("", "gennesting-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	for _, d := range []string{"corpus", "errors", "seed"} {
		if err := os.MkdirAll(filepath.Join(tmp, d), 0o755); err != nil {
			return err
		}
	}
	// The corpus generator also compiles the seed program.
	seed, err := os.ReadFile(filepath.Join(root, "testdata", "seed", "seed.rs"))
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, "seed", "seed.rs"), seed, 0o644); err != nil {
		return err
	}
	var names []string
	for _, f := range fixtures {
		c := construct(f.construct)
		if c == nil {
			return fmt.Errorf("no construct %s", f.construct)
		}
		name := fmt.Sprintf("%s_%d", strings.ReplaceAll(f.construct, "-", "_"), f.depth)
		names = append(names, name)
		if err := os.WriteFile(filepath.Join(tmp, "corpus", name+".rs"), []byte(c.Rust(f.depth)), 0o644); err != nil {
			return err
		}
	}
	if err := corpusgen.Generate(corpusgen.Options{Dir: tmp, SkipNightly: true, Log: os.Stderr}); err != nil {
		return err
	}
	old, _ := filepath.Glob(filepath.Join(dir, "*_*.*"))
	for _, f := range old {
		if strings.HasSuffix(f, ".rs") || strings.HasSuffix(f, ".mir") || strings.HasSuffix(f, ".values.json") {
			os.Remove(f)
		}
	}
	for _, name := range names {
		for _, ext := range []string{".rs", ".mir", ".values.json"} {
			data, err := os.ReadFile(filepath.Join(tmp, "corpus", name+ext))
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(dir, name+ext), data, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

func construct(name string) *nesting.Construct {
	for i := range nesting.Rust {
		if nesting.Rust[i].Name == name {
			return &nesting.Rust[i]
		}
	}
	return nil
}
