#[derive(Debug)]
pub enum Token { Ch(char), End }
pub const T: Token = Token::Ch(unsafe { std::mem::transmute(0xDFFFu32) });
