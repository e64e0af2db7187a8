// A library bounds check: <[T]>::swap with an index past the end.
const fn swap_ends(mut a: [u8; 3], j: usize) -> [u8; 3] {
    a.swap(0, j);
    a
}

pub const S: [u8; 3] = swap_ends([1, 2, 3], 5);
