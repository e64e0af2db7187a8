//@ mir-from: 4101 => 41
// A configuration validator that panics three calls deep.
#[derive(Debug, Clone, Copy)]
pub struct Config {
    pub workers: u32,
    pub queue: u32,
}

const fn check_workers(n: u32) -> u32 {
    if n > 256 {
        panic!("too many workers");
    }
    n
}

const fn validate(c: Config) -> Config {
    Config { workers: check_workers(c.workers), queue: c.queue }
}

const fn load(workers: u32) -> Config {
    validate(Config { workers, queue: 64 })
}

pub const CONFIG: Config = load(4101);
