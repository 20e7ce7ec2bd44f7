"""Value normalisers: money, percentages, dates and numbers found in text, with character offsets.

Pure functions over a string; all language knowledge is in ``lexicons/<lang>.values.json``.
"""

from dealgraph.values.dates import find_dates
from dealgraph.values.money import find_money
from dealgraph.values.numbers import parse_number
from dealgraph.values.percent import find_percents

__all__ = ["find_dates", "find_money", "find_percents", "parse_number"]
