#!/usr/bin/env python3
"""Derives the vendor tables beside this script from LaunchDarkly's AccountUsageBetaApi.md.

Usage: python3 spec/vendor/derive-table.py PATH/TO/AccountUsageBetaApi.md --source "repository, version, commit, date"

Writes account-usage-operations.tsv (one row per operation) and account-usage-parameters.tsv (one row per operation
parameter) next to this script, or into --out. Reads only the facts the page states (see README.md beside this
script) and fails loudly on wording it does not recognise, so that a vendor update either regenerates a reviewable
diff or stops here for a human to look. Python 3 standard library only.
"""

import argparse
import hashlib
import html
import os
import re
import sys

OPERATIONS_FILE = "account-usage-operations.tsv"
OPERATION_COLUMNS = ("operationId", "method", "path", "returns", "statuses")
PARAMETERS_FILE = "account-usage-parameters.tsv"
PARAMETER_COLUMNS = ("operationId", "parameter", "in", "repeatable", "values", "unit")

# Marks a cell the page states nothing for (no listed values, not a timestamp).
NOTHING = "-"

OPERATION_HEADING = re.compile(r"^# \*\*(\w+)\*\*\s*$")
# "|[**getEventsUsage**](#geteventsusage) | **GET** /api/v2/usage/events/{type} | Get events usage|"
INDEX_ROW = re.compile(r"^\|\[\*\*(\w+)\*\*\]\(#\w+\) \| \*\*([A-Z]+)\*\* (/\S*) \|")
SIGNATURE = re.compile(r"^> (\S+) (\w+)\(\)\s*$")
PARAMETER_ROW = re.compile(r"^\| \*\*(\w+)\*\* \| \[\*\*(\w+)\*\*\] \| (.*) \| (.*?)\|?\s*$")
STATUS_ROW = re.compile(r"^\|\*\*([^*]+)\*\* \|")
BOLD_LINE = re.compile(r"^\*\*(.+)\*\*\s*$")
PATH_PARAMETER = re.compile(r"\{(\w+)\}")
BACKTICKED = re.compile(r"`([^`]+)`")

# The ways the page lists a closed set of values, tried in this order.
DEPENDENT_VALUES = re.compile(r"Valid values depend on `\w+`:(.*)$")  # "...: **a** supports `x` and `y`; ..."
LISTED_VALUES = re.compile(r"Valid values: (.*)$")  # "`x`, `y`." or "x, y"
EITHER_VALUES = re.compile(r"Must be either (`[^`]+`) or (`[^`]+`)")
# Wording that announces values; a description using it but matching none of the above stops the script.
ANNOUNCES_VALUES = re.compile(r"valid values|must be (either|one of)|possible values|allowed values", re.IGNORECASE)


class PageError(Exception):
    pass


def plain(text):
    """The text as rendered: entities decoded, the generator's escaped quotes unescaped."""
    return html.unescape(text).replace("\\'", "'").strip()


def listed_values(description):
    match = DEPENDENT_VALUES.search(description)
    if match:
        # The union over aggregation types, in order of first mention: which value goes with which type is not captured.
        return unique(dict.fromkeys(BACKTICKED.findall(match.group(1))))
    match = LISTED_VALUES.search(description)
    if match:
        listed = match.group(1).strip()
        values = BACKTICKED.findall(listed)
        if not values:
            values = [value.strip() for value in listed.rstrip(".").split(",")]
        return unique(values)
    match = EITHER_VALUES.search(description)
    if match:
        return [value.strip("`") for value in match.groups()]
    if ANNOUNCES_VALUES.search(description):
        raise PageError("unrecognised wording for values: " + description)
    return []


def timestamp_unit(description):
    if "timestamp" not in description:
        return NOTHING
    if "Unix milliseconds" in description:
        return "milliseconds"
    if "Unix seconds" in description:
        return "seconds"
    if "Unix" in description:
        raise PageError("unrecognised timestamp unit: " + description)
    return "none"


def unique(values):
    seen = []
    for value in values:
        # The table joins values with commas.
        if not value or "," in value or value in seen:
            raise PageError("empty, comma-holding or repeated value in " + repr(values))
        seen.append(value)
    return seen


def read_index(lines):
    index = {}
    for line in (line for line in lines if line.startswith("|[**")):
        match = INDEX_ROW.match(line)
        if not match:
            raise PageError("unrecognised operation index row: " + line)
        index[match.group(1)] = (match.group(2), match.group(3))
    return index


def split_sections(lines):
    sections = []
    for line in lines:
        match = OPERATION_HEADING.match(line)
        if match:
            sections.append((match.group(1), []))
        elif sections:
            sections[-1][1].append(line)
    return sections


def read_operation(operation_id, method, path, lines):
    signature = next((SIGNATURE.match(line) for line in lines if SIGNATURE.match(line)), None)
    if signature is None or signature.group(2) != operation_id:
        raise PageError(operation_id + ": no signature line")
    returns = plain(signature.group(1))

    # "### Return type" is followed by the type in bold; it must agree with the signature.
    if "### Return type" not in lines:
        raise PageError(operation_id + ": no return type")
    following = lines[lines.index("### Return type") + 1:]
    stated = next((BOLD_LINE.match(line) for line in following if line.strip()), None)
    if stated is None or plain(stated.group(1)) != returns:
        raise PageError(operation_id + ": return type differs from the signature")

    statuses = [match.group(1) for match in map(STATUS_ROW.match, lines) if match]
    if not statuses or not all(status.isdigit() and len(status) == 3 for status in statuses):
        raise PageError(operation_id + ": response statuses missing or not numeric: " + repr(statuses))

    path_parameters = PATH_PARAMETER.findall(path)
    parameters = []
    for line in (line for line in lines if line.startswith("| **")):
        match = PARAMETER_ROW.match(line)
        if not match:
            raise PageError(operation_id + ": unrecognised parameter row: " + line)
        name, vendor_type, description, notes = match.group(1), match.group(2), plain(match.group(3)), match.group(4)
        location = "path" if name in path_parameters else "query"
        # Every path parameter is required and every query parameter optional; the table relies on that.
        if vendor_type != "string" or ("(optional)" in notes) != (location == "query"):
            raise PageError(operation_id + "." + name + ": unexpected type or optionality: " + vendor_type + ", " + notes)
        values = listed_values(description)
        parameters.append((
            operation_id,
            name,
            location,
            "yes" if "Can be specified multiple times" in description else "no",
            ",".join(values) if values else NOTHING,
            timestamp_unit(description),
        ))

    names = [parameter[1] for parameter in parameters]
    if len(set(names)) != len(names):
        raise PageError(operation_id + ": a parameter is listed twice")
    if [parameter[1] for parameter in parameters if parameter[2] == "path"] != path_parameters:
        raise PageError(operation_id + ": path parameters " + repr(path_parameters) + " not all documented")
    if not parameters and "This endpoint does not have any parameters." not in lines:
        raise PageError(operation_id + ": no parameter table")

    return (operation_id, method, path, returns, ",".join(statuses)), parameters


def derive(markdown):
    lines = markdown.splitlines()
    index = read_index(lines)
    sections = split_sections(lines)
    if sorted(index) != sorted(operation_id for operation_id, _ in sections):
        raise PageError("the operation index and the operation sections list different operations")
    operations, parameters = [], []
    for operation_id, section in sections:
        method, path = index[operation_id]
        operation, rows = read_operation(operation_id, method, path, section)
        operations.append(operation)
        parameters.extend(rows)
    return operations, parameters


def check_cells(rows):
    for row in rows:
        if any(not cell or "\t" in cell or "\n" in cell for cell in row):
            raise PageError("a cell would break the table: " + repr(row))


def write(path, header, columns, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as table:
        table.write(header)
        table.write("\t".join(columns) + "\n")
        for row in rows:
            table.write("\t".join(row) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", help="path to AccountUsageBetaApi.md")
    parser.add_argument("--source", required=True, help="where the page comes from (repository, version, commit, date)")
    parser.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)), help="directory to write the tables to")
    arguments = parser.parse_args()

    with open(arguments.page, "rb") as page:
        content = page.read()
    try:
        operations, parameters = derive(content.decode("utf-8"))
        check_cells(operations + parameters)
    except PageError as error:
        sys.exit("derive-table.py: " + str(error))

    # The page's hash ties the tables to the exact text they were derived from.
    header = (
        "# Derived by spec/vendor/derive-table.py from AccountUsageBetaApi.md; regenerate, do not edit (see README.md).\n"
        "# Source: " + arguments.source + "\n"
        "# Page sha256: " + hashlib.sha256(content).hexdigest() + "\n"
    )
    write(os.path.join(arguments.out, OPERATIONS_FILE), header, OPERATION_COLUMNS, operations)
    write(os.path.join(arguments.out, PARAMETERS_FILE), header, PARAMETER_COLUMNS, parameters)


if __name__ == "__main__":
    main()
