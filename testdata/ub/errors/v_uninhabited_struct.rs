enum Void {}
pub struct Empty(Void);
pub const BAR: Empty = unsafe { std::mem::transmute(()) };
