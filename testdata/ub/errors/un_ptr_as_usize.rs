union Addr { r: &'static i32, n: usize }
pub const N: usize = unsafe { Addr { r: &5 }.n };
