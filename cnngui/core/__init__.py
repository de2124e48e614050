"""Qt-free compute: data, model, training, checkpoints, preprocessing, introspection."""
