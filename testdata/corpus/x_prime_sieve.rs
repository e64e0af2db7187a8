// Sieve of Eratosthenes into [bool; N] and derived tables.
pub const LIMIT: usize = 200;

pub const SIEVE: [bool; LIMIT] = {
    let mut is_prime = [true; LIMIT];
    is_prime[0] = false;
    is_prime[1] = false;
    let mut i = 2;
    while i * i < LIMIT {
        if is_prime[i] {
            let mut j = i * i;
            while j < LIMIT {
                is_prime[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    is_prime
};

pub const PRIME_COUNT: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < LIMIT {
        if SIEVE[i] {
            n += 1;
        }
        i += 1;
    }
    n
};

pub const PRIMES: [u16; PRIME_COUNT] = {
    let mut out = [0u16; PRIME_COUNT];
    let mut k = 0;
    let mut i = 0;
    while i < LIMIT {
        if SIEVE[i] {
            out[k] = i as u16;
            k += 1;
        }
        i += 1;
    }
    out
};

pub const fn is_prime_trial(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

pub const fn nth_prime(n: usize) -> u64 {
    let mut count = 0;
    let mut c = 1u64;
    loop {
        c += 1;
        if is_prime_trial(c) {
            count += 1;
            if count == n {
                return c;
            }
        }
    }
}

pub const LAST_PRIME: u16 = PRIMES[PRIME_COUNT - 1];
pub const TWIN_PAIRS: u32 = {
    let mut n = 0;
    let mut i = 0;
    while i + 1 < PRIME_COUNT {
        if PRIMES[i + 1] - PRIMES[i] == 2 {
            n += 1;
        }
        i += 1;
    }
    n
};
pub const P100: u64 = nth_prime(100);
pub const MERSENNE_31: bool = is_prime_trial((1 << 31) - 1);
pub const SIEVE_97: bool = SIEVE[97];
pub const FIRST_TEN: [u16; 10] = {
    let mut a = [0; 10];
    let mut i = 0;
    while i < 10 {
        a[i] = PRIMES[i];
        i += 1;
    }
    a
};
