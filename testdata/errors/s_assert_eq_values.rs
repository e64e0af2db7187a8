// assert_eq! comparing two computed values in const fns: rustc rejects
// the formatting machinery of assert_eq! in constants.
const fn header_len(fields: usize) -> usize {
    fields * 4 + 2
}

const fn checked_header(fields: usize, expected: usize) -> usize {
    let len = header_len(fields);
    assert_eq!(len, expected);
    len
}

pub const HEADER: usize = checked_header(3, 14);
pub const CHECKED: () = assert_eq!(header_len(2), 10);
