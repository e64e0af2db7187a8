//! Memory-mapped peripheral registers for a microcontroller UART, written
//! the way embedded crates do: repr(C) register blocks, bit-field masks
//! as constants, const fn builders, volatile access through raw pointers.

#![allow(dead_code)]

use core::marker::PhantomData;
use core::ptr::{read_volatile, write_volatile};

pub const UART0_BASE: usize = 0x4000_C000;
pub const UART1_BASE: usize = UART0_BASE + 0x1000;
pub const SYSTEM_CLOCK_HZ: u32 = 48_000_000;
pub const OVERSAMPLING: u32 = 16;

pub mod cr {
    pub const ENABLE: u32 = 1 << 0;
    pub const TX_ENABLE: u32 = 1 << 8;
    pub const RX_ENABLE: u32 = 1 << 9;
    pub const PARITY_SHIFT: u32 = 4;
    pub const PARITY_MASK: u32 = 0b11 << PARITY_SHIFT;
    pub const STOP2: u32 = 1 << 6;
    pub const DEFAULT: u32 = ENABLE | TX_ENABLE | RX_ENABLE;
}

pub mod sr {
    pub const TX_EMPTY: u32 = 1 << 7;
    pub const RX_FULL: u32 = 1 << 5;
    pub const OVERRUN: u32 = 1 << 3;
    pub const ERRORS: u32 = OVERRUN | (1 << 1) | (1 << 2);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum Parity {
    None = 0,
    Even = 2,
    Odd = 3,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    pub baud: u32,
    pub parity: Parity,
    pub two_stop_bits: bool,
}

impl Config {
    pub const DEFAULT: Config = Config { baud: 115_200, parity: Parity::None, two_stop_bits: false };

    pub const fn control_word(&self) -> u32 {
        let mut w = cr::DEFAULT | ((self.parity as u32) << cr::PARITY_SHIFT) & cr::PARITY_MASK;
        if self.two_stop_bits {
            w |= cr::STOP2;
        }
        w
    }

    /// Baud divisor in 12.4 fixed point, rounded to nearest.
    pub const fn divisor(&self) -> u16 {
        let div16 = (SYSTEM_CLOCK_HZ * 16 + self.baud * OVERSAMPLING / 2) / (self.baud * OVERSAMPLING);
        div16 as u16
    }

    pub const fn actual_baud(&self) -> u32 {
        SYSTEM_CLOCK_HZ * 16 / (self.divisor() as u32 * OVERSAMPLING)
    }

    pub const fn error_permille(&self) -> u32 {
        let a = self.actual_baud();
        let diff = if a > self.baud { a - self.baud } else { self.baud - a };
        diff * 1000 / self.baud
    }
}

pub const DEFAULT_CR: u32 = Config::DEFAULT.control_word();
pub const DEFAULT_DIVISOR: u16 = Config::DEFAULT.divisor();
pub const SLOW: Config = Config { baud: 9_600, parity: Parity::Even, two_stop_bits: true };
pub const SLOW_CR: u32 = SLOW.control_word();
pub const BAUD_ERRORS: [u32; 3] = [
    Config::DEFAULT.error_permille(),
    SLOW.error_permille(),
    Config { baud: 921_600, ..Config::DEFAULT }.error_permille(),
];
const _: () = assert!(Config::DEFAULT.error_permille() < 20, "baud error above 2%");

#[repr(C)]
pub struct RegisterBlock {
    pub dr: u32,
    pub sr: u32,
    pub cr: u32,
    pub brr: u32,
    _reserved: [u32; 4],
}

pub const BLOCK_SIZE: usize = core::mem::size_of::<RegisterBlock>();
pub const CR_OFFSET: usize = core::mem::offset_of!(RegisterBlock, cr);

pub struct Uart<'a> {
    regs: *mut RegisterBlock,
    _lt: PhantomData<&'a mut RegisterBlock>,
}

impl<'a> Uart<'a> {
    /// # Safety
    /// `regs` must point to a UART register block valid for 'a.
    pub unsafe fn new(regs: *mut RegisterBlock) -> Self {
        Uart { regs, _lt: PhantomData }
    }

    pub fn configure(&mut self, c: &Config) {
        unsafe {
            write_volatile(&mut (*self.regs).cr, 0);
            write_volatile(&mut (*self.regs).brr, c.divisor() as u32);
            write_volatile(&mut (*self.regs).cr, c.control_word());
        }
    }

    pub fn status(&self) -> u32 {
        unsafe { read_volatile(&(*self.regs).sr) }
    }

    pub fn try_write(&mut self, b: u8) -> bool {
        if self.status() & sr::TX_EMPTY == 0 {
            return false;
        }
        unsafe { write_volatile(&mut (*self.regs).dr, b as u32) };
        true
    }

    pub fn try_read(&mut self) -> Option<Result<u8, u32>> {
        let s = self.status();
        if s & sr::ERRORS != 0 {
            return Some(Err(s & sr::ERRORS));
        }
        (s & sr::RX_FULL != 0).then(|| Ok(unsafe { read_volatile(&(*self.regs).dr) } as u8))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fake_block() {
        let mut block = RegisterBlock { dr: 0, sr: sr::TX_EMPTY, cr: 0, brr: 0, _reserved: [0; 4] };
        let mut u = unsafe { Uart::new(&mut block) };
        u.configure(&SLOW);
        assert!(u.try_write(b'x'));
        assert_eq!(block.cr, SLOW_CR);
        assert_eq!(block.dr, b'x' as u32);
    }
}
