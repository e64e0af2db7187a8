//! Debug impls with let-bound builders, entries over arrays and slices,
//! debug_set and debug_map with key/value, nested in derived values.

use std::fmt;
pub struct H<'a> { name: &'a str, value: &'a [u8] }
impl<'a> fmt::Debug for H<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut f = f.debug_struct("H");
        f.field("name", &self.name);
        if let Ok(value) = core::str::from_utf8(self.value) {
            f.field("value", &value);
        } else {
            f.field("value", &self.value);
        }
        f.finish()
    }
}
pub struct L([u16; 3]);
impl fmt::Debug for L {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.iter()).finish()?;
        f.debug_set().entries(&self.0).entry(&9u8).finish()?;
        f.debug_map().entry(&"k", &1).key(&2).value(&'c').finish()
    }
}
pub const A: H<'static> = H { name: "host", value: b"x.org" };
pub const B: H<'static> = H { name: "bin", value: &[0xff, 1] };
pub const C: L = L([1, 2, 3]);
pub const D: (L, Option<H<'static>>) = (L([4, 5, 6]), Some(H { name: "n", value: b"v" }));
