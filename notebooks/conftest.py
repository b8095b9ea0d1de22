"""Test settings shared by the unit tests and nbval.

Notebook kernels run in static mode in every kernel the tests start (nbval's
kernels inherit this process's environment), so notebook outputs are stable.
"""

import os

os.environ["LECTURE_UTILS_STATIC"] = "1"
