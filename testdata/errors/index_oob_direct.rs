// Indexing a const array past its end in a const body.
const A: [i32; 3] = [1, 2, 3];
const I: usize = 3;
pub const X: i32 = A[I];
