use base64;

pub const URL_SAFE: base64::Config = base64::URL_SAFE_NO_PAD;
pub const CUSTOM: base64::Config = base64::Config::new(base64::CharacterSet::Crypt, true);
pub const LEVEL: u32 = ::helpers::double(::DOUBLED);
