//! Segments and the store that owns them.

mod compact;

use std::collections::HashMap;

use crate::codec::{Record, RecordKind};
use crate::error::Result;

pub use compact::should_compact;

pub const INDEX_LOAD_FACTOR: f32 = 0.75;
pub const INITIAL_INDEX: usize = 64;

#[derive(Debug, Default)]
pub struct Segment {
    pub id: u32,
    pub bytes: Vec<u8>,
    pub live: usize,
    pub dead: usize,
}

impl Segment {
    pub fn append(&mut self, r: &Record) -> u64 {
        let at = self.bytes.len() as u64;
        r.encode(&mut self.bytes);
        at
    }
}

#[derive(Debug)]
pub struct Store {
    segments: Vec<Segment>,
    index: HashMap<Vec<u8>, (u32, u64)>,
    segment_limit: usize,
}

impl Store {
    pub fn new() -> Self {
        Self::with_segment_limit(crate::DEFAULT_SEGMENT_BYTES)
    }

    pub fn with_segment_limit(limit: usize) -> Self {
        Store { segments: vec![Segment { id: 1, ..Default::default() }], index: HashMap::with_capacity(INITIAL_INDEX), segment_limit: limit }
    }

    fn active(&mut self) -> &mut Segment {
        if self.segments.last().map_or(true, |s| s.bytes.len() >= self.segment_limit) {
            let id = self.segments.len() as u32 + 1;
            self.segments.push(Segment { id, ..Default::default() });
        }
        self.segments.last_mut().unwrap()
    }

    pub fn put(&mut self, key: &[u8], value: &[u8]) -> Result<()> {
        let rec = Record::put(key, value)?;
        let seg = self.active();
        let at = seg.append(&rec);
        seg.live += 1;
        let id = seg.id;
        if let Some((old, _)) = self.index.insert(key.to_vec(), (id, at)) {
            self.segments[old as usize - 1].dead += 1;
        }
        Ok(())
    }

    pub fn delete(&mut self, key: &[u8]) -> bool {
        match self.index.remove(key) {
            Some((seg, _)) => {
                self.segments[seg as usize - 1].dead += 1;
                let tomb = Record { kind: RecordKind::Delete, key: key.to_vec(), value: Vec::new() };
                self.active().append(&tomb);
                true
            }
            None => false,
        }
    }

    pub fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>> {
        let Some(&(seg, at)) = self.index.get(key) else {
            return Ok(None);
        };
        let s = &self.segments[seg as usize - 1];
        let (rec, _) = Record::decode(&s.bytes[at as usize..], at)?;
        Ok(Some(rec.value))
    }

    pub fn segments_to_compact(&self) -> impl Iterator<Item = u32> + '_ {
        self.segments.iter().filter(|s| should_compact(s)).map(|s| s.id)
    }
}
