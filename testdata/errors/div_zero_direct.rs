// Division by a zero const.
const ZERO: u8 = 0;
pub const D: u8 = 10 / ZERO;
