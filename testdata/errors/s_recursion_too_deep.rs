//@ mir-from: 4101 => 41
// A recursive-descent nesting counter that panics past its depth limit:
// rustc folds the repeated frames into one note.
const fn depth(s: &[u8], i: usize, d: u32) -> u32 {
    if d > 6 {
        panic!("nesting too deep");
    }
    if i < s.len() && s[i] == b'(' {
        depth(s, i + 1, d + 1)
    } else {
        d
    }
}

pub const DEPTH: u32 = depth(b"((((((x", 0, 4101 / 1000);
