//@ mir-from: 127 => 126
// 127 nested calls plus the const's own frame exceed the 128-frame limit.
const fn r(n: u32) -> u32 {
    if n == 0 { 0 } else { 1 + r(n - 1) }
}

pub const R: u32 = r(127);
