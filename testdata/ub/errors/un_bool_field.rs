union B { byte: u8, flag: bool }
pub const F: bool = unsafe { B { byte: 2 }.flag };
