"""Checksummed account addresses: bech32 as the Cosmos SDK reads one (dYdX's dydx1...).

The decoding is BIP 173's reference implementation (the ``bech32`` package); the limits around
it are ``sdk.AccAddressFromBech32``'s: at most 1023 characters (``bech32.Decode(bech, 1023)``),
bech32 and not bech32m, data that converts from 5-bit to 8-bit groups without padding left
over, and 1 to 255 address bytes (``VerifyAddressFormat``).
"""

from __future__ import annotations

from functools import lru_cache

from bech32 import bech32_decode, convertbits

_MOST_CHARACTERS = 1023
_MOST_BYTES = 255


# A gateway sends many orders from few accounts, and the checksum is most of a dYdX order's
# check (BIP 173's pure-Python polymod); a verdict depends on the text alone, so it is kept.
@lru_cache(maxsize=4096)
def bech32_ok(text: str, prefix: str) -> bool:
    """``text`` is a bech32 address with human-readable part ``prefix``, checksum included."""
    if len(text) > _MOST_CHARACTERS:
        return False
    hrp, data = bech32_decode(text)  # None, None: bad characters, mixed case or checksum
    if hrp is None or data is None or hrp != prefix:
        return False
    address = convertbits(data, 5, 8, False)
    return address is not None and 0 < len(address) <= _MOST_BYTES


def bech32_address(prefix: str, address: bytes) -> str:
    """The bech32 text of ``address`` (what a wallet shows), for examples and test data."""
    words = convertbits(address, 8, 5)
    assert words is not None
    from bech32 import bech32_encode  # noqa: PLC0415

    return bech32_encode(prefix, words)
