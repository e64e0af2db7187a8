const MSG: &str = "bad configuration";
pub const X: u8 = { panic!("{}", MSG); };
