"""One module per resource; importing this package registers every stateful handler by operationId.

Every module in this folder is imported, so stateful behaviour for a new operation is one new
file here and nothing else. An operation of the spec without a handler is still served, from
its schema (``_generic``).
"""

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
