//@ mir-from: 4101 => 41
// A field splitter that reads past the end of its byte string when asked
// for more fields than the record has.
const RECORD: &[u8] = b"alice;42;admin";

const fn field_start(rec: &[u8], n: usize) -> usize {
    let mut i = 0;
    let mut seen = 0;
    while seen < n {
        if rec[i] == b';' {
            seen += 1;
        }
        i += 1;
    }
    i
}

pub const ROLE: usize = field_start(RECORD, 4101 / 1000);
