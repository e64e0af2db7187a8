#[derive(Clone, Copy)]
pub union Payload { i: i64, f: f64 }
#[derive(Clone, Copy)]
pub struct Value { pub is_float: bool, pub payload: Payload }
pub const fn as_f64(v: Value) -> f64 { unsafe { if v.is_float { v.payload.f } else { v.payload.i as f64 } } }
pub const A: f64 = as_f64(Value { is_float: false, payload: Payload { i: -3 } });
pub const B: f64 = as_f64(Value { is_float: true, payload: Payload { f: 2.5 } });
pub const V: Value = Value { is_float: true, payload: Payload { f: 1.0 } };
