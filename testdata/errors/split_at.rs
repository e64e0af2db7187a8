//@ mir-from: 9 => 2
// A library panic: split_at past the end.
const fn head_len(xs: &[u8], m: usize) -> usize {
    xs.split_at(m).0.len()
}

pub const S: usize = head_len(b"abc", 9);
