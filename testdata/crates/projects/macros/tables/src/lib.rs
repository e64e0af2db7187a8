//! Exported macros that build constant tables, with `$crate` paths.

pub const SCALE: u32 = 10;

/// `[x * SCALE, ...]`.
#[macro_export]
macro_rules! scaled {
    ($($x:expr),* $(,)?) => { [$($x * $crate::SCALE),*] };
}

/// Counts token trees.
#[macro_export]
macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + $crate::count!($($tail)*) };
}

/// A static table of pairs whose length is counted.
#[macro_export]
macro_rules! table {
    ($name:ident : $t:ty = { $($k:literal => $v:expr),+ $(,)? }) => {
        pub static $name: [($t, $t); $crate::count!($($k)+)] = [$(($k, $v)),+];
    };
}

#[doc(hidden)]
pub mod internal {
    pub const fn double(x: u32) -> u32 {
        x * 2
    }
}

#[macro_export]
macro_rules! double {
    ($x:expr) => {
        $crate::internal::double($x)
    };
}

pub const SCALED: [u32; 3] = scaled![1, 2, 3];
pub const COUNT: usize = count!(x y z);
table!(SQUARES: u8 = { 1 => 1, 2 => 4, 3 => 9, 4 => 16 });
