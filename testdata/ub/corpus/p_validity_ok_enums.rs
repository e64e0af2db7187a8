#[derive(Debug, Clone, Copy)]
#[repr(i8)]
pub enum Sign { Neg = -1, Zero = 0, Pos = 1 }
pub const S: [Sign; 3] = unsafe { std::mem::transmute([-1i8, 0, 1]) };
pub const O: Option<Sign> = unsafe { std::mem::transmute(2i8) };
pub const R: Result<u8, bool> = Ok(4);
