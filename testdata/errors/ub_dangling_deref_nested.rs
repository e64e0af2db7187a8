//@ mir-from: 4101 => 41
// A pointer to a dead local of a const fn, dereferenced two calls deep.
const fn pick(n: u32, fallback: &'static u32) -> *const u32 {
    let x = n;
    if n > 4000 { &x as *const u32 } else { fallback as *const u32 }
}

const fn read(n: u32) -> u32 {
    let p = pick(n, &7);
    unsafe { *p }
}

const fn outer(n: u32) -> u32 {
    read(n) + 2
}

pub const D: u32 = outer(4101);
