use std::ptr::NonNull;
use std::convert::Infallible;
pub const SZ: usize = std::mem::size_of::<Option<NonNull<u64>>>();
pub const AL: usize = std::mem::align_of::<NonNull<u8>>();
pub const IS: bool = { let n: Option<NonNull<u8>> = None; n.is_none() };
pub const R: Result<u8, Infallible> = Ok(3);
pub const RS: usize = std::mem::size_of::<Result<u32, Infallible>>();
