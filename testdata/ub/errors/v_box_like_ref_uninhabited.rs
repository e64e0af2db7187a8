pub enum Void {}
pub const R: &Void = unsafe { std::mem::transmute(&()) };
