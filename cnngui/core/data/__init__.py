"""Data: the dataset registry, MNIST-format files, image folders, the one preprocessing, the input normalisation,
augmentation and generated pen strokes."""
