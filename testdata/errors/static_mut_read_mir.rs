//@ mir-from: 5301 => 55
// A const reading a static mut (only on one branch, so a passing variant exists).
pub static mut SM: u32 = 5;

pub const C: u32 = {
    let n: u32 = 5301;
    if n > 4000 { unsafe { SM } } else { n }
};
