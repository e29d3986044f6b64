"""Where the package's generated half is found in a source checkout.

`volteras` is written in two halves: `src/volteras/` by hand and `generated/volteras/` (the
`volteras._generated` package) by `make generate`. A wheel merges both into one folder and this
module has nothing to do. In a checkout, or an editable install of one, the generated half joins
the package's `__path__` here, before anything imports from it.
"""

import os
import sys

_package = sys.modules[__package__]
_checkout_half = os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "generated", __package__
)
if os.path.isdir(_checkout_half) and _checkout_half not in _package.__path__:
    _package.__path__.append(_checkout_half)
