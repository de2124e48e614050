"""Qt-free compute, a subpackage per concern: network, data, training, evaluation, inspection,
model_files, teaching. Beside them only the helpers every concern uses (atomic writes, a thread-safe
cache, cooperative task control, devices)."""
