//@ mir-from: 8888 => 3
// A failing const used from a fn: follow-on notes.
const fn sub(a: u32, b: u32) -> u32 {
    a - b
}

pub const BAD: u32 = sub(5, 8888);

pub fn user() -> u32 {
    BAD + 1
}
