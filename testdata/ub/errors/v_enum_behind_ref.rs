#[derive(Debug)]
pub enum AB { A, B }
pub const R: &[AB] = unsafe { std::mem::transmute::<&[u8], &[AB]>(&[0, 1, 2]) };
