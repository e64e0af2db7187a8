//@ mir-from: 4102 => 42
// A reference to a dead local of a const fn in the final value.
const fn pick(n: u32, fallback: &'static u32) -> *const u32 {
    let x = n;
    if n > 4000 { &x as *const u32 } else { fallback as *const u32 }
}

const fn as_ref(n: u32) -> &'static u32 {
    unsafe { &*pick(n, &7) }
}

pub const R: &u32 = as_ref(4102);
