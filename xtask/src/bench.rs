pub fn run(_l: &crate::build::Layout, _f: &[String], _r: usize) -> Result<(), String> { Err("bench: not yet".into()) }
