const WHY: &str = "static not configured";
pub static S: u8 = { if true { panic!("{}", WHY) } 1 };
