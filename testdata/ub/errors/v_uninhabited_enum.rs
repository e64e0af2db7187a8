#[derive(Clone, Copy)]
pub enum Never {}
pub const N: Never = unsafe { std::mem::transmute(()) };
