#!/usr/bin/env python3
"""Adds or refreshes, at the end of every form in forms/, the Vietnamese line that names the
required fields still empty ("Còn thiếu: ...").

Why: Tasklist 8.6 and form-js show their own validation texts in English ("Field is required.")
and offer no Vietnamese; this line tells the user in Vietnamese what is missing, before and after
pressing "Complete Task". Run it after adding or renaming a required field:
    python3 tools/forms/missing-fields.py
The workers' FormsMissingFieldsTest fails while a form's line is out of date.
"""
import json
import pathlib
import sys

ID = "Text_MissingFields"
FORMS = pathlib.Path(__file__).resolve().parents[2] / "forms"


def label_of(c):
    return (c.get("label") or c.get("dateLabel") or c.get("key")).strip()


def empty_test(c):
    key = c["key"]
    if c["type"] == "checkbox":
        return f"{key} != true"
    return f'({key} = null or {key} = "")'


def required_fields(components):
    """Required fields outside dynamic lists (those show their own per-row markers)."""
    for c in components:
        if c["type"] == "dynamiclist":
            continue
        if c.get("validate", {}).get("required") and c.get("key"):
            yield c
        if "components" in c and c["type"] != "dynamiclist":
            yield from required_fields(c["components"])


def expression(fields):
    items = []
    for c in fields:
        hide = c.get("conditional", {}).get("hide")
        test = empty_test(c)
        if hide:
            test = f"not({hide.lstrip('=').strip()}) and {test}"
        items.append(f'if {test} then "{label_of(c)}" else null')
    missing = "[" + ", ".join(items) + "][item != null]"
    return (
        f"=if count({missing}) = 0 then \"\" else "
        f"\"**Còn thiếu thông tin bắt buộc:** \" + string join({missing}, \", \") + "
        f"\". Điền đủ các mục có dấu * trước khi gửi.\""
    )


def main():
    changed = []
    for path in sorted(FORMS.glob("*.form")):
        form = json.loads(path.read_text(encoding="utf-8"))
        components = [c for c in form["components"] if c.get("id") != ID]
        fields = list(required_fields(components))
        if fields:
            components.append({"type": "text", "id": ID, "text": expression(fields)})
        if components != form["components"]:
            form["components"] = components
            path.write_text(json.dumps(form, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            changed.append(path.name)
    print("updated: " + (", ".join(changed) if changed else "nothing"))


if __name__ == "__main__":
    sys.exit(main())
