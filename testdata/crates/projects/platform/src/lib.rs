#[cfg(target_pointer_width = "64")]
pub const WORD: usize = 8;
#[cfg(target_pointer_width = "32")]
pub const WORD: usize = 4;

// The arm rustc does not compile would overflow.
#[cfg(not(target_endian = "little"))]
pub const ORDER: u8 = 200 + 100;
#[cfg(target_endian = "little")]
pub const ORDER: u8 = 1;

#[cfg(windows)]
pub const SEP: char = '\\';
#[cfg(not(windows))]
pub const SEP: char = '/';

pub const UNIX: bool = cfg!(unix);
pub const ARCH_BITS: u32 = if cfg!(target_arch = "x86_64") { 64 } else { 32 };
pub const ATOMIC_128: bool = cfg!(target_has_atomic = "128");

cfg_if::cfg_if! {
    if #[cfg(target_os = "windows")] {
        pub const OS: &str = "windows";
        pub const LINE_END: &str = "\r\n";
    } else if #[cfg(target_os = "linux")] {
        pub const OS: &str = "linux";
        pub const LINE_END: &str = "\n";
    } else {
        pub const OS: &str = "other";
        pub const LINE_END: &str = "\n";
    }
}

#[derive(Debug)]
pub struct Header {
    pub tag: u8,
    #[cfg(unix)]
    pub mode: u32,
    #[cfg(windows)]
    pub attrs: u64,
}

pub const HEADER_SIZE: usize = core::mem::size_of::<Header>();

#[derive(Debug, Clone, Copy)]
pub enum Kind {
    File,
    #[cfg(unix)]
    Socket,
    #[cfg(windows)]
    Junction,
    Dir,
}

pub const KINDS: usize = Kind::Dir as usize + 1;

pub const fn classify(n: u32) -> u32 {
    match n {
        #[cfg(unix)]
        0 => 10,
        #[cfg(windows)]
        0 => 20,
        _ => n,
    }
}

pub const CLASS: u32 = classify(0);

pub const fn width() -> usize {
    let mut w = WORD;
    #[cfg(debug_assertions)]
    {
        w += 100;
    }
    #[cfg(not(debug_assertions))]
    {
        w += 200;
    }
    w
}

pub const WIDTH: usize = width();

#[cfg(unix)]
pub const UTF8_LIMITS: (u8, u8) = (utf8_width::MIN_0_2, utf8_width::MAX_0_2);
