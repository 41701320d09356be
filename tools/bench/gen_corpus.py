#!/usr/bin/env python3
"""Writes a synthetic monorepo for tools/bench: ordinary code in the supported languages (with the
method names SDKs also use: Enabled, isEnabled, get_value, variation, in non-flag calls), a small
share of files holding real SDK checks, and a manifest of N flags.

  gen_corpus.py OUT --lines 1000000 --flags 1000 [--check-share 0.02] [--seed 1]

Deterministic for a seed. Writes OUT/flagdebt.yaml and OUT/keys.txt (one key a line, for rg -f)."""
import argparse
import os
import random

# Ordinary code per language: a function body generator that uses look-alike method names.
def go_func(r, i):
    return f"""func handler{i}(ctx context.Context, cfg *Config) error {{
	if cfg.Enabled() && cfg.Limit > {r.randint(1, 99)} {{
		log.Printf("handler {i} running with %d", cfg.Limit)
	}}
	value, err := store.get_value(ctx, cfg.Name)
	if err != nil {{
		return fmt.Errorf("handler{i}: %w", err)
	}}
	for idx := 0; idx < len(value); idx++ {{
		total += idx * {r.randint(1, 9)}
	}}
	return nil
}}
"""

def ts_func(r, i):
    return f"""export function render{i}(props: Props): string {{
  const visible = props.isEnabled(props.mode) && props.count > {r.randint(1, 99)};
  if (visible) {{
    console.log(`render {i}`, props.title);
  }}
  const items = props.items.map((x) => x.variation(props.seed) * {r.randint(1, 9)});
  return items.join(",");
}}
"""

def py_func(r, i):
    return f"""def compute_{i}(settings, rows):
    if settings.enabled and len(rows) > {r.randint(1, 99)}:
        logger.info("compute {i} %s", settings.name)
    value = settings.get_value(settings.section, default=None)
    total = 0
    for row in rows:
        total += row.weight * {r.randint(1, 9)}
    return total, value

"""

def java_func(r, i):
    return f"""    public int method{i}(Config config, List<Item> items) {{
        if (config.isEnabled() && items.size() > {r.randint(1, 99)}) {{
            LOG.info("method {i} " + config.getName());
        }}
        int total = 0;
        for (Item item : items) {{
            total += item.getValue(config.key()) * {r.randint(1, 9)};
        }}
        return total;
    }}

"""

def cpp_func(r, i):
    return f"""int function_{i}(const Config& config, const std::vector<Item>& items) {{
  if (config.Enabled() && items.size() > {r.randint(1, 99)}) {{
    std::printf("function {i} %s\\n", config.name().c_str());
  }}
  int total = 0;
  for (const auto& item : items) total += item.get_value(config.key) * {r.randint(1, 9)};
  return total;
}}

"""

def rb_func(r, i):
    return f"""  def action_{i}(params)
    return nil unless params.enabled?
    total = 0
    params[:items].each do |item|
      total += item.weight * {r.randint(1, 9)}
    end
    logger.info("action {i} #{{total}}")
    total
  end

"""

LANGS = {
    "go": ("go", 'package svc\n\nimport (\n\t"context"\n\t"fmt"\n\t"log"\n)\n\n', "", go_func,
           lambda k: f'\tif client.BoolVariation("{k}", user, false) {{\n\t\tlog.Println("on")\n\t}}\n',
           lambda body: f"func flagged() {{\n{body}}}\n"),
    "ts": ("ts", 'import { Props } from "./props";\n\n', "", ts_func,
           lambda k: f'  if (unleash.isEnabled("{k}")) {{\n    console.log("on");\n  }}\n',
           lambda body: f"export function flagged(): void {{\n{body}}}\n"),
    "py": ("py", "import logging\n\nlogger = logging.getLogger(__name__)\n\n", "", py_func,
           lambda k: f'    if ld_client.variation("{k}", context, False):\n        print("on")\n',
           lambda body: f"def flagged(context):\n{body}\n"),
    "java": ("java", "package com.example.svc;\n\nimport java.util.List;\n\npublic class Service {\n", "}\n", java_func,
             lambda k: f'        if (unleash.isEnabled("{k}")) {{\n            System.out.println("on");\n        }}\n',
             lambda body: f"    public void flagged() {{\n{body}    }}\n"),
    "cpp": ("cpp", "#include <cstdio>\n#include <vector>\n\n", "", cpp_func,
            lambda k: f'  if (client->BoolVariation(context, "{k}", false)) {{\n    std::puts("on");\n  }}\n',
            lambda body: f"void flagged() {{\n{body}}}\n"),
    "rb": ("rb", "class Controller\n", "end\n", rb_func,
           lambda k: f'    if client.variation("{k}", context, false)\n      puts "on"\n    end\n',
           lambda body: f"  def flagged\n{body}  end\n"),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--flags", type=int, default=1000)
    ap.add_argument("--check-share", type=float, default=0.02)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    r = random.Random(args.seed)
    keys = [f"flag_{n:05d}_{r.choice(['checkout', 'search', 'banner', 'ranking', 'pricing'])}" for n in range(args.flags)]
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "flagdebt.yaml"), "w") as m:
        m.write("version: 1\nflags:\n")
        for n, k in enumerate(keys):
            if n % 3 == 0:
                m.write(f"  - key: {k}\n    status: decided\n    value: true\n    owner: team@example.com\n    decided_on: 2025-01-01\n")
            else:
                m.write(f"  - key: {k}\n    status: active\n    owner: team@example.com\n")
    with open(os.path.join(args.out, "keys.txt"), "w") as kf:
        kf.write("".join(k + "\n" for k in keys))
    lines = 0
    n = 0
    names = list(LANGS)
    while lines < args.lines:
        lang = names[n % len(names)]
        ext, head, tail, func, check, wrap = LANGS[lang]
        parts = [head]
        for i in range(r.randint(8, 30)):
            parts.append(func(r, i))
        if r.random() < args.check_share:
            body = "".join(check(r.choice(keys)) for _ in range(r.randint(1, 4)))
            if r.random() < 0.3:  # an undeclared flag: found only through the call shape
                body += check(f"undeclared_{n}")
            parts.append(wrap(body))
        parts.append(tail)
        text = "".join(parts)
        folder = os.path.join(args.out, f"pkg{n // 100:03d}", lang)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"file{n:05d}.{ext}"), "w") as f:
            f.write(text)
        lines += text.count("\n")
        n += 1
    print(f"{n} files, {lines} lines, {args.flags} flags in {args.out}")


if __name__ == "__main__":
    main()
