//@ mir-from: 999 => 4101
// A hash table whose bucket count is zero: `%` by zero in a method.
pub struct Table {
    buckets: u64,
}

impl Table {
    pub const fn with_capacity(n: u64) -> Table {
        Table { buckets: n / 1000 }
    }

    pub const fn bucket(&self, hash: u64) -> u64 {
        hash % self.buckets
    }
}

pub const B: u64 = Table::with_capacity(999).bucket(0xDEAD_BEEF);
