#[derive(Debug, Clone, Copy)]
#[repr(i8)]
pub enum Sign { Neg = -1, Zero = 0, Pos = 1 }
pub const S: Sign = unsafe { std::mem::transmute(5i8) };
