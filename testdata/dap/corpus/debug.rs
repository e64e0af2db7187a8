// Programs the debugger tests step through (dap/*_test.go).

// A loop in a const fn: a breakpoint on `s += i;` hits once per iteration.
pub const fn sum_to(n: u32) -> u32 {
    let mut i = 0;
    let mut s = 0;
    while i < n {
        s += i;
        i += 1;
    }
    s
}

pub const SUM: u32 = sum_to(5);

// Three frames: outer calls middle calls inner.
const fn inner(x: u32) -> u32 {
    let y = x * 2;
    y + 1
}

const fn middle(x: u32) -> u32 {
    let z = inner(x);
    z + 1
}

const fn outer(x: u32) -> u32 {
    let w = middle(x);
    w + 1
}

pub const NESTED: u32 = outer(20);

// A tuple in memory (its address is taken) written one field at a time:
// its padding bytes stay uninitialized.
pub const PADDED: u32 = {
    let mut p = (1u8, 2u32);
    let r = &mut p;
    r.0 = 9;
    r.1 = 7;
    p.0 as u32 + p.1
};
