//@ mir-from: 20 => 13
//@ mir-replace: ; 8192] => ; 1048576]
//@ mir-replace: const 8192_usize => const 1048576_usize
// An 8 TiB array of arrays, two calls deep.
const fn sum() -> u64 {
    let a = [[0u64; 1 << 20]; 1 << 20];
    a[1][2]
}

const fn outer() -> u64 {
    sum() + 1
}

pub const S: u64 = outer();
