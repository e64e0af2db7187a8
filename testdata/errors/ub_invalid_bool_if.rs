//@ mir-from: 203 => 1
// `if b {}` on a bool transmuted from 203u8.
pub const B: u8 = {
    let b: bool = unsafe { std::mem::transmute::<u8, bool>(203) };
    if b { 10 } else { 20 }
};
