extern crate pct;
extern crate base64;
extern crate legacy_helpers as helpers;

pub mod config;

use pct::{AsciiSet, CONTROLS};

pub const PATH_SET: &AsciiSet = &CONTROLS.add(b' ').add(b'"').add(b'#');
pub const QUERY_SET: AsciiSet = CONTROLS.add(b'&').add(b'=');
pub const DOUBLED: u32 = helpers::double(21);
pub const TAG: &'static str = helpers::TAG;

pub mod consts {
    pub const K: u32 = 2;
}
