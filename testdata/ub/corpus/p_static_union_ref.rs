#[derive(Clone, Copy)]
pub union U { a: u8, b: i8 }
pub static S: U = U { a: 200 };
pub static R: &U = &S;
pub static B: i8 = unsafe { R.b };
