#[derive(Debug, Clone, Copy)]
pub enum E { A(bool), B }
pub const V: E = unsafe { std::mem::transmute(7u8) };
