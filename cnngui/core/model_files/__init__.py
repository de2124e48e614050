"""Model files: cnngui's checkpoints, Keras and ONNX in and out, and the network as code."""
