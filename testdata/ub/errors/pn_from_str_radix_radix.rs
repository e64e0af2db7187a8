pub const V: u64 = match u64::from_str_radix("10", 1) { Ok(v) => v, Err(_) => 0 };
