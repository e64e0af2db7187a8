pub const C: u8 = { let s = "abc"; s.as_bytes()[3] };
