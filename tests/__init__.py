"""The tests mirror the package: tests/<package>/test_<module>.py tests tailor/<package>/<module>.py
(see test_layout.py). Every test folder is a package, so two test modules may share a name
(tests/index/test_store.py, tests/trace/test_store.py) under pytest's default import mode;
helpers of a folder are imported by their full name (`from tests.fit.fit_helpers import ...`)."""
