# SPDX-License-Identifier: MIT
"""advocacy: campaigns, conferences, local groups and their dates.

Everything is implemented in C++ (the extension ``advocacy._advocacy``) and re-exported here,
so ``advocacy.X`` is the documented name of each class and function.
"""

from . import _advocacy
from ._advocacy import *  # noqa: F401,F403 -- every public name; a static import, so type checkers see them
from ._advocacy import __version__

__all__ = sorted(name for name in dir(_advocacy) if not name.startswith("_"))
__all__.append("__version__")
