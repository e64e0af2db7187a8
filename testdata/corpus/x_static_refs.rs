// Statics holding references: arrays, slices of structs, arrays of &str, statics referring to statics.
#[derive(Debug)]
pub struct Command {
    pub name: &'static str,
    pub args: u8,
    pub aliases: &'static [&'static str],
}

pub static NAMES: [&str; 4] = ["alpha", "beta", "gamma", "delta"];
pub static NAME_REF: &[&str] = &NAMES;
pub static PRIMES: &[u32; 6] = &[2, 3, 5, 7, 11, 13];
pub static PRIME_SLICE: &[u32] = PRIMES;
pub static EMPTY: &[u8] = &[];

pub static COMMANDS: &[Command] = &[
    Command { name: "get", args: 1, aliases: &["g", "fetch"] },
    Command { name: "set", args: 2, aliases: &["s"] },
    Command { name: "list", args: 0, aliases: &[] },
];

pub static DEFAULT_CMD: &Command = &COMMANDS[0];
pub static NESTED: &[&[u8]] = &[b"one", b"two", b"three"];
pub static MATRIX: &[[i8; 3]] = &[[1, 0, 0], [0, -1, 0], [0, 0, 1]];
pub static GREETING: &str = "hello";
pub static GREETING_BYTES: &[u8] = GREETING.as_bytes();
pub static PAIR: (&str, &[u16]) = ("pair", &[1, 2]);

pub const fn total_args(cmds: &[Command]) -> u32 {
    let mut s = 0;
    let mut i = 0;
    while i < cmds.len() {
        s += cmds[i].args as u32;
        i += 1;
    }
    s
}

pub const fn alias_count(cmds: &[Command]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < cmds.len() {
        n += cmds[i].aliases.len();
        i += 1;
    }
    n
}

pub const LOCAL_COMMANDS: &[Command] = &[
    Command { name: "a", args: 3, aliases: &["x", "y", "z"] },
    Command { name: "b", args: 4, aliases: &[] },
];
pub const TOTAL: u32 = total_args(LOCAL_COMMANDS);
pub const ALIASES: usize = alias_count(LOCAL_COMMANDS);
pub static TOTAL_STATIC: u32 = total_args(LOCAL_COMMANDS) * 10;
pub static LONGEST: usize = {
    let mut m = 0;
    let mut i = 0;
    while i < NAMES.len() {
        if NAMES[i].len() > m {
            m = NAMES[i].len();
        }
        i += 1;
    }
    m
};
pub const LAST_NAME: &str = NAMES_CONST[NAMES_CONST.len() - 1];
pub const NAMES_CONST: [&str; 3] = ["x", "yy", "zzz"];
pub static REF_TO_CONST: &[&str; 3] = &NAMES_CONST;
pub static OPT_REF: Option<&[u32]> = Some(&[9, 8, 7]);
