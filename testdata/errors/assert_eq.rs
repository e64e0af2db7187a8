// assert_eq! in a const: rustc rejects it before evaluation.
const fn same(a: u32, b: u32) -> u32 {
    assert_eq!(a, b);
    a
}

pub const A: u32 = same(1, 2);
