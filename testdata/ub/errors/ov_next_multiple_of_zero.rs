pub const D: u32 = 7u32.next_multiple_of(0);
