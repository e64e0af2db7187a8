// Unbounded recursion.
const fn inf(n: u64) -> u64 {
    inf(n + 1)
}

pub const I: u64 = inf(0);
