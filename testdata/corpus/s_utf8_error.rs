// Utf8Error: how far a byte string is valid, and how long the bad sequence is.
pub const BYTES: [u8; 6] = [b'o', b'k', 0xE2, 0x28, 0xA1, b'!'];
pub const VALID: usize = match core::str::from_utf8(&BYTES) { Ok(s) => s.len(), Err(e) => e.valid_up_to() };
pub const LEN: Option<usize> = match core::str::from_utf8(&BYTES) { Ok(_) => None, Err(e) => e.error_len() };
pub const CUT: Option<usize> = match core::str::from_utf8(&[b'a', 0xE2, 0x82]) { Ok(_) => Some(99), Err(e) => e.error_len() };
pub const FINE: usize = match core::str::from_utf8(b"fine") { Ok(s) => s.len(), Err(e) => e.valid_up_to() };
