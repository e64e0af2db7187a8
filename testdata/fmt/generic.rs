//! Generic Debug/Display impls, instantiated per concrete type argument:
//! wrappers that forward to the field's impl, or print it with write!.

use std::fmt;

pub struct Wrap<T>(pub T);

impl<T: fmt::Debug> fmt::Debug for Wrap<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Wrap<{:?}>", self.0)
    }
}

pub const W_U8: Wrap<u8> = Wrap(7);
pub const W_STR: Wrap<&str> = Wrap("hi");
pub const W_TUP: Wrap<(i32, bool)> = Wrap((-3, true));
pub const W_NEST: Wrap<Wrap<char>> = Wrap(Wrap('x'));

pub struct Fwd<T>(T);

impl<T: fmt::Debug> fmt::Debug for Fwd<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<T: fmt::Display> fmt::Display for Fwd<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

pub const F_F64: Fwd<f64> = Fwd(0.1);
pub const F_OPT: Fwd<Option<u16>> = Fwd(Some(9));
pub const F_ARR: [Fwd<i8>; 3] = [Fwd(-1), Fwd(0), Fwd(1)];

pub struct Shown<T>(T);

impl<T: fmt::Display> fmt::Debug for Shown<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{}>", self.0)
    }
}

pub const SH_FWD: Shown<Fwd<u32>> = Shown(Fwd(42));
pub const SH_STR: Shown<&str> = Shown("a\"b");

pub struct Pair<A, B> {
    pub a: A,
    pub b: B,
}

impl<A: fmt::Debug, B: fmt::Debug> fmt::Debug for Pair<A, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("P").field("a", &self.a).field("b", &self.b).finish()
    }
}

pub const P1: Pair<u8, &str> = Pair { a: 1, b: "one" };
pub const P2: Pair<Wrap<i64>, [u8; 2]> = Pair { a: Wrap(-5), b: [1, 2] };

#[derive(Debug)]
pub struct Outer {
    pub inner: Wrap<u32>,
    pub pair: Pair<bool, char>,
}

pub const OUTER: Outer = Outer { inner: Wrap(3), pair: Pair { a: true, b: 'z' } };

pub struct Tagged<T> {
    pub tag: &'static str,
    pub val: T,
}

impl<T> fmt::Debug for Tagged<T>
where
    T: fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.tag)?;
        f.write_str("=")?;
        fmt::Debug::fmt(&self.val, f)
    }
}

pub const T1: Tagged<u64> = Tagged { tag: "n", val: 12 };
pub const T2: Tagged<Option<Wrap<u8>>> = Tagged { tag: "o", val: None };

pub struct Named<T>(T);

impl<T: fmt::Debug> fmt::Debug for Named<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}({:?})", std::any::type_name::<T>(), self.0)
    }
}

pub const NAMED: Named<u8> = Named(1);
pub const NAMED_OK: Wrap<Named<u8>> = Wrap(Named(2));
