package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	godap "github.com/google/go-dap"

	"mirlsp/internal/cli"
)

// TestDAP drives `mirlsp dap` on its stdin and stdout with the launch
// arguments an editor sends, on the seed's failing variant (rustc's MIR;
// its message from rustc in ov_sub_seed.expect.json): the adapter stops
// on the error with rustc's message, then runs to its end.
func TestDAP(t *testing.T) {
	mirPath, err := filepath.Abs("../../testdata/errors/ov_sub_seed.mir")
	if err != nil {
		t.Fatal(err)
	}
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	code := make(chan int, 1)
	go func() {
		code <- cli.Run([]string{"dap"}, inR, outW, io.Discard)
		outW.Close()
	}()
	seq := 0
	send := func(command string, args any) {
		seq++
		data, _ := json.Marshal(map[string]any{"seq": seq, "type": "request", "command": command, "arguments": args})
		if err := godap.WriteBaseMessage(inW, data); err != nil {
			t.Fatal(err)
		}
	}
	msgs := make(chan map[string]any, 100)
	go func() {
		br := bufio.NewReader(outR)
		for {
			data, err := godap.ReadBaseMessage(br)
			if err != nil {
				close(msgs)
				return
			}
			var m map[string]any
			_ = json.Unmarshal(data, &m)
			msgs <- m
		}
	}()
	var seen []string
	until := func(kind, name string) map[string]any {
		t.Helper()
		for {
			select {
			case m, ok := <-msgs:
				if !ok {
					t.Fatalf("the adapter ended; seen %v", seen)
				}
				key := fmt.Sprint(m["type"], " ", m["event"])
				if m["type"] == "response" {
					key = fmt.Sprint("response ", m["command"])
					if m["success"] != true {
						t.Fatalf("%s failed: %v", m["command"], m["message"])
					}
				}
				seen = append(seen, key)
				if key == kind+" "+name {
					return m
				}
			case <-time.After(60 * time.Second):
				t.Fatalf("no %s %s; seen %v", kind, name, seen)
			}
		}
	}
	send("initialize", map[string]any{"adapterID": "mirlsp"})
	until("response", "initialize")
	until("event", "initialized")
	send("launch", map[string]any{"program": mirPath, "item": "BAD"})
	until("response", "launch")
	send("configurationDone", nil)
	until("response", "configurationDone")
	st := until("event", "stopped")
	body := st["body"].(map[string]any)
	var want struct {
		Errors []struct{ Message string } `json:"errors"`
	}
	data, err := os.ReadFile("../../testdata/errors/ov_sub_seed.expect.json")
	if err != nil || json.Unmarshal(data, &want) != nil || len(want.Errors) != 1 {
		t.Fatalf("rustc's expectation: %v", err)
	}
	if body["reason"] != "exception" || body["text"] != want.Errors[0].Message {
		t.Fatalf("stopped %v", body)
	}
	send("continue", map[string]any{"threadId": 1})
	until("response", "continue")
	ex := until("event", "exited")
	if ex["body"].(map[string]any)["exitCode"] != float64(1) {
		t.Fatalf("exited %v", ex)
	}
	until("event", "terminated")
	send("disconnect", nil)
	until("response", "disconnect")
	if c := <-code; c != 0 {
		t.Fatalf("exit status %d", c)
	}
	if !strings.Contains(strings.Join(seen, ","), "event output") {
		t.Fatalf("no output event: %v", seen)
	}
}
