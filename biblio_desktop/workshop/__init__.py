"""Workshop mode: one PC shares its courses on the local network and gathers the learning
records of the PCs that joined it (docs/workshop.md).

- `server.py`: the HTTP service of the sharing PC (catalog, packages with Range, xAPI
  statements in, join); `codes.py` the join code and its throttle; `peers.py` the joined
  PCs and their tokens; `shelf.py` what is shared; `inbox.py` statements gathered.
- `client.py`: joining a sharing PC, its catalog as "On this network", delivering the
  outbox to it; `check.py` the network check; `discovery.py` DNS-SD with python-zeroconf.
- `transfer.py`: the learner transfer file (a learner moves to another PC).

No Qt here; the facade (`Workspace`) and the command line call it. The LAN is never
trusted: packages are installed only through the importer (publisher signature and key
pinning), and records carry their own signatures.
"""
