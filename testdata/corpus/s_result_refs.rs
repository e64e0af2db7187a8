// Result::as_ref and copied, on Ok and on Err, including an Err payload
// that lies beside a niche (Result<&u16, i8>).
pub const R1: Result<u32, &str> = Ok(7);
pub const R2: Result<u32, &str> = Err("bad");
pub const A1: Result<&u32, &&str> = R1.as_ref();
pub const A2: Result<&u32, &&str> = R2.as_ref();
pub const C1: Result<u32, ()> = Ok::<&u32, ()>(&8).copied();
pub const C2: Result<u16, i8> = Err::<&u16, i8>(-3).copied();
pub const M: u32 = match R1.as_ref() { Ok(v) => *v + 1, Err(_) => 0 };
