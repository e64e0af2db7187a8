#[derive(Debug, Clone, Copy)]
pub struct Unit;
pub const U: Unit = unsafe { std::mem::transmute(()) };
pub const E: [u8; 0] = unsafe { std::mem::transmute(()) };
pub const T: () = unsafe { std::mem::transmute([0u32; 0]) };
