//@ mir-from: 4603 => 4601
// An invalid bool made two calls deep and branched on there.
const fn flag(n: u32) -> bool {
    unsafe { std::mem::transmute::<u8, bool>((n - 4600) as u8) }
}

const fn pick(n: u32) -> u32 {
    if flag(n) { 10 } else { 20 }
}

const fn outer(n: u32) -> u32 {
    pick(n) + 5
}

pub const B: u32 = outer(4603);
