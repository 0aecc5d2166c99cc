"""Streamlit glue shared by the pages: cached loaders and the one sidebar."""
