"""The network: the layer kinds' registry, architectures built from them, and the network as a picture."""
