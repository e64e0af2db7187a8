// Command gencorpus regenerates testdata/ (MIR listings, values, error expectations)
// from the Rust programs there, using the rustc on PATH.
package main

import (
	"flag"
	"fmt"
	"os"

	"mirlsp/internal/corpusgen"
)

func main() {
	dir := flag.String("dir", "testdata", "testdata directory with corpus/, errors/, seed/")
	out := flag.String("out", "", "output directory (default: -dir)")
	parallel := flag.Int("j", 2, "concurrent rustc pipelines")
	noNightly := flag.Bool("no-nightly", false, "do not generate .built.mir files (needs rustc +nightly)")
	noMIR := flag.Bool("no-mir", false, "write only the JSON files (values, expectations), not the MIR listings")
	realWorld := flag.Bool("realworld", false, "check testdata/realworld with rustc and write its values files instead")
	fmtSet := flag.Bool("fmt", false, "check testdata/fmt (hand-written Debug/Display impls) with rustc and write its values files instead")
	prettySet := flag.Bool("fmt-pretty", false, "write testdata/fmt's pretty files ({:#?} of its consts, from rustc) instead")
	crateSet := flag.Bool("crates", false, "compile testdata/crates with cargo offline and write its truth files instead")
	only := flag.String("only", "", "with -crates: only the units whose path contains this")
	flag.Parse()
	opts := corpusgen.Options{
		Dir:         *dir,
		OutDir:      *out,
		Parallel:    *parallel,
		SkipNightly: *noNightly,
		NoMIR:       *noMIR,
		Log:         os.Stderr,
		Only:        *only,
	}
	gen := corpusgen.Generate
	if *realWorld {
		gen = corpusgen.GenerateRealWorld
	}
	if *fmtSet {
		opts.Set = corpusgen.FmtDir
		gen = corpusgen.GenerateRealWorld
	}
	if *crateSet {
		gen = corpusgen.GenerateCrates
	}
	if *prettySet {
		gen = corpusgen.GeneratePretty
	}
	err := gen(opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}
