// Package rustgen writes large Rust programs for benchmarks: modules of
// consts, structs with impls and const fns with loops, matches and
// arrays, all within what mirlsp evaluates.
package rustgen

import (
	"bytes"
	"fmt"
)

// Program returns a Rust file of at least minLines lines. Module i
// starts with `pub const BASE: u32 = i;`.
func Program(minLines int) []byte {
	var b bytes.Buffer
	for i := 0; bytes.Count(b.Bytes(), []byte("\n")) < minLines; i++ {
		fmt.Fprintf(&b, `pub mod m%[1]d {
    pub const BASE: u32 = %[1]d;
    pub const fn sum_to(n: u32) -> u32 {
        let mut s = 0;
        let mut i = 0;
        while i < n {
            s += i;
            i += 1;
        }
        s
    }
    pub const SUM: u32 = sum_to(BASE %% 64);
    pub struct P%[1]d {
        pub x: i32,
        pub y: i32,
    }
    impl P%[1]d {
        pub const ORIGIN: P%[1]d = P%[1]d { x: 1, y: %[1]d };
        pub const fn dot(&self, o: &P%[1]d) -> i32 {
            self.x * o.x + self.y * o.y
        }
    }
    pub const DOT: i32 = P%[1]d::ORIGIN.dot(&P%[1]d::ORIGIN);
    pub const TABLE: [u8; 8] = {
        let mut t = [0u8; 8];
        let mut k = 0;
        while k < 8 {
            t[k] = (k as u8).wrapping_mul(31) ^ (BASE as u8);
            k += 1;
        }
        t
    };
    pub const KIND: u8 = match SUM %% 3 {
        0 => 10,
        1 => 20,
        _ => 30,
    };
    pub const OPT: Option<u32> = if SUM > 100 { Some(SUM) } else { None };
}
`, i)
	}
	return b.Bytes()
}

// Consts returns a Rust file of at least minBytes bytes made of consts
// only (about 80 bytes each): modules of integers, arithmetic on them
// and on the previous module's, arrays, strings, bools and options.
func Consts(minBytes int) []byte {
	var b bytes.Buffer
	for i := 0; b.Len() < minBytes; i++ {
		prev := "0"
		if i > 0 {
			prev = fmt.Sprintf("super::table_%05d::ENTRY_A", i-1)
		}
		fmt.Fprintf(&b, `pub mod table_%05[1]d {
    pub const ENTRY_A: u32 = %[1]d;
    pub const ENTRY_B: u32 = ENTRY_A.wrapping_mul(2654435761) >> 7;
    pub const ENTRY_C: u64 = (ENTRY_B as u64) << 4 | %[2]s as u64;
    pub const ENTRY_D: bool = ENTRY_C %% 3 == 0 && ENTRY_A > 16;
    pub const ENTRY_E: [u8; 4] = [ENTRY_A as u8, ENTRY_B as u8, 0x1f, 0x2e];
    pub const ENTRY_F: &str = "the name of table entry number %[1]d";
    pub const ENTRY_G: Option<u32> = if ENTRY_D { Some(ENTRY_B) } else { None };
    pub const ENTRY_H: i64 = -(ENTRY_A as i64) * 1_000_003 + ENTRY_E[1] as i64;
}
`, i, prev)
	}
	return b.Bytes()
}
