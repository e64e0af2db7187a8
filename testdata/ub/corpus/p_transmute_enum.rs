#[derive(Debug, Clone, Copy)]
#[repr(u8)]
pub enum Op { Nop = 0, Push = 1, Pop = 2, Add = 10 }
pub const fn decode(b: u8) -> Option<Op> {
    match b {
        0 | 1 | 2 | 10 => Some(unsafe { std::mem::transmute(b) }),
        _ => None,
    }
}
pub const OPS: [Option<Op>; 5] = [decode(0), decode(1), decode(2), decode(3), decode(10)];
pub const ORD: std::cmp::Ordering = unsafe { std::mem::transmute(-1i8) };
pub const OB: Option<bool> = unsafe { std::mem::transmute(2u8) };
