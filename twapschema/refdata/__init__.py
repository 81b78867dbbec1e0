"""Reference data from the venues' own instrument endpoints, as each spec's ``fetch`` declares.

``mapping``: the declared requests and column reads, as data (shipped as JSON beside the
schemas); ``query``: JMESPath with the few exact functions the mappings use; ``build``: saved
answers in, a venue's reference part out; ``fetch``: the same answers live, over HTTP;
``live``: a Reference a long-running process refreshes and swaps atomically; ``output``: the
reference file written as YAML or JSON.
"""
