const MSG: &str = "table is full";
pub const X: u32 = { panic!("{}", MSG) };
