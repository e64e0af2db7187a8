package rustsrc

import (
	"fmt"
	"io"
	"os"
)

// MaxFileSize bounds a source file read from disk.
const MaxFileSize = 64 << 20

// DiskFile is a ReadFile for files on disk: only regular files are read
// (a `#[path = "/dev/zero"]` module or a FIFO would never end), and only
// up to MaxFileSize.
func DiskFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", path)
	}
	if fi.Size() > MaxFileSize {
		return nil, fmt.Errorf("%s is larger than %d MiB", path, MaxFileSize>>20)
	}
	return io.ReadAll(io.LimitReader(f, MaxFileSize+1))
}
