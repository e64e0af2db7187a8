// bench_test.go measures parsing speed on a generated 10,000+ line file.

package syntax

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
)

// bigSource concatenates the Rust test files, each wrapped in its own
// module (so item names do not clash), until the text has at least
// minLines lines.
func bigSource(tb testing.TB, minLines int) []byte {
	files := rustFiles(tb, "../../testdata", "testdata/valid")
	var b bytes.Buffer
	for copy := 0; ; copy++ {
		for i, name := range files {
			src, err := os.ReadFile(name)
			if err != nil {
				tb.Fatal(err)
			}
			text := string(src)
			if strings.HasPrefix(text, "#!") && !strings.HasPrefix(text, "#![") {
				text = text[strings.IndexByte(text, '\n')+1:]
			}
			fmt.Fprintf(&b, "pub mod m%d_%d {\n%s\n}\n", copy, i, text)
			if bytes.Count(b.Bytes(), []byte("\n")) >= minLines {
				return b.Bytes()
			}
		}
	}
}

func TestBigSource(t *testing.T) {
	src := bigSource(t, 10000)
	if _, err := Parse("big.rs", src); err != nil {
		t.Fatal(err)
	}
}

func BenchmarkParse(b *testing.B) {
	src := bigSource(b, 10000)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("big.rs", src); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(bytes.Count(src, []byte("\n"))), "lines")
}
