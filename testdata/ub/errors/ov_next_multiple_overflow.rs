pub const N: u8 = 254u8.next_multiple_of(7);
