// The call benchmark: naive doubly recursive Fibonacci, fib(27) makes
// 635,621 calls with a recursion depth of 27.
#![allow(long_running_const_eval)]

pub const N: u32 = 27; // small: 10

pub const fn fib(n: u32) -> u64 {
    if n < 2 {
        n as u64
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

pub const RESULT: u64 = fib(N);
