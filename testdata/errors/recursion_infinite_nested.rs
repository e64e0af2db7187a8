//@ mir-from: 5401 => 3950
// Recursion that never reaches its base case, entered through another const fn.
const fn down(n: u64) -> u64 {
    if n == 4000 { 0 } else { 1 + down(n + 1) }
}

const fn start(n: u64) -> u64 {
    down(n)
}

pub const I: u64 = start(5401);
