"""Every name the generator derives, in one place.

A message type such as ``file-download-request`` and a wire field name such as
``storageConnectionId`` go in; the Python spellings come out. The rules, in order:

1. Split into words at ``-``, ``_``, spaces and other punctuation, and where the
   case changes (``modelId`` -> ``model``, ``id``; ``HTTPStatus`` -> ``http``,
   ``status``). Digits stay attached to the word they follow.
2. Join the lower-cased words with ``_`` for methods, modules and fields, or the
   upper-cased words for constants.
3. A name that would start with a digit gets ``field_`` (fields) or ``m_``
   (methods, constants: ``M_``) in front; a Python keyword, or an attribute that
   pydantic's ``BaseModel`` already owns, gets ``_`` behind.
"""

from __future__ import annotations

import keyword
import re
import unicodedata

# Attributes of pydantic's BaseModel that a field must not shadow. Kept here
# rather than read from pydantic at run time so that a pydantic upgrade cannot
# silently rename generated fields.
RESERVED_FIELD_NAMES = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "from_orm",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "model_config",
        "model_fields",
        "model_computed_fields",
        "model_extra",
        "model_fields_set",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
    }
)

# Methods the generated clients define themselves; a message may not take them.
RESERVED_METHOD_NAMES = frozenset(
    {"close", "aclose", "send_to_queue", "get_job_status", "base_url", "timeout"}
)

MESSAGE_TYPE_PATTERN = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
CLASS_NAME_PATTERN = re.compile(r"^[A-Z][A-Za-z0-9]*$")


def words(name: str) -> list[str]:
    """Split a name into lower-cased words (see the module's rule 1)."""
    found: list[str] = []
    for chunk in _chunks(unicodedata.normalize("NFKC", name)):
        found.extend(_split_case(chunk))
    return [word.lower() for word in found]


def snake_case(name: str) -> str:
    return "_".join(words(name))


def pascal_case(name: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in words(name))


def method_name(message_type: str) -> str:
    """``file-download-request`` -> ``file_download_request``."""
    return _python_identifier(snake_case(message_type), digit_prefix="m_")


def constant_name(message_type: str) -> str:
    """``file-download-request`` -> ``FILE_DOWNLOAD_REQUEST``."""
    return method_name(message_type).upper()


def module_name(message_type: str) -> str:
    """The models module of a message; the same spelling as its method."""
    return method_name(message_type)


def field_name(wire_name: str) -> str:
    """``storageConnectionId`` -> ``storage_connection_id``; ``class`` -> ``class_``."""
    name = _python_identifier(snake_case(wire_name), digit_prefix="field_")
    if name in RESERVED_FIELD_NAMES:
        return f"{name}_"
    return name


def default_class_name(message_type: str) -> str:
    """The payload class a message's ``title`` is expected to name."""
    return f"{pascal_case(message_type)}Message"


def is_message_type(name: str) -> bool:
    return MESSAGE_TYPE_PATTERN.fullmatch(name) is not None


def is_class_name(name: str) -> bool:
    return CLASS_NAME_PATTERN.fullmatch(name) is not None and not keyword.iskeyword(
        name
    )


def _chunks(name: str) -> list[str]:
    """Runs of letters and digits; everything else separates words."""
    chunks: list[str] = []
    current = ""
    for char in name:
        if char.isalnum():
            current += char
        elif current:
            chunks.append(current)
            current = ""
    if current:
        chunks.append(current)
    return chunks


def _split_case(chunk: str) -> list[str]:
    """Split one run at case changes: ``modelId``, ``HTTPStatus``, ``userIDs``."""
    parts: list[str] = []
    start = 0
    for index in range(1, len(chunk)):
        if _starts_word(chunk, index):
            parts.append(chunk[start:index])
            start = index
    parts.append(chunk[start:])
    return parts


def _starts_word(chunk: str, index: int) -> bool:
    previous, current = chunk[index - 1], chunk[index]
    following = chunk[index + 1 : index + 2]
    if not current.isupper():
        return False
    if not previous.isupper():
        return True

    # Inside a run of capitals, a new word starts at the last capital when a
    # lower-case word follows it (HTTP|Status), except for a plural acronym's
    # "s" at the end of the run (IDs, URLs).
    after = chunk[index + 2 : index + 3]
    plural = following == "s" and not after.islower()
    return following.islower() and not plural


def _python_identifier(name: str, *, digit_prefix: str) -> str:
    if not name:
        name = digit_prefix.rstrip("_")

    if name[0].isdigit():
        name = digit_prefix + name

    if keyword.iskeyword(name):
        name = f"{name}_"

    return name
