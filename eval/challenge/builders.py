"""Shorthands for writing expected events in the challenge sets (``cases*.py``).

``type`` and ``status`` may be a list of acceptable values; ``status=None`` (ANY) accepts
any status. "optional" events are neither required nor counted as false positives.
"""

ACQ, INV, MER, PAR = "acquisition", "investment", "merger", "partnership"
HIRE, DEP, POA, POS = "hire", "departure", "poaching", "position"
C, A, T, F, R, D = "completed", "announced", "in_talks", "failed", "rumored", "denied"
CA = [C, A]
TR = [T, R]
ANY = None  # any status accepted


def acq(a, t, s):
    return {"type": ACQ, "roles": {"acquirer": a, "target": t}, "status": s}


def inv(i, e, s, types=INV):
    return {"type": types, "roles": {"investor": i, "investee": e}, "status": s}


def stake(i, e, s):  # a minority stake: acquisition (partial) or investment both acceptable
    return {"type": [ACQ, INV], "roles": {"acquirer": i, "target": e}, "status": s}


def mer(p, s, types=MER):
    return {"type": types, "roles": {"parties": p}, "status": s}


def par(p, s):
    return {"type": PAR, "roles": {"parties": p}, "status": s}


def hire(p, o, s):
    return {"type": HIRE, "roles": {"person": p, "org": o}, "status": s}


def dep(p, o, s):
    return {"type": DEP, "roles": {"person": p, "org": o}, "status": s}


def poach(p, src, s):
    return {"type": POA, "roles": {"poacher": p, "source": src}, "status": s}


poa = poach


def pos(p, o):
    return {"type": POS, "roles": {"person": p, "org": o}, "status": None}


def posh(p, o):  # promotion or interim role inside the same org: position or hire both acceptable
    return {"type": [POS, HIRE], "roles": {"person": p, "org": o}, "status": None}


def case(lang, text, expected, optional=()):
    return {"lang": lang, "text": text, "expected": list(expected), "optional": list(optional)}


def en(text, expected, optional=()):
    return case("en", text, expected, optional)


def de(text, expected, optional=()):
    return case("de", text, expected, optional)
