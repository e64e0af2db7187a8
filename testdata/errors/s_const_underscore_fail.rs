//@ mir-from: 4101 => 41
// A compile-time table check in `const _` that fails.
pub const LIMIT: u32 = 4101;
pub const TABLE: [u32; 4] = [10, 20, 30, LIMIT];

const fn all_below(xs: &[u32], max: u32) -> bool {
    let mut i = 0;
    while i < xs.len() {
        if xs[i] >= max {
            return false;
        }
        i += 1;
    }
    true
}

const _: () = assert!(all_below(&TABLE, 1000), "table entries must stay below 1000");
