// An invalid bool as the final value of a const.
pub const B: bool = unsafe { std::mem::transmute::<u8, bool>(3) };
