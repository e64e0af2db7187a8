//@ mir-from: 40 => 12
//@ mir-replace: ; 4096] => ; 1099511627776]
// A 1 TiB local array in a const.
const N: usize = 1 << 40;

pub const L: usize = {
    let a = [0u8; N];
    a.len()
};
