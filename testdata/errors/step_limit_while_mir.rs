//@ mir-from: 5601 => 5600
// A `while` that never ends: i steps by 2 and never equals an odd bound.
pub const W: u32 = {
    let mut i = 0u32;
    while i != 5601 {
        i = i.wrapping_add(2);
    }
    i
};
