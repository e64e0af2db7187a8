#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(u8)]
pub enum Mode { Off = 0, On = 1 }
#[derive(Clone, Copy)]
pub union M { raw: u8, mode: Mode }
pub const ON: Mode = unsafe { M { raw: 1 }.mode };
pub const RAW: u8 = unsafe { M { mode: Mode::Off }.raw };
pub const IS_ON: bool = matches!(ON, Mode::On);
