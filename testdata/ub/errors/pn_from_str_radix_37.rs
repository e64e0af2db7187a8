pub const V: i32 = match i32::from_str_radix("10", 37) { Ok(v) => v, Err(_) => 0 };
