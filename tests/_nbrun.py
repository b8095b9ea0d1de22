"""Execute notebooks with nbclient; run by another environment's python (see _course.run_notebooks).

    python tests/_nbrun.py SPEC.json

SPEC.json lists {"name", "in", "out", "cwd", "timeout"}; each notebook is executed in a fresh
kernel of this python (errors kept as outputs) and written to "out". A report
SPEC.json.report says, per name, how long it took and whether the run itself failed.
"""

import json
import sys
import time
import traceback

import nbformat
from nbclient import NotebookClient


def main(spec_path):
    report = {}
    for item in json.load(open(spec_path)):
        t0 = time.perf_counter()
        book = nbformat.read(item["in"], as_version=4)
        error = None
        try:
            NotebookClient(
                book,
                timeout=item["timeout"],
                kernel_name="python3",
                allow_errors=True,
                record_timing=False,
                resources={"metadata": {"path": item["cwd"]}},
            ).execute()
        except Exception:  # a timeout or a dead kernel: report it, keep what ran
            error = traceback.format_exc()
        nbformat.write(book, item["out"])
        report[item["name"]] = {"error": error, "seconds": time.perf_counter() - t0}
        with open(spec_path + ".report", "w") as f:
            json.dump(report, f)


if __name__ == "__main__":
    main(sys.argv[1])
