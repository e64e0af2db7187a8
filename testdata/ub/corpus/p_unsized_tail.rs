use std::mem;
pub struct Name(str);
pub struct Words { pub head: u32, pub rest: [u32] }
const NAME: &Name = unsafe { mem::transmute::<&str, &Name>("hello") };
pub const NAME_LEN: usize = mem::size_of_val(NAME);
pub const NAME_ALIGN: usize = mem::align_of_val(NAME);
const WORDS: &Words = unsafe { mem::transmute::<(&[u32; 4], usize), &Words>((&[1, 2, 3, 4], 3)) };
pub const WORDS_SIZE: usize = mem::size_of_val(WORDS);
pub const WORDS_ALIGN: usize = mem::align_of_val(WORDS);
pub const HEAD: u32 = WORDS.head;
pub const PTR_SIZE: usize = mem::size_of::<&Name>() + mem::size_of::<&Words>();
