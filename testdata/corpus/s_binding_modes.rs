// Matching through references: default binding modes on `&self` and
// `&Option<T>`, `ref`/`ref mut`, `&` patterns, explicit derefs, and
// `if let`/`while let` over borrowed data — a config tree walked by
// reference.

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Setting {
    Flag(bool),
    Level(u8),
    Range { lo: i16, hi: i16 },
    Unset,
}

#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub key: &'static str,
    pub value: Setting,
    pub override_: Option<Setting>,
}

impl Setting {
    // `self` is a reference: `lo` and `hi` bind as `&i16`.
    pub const fn width(&self) -> u16 {
        match self {
            Setting::Range { lo, hi } => (*hi - *lo) as u16,
            Setting::Level(n) => *n as u16,
            Setting::Flag(true) => 1,
            Setting::Flag(false) | Setting::Unset => 0,
        }
    }

    pub const fn is_set(&self) -> bool {
        !matches!(self, Setting::Unset)
    }

    pub const fn bump(&mut self) {
        match self {
            Setting::Level(n) => *n += 1,
            Setting::Range { hi, .. } => *hi += 10,
            Setting::Flag(f) => *f = !*f,
            Setting::Unset => {}
        }
    }
}

impl Entry {
    pub const fn effective(&self) -> &Setting {
        match &self.override_ {
            Some(s) => s,
            None => &self.value,
        }
    }
}

pub const ENTRIES: [Entry; 4] = [
    Entry { key: "verbose", value: Setting::Flag(false), override_: Some(Setting::Flag(true)) },
    Entry { key: "level", value: Setting::Level(3), override_: None },
    Entry { key: "ports", value: Setting::Range { lo: 8000, hi: 8080 }, override_: Some(Setting::Unset) },
    Entry { key: "cache", value: Setting::Unset, override_: None },
];

const fn total_width(es: &[Entry]) -> u32 {
    let mut sum = 0;
    let mut i = 0;
    while i < es.len() {
        sum += es[i].effective().width() as u32;
        i += 1;
    }
    sum
}

const fn first_level(es: &[Entry]) -> Option<u8> {
    let mut rest = es;
    while let [first, tail @ ..] = rest {
        if let Setting::Level(n) = &first.value {
            return Some(*n);
        }
        rest = tail;
    }
    None
}

const fn ref_patterns(pair: &(u8, Option<u8>)) -> u8 {
    let &(a, ref b) = pair;
    match b {
        Some(x) => a + *x,
        None => a,
    }
}

const fn deref_pattern(xs: &[Option<u8>]) -> u8 {
    let mut sum = 0;
    let mut i = 0;
    while i < xs.len() {
        if let &Some(v) = &xs[i] {
            sum += v;
        }
        i += 1;
    }
    sum
}

const fn ref_mut_update(mut e: Entry) -> Entry {
    match e.value {
        Setting::Range { ref mut lo, .. } => *lo -= 100,
        ref mut other => other.bump(),
    }
    if let Some(ref mut s) = e.override_ {
        s.bump();
    }
    e
}

const fn count_set(es: &[Entry]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < es.len() {
        let Entry { value, override_, .. } = &es[i];
        if value.is_set() || matches!(override_, Some(s) if s.is_set()) {
            n += 1;
        }
        i += 1;
    }
    n
}

pub const WIDTHS: [u16; 4] = [
    ENTRIES[0].effective().width(),
    ENTRIES[1].effective().width(),
    ENTRIES[2].effective().width(),
    ENTRIES[2].value.width(),
];
pub const TOTAL: u32 = total_width(&ENTRIES);
pub const FIRST_LEVEL: Option<u8> = first_level(&ENTRIES);
pub const NO_LEVEL: Option<u8> = first_level(&[]);
pub const REFS: [u8; 2] = [ref_patterns(&(4, Some(5))), ref_patterns(&(4, None))];
pub const DEREF: u8 = deref_pattern(&[Some(1), None, Some(20)]);
pub const UPDATED: [Entry; 3] = [ref_mut_update(ENTRIES[0]), ref_mut_update(ENTRIES[1]), ref_mut_update(ENTRIES[2])];
pub const SET_COUNT: usize = count_set(&ENTRIES);
pub const BUMPED: Setting = {
    let mut s = Setting::Range { lo: -5, hi: 5 };
    s.bump();
    s.bump();
    s
};
pub const KEY_OF_LAST: &str = {
    let Entry { key, .. } = &ENTRIES[ENTRIES.len() - 1];
    *key
};
