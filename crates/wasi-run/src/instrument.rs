//! Wasm backtraces on an interpreter that does not record them.
//!
//! wasmi reports what trapped but not where. Before compiling a module we
//! give it a shadow call stack: one extra 64 KiB memory used as a ring of
//! function indices, and one extra mutable global, the stack pointer. Each
//! function body gets a prologue that pushes its own index and keeps the
//! old pointer in a new local; after each call it restores the pointer to
//! its own frame, and before a tail call it pops its frame. When a trap
//! unwinds, nothing runs, so the ring still holds the frames that were live
//! at the trap, innermost last. Existing indices of functions, globals and
//! memories do not change (ours are appended), so the name section keeps
//! naming the right functions.
//!
//! The instrumentation costs a few instructions per call, which fuel (and
//! therefore `--max-instructions` and `--stats`) counts too.

use std::collections::HashMap;

use wasmparser::{
    BinaryReader, CompositeInnerType, ExternalKind, FunctionBody, Name, NameSectionReader,
    Operator, TypeRef,
};

/// Export names of the shadow stack (guests cannot see exports).
pub const SP_EXPORT: &str = "__wasi_run_backtrace_sp";
pub const RING_EXPORT: &str = "__wasi_run_backtrace_ring";

/// Frames the ring holds; deeper stacks keep their innermost frames.
pub const RING_FRAMES: u32 = 16384;
const RING_MASK: i32 = (RING_FRAMES as i32 * 4) - 4;

type Res<T> = Result<T, String>;

fn leb_u32(out: &mut Vec<u8>, mut v: u32) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn sleb_i32(out: &mut Vec<u8>, mut v: i32) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        let done = (v == 0 && byte & 0x40 == 0) || (v == -1 && byte & 0x40 != 0);
        if done {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn read_leb(data: &[u8], pos: &mut usize) -> Res<u32> {
    let mut r = BinaryReader::new(&data[*pos..], *pos);
    let v = r.read_var_u32().map_err(|e| e.to_string())?;
    *pos += r.current_position();
    Ok(v)
}

struct Section<'a> {
    id: u8,
    body: &'a [u8],
    offset: usize,
}

fn sections(wasm: &[u8]) -> Res<Vec<Section<'_>>> {
    if wasm.len() < 8 || wasm[0..4] != *b"\0asm" || wasm[4..8] != [1, 0, 0, 0] {
        return Err("not a core wasm module".into());
    }
    let mut pos = 8;
    let mut out = Vec::new();
    while pos < wasm.len() {
        let id = wasm[pos];
        pos += 1;
        let len = read_leb(wasm, &mut pos)? as usize;
        let end = pos.checked_add(len).filter(|&e| e <= wasm.len());
        let end = end.ok_or("section runs past the end")?;
        out.push(Section {
            id,
            body: &wasm[pos..end],
            offset: pos,
        });
        pos = end;
    }
    Ok(out)
}

/// Position in the canonical section order (custom sections: none).
fn rank(id: u8) -> Option<u8> {
    Some(match id {
        1..=5 => id,
        13 => 6,
        6..=9 => id + 1,
        12 => 11,
        10 => 12,
        11 => 13,
        _ => return None,
    })
}

/// The count at the start of a vector section and the bytes after it.
fn split_count(s: &Section) -> Res<(u32, usize)> {
    let mut pos = 0;
    let n = read_leb(s.body, &mut pos)?;
    Ok((n, pos))
}

fn err(e: wasmparser::BinaryReaderError) -> String {
    e.to_string()
}

/// Function names from the `name` section, by function index.
pub fn function_names(wasm: &[u8]) -> HashMap<u32, String> {
    let mut names = HashMap::new();
    let Ok(secs) = sections(wasm) else {
        return names;
    };
    for s in secs.iter().filter(|s| s.id == 0) {
        let mut pos = 0;
        let Ok(len) = read_leb(s.body, &mut pos) else {
            continue;
        };
        let Some(name) = s.body.get(pos..pos + len as usize) else {
            continue;
        };
        if name != b"name" {
            continue;
        }
        let start = pos + len as usize;
        let reader = NameSectionReader::new(BinaryReader::new(&s.body[start..], s.offset + start));
        for sub in reader.into_iter().flatten() {
            if let Name::Function(map) = sub {
                for naming in map.into_iter().flatten() {
                    names.insert(naming.index, naming.name.to_string());
                }
            }
        }
    }
    // Exports name what the name section leaves unnamed.
    if let Ok(secs) = sections(wasm) {
        for s in secs.iter().filter(|s| s.id == 7) {
            let reader = wasmparser::ExportSectionReader::new(BinaryReader::new(s.body, s.offset));
            for e in reader.into_iter().flatten().flatten() {
                if e.kind == ExternalKind::Func {
                    names.entry(e.index).or_insert_with(|| e.name.to_string());
                }
            }
        }
    }
    names
}

/// Adds the shadow stack to `wasm` (see the module docs).
pub fn instrument(wasm: &[u8]) -> Res<Vec<u8>> {
    let secs = sections(wasm)?;
    let mut params: Vec<u32> = Vec::new();
    let mut func_types: Vec<u32> = Vec::new();
    let (mut imp_funcs, mut imp_globals, mut imp_mems) = (0u32, 0u32, 0u32);
    let (mut def_globals, mut def_mems) = (0u32, 0u32);
    for s in &secs {
        let reader = BinaryReader::new(s.body, s.offset);
        match s.id {
            1 => {
                for rg in wasmparser::TypeSectionReader::new(reader).map_err(err)? {
                    for st in rg.map_err(err)?.into_types() {
                        params.push(match &st.composite_type.inner {
                            CompositeInnerType::Func(f) => f.params().len() as u32,
                            _ => 0,
                        });
                    }
                }
            }
            2 => {
                for imp in wasmparser::ImportSectionReader::new(reader).map_err(err)? {
                    match imp.map_err(err)?.ty {
                        TypeRef::Func(_) => imp_funcs += 1,
                        TypeRef::Global(_) => imp_globals += 1,
                        TypeRef::Memory(_) => imp_mems += 1,
                        _ => {}
                    }
                }
            }
            3 => {
                for t in wasmparser::FunctionSectionReader::new(reader).map_err(err)? {
                    func_types.push(t.map_err(err)?);
                }
            }
            5 => def_mems = split_count(s)?.0,
            6 => def_globals = split_count(s)?.0,
            _ => {}
        }
    }
    let sp = imp_globals + def_globals;
    let mem = imp_mems + def_mems;

    let mut out = wasm[..8].to_vec();
    let emit = |out: &mut Vec<u8>, id: u8, body: &[u8]| {
        out.push(id);
        leb_u32(out, body.len() as u32);
        out.extend_from_slice(body);
    };
    let new_memory = |body: &mut Vec<u8>| body.extend_from_slice(&[0x01, 0x01, 0x01]);
    let new_global = |body: &mut Vec<u8>| body.extend_from_slice(&[0x7f, 0x01, 0x41, 0x00, 0x0b]);
    let new_exports = |body: &mut Vec<u8>| {
        for (name, kind, idx) in [(SP_EXPORT, 0x03u8, sp), (RING_EXPORT, 0x02u8, mem)] {
            leb_u32(body, name.len() as u32);
            body.extend_from_slice(name.as_bytes());
            body.push(kind);
            leb_u32(body, idx);
        }
    };
    // Sections we must add when the module has none of them.
    let mut missing: Vec<u8> = [5u8, 6, 7]
        .into_iter()
        .filter(|id| !secs.iter().any(|s| s.id == *id))
        .collect();
    let mut code_seen = false;
    for s in &secs {
        if let Some(r) = rank(s.id) {
            while let Some(&m) = missing.first() {
                if rank(m).is_some_and(|mr| mr < r) {
                    let mut body = vec![if m == 7 { 2 } else { 1 }];
                    match m {
                        5 => new_memory(&mut body),
                        6 => new_global(&mut body),
                        _ => new_exports(&mut body),
                    }
                    emit(&mut out, m, &body);
                    missing.remove(0);
                } else {
                    break;
                }
            }
        }
        match s.id {
            5..=7 => {
                let (n, at) = split_count(s)?;
                let extra = if s.id == 7 { 2 } else { 1 };
                let mut body = Vec::new();
                leb_u32(&mut body, n.checked_add(extra).ok_or("too many entries")?);
                body.extend_from_slice(&s.body[at..]);
                match s.id {
                    5 => new_memory(&mut body),
                    6 => new_global(&mut body),
                    _ => new_exports(&mut body),
                }
                emit(&mut out, s.id, &body);
            }
            10 => {
                code_seen = true;
                let body = rewrite_code(s, &params, &func_types, imp_funcs, sp, mem)?;
                emit(&mut out, 10, &body);
            }
            _ => emit(&mut out, s.id, s.body),
        }
    }
    for m in missing {
        let mut body = vec![if m == 7 { 2 } else { 1 }];
        match m {
            5 => new_memory(&mut body),
            6 => new_global(&mut body),
            _ => new_exports(&mut body),
        }
        emit(&mut out, m, &body);
    }
    let _ = code_seen;
    Ok(out)
}

fn rewrite_code(
    s: &Section,
    params: &[u32],
    func_types: &[u32],
    imp_funcs: u32,
    sp: u32,
    mem: u32,
) -> Res<Vec<u8>> {
    let reader =
        wasmparser::CodeSectionReader::new(BinaryReader::new(s.body, s.offset)).map_err(err)?;
    let mut out = Vec::new();
    leb_u32(&mut out, reader.count());
    let mut store_arg = Vec::new();
    if mem == 0 {
        store_arg.extend_from_slice(&[0x02, 0x00]);
    } else {
        store_arg.push(0x42);
        leb_u32(&mut store_arg, mem);
        store_arg.push(0x00);
    }
    for (i, body) in reader.into_iter().enumerate() {
        let body: FunctionBody = body.map_err(err)?;
        let ty = *func_types.get(i).ok_or("more bodies than functions")?;
        let nparams = *params.get(ty as usize).ok_or("bad type index")?;
        let raw = {
            let r = body.get_binary_reader();
            let start = r.original_position() - s.offset;
            &s.body[start..start + r.bytes_remaining()]
        };
        let base = body.get_binary_reader().original_position();
        let mut locals = body.get_locals_reader().map_err(err)?;
        let groups = locals.get_count();
        let groups_start = {
            let mut p = 0;
            read_leb(raw, &mut p)?;
            p
        };
        let mut nlocals: u64 = u64::from(nparams);
        for _ in 0..groups {
            let (n, _) = locals.read().map_err(err)?;
            nlocals += u64::from(n);
        }
        if nlocals >= 50_000 {
            return Err("too many locals to instrument".into());
        }
        let local = nlocals as u32;
        let ops_start = locals.original_position() - base;

        let mut f = Vec::new();
        leb_u32(&mut f, groups + 1);
        f.extend_from_slice(&raw[groups_start..ops_start]);
        f.extend_from_slice(&[0x01, 0x7f]);
        // Prologue: ring[sp & mask] = self; sp += 4 (old sp kept in `local`).
        f.push(0x23);
        leb_u32(&mut f, sp);
        f.push(0x22);
        leb_u32(&mut f, local);
        f.push(0x41);
        sleb_i32(&mut f, RING_MASK);
        f.push(0x71);
        f.push(0x41);
        sleb_i32(&mut f, (imp_funcs + i as u32) as i32);
        f.push(0x36);
        f.extend_from_slice(&store_arg);
        let mut restore = vec![0x20];
        leb_u32(&mut restore, local);
        restore.extend_from_slice(&[0x41, 0x04, 0x6a, 0x24]);
        leb_u32(&mut restore, sp);
        f.extend_from_slice(&restore);
        let mut pop = vec![0x20];
        leb_u32(&mut pop, local);
        pop.push(0x24);
        leb_u32(&mut pop, sp);

        let mut ops = body.get_operators_reader().map_err(err)?;
        let mut copied = ops_start;
        while !ops.eof() {
            let at = ops.original_position() - base;
            let op = ops.read().map_err(err)?;
            let end = ops.original_position() - base;
            match op {
                Operator::Call { .. }
                | Operator::CallIndirect { .. }
                | Operator::CallRef { .. } => {
                    f.extend_from_slice(&raw[copied..end]);
                    f.extend_from_slice(&restore);
                    copied = end;
                }
                Operator::ReturnCall { .. }
                | Operator::ReturnCallIndirect { .. }
                | Operator::ReturnCallRef { .. } => {
                    f.extend_from_slice(&raw[copied..at]);
                    f.extend_from_slice(&pop);
                    copied = at;
                }
                _ => {}
            }
        }
        f.extend_from_slice(&raw[copied..]);
        leb_u32(&mut out, f.len() as u32);
        out.extend_from_slice(&f);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leb_roundtrip() {
        for v in [0u32, 1, 127, 128, 300, u32::MAX] {
            let mut b = Vec::new();
            leb_u32(&mut b, v);
            let mut p = 0;
            assert_eq!(read_leb(&b, &mut p).ok(), Some(v));
            assert_eq!(p, b.len());
        }
    }

    #[test]
    fn sleb_matches_wasm_encoding() {
        let mut b = Vec::new();
        sleb_i32(&mut b, RING_MASK);
        assert_eq!(b, vec![0xfc, 0xff, 0x03]);
        b.clear();
        sleb_i32(&mut b, 64);
        assert_eq!(b, vec![0xc0, 0x00]);
    }
}
