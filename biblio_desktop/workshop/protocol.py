"""What the sharing PC and a joined PC agree on: the service name, paths and limits."""

from __future__ import annotations

SERVICE = "biblio-workshop"
PROTOCOL_VERSION = 1
SERVICE_TYPE = "_biblio-workshop._tcp.local."
DEFAULT_PORT = 8765

PING_PATH = "/ping"
JOIN_PATH = "/join"
CATALOG_PATH = "/catalog.json"
PACKAGES_PREFIX = "/packages/"
XAPI_PREFIX = "/xapi/"  # the LRS base a joined PC's sync posts to
STATEMENTS_PATH = XAPI_PREFIX + "statements"
LEARNERS_PATH = "/learners"  # learners handed over to the workshop PC (handover.py)
COHORTS_PATH = "/cohorts"  # the cohorts of a joined PC's learners (cohort_sync.py)

# Bounds on what a client may send (docs/workshop.md, "Security").
MAX_REQUEST_LINE = 8 * 1024
MAX_HEADER_BYTES = 32 * 1024
MAX_JOIN_BODY = 4 * 1024
MAX_STATEMENTS_BODY = 1024 * 1024  # one batch of statements with its records
MAX_STATEMENTS_PER_BATCH = 500
MAX_LEARNER_BODY = 8 * 1024 * 1024  # one learner's signed transfer document
MAX_COHORTS_BODY = 128 * 1024  # a joined PC's learner uids (2000 at most)
MAX_CONNECTIONS = 64
MAX_CONNECTIONS_PER_ADDRESS = 24
HEADER_TIMEOUT = 10.0  # seconds to send a request line and headers (also idle keep-alive)
BODY_TIMEOUT = 30.0  # seconds to send a request body
SOCKET_TIMEOUT = 30.0  # a single read or write that makes no progress
TOKEN_HEADER_REALM = "BIBLIO workshop"
