pub struct Bug([u8; panic!("\t")]);
