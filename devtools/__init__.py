"""Development harness, not shipped in the wheel: a loopback Streamlit server driven by
headless Chromium (:mod:`devtools.serve`), the dashboard benchmark (``python -m
devtools.bench``) and the README screenshot (``python -m devtools.screenshot``)."""
