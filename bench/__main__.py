"""`make bench`: runs every benchmark module that exists (bench/<service>.py exposes main())."""

import importlib
import pkgutil

import bench

if __name__ == "__main__":
    for module in sorted(m.name for m in pkgutil.iter_modules(bench.__path__)):
        if module.startswith("_"):
            continue
        print(f"== bench.{module} ==", flush=True)
        importlib.import_module(f"bench.{module}").main()
