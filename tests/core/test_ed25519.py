"""The Ed25519 module (PyNaCl): RFC 8032 vectors, checks that never raise on hostile input,
key files written by the earlier `cryptography`-based code load and sign identically,
and neither crypto library is loaded before it is needed."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import pytest

from biblio_desktop import ed25519
from biblio_desktop.datadir import DataLayout
from biblio_desktop.ed25519 import PrivateKey
from biblio_desktop.errors import BiblioError
from biblio_desktop.packages.signing import (
    load_private_key,
    load_public_key,
    sign_manifest,
    verify_signature,
)
from biblio_desktop.records import JCS, load_installation_key, sign_document, verify_credential

# RFC 8032, section 7.1, TEST 1 (empty message) and TEST 2 (one byte)
RFC_VECTORS = [
    ("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
     "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
     "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39"
     "701cf9b46bd25bf5f0595bbe24655141438e7a100b"),
    ("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
     "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
     "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f36"
     "13d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"),
]


@pytest.mark.parametrize(("seed", "public", "message", "signature"), RFC_VECTORS)
def test_rfc_8032_vectors(seed: str, public: str, message: str, signature: str) -> None:
    key = PrivateKey.from_seed(bytes.fromhex(seed))
    assert key.seed == bytes.fromhex(seed)
    assert key.public_key.hex() == public
    assert key.sign(bytes.fromhex(message)).hex() == signature
    assert ed25519.verify(bytes.fromhex(public), bytes.fromhex(signature), bytes.fromhex(message))


def test_generated_keys_differ_and_sign() -> None:
    a, b = PrivateKey.generate(), PrivateKey.generate()
    assert a.seed != b.seed and len(a.seed) == 32 and len(a.public_key) == 32
    signature = a.sign(b"hello")
    assert len(signature) == 64 and signature == a.sign(b"hello")  # deterministic
    assert ed25519.verify(a.public_key, signature, b"hello")
    assert not ed25519.verify(b.public_key, signature, b"hello")
    assert a.seed.hex() not in repr(a)


@pytest.mark.parametrize("seed", [b"", bytes(31), bytes(33)])
def test_a_seed_of_the_wrong_length_is_refused(seed: bytes) -> None:
    with pytest.raises(BiblioError, match="32 bytes"):
        PrivateKey.from_seed(seed)


def test_verify_says_false_and_never_raises_on_hostile_input() -> None:
    seed, public, _, signature = (bytes.fromhex(x) for x in RFC_VECTORS[0])
    assert ed25519.verify(public, signature, b"")
    flipped = bytes([signature[0] ^ 1]) + signature[1:]
    identity = bytes([1]) + bytes(31)  # a key of small order: libsodium refuses it
    not_a_point = bytes([0xff]) * 32
    for key, sig, message in [
        (public, signature, b"x"),  # another message
        (public, flipped, b""),
        (public, signature[:63], b""), (public, signature + b"\0", b""), (public, b"", b""),
        (public[:31], signature, b""), (public + b"\0", signature, b""), (b"", signature, b""),
        (identity, identity + bytes(32), b"anything"),  # valid for any message to lax checks
        (not_a_point, signature, b""),
        (seed, signature, b""),  # the seed is not the public key
    ]:
        assert ed25519.verify(key, sig, message) is False


# Written by `biblio-desktop keygen` while it used the `cryptography` package, with the
# public key and a signature that package computed.
PUBLISHER_KEY = """{
  "type": "biblio-publisher-key",
  "algorithm": "Ed25519",
  "key_id": "bcc7e4b35a02c314",
  "public_key": "NO1QGOHXxRJLaaQviCkuPq+F/I/1v8VCoAkJPCqRtgc=",
  "private_key": "DOVvTdvpucGYcHI0ROgrRS18zxTD7Kfl1GOZqgSAK74="
}
"""
PUBLISHER_PUBLIC = "34ed5018e1d7c5124b69a42f88292e3eaf85fc8ff5bfc542a009093c2a91b607"
PUBLISHER_SIGNATURE = ("595cb2a1efd31134ca67d55e964d1dcdf7282517ea427c737488562a2ad2460dcaef35"
                       "f14eb814b17c17efe1d33ed58499eb008fded220262fa6fe1982d66d0b")
SIGNATURE_JSON = """{
  "algorithm": "Ed25519",
  "format_version": 1,
  "key_id": "bcc7e4b35a02c314",
  "public_key": "NO1QGOHXxRJLaaQviCkuPq+F/I/1v8VCoAkJPCqRtgc=",
  "signature": "U63OK20L2e2JxaQQkcE7V/gpWsUYBoiycP0J97VhqiCb9Fj1nWHnOk/IlzDoAVQmFLcE87I+S4iQ8XzODm1IDg=="
}
"""  # noqa: E501 (the exact file)


def test_a_publisher_key_made_with_cryptography_loads_and_signs_the_same(
        tmp_path: Path) -> None:
    path = tmp_path / "publisher.key"
    path.write_text(PUBLISHER_KEY, encoding="utf-8")
    private = load_private_key(path)
    assert private.public_key.hex() == PUBLISHER_PUBLIC
    assert load_public_key(path).key_id == "bcc7e4b35a02c314"
    assert private.sign(b"BIBLIO key compatibility").hex() == PUBLISHER_SIGNATURE
    assert sign_manifest(b'{"x": 1}\n', private).decode() == SIGNATURE_JSON
    assert verify_signature(SIGNATURE_JSON.encode(), b'{"x": 1}\n').key.public_key.hex() == \
        PUBLISHER_PUBLIC
    assert base64.b64decode(json.loads(PUBLISHER_KEY)["private_key"]) == private.seed


# An installation key file written by the `cryptography`-based code, its raw public key and
# the proofValue that code gave the document below.
INSTALLATION_KEY = """{
  "type": "biblio-installation-key",
  "algorithm": "Ed25519",
  "publicKeyMultibase": "z6MkjCdMWHfLgiJP1pan879fA1Yc55x7Kt8vQN95hcDdPsta",
  "privateKeyMultibase": "z3u2TJdhEJyNY8TiBDqxYgFPePHNBArBkRka1ysvww74qRTw",
  "created": "2026-11-25T05:21:59Z"
}
"""
INSTALLATION_PUBLIC = "468ad106fa88bb03a2ddaee5128e830d069a9fead04b40d26aa782eef2cda4a7"
PROOF_VALUE = ("z4T5dHN6kCGQYVQv3rYf7B52k5NPuEc2RPJibT8ea6Wdzx4BDJ3mkuyTCAR2ThhAt1rte21Ch7wZ14u"
               "CDv6fcp71m")


def test_an_installation_key_made_with_cryptography_loads_and_signs_the_same(
        tmp_path: Path) -> None:
    layout = DataLayout(tmp_path / "data")
    layout.create()
    layout.keys.mkdir(parents=True, exist_ok=True)
    (layout.keys / "installation.key").write_text(INSTALLATION_KEY, encoding="utf-8")
    (layout.keys / "installation.key").chmod(0o600)
    key = load_installation_key(layout, create=False)
    assert key.public_key.hex() == INSTALLATION_PUBLIC
    assert key.did == "did:key:z6MkjCdMWHfLgiJP1pan879fA1Yc55x7Kt8vQN95hcDdPsta"
    assert key.fingerprint == "7cef ebc7 3b8d 8ba9 a9ed d455 76ba c89d"
    document = {"@context": ["https://www.w3.org/ns/credentials/v2"],
                "type": ["VerifiableCredential"], "issuer": key.did,
                "credentialSubject": {"name": "Ilze"}}
    # the jcs proof of the first release: its proof configuration with the document's
    # @context is byte for byte what the Recommendation's form (proof.@context) hashes
    signed = sign_document(document, key.private_key, verification_method=key.verification_method,
                           created="2026-03-02T09:00:00Z", cryptosuites=(JCS,))
    assert signed["proof"][0]["proofValue"] == PROOF_VALUE
    assert verify_credential(json.dumps(signed).encode()).valid


def _loaded_after(imports: str) -> set[str]:
    code = (f"import sys\n{imports}\n"
            "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=120)
    return set(result.stdout.split())


def test_signing_and_records_do_not_use_cryptography() -> None:
    loaded = _loaded_after(
        "import biblio_desktop.records.issue, biblio_desktop.records.verify\n"
        "import biblio_desktop.packages.signing, biblio_desktop.installation.importer\n"
        "from biblio_desktop.ed25519 import PrivateKey, verify\n"
        "key = PrivateKey.generate()\n"
        "assert verify(key.public_key, key.sign(b'x'), b'x')")
    assert "nacl" in loaded  # it really signed and checked
    assert "cryptography" not in loaded


def test_opening_the_workspace_loads_no_crypto_library() -> None:
    loaded = _loaded_after("import biblio_desktop.workspace, biblio_desktop.installation.importer")
    assert not loaded & {"nacl", "cryptography"}
