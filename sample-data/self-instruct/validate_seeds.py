#!/usr/bin/env python3
"""Validates the Self-Instruct seed files in this folder; exits non-zero on the first class of errors."""
import json, re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
KEYS = {"id": str, "name": str, "instruction": str, "instances": list, "is_classification": bool}
EN_BLOCK = ["image", "graph", "picture", "file", "map", "draw", "plot", "video", "audio",
            "music", "flowchart", "diagram", "go to"]
ZH_BLOCK = ["图片", "图表", "文件", "地图", "视频", "音频", "音乐", "流程图", "绘制"]

def check(path, prefix, zh):
    errors, ids = [], set()
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{path.name}: starts with a UTF-8 BOM")
    lines = raw.decode("utf-8").splitlines()
    n_cls = 0
    for no, line in enumerate(lines, 1):
        where = f"{path.name}:{no}"
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: not JSON ({e})"); continue
        if set(d) != set(KEYS):
            errors.append(f"{where}: keys {sorted(d)} != {sorted(KEYS)}")
        for k, ty in KEYS.items():
            if not isinstance(d.get(k), ty):
                errors.append(f"{where}: {k} is not {ty.__name__}")
        if d.get("id") != f"{prefix}{no - 1}":
            errors.append(f"{where}: id {d.get('id')!r}, expected {prefix}{no - 1}")
        if d.get("id") in ids:
            errors.append(f"{where}: duplicate id {d['id']}")
        ids.add(d.get("id"))
        if not re.fullmatch(r"[a-z][a-z0-9_]*", d.get("name", "")):
            errors.append(f"{where}: name {d.get('name')!r} is not snake_case")
        n_cls += d.get("is_classification") is True
        inst = d.get("instances") or []
        if not 1 <= len(inst) <= 3:
            errors.append(f"{where}: {len(inst)} instances, expected 1..3")
        for i in inst:
            if set(i) != {"input", "output"} or not all(isinstance(v, str) for v in i.values()):
                errors.append(f"{where}: bad instance {i}")
            elif not i["output"].strip():
                errors.append(f"{where}: empty output")
        ins = d.get("instruction", "")
        texts = [ins] + [v for i in inst for v in i.values() if isinstance(v, str)]
        if zh:
            if not re.match(r"[\u4e00-\u9fff]", ins):
                errors.append(f"{where}: instruction must start with a Chinese character")
            for w in ZH_BLOCK:
                if any(w in t for t in texts):
                    errors.append(f"{where}: contains blocked word {w}")
        else:
            words = len(ins.split())
            if not 4 <= words <= 150:
                errors.append(f"{where}: instruction has {words} words, expected 4..150")
            if not re.match(r"[A-Za-z]", ins) or ins.lower().startswith("write a program"):
                errors.append(f"{where}: instruction has a bad start")
            for w in EN_BLOCK:
                # substring check on the instruction (stricter than word match), word match elsewhere
                if w in ins.lower() or any(re.search(rf"\b{w}\b", t.lower()) for t in texts):
                    errors.append(f"{where}: contains blocked word {w!r}")
    return len(lines), n_cls, errors

total_err = []
for name, prefix, zh in [("seeds-en.jsonl", "fin_en_", False), ("seeds-zh.jsonl", "fin_zh_", True)]:
    n, c, errs = check(HERE / name, prefix, zh)
    if n != 36:
        errs.append(f"{name}: {n} tasks, expected 36")
    print(f"{name}: {n} tasks, {c} classification, {n - c} generation, {len(errs)} errors")
    total_err += errs
for e in total_err:
    print("ERROR", e)
sys.exit(1 if total_err else 0)
