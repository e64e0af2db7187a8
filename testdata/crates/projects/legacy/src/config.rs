use base64;

pub const URL_SAFE: base64::Config = base64::URL_SAFE_NO_PAD;
pub const CUSTOM: base64::Config = base64::Config::new(base64::CharacterSet::Crypt, true);
pub const LEVEL: u32 = ::helpers::double(::DOUBLED);

// In Rust 2015 a use path starts at the crate root: this is ::consts::K.
use consts::K;

#[allow(dead_code)]
mod consts {
    pub const K: u32 = 1;
}

pub const FROM_ROOT: u32 = K * 10;
