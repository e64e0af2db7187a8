union B { byte: u8, flag: bool }
pub const OK: bool = unsafe { B { byte: 1 }.flag };
pub const BAD: [bool; 2] = [unsafe { B { byte: 0 }.flag }, unsafe { B { byte: 9 }.flag }];
