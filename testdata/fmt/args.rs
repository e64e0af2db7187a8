//! format_args! in every form its template encodes: positional and named
//! arguments, widths and precisions given or taken from arguments, fill
//! characters, every formatting trait, `{{`/`}}`, long literal pieces;
//! types with both a Debug and a Display impl written by hand; options
//! read back from the Formatter.

use std::fmt::{self, Write};

pub struct Mixed(pub u32, pub f64);

impl fmt::Debug for Mixed {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "0x{:x} {:>8.3?} {:#010b} {0:+} {1:w$} {name}", self.0, self.1, self.0, w = 7, name = "n")
    }
}

impl fmt::Display for Mixed {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("mixed")
    }
}

pub const MIXED: Mixed = Mixed(255, 1.5);

pub struct Shown(pub i64);

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:e}|{:E}|{:o}|{:#X}|{:.*}|{:+.2}", self.0 as f64, self.0 as f64, self.0, self.0, 2, 0.5f64, -1.25f64)
    }
}

impl fmt::Debug for Shown {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Shown<{}> {{{:é^9}}} [{:*<w$.p$}]", self, self.0, "abcdef", w = 6, p = 3)
    }
}

pub const SHOWN: Shown = Shown(-42);
pub const SHOWN_POS: Shown = Shown(7);

pub struct Long(pub u8);

impl fmt::Debug for Long {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "a literal piece longer than one hundred and twenty-seven bytes, which the template encodes with a two-byte length: {} and after it another piece",
            self.0
        )
    }
}

pub const LONG: Long = Long(9);

pub struct Opts(pub u16);

impl fmt::Display for Opts {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "w={:?} p={:?} alt={} plus={} zero={} fill={:?}",
            f.width(),
            f.precision(),
            f.alternate(),
            f.sign_plus(),
            f.sign_aware_zero_pad(),
            f.fill()
        )
    }
}

impl fmt::Debug for Opts {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}] [{:>+#07.2}] [{:_<5}]", self, self, self)?;
        f.pad_integral(self.0 > 3, "0o", "17")
    }
}

pub const OPTS: Opts = Opts(5);

#[derive(Debug)]
pub struct Holder {
    pub mixed: Mixed,
    pub opts: Option<Opts>,
}

pub const HOLDER: Holder = Holder { mixed: Mixed(1, -0.0), opts: Some(Opts(1)) };

// Two impls whose headers are equally wide: rustc's MIR does not say
// which is the Debug impl.
pub struct Amb(pub u8);

impl fmt::Debug for Amb {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "amb {}", self.0)
    }
}

impl fmt::Octal for Amb {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "oct {}", self.0)
    }
}

pub const AMB: Amb = Amb(3);

// The debug builders fed by write_char, entries of arrays by value and by
// reference, a map's as key: value, keys and values, a set's entries.
pub struct Coll(pub [u8; 3]);

impl fmt::Debug for Coll {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_char('<')?;
        f.debug_list().entries(&self.0).finish()?;
        f.debug_set().entry(&1u8).entry(&"s").finish()?;
        f.debug_map().key(&"k").value(&2u8).entries([(1u8, 'a')]).finish()?;
        f.debug_struct("S").field("a", &self.0[0]).finish_non_exhaustive()?;
        f.write_char('>')
    }
}

pub const COLL: Coll = Coll([1, 2, 3]);

// Impls a macro writes: their spans are the macro's text, as wide as
// other headers would be (`impl fmt::Display for $t` as
// `impl fmt::Debug for Cent`).
macro_rules! impl_fmt {
    ($t:ident) => {
        impl fmt::Debug for $t {
            fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "dbg {}", self.0)
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "disp {}", self.0)
            }
        }
    };
}

pub struct Cent(pub u8);
impl_fmt!(Cent);

pub const CENT: Cent = Cent(4);
