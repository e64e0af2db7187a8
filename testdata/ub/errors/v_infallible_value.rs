use std::convert::Infallible;
pub const R: Result<u8, Infallible> = Ok(3);
pub const E: Infallible = unsafe { std::mem::transmute(()) };
