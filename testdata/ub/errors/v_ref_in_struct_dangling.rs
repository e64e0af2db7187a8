pub struct Holder { pub id: u8, pub r: &'static u32 }
pub const H: Holder = Holder { id: 1, r: unsafe { &*(8 as *const u32) } };
