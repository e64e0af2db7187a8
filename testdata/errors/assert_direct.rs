// A failing `const _: () = assert!(...)`.
pub const LIMIT: usize = 8;
pub const USED: usize = 12;
const _: () = assert!(USED <= LIMIT, "buffer too small");
