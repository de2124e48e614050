"""cnngui: a desktop app that makes convolutional neural networks visible."""

__version__ = "0.1.0"
