"""The Jinja environment, the filters that make schema text safe, and rendering."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jinja2

from generator.errors import GenerationError

TEMPLATE_SUFFIX = ".jinja"


def environment(templates: Path) -> jinja2.Environment:
    """The one environment every template of a target is rendered in."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(
        py_str=py_str,
        py_literal=py_literal,
        toml_str=toml_str,
        docstring_line=docstring_line,
        md_block=md_block,
        md_inline=md_inline,
        md_code=md_code,
    )
    return env


def render_tree(templates: Path, context: dict[str, Any]) -> dict[str, str]:
    """Render every ``*.jinja`` under ``templates`` to the path it names.

    ``client.py.jinja`` becomes ``client.py``; files named ``*_macros.*`` only
    hold macros for the others and produce nothing.
    """
    env = environment(templates)
    rendered: dict[str, str] = {}
    for path in sorted(templates.rglob(f"*{TEMPLATE_SUFFIX}")):
        name = path.relative_to(templates).as_posix()
        if "_macros." in path.name:
            continue
        try:
            text = env.get_template(name).render(context)
        except jinja2.TemplateError as error:
            where = f"{name}:{getattr(error, 'lineno', '?')}"
            raise GenerationError(f"template {where} failed: {error}") from error
        rendered[name.removesuffix(TEMPLATE_SUFFIX)] = text
    return rendered


def py_str(text: str) -> str:
    """A Python string literal with exactly this text."""
    return repr(text)


def py_literal(value: Any) -> str:
    """A JSON value as Python source: ``{"a": True, "b": None}``."""
    if isinstance(value, dict):
        items = ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items())
        return f"{{{items}}}"
    if isinstance(value, list):
        return f"[{', '.join(py_literal(item) for item in value)}]"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value)


def toml_str(text: str) -> str:
    """A TOML basic string; JSON's escapes are a subset of TOML's."""
    return json.dumps(text)


def docstring_line(text: str) -> str:
    """One line of text that can stand inside a triple-quoted docstring."""
    line = " ".join(text.split())
    line = line.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if line.endswith('"'):
        line = line[:-1] + '\\"'
    return line or "Send this message."


_HTML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_BLOCK_START = re.compile(r"^(\s*)(#|=+\s*$|-{3,}\s*$|```|~~~)")


def md_block(text: str) -> str:
    """Schema prose as Markdown paragraphs that cannot break the page around them.

    Raw HTML is shown, not interpreted, and a line cannot open a heading, a
    rule or a code fence of its own.
    """
    lines = [_BLOCK_START.sub(r"\1\\\2", line) for line in text.strip().splitlines()]
    return "\n".join(lines).translate(_HTML) or "*No description in the schema.*"


def md_inline(text: str) -> str:
    """Schema prose for a list item: later lines indented to stay in the item."""
    block = md_block(text)
    return "\n".join(
        line if index == 0 or not line else f"  {line}"
        for index, line in enumerate(block.splitlines())
    )


def md_code(text: str) -> str:
    """Inline code that shows ``text`` as it is, backticks included."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"
