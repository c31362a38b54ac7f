"""The dashboard's logic, kept out of ``dashboard.py`` so it can be tested without a browser.

``data`` reads the pipeline's CSVs, ``filters`` slices them, ``charts`` and ``exports`` turn
slices into figures and CSV downloads, ``query`` maps views to shareable URLs, ``text``
makes document text safe to display, ``vocab`` names what the views show (categories and
statuses from the pipeline's resources), and the ``ui`` package holds the Streamlit views.
The development harness (test server, benchmark, screenshot) is ``devtools``, outside.
"""
