//@ mir-from: 4101 => 41
// A window method on a struct holding a slice reads past the end.
pub struct Samples<'a> {
    data: &'a [i16],
}

impl<'a> Samples<'a> {
    pub const fn window_sum(&self, start: usize, len: usize) -> i32 {
        let mut s = 0;
        let mut i = start;
        while i < start + len {
            s += self.data[i] as i32;
            i += 1;
        }
        s
    }
}

const DATA: [i16; 6] = [3, -1, 4, -1, 5, -9];

pub const WINDOW: i32 = Samples { data: &DATA }.window_sum(4101 / 1000, 4);
