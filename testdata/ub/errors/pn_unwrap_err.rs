pub const V: u8 = match u8::from_str_radix("zz", 10) { Ok(v) => v, Err(_) => panic!("not a number") };
