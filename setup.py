"""Lets ``scrapyd-deploy`` build the egg from pyproject.toml (package data included) instead of
writing its own setup.py, whose egg would lack the package's data files."""

from setuptools import setup

setup()
