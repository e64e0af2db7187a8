pub const R: &[u16] = &[1, 2, 3];
pub const S: &str = "ok";
pub const NESTED: &&u8 = &&5;
pub const OPT: Option<&u32> = Some(&9);
pub const EMPTY: &[u64] = &[];
pub const ZST: &() = &();
