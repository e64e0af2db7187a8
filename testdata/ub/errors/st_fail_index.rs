static TABLE: [u32; 3] = [1, 2, 3];
pub static PICK: u32 = TABLE[{ let i = 5; i }];
