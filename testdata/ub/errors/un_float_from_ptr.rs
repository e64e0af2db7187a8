union F { r: &'static u8, f: f64 }
pub const FL: f64 = unsafe { F { r: &1 }.f };
