pub const V: u32 = { let o: Option<u32> = None; o.expect("value must be present") };
