package cli

import (
	"bytes"
	"fmt"

	"mirlsp/mir"
	"mirlsp/rustsrc"
)

// RustProgram is a Rust file's crate lowered to MIR, as `eval` reads it.
type RustProgram struct {
	Crate *rustsrc.Crate
	Prog  *rustsrc.Program
	// File is the index of the file named (in Crate.Files, Prog.Files).
	File int
}

// LoadRust loads and lowers the crate of a Rust file as `eval` does
// (cargo on PATH when the file is in a package); syntax errors are an
// error.
func LoadRust(path string) (*RustProgram, error) {
	var msgs bytes.Buffer
	c, prog, k, code := loadRust(path, rustOptions{}, &msgs)
	if len(c.Files) == 0 || c.Files[k].Text == nil {
		return nil, fmt.Errorf("cannot read %s", path)
	}
	if code != ExitOK {
		return nil, fmt.Errorf("%s", bytes.TrimSpace(msgs.Bytes()))
	}
	return &RustProgram{Crate: c, Prog: prog, File: k}, nil
}

// MIRFiles are the lowered files of the crate.
func (r *RustProgram) MIRFiles() []*mir.File { return r.Prog.Files }
